// SPDX-License-Identifier: GPL-2.0-or-later
#include "mainwindow.h"

#include "pane.h"
#include "chartspane.h"
#include "devicespane.h"
#include "netlinkpane.h"
#include "procfspane.h"
#include "sysfspane.h"
#include "sysctlpane.h"
#include "syscallspane.h"
#include "processpane.h"
#include "whypane.h"
#include "tracepane.h"
#include "mappane.h"
#include "explainpanel.h"
#include "filterbar.h"
#include "sidebar.h"
#include "devices/devicescontroller.h"
#include "netlink/netlinkcontroller.h"
#include "sampling/samplehub.h"
#include "sysctl/sysctlcontroller.h"
#include "why/whycontroller.h"
#include "trace/tracecontroller.h"
#include "crosschannel/channelmapcontroller.h"
#include "procfs/procfscontroller.h"
#include "source/agentsource.h"
#include "source/flatpakhost.h"
#include "source/datasource.h"
#include "agentconnect.h"
#include "crosschannel/processcontroller.h"
#include "sysfs/sysfscontroller.h"
#include "syscalls/syscallscontroller.h"
#include "syscalls/machinecounting.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QPushButton>
#include <QScreen>
#include <QLabel>
#include <QVBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace kc {

namespace {

/// The panes whose controllers read through the data source, and so can
/// show another machine; the others read this kernel directly.
bool servedThroughAgent(const QString &pane)
{
    return pane == QLatin1String("procfs") || pane == QLatin1String("sysfs") || pane == QLatin1String("process")
        || pane == QLatin1String("devices") || pane == QLatin1String("sysctl") || pane == QLatin1String("netlink")
        || pane == QLatin1String("why") || pane == QLatin1String("syscalls")
        || pane == QLatin1String("charts");
}

} // namespace

MainWindow::MainWindow(const RuntimeInfo &runtime, QWidget *parent)
    : MainWindow(runtime, DataSource::local(), Shows::ThisMachine, parent)
{
}

MainWindow::MainWindow(std::shared_ptr<AgentSource> agent, QWidget *parent)
    : MainWindow(agent->info().runtime, agent, Shows::OtherMachine, parent)
{
    m_agent = std::move(agent);
    showRemoteMachine();
    watchAgent();
}

MainWindow::MainWindow(std::shared_ptr<AgentSource> hostAgent, const RuntimeInfo &sandbox, QWidget *parent)
    : MainWindow(sandbox, hostAgent, Shows::SandboxHost, parent)
{
    m_agent = std::move(hostAgent);
    showRemoteMachine();
    watchAgent();
}

MainWindow::MainWindow(const RuntimeInfo &runtime, std::shared_ptr<DataSource> source, Shows shows, QWidget *parent)
    : QMainWindow(parent)
    , m_runtime(runtime)
    , m_source(std::move(source))
    , m_shows(shows)
{
    setWindowTitle(tr("Kernel Channels"));
    setWindowIcon(QIcon::fromTheme(QStringLiteral("utilities-system-monitor")));

    m_sidebar = new Sidebar(this);
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setSpacing(2);
    m_sidebar->setMinimumWidth(130);
    m_sidebar->setMaximumWidth(220);
    m_sidebar->setAccessibleName(tr("Channels"));
    connect(m_sidebar, &Sidebar::enterPane, this, &MainWindow::focusIntoPane);
    m_stack = new QStackedWidget(this);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_sidebar);
    split->addWidget(m_stack);
    split->setStretchFactor(1, 1);
    split->setCollapsible(1, false);
    split->setSizes({170, 1100});

    // Above everything when the machine this window shows is out of reach.
    m_connectionBar = new QWidget(this);
    m_connectionBar->setObjectName(QStringLiteral("connectionBar"));
    m_connectionBar->setAutoFillBackground(true);
    m_connectionBar->setBackgroundRole(QPalette::ToolTipBase);
    m_connectionText = new QLabel(m_connectionBar);
    m_connectionText->setWordWrap(true);
    m_connectionText->setForegroundRole(QPalette::ToolTipText);
    m_connectionText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *reconnectButton = new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Reconnect"), m_connectionBar);
    reconnectButton->setObjectName(QStringLiteral("reconnect"));
    connect(reconnectButton, &QPushButton::clicked, this, &MainWindow::reconnect);
    auto *barLayout = new QHBoxLayout(m_connectionBar);
    barLayout->setContentsMargins(8, 6, 8, 6);
    barLayout->addWidget(m_connectionText, 1);
    barLayout->addWidget(reconnectButton);
    m_connectionBar->hide();
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_connectionBar);
    centralLayout->addWidget(split, 1);
    setCentralWidget(central);

    m_filterBar = new FilterBar(this);
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);

    auto *refresh = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Read the current directory and file again (F5)"));
    connect(refresh, &QAction::triggered, this, [this] {
        if (Pane *p = currentPane())
            p->refresh();
    });
    toolbar->addAction(refresh);
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    toolbar->addWidget(m_filterBar);

    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_filterBar, &FilterBar::focusFilter);

    m_privilege = new QLabel(m_runtime.privilegeText(), this);
    m_sandbox = new QLabel(m_runtime.sandboxText(), this);
    statusBar()->addPermanentWidget(m_privilege);
    statusBar()->addPermanentWidget(m_sandbox);
    // Counting every call slows every process: say so while it lasts.
    m_counting = new QLabel(tr("Counting every system call"), this);
    m_counting->setObjectName(QStringLiteral("machineCounting"));
    m_counting->setToolTip(tr("A pane or a pinned chart in view counts every system call on this machine, which makes "
                              "each call a little slower for every program. It stops within a second once nothing in "
                              "view needs it: another pane, a minimized window, a chart unpinned."));
    m_counting->setVisible(MachineCounting::instance()->counters() > 0);
    statusBar()->addPermanentWidget(m_counting);
    connect(MachineCounting::instance(), &MachineCounting::changed, m_counting,
            [this] { m_counting->setVisible(MachineCounting::instance()->counters() > 0); });

    // The channel map comes first, the home pane; it shows figures the
    // other panes' sampler and monitors gather, so they are made first.
    m_procfs = new ProcfsController(m_source, this);
    auto *procfs = new ProcfsPane(m_procfs, this);
    m_sysctl = new SysctlController(m_source, this);
    auto *sysctl = new SysctlPane(m_sysctl, m_runtime, this);
    m_syscalls = new SyscallsController(m_source, this);
    auto *syscalls = new SyscallsPane(m_syscalls, this);
    m_sysfs = new SysfsController(m_source, this);
    auto *sysfs = new SysfsPane(m_sysfs, this);
    // The channels' controllers: the panes ask them and read nothing.
    // Another machine's uevents come from a socket its agent holds there.
    m_devices = new DevicesController(m_source, true, QString(), this);
    auto *devices = new DevicesPane(m_devices, this);
    m_netlink = new NetlinkController(m_source, this);
    auto *netlink = new NetlinkPane(m_netlink, this);
    m_hub = new SampleHub(this);
    if (m_source != DataSource::local())
        m_hub->setSource(m_source);
    m_charts = new ChartsPane(m_hub, this);
    m_process = new ProcessController(m_source, this);
    auto *process = new ProcessPane(m_process, this);
    m_why = new WhyController(m_source, this);
    auto *why = new WhyPane(m_why, this);
    auto *trace = new TracePane(new TraceController(this), this);
    m_mapFigures = new ChannelMapController(m_runtime, this);
    auto *map = new MapPane(m_mapFigures, m_hub, m_netlink, m_devices, this);
    for (Pane *p : std::initializer_list<Pane *>{map, procfs, sysctl, syscalls, sysfs, devices, netlink, m_charts, process, why, trace})
        addPane(p);
    QHash<QString, QIcon> icons;
    for (Pane *p : std::as_const(m_panes))
        icons.insert(p->objectName(), p->icon());
    map->setPaneIcons(icons);
    connect(map, &MapPane::openPane, this, [this](const QString &name) {
        for (int i = 0; i < m_panes.size(); ++i) {
            if (m_panes[i]->objectName() == name)
                setCurrentPane(i);
        }
    });
    auto show = [this](Pane *pane) { setCurrentPane(int(m_panes.indexOf(pane))); };
    for (Pane *p : std::as_const(m_panes)) {
        connect(p, &Pane::pinRequested, this, [this](const QString &key) { m_charts->pin(key); });
        connect(p, &Pane::whyRequested, this, [show, why](const QString &subject) { show(why); why->check(subject); });
        connect(p, &Pane::processRequested, this, [show, process](int pid) { show(process); process->setProcess(pid); });
        // From a descriptor, a call or a follow step to the pane of its channel.
        connect(p, &Pane::openDevice, this, [show, devices](const QString &node) { show(devices); devices->selectNode(node); });
        connect(p, &Pane::openSysfs, this, [show, sysfs](const QString &path) { show(sysfs); sysfs->selectPath(path); });
        connect(p, &Pane::openProcfs, this, [show, procfs](const QString &path) { show(procfs); procfs->selectPath(path); });
        connect(p, &Pane::openNetlink, this, [show, netlink](int) { show(netlink); });
        connect(p, &Pane::explainRequested, this, [this] {
            m_explain->show();
            m_explain->raise();
            updateExplain();
        });
    }
    connect(process, &ProcessPane::openSyscalls, this, [this, syscalls](int pid) {
        setCurrentPane(int(m_panes.indexOf(syscalls)));
        syscalls->setProcess(pid);
    });

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_stack->setCurrentIndex(row);
        // A pane's passing message is about that pane: it goes with it.
        statusBar()->clearMessage();
        m_filterBar->setPane(currentPane());
    });
    m_sidebar->setCurrentRow(0);

    // Explain (F1): follows the selection while it is open.
    m_explain = new ExplainPanel(this);
    addDockWidget(Qt::RightDockWidgetArea, m_explain);
    m_explain->hide();
    m_explainTimer = new QTimer(this);
    m_explainTimer->setInterval(400);
    connect(m_explainTimer, &QTimer::timeout, this, &MainWindow::updateExplain);
    connect(m_explain, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible) {
            fitExplain();
            // Again once the window has been laid out for the panel.
            QMetaObject::invokeMethod(this, &MainWindow::fitExplain, Qt::QueuedConnection);
            updateExplain();
            m_explainTimer->start();
        } else {
            m_explainTimer->stop();
        }
    });
    connect(m_stack, &QStackedWidget::currentChanged, this, [this] {
        if (m_explain->isVisible())
            updateExplain();
    });

    buildMenus();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow()
{
    // Panes go before the controllers they were handed: those were made
    // first, and children are deleted in the order they were made.
    qDeleteAll(std::exchange(m_panes, {}));
}

void MainWindow::fitExplain()
{
    // Docked beside the pane, the panel widens the window by what the pane
    // cannot give up. On a small screen that pushes the window past its
    // edge: there the panel floats over the window's right side instead.
    // The window may have been widened for it already: the width it had
    // before is what there is room for.
    if (m_explain->isHidden() || m_explain->isFloating() || !isVisible())
        return;
    const int before = m_widthWithoutExplain > 0 ? m_widthWithoutExplain : width();
    const int room = qMax(before, screen() ? screen()->availableGeometry().width() : before);
    layout()->invalidate();
    if (qMax(layout()->minimumSize().width(), width()) <= room)
        return;
    m_explain->setFloating(true);
    // The window's minimum was raised for the docked panel: lower it
    // before giving the window its width back.
    layout()->invalidate();
    layout()->activate();
    resize(before, height());
    const int w = qMin(before, qMax(m_explain->minimumSizeHint().width(), before * 2 / 5));
    const QRect g = geometry();
    m_explain->setGeometry(g.left() + before - w, g.top(), w, g.height());
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    // isHidden(), not isVisible(): while the panel is being shown the
    // window is laid out for it before it counts as visible.
    if (!m_explain)
        return;
    if (m_explain->isHidden() || m_explain->isFloating())
        m_widthWithoutExplain = width();
    else if (width() > qMax(m_widthWithoutExplain, screen() ? screen()->availableGeometry().width() : 0))
        // Widened past the screen for the docked panel, also later, as
        // its card and program come in.
        QMetaObject::invokeMethod(this, &MainWindow::fitExplain, Qt::QueuedConnection);
}

void MainWindow::updateExplain()
{
    if (Pane *p = currentPane())
        m_explain->setTarget(p->explainTarget());
}

void MainWindow::addPane(Pane *pane)
{
    m_panes.append(pane);
    m_filterBar->watch(pane);
    // What the sandbox (or hidepid) hides in this pane, above it, always;
    // a pane that shows the host through the agent has nothing hidden.
    const bool host = m_shows == Shows::SandboxHost && servedThroughAgent(pane->objectName());
    const QString notice = host ? QString() : m_runtime.sandboxNotice(pane->objectName());
    if (notice.isEmpty()) {
        m_stack->addWidget(pane);
    } else {
        auto *page = new QWidget(this);
        auto *banner = new QLabel(notice, page);
        banner->setObjectName(QStringLiteral("sandboxNotice"));
        banner->setWordWrap(true);
        banner->setContentsMargins(8, 6, 8, 6);
        banner->setAutoFillBackground(true);
        banner->setBackgroundRole(QPalette::ToolTipBase);
        banner->setForegroundRole(QPalette::ToolTipText);
        auto *layout = new QVBoxLayout(page);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        layout->addWidget(banner);
        layout->addWidget(pane, 1);
        m_stack->addWidget(page);
    }
    auto *item = new QListWidgetItem(pane->icon(), pane->title(), m_sidebar);
    item->setToolTip(paneToolTip(int(m_panes.size()) - 1));
    connect(pane, &Pane::statusMessage, this, [this](const QString &message) {
        if (message.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(message);
    });
}

void MainWindow::focusIntoPane()
{
    Pane *p = currentPane();
    if (!p)
        return;
    // The results when the pane has a list of them, else its first control.
    if (QWidget *results = p->filterResults(); results && results->isVisible() && results->isEnabled()) {
        results->setFocus(Qt::TabFocusReason);
        return;
    }
    for (QWidget *w = p->nextInFocusChain(); w && w != p; w = w->nextInFocusChain()) {
        if (p->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled()) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

Pane *MainWindow::currentPane() const
{
    return m_panes.value(m_stack->currentIndex());
}

void MainWindow::setCurrentPane(int index)
{
    if (paneAvailable(index))
        m_sidebar->setCurrentRow(index);
}

bool MainWindow::paneAvailable(int index) const
{
    if (index < 0 || index >= m_panes.size())
        return false;
    // Inside Flatpak the panes the agent does not serve show the sandbox.
    return m_shows != Shows::OtherMachine || servedThroughAgent(m_panes[index]->objectName());
}

QString MainWindow::servedPaneTitles() const
{
    QStringList titles;
    for (int i = 0; i < m_panes.size(); ++i) {
        if (servedThroughAgent(m_panes[i]->objectName()))
            titles.append(m_sidebar->item(i)->text());
    }
    return titles.join(tr(", ", "between pane names"));
}

void MainWindow::showRemoteMachine()
{
    const SourceInfo info = m_agent->info();
    if (m_hostAsRoot)
        m_hostAsRoot->setEnabled(m_shows == Shows::SandboxHost && !info.runtime.root);
    if (m_shows == Shows::SandboxHost) {
        m_privilege->setText(tr("Host: %1").arg(info.runtime.privilegeText()));
        m_sandbox->setText(tr("These panes show the host through kchan's agent there: %1. The other panes show the sandbox.")
                               .arg(servedPaneTitles()));
        m_sandbox->setToolTip(tr("Started with %1").arg(info.via));
        return;
    }
    setWindowTitle(tr("Kernel Channels — %1").arg(info.title()));
    m_privilege->setText(tr("On %1: %2").arg(info.hostname, info.runtime.privilegeText()));
    m_sandbox->setText(tr("Connected through %1").arg(info.via));
    m_sandbox->setToolTip(tr("kchan %1 answers there, agent protocol %2.").arg(info.agentVersion).arg(info.protocol));
    int first = -1;
    for (int i = 0; i < m_panes.size(); ++i) {
        QListWidgetItem *item = m_sidebar->item(i);
        if (paneAvailable(i)) {
            item->setFlags(item->flags() | Qt::ItemIsEnabled);
            item->setToolTip(paneToolTip(i));
            if (first < 0)
                first = i;
        } else {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(tr("Not shown for %1 yet: this pane reads this machine's kernel directly. These panes read "
                                "through the agent: %2.")
                                 .arg(info.hostname, servedPaneTitles()));
        }
    }
    if (!paneAvailable(m_sidebar->currentRow()))
        setCurrentPane(first);
}

void MainWindow::sayHostViewUnavailable(const QString &why)
{
    m_sandbox->setText(tr("Sandbox view: the agent could not start on the host."));
    m_sandbox->setToolTip(tr("%1\n\nWhy: %2").arg(m_runtime.sandboxText(), why));
    statusBar()->showMessage(tr("The host view is off: %1").arg(why));
}

bool MainWindow::hostViewWanted()
{
    return QSettings().value(QStringLiteral("flatpak/hostView"), true).toBool();
}

void MainWindow::watchAgent()
{
    connect(m_agent.get(), &AgentSource::lost, this, &MainWindow::connectionLost, Qt::QueuedConnection);
    if (const QString reason = m_agent->lostReason(); !reason.isEmpty())
        connectionLost(reason);
}

void MainWindow::connectionLost(const QString &reason)
{
    if (!m_agent || m_agent->lostReason().isEmpty())
        return; // a signal from a source replaced since
    m_connectionText->setText(tr("The connection to %1 is lost: %2").arg(m_agent->info().hostname, reason));
    m_connectionBar->show();
}

void MainWindow::reconnect()
{
    QString error;
    const QString machine = m_agent->info().hostname;
    std::shared_ptr<AgentSource> agent = AgentConnect::run(this, m_agent->command(), machine, &error);
    if (!agent) {
        if (!error.isEmpty())
            m_connectionText->setText(tr("Cannot reconnect to %1: %2").arg(machine, error));
        return;
    }
    useAgent(agent);
    statusBar()->showMessage(tr("Connected to %1 again.").arg(machine), 5000);
}

void MainWindow::hostAsRoot()
{
    if (QMessageBox::question(this, tr("Use Root on the Host"),
                              tr("pkexec on the host will ask for an administrator's password. Then kchan's agent runs "
                                 "there as root until Kernel Channels closes: the System calls pane can count every "
                                 "program's calls, tunables can be written, and every process's descriptors can be read.\n\n"
                                 "Continue?"))
        != QMessageBox::Yes)
        return;
    QString error;
    const QStringList command = FlatpakHost::agentCommandHere(&error, true);
    std::shared_ptr<AgentSource> agent =
        command.isEmpty() ? nullptr : AgentConnect::run(this, command, m_agent->info().hostname, &error);
    if (!agent) {
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Use Root on the Host"), tr("The agent could not start as root: %1").arg(error));
        return;
    }
    useAgent(agent);
    statusBar()->showMessage(tr("The host is read as root now."), 5000);
}

void MainWindow::useAgent(const std::shared_ptr<AgentSource> &agent)
{
    disconnect(m_agent.get(), nullptr, this, nullptr);
    m_agent = agent;
    m_source = agent;
    if (m_shows == Shows::OtherMachine)
        m_runtime = agent->info().runtime;
    m_procfs->setSource(agent);
    m_sysfs->setSource(agent);
    m_process->setSource(agent);
    m_devices->setSource(agent);
    m_sysctl->setSource(agent);
    m_netlink->setSource(agent);
    m_why->setSource(agent);
    m_syscalls->setSource(agent);
    m_hub->setSource(agent);
    m_connectionBar->hide();
    showRemoteMachine();
    watchAgent();
}

void MainWindow::connectTo()
{
    bool ok = false;
    const QString destination = QInputDialog::getText(this, tr("Connect to a Machine"),
                                                      tr("A machine to show, reached with ssh ([user@]host). kchan must be "
                                                         "installed there; ssh uses its own configuration, keys and prompts."),
                                                      QLineEdit::Normal, QString(), &ok)
                                    .trimmed();
    if (!ok || destination.isEmpty())
        return;
    QString error;
    std::shared_ptr<AgentSource> agent = AgentConnect::run(this, AgentSource::sshCommand(destination), destination, &error);
    if (!agent) {
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Connect to a Machine"), tr("Cannot show %1: %2").arg(destination, error));
        return;
    }
    auto *window = new MainWindow(agent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
}

QStringList MainWindow::paneNames() const
{
    QStringList names;
    for (const Pane *p : m_panes)
        names.append(p->objectName());
    return names;
}

int MainWindow::paneNamed(const QString &name) const
{
    bool number = false;
    const int n = name.toInt(&number);
    if (number)
        return n >= 1 && n <= m_panes.size() ? n - 1 : -1;
    return int(paneNames().indexOf(name.toLower()));
}

void MainWindow::setTheme(Theme::Mode mode)
{
    Theme::apply(mode);
    if (m_themeGroup) {
        for (QAction *a : m_themeGroup->actions())
            a->setChecked(a->data().toInt() == int(mode));
    }
    for (Pane *p : std::as_const(m_panes))
        p->themeChanged();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace kc
