// SPDX-License-Identifier: GPL-2.0-or-later
#include "processpane.h"
#include "models/addressspacemodel.h"

#include "addressspaceview.h"
#include "livetext.h"
#include "crosschannel/processcontroller.h"

#include "format/formatter.h"
#include "models/roles.h"
#include "viewactions.h"

#include <QCompleter>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QStringListModel>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

#include <unistd.h>

namespace kc {

namespace {

enum Column { ItemColumn, AccessColumn, TargetColumn, DetailColumn };
enum Kind { GroupKind = 1, FdKind, OtherKind };

} // namespace

ProcessPane::ProcessPane(ProcessController *process, QWidget *parent)
    : Pane(parent)
    , m_process(process)
    , m_search(new QLineEdit(this))
    , m_header(new QLabel(this))
    , m_who(new QLabel(this))
    , m_state(new LiveText(this))
    , m_rate(new LiveText(this))
    , m_calls(new QLabel(this))
    , m_gone_label(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_space(new AddressSpaceView(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("process"));
    m_search->setPlaceholderText(tr("Process ID or name, e.g. 1 or %1").arg(QStringLiteral("systemd")));
    m_search->setClearButtonEnabled(true);
    auto *completer = new QCompleter(new QStringListModel(this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_search->setCompleter(completer);
    connect(m_search, &QLineEdit::returnPressed, this, &ProcessPane::pick);
    // The list offered while typing is of the processes running now.
    connect(m_search, &QLineEdit::textEdited, this, [this] {
        if (!m_scanned.isValid() || m_scanned.elapsed() > 2000)
            loadProcessList();
    });
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &) { pick(); });
    auto *self = textButton(tr("Kernel Channels itself"), QStringLiteral("go-home"), tr("Show this program's own channels"), this);
    connect(self, &QToolButton::clicked, this, [this] { setProcess(int(::getpid())); });

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Process:"), this));
    bar->addWidget(m_search, 1);
    bar->addWidget(self);

    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_who->setWordWrap(true);
    m_who->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Calls per second of this process, counted in the kernel (a BPF
    // program, or one raw_syscalls counter per thread).
    m_calls->setWordWrap(true);
    m_calls->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_calls, &QLabel::linkActivated, this, [this] { Q_EMIT openSyscalls(m_pid); });
    connect(m_process, &ProcessController::callsCounted, this, [this](double perSecond, quint64 total) {
        m_callRate = perSecond;
        m_callText = tr("%1 system calls/s (%2 since opened).").arg(Formatter::rate(m_callRate), Formatter::number(double(total)));
        updateHeader();
    });
    connect(m_process, &ProcessController::channelsRead, this, [this](const ProcessChannels &pc) {
        if (pc.pid == m_pid)
            show(pc);
    });
    connect(m_process, &ProcessController::processesScanned, this, &ProcessPane::showScan);
    connect(m_process, &ProcessController::countingFailed, this, [this](const QString &reason) {
        m_callText = tr("System call rates: %1").arg(reason);
        m_callsFailed = true;
        updateHeader();
    });
    m_gone_label->setWordWrap(true);
    m_gone_label->setAutoFillBackground(true);
    m_gone_label->setBackgroundRole(QPalette::ToolTipBase);
    m_gone_label->setForegroundRole(QPalette::ToolTipText);
    m_gone_label->setContentsMargins(8, 4, 8, 4);
    m_gone_label->hide();

    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Descriptor"), tr("Access"), tr("Target"), tr("Detail")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->setColumnWidth(ItemColumn, 240);
    m_tree->setColumnWidth(AccessColumn, 60);
    m_tree->setColumnWidth(TargetColumn, 300);
    addCopyRowAction(m_tree);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { activate(item); });

    connect(m_process, &ProcessController::addressSpaceRead, this, [this](const AddressSpace &space) {
        if (space.pid != m_pid)
            return;
        ++m_spaceReads;
        m_space->setAddressSpace(space);
    });
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_tree, tr("Channels"));
    m_tabs->addTab(m_space, tr("Address space"));
    m_tabs->setTabToolTip(1, tr("The process's virtual memory drawn from top to bottom, with every region from /proc/PID/smaps"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (spaceShown() && m_spacePid != m_pid)
            readSpace();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_header);
    layout->addWidget(m_who);
    // What the process is doing changes at every read, and the rate each
    // second: lines of their own that repaint themselves alone; the link
    // and any reason for no rate beside the rate.
    layout->addWidget(m_state);
    // Short: the whole of it, whatever room the link beside wants.
    m_rate->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto *calls = new QHBoxLayout;
    calls->addWidget(m_rate);
    calls->addWidget(m_calls, 1);
    layout->addLayout(calls);
    layout->addWidget(m_gone_label);
    layout->addWidget(m_tabs, 1);

    m_timer->setInterval(2000);
    connect(m_timer, &QTimer::timeout, this, &ProcessPane::reload);
    setProcess(int(::getpid()));
}

QString ProcessPane::title() const
{
    return tr("Process");
}

QString ProcessPane::subtitle() const
{
    return tr("One process's channels to the kernel: descriptors by channel, namespaces, limits, the call it is in");
}

ExplainTarget ProcessPane::explainTarget() const
{
    ExplainTarget t;
    if (m_tabs->currentWidget() == m_space) {
        t.topic = QStringLiteral("address-space");
        t.snippet = QStringLiteral("address-space");
        return t;
    }
    t.topic = QStringLiteral("proc-pid-fd");
    return t;
}

bool ProcessPane::spaceShown() const
{
    return isVisible() && m_tabs->currentWidget() == m_space;
}

void ProcessPane::showAddressSpace()
{
    m_tabs->setCurrentWidget(m_space);
    if (m_spacePid != m_pid)
        readSpace();
}

// The address space is read when asked (shown, F5), not on the 2 s tick:
// smaps makes the kernel walk every page table of the process.
void ProcessPane::readSpace()
{
    if (m_pid <= 0)
        return;
    m_spacePid = m_pid;
    m_process->readAddressSpace(m_pid);
}

QIcon ProcessPane::icon() const
{
    return QIcon::fromTheme(QStringLiteral("system-search"), style()->standardIcon(QStyle::SP_FileDialogContentsView));
}

void ProcessPane::setFilterText(const QString &text)
{
    m_filter = text;
    rebuild();
    m_space->setFilterText(text);
}

QString ProcessPane::filterSummary() const
{
    int shown = 0;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        shown += m_tree->topLevelItem(i)->childCount();
    const qsizetype total = m_last.fds.size() + m_last.namespaces.size() + m_last.limits.rows.size();
    QString text = tr("%L1 of %L2 rows shown").arg(shown).arg(total);
    if (spaceShown())
        text = tr("%1; %L2 of %L3 memory regions").arg(text).arg(m_space->shownRegions()).arg(m_space->model()->rowCount());
    return text;
}

QWidget *ProcessPane::filterResults() const
{
    if (spaceShown())
        return m_space->table();
    return m_tree;
}

void ProcessPane::refresh()
{
    m_quietReads = 0;
    m_timer->setInterval(readInterval());
    reload();
    if (spaceShown())
        readSpace();
}

void ProcessPane::showEvent(QShowEvent *event)
{
    Pane::showEvent(event);
    m_timer->start();
    loadProcessList();
    reload();
    countCalls();
    if (spaceShown() && m_spacePid != m_pid)
        readSpace();
}

void ProcessPane::hideEvent(QHideEvent *event)
{
    Pane::hideEvent(event);
    m_timer->stop();
    m_process->stopCounting();
}

void ProcessPane::countCalls()
{
    m_callRate = -1;
    m_callsFailed = false;
    m_callText = tr("Counting system calls …");
    m_process->startCounting(m_pid);
    updateHeader();
}

void ProcessPane::updateHeader()
{
    const bool counting = m_callRate >= 0 && !m_callsFailed;
    m_rate->setText(counting ? m_callText : QString());
    const QString link = QStringLiteral("<a href=\"syscalls\">%1</a>").arg(tr("Per call, in the System calls pane"));
    m_calls->setText(counting ? link : m_callText.toHtmlEscaped() + QLatin1Char(' ') + link);
}

void ProcessPane::loadProcessList()
{
    m_process->listProcesses();
}

void ProcessPane::pick()
{
    pickProcess(m_search->text());
}

void ProcessPane::pickProcess(const QString &typed)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return;
    static const QRegularExpression leadingPid(QStringLiteral("^(\\d+)\\b"));
    const auto m = leadingPid.match(text);
    if (m.hasMatch()) {
        setProcess(m.captured(1).toInt());
        return;
    }
    // A name: looked up among the processes running now, not those of
    // the last list, which may be older than the process.
    m_pendingName = text;
    loadProcessList();
    Q_EMIT statusMessage(tr("Looking for \"%1\" among the running processes …").arg(text));
}

void ProcessPane::showScan(const QList<ProcessInfo> &scan)
{
    m_scanned.start();
    m_scanList = scan;
    QStringList entries;
    for (const ProcessInfo &p : scan) {
        entries.append(p.cmdline.isEmpty() || p.cmdline == p.comm ? QStringLiteral("%1 %2").arg(p.pid).arg(p.comm)
                                                                  : QStringLiteral("%1 %2 — %3").arg(p.pid).arg(p.comm, p.cmdline.left(120)));
    }
    if (auto *model = qobject_cast<QStringListModel *>(m_search->completer()->model()))
        model->setStringList(entries);
    if (!m_pendingName.isEmpty())
        choose(std::exchange(m_pendingName, QString()));
}

void ProcessPane::choose(const QString &name)
{
    // Processes named so first (comm), then those whose name or command
    // line holds the text; of several, the newest, likely the one just
    // started.
    QList<const ProcessInfo *> exact, partial;
    for (const ProcessInfo &p : std::as_const(m_scanList)) {
        if (p.pid == int(::getpid()))
            continue;
        if (p.comm.compare(name, Qt::CaseInsensitive) == 0)
            exact.append(&p);
        else if (p.comm.contains(name, Qt::CaseInsensitive) || p.cmdline.contains(name, Qt::CaseInsensitive))
            partial.append(&p);
    }
    QList<const ProcessInfo *> found = exact.isEmpty() ? partial : exact;
    std::sort(found.begin(), found.end(), [](const ProcessInfo *a, const ProcessInfo *b) {
        return a->startTicks != b->startTicks ? a->startTicks > b->startTicks : a->pid > b->pid;
    });
    m_matches.clear();
    for (const ProcessInfo *p : std::as_const(found))
        m_matches.append(p->pid);
    if (found.isEmpty()) {
        Q_EMIT statusMessage(tr("No running process named \"%1\"").arg(name));
        return;
    }
    setProcess(found.first()->pid);
    if (found.size() > 1) {
        Q_EMIT statusMessage(tr("%Ln process(es) match \"%1\": showing the newest, %2; the list under the field offers the others", nullptr,
                                int(found.size())).arg(name).arg(found.first()->pid));
        // The matches offered, as typing them shows them.
        if (isVisible()) {
            m_search->completer()->setCompletionPrefix(name);
            m_search->completer()->complete();
        }
    } else {
        Q_EMIT statusMessage(tr("Process %1 (%2)").arg(found.first()->pid).arg(found.first()->comm));
    }
}

void ProcessPane::setProcess(int pid)
{
    if (pid <= 0)
        return;
    m_pid = pid;
    m_quietReads = 0;
    m_timer->setInterval(readInterval());
    m_gone = false;
    m_read = false;
    m_last = ProcessChannels();
    m_gone_label->hide();
    m_tree->clear();
    m_header->setText(tr("Reading process %1 …").arg(pid));
    m_who->clear();
    m_state->setText(QString());
    m_spacePid = 0;
    m_space->clear(tr("Reading the address space of process %1 …").arg(pid));
    reload();
    if (spaceShown())
        readSpace();
    if (isVisible())
        countCalls();
}

int ProcessPane::readInterval() const
{
    return m_quietReads < 3 ? 2000 : m_quietReads < 5 ? 4000 : 8000;
}

void ProcessPane::reload()
{
    if (m_pid <= 0 || m_gone)
        return;
    m_process->read(m_pid);
}

void ProcessPane::show(const ProcessChannels &pc)
{
    m_read = true;
    ++m_reads;
    if (pc.gone) {
        // Keep what it held last: a process that exits is shown as gone.
        m_gone = true;
        m_gone_label->setText(m_last.pid == pc.pid && !m_last.comm.isEmpty()
                                  ? tr("Process %1 (%2) exited at %3; below is what it held when last read.")
                                        .arg(pc.pid).arg(m_last.comm, QTime::currentTime().toString(QStringLiteral("HH:mm:ss")))
                                  : pc.error);
        m_gone_label->show();
        if (m_last.pid != pc.pid) {
            m_header->clear();
            m_state->setText(QString());
            m_tree->clear();
        }
        return;
    }
    if (!pc.error.isEmpty()) {
        m_header->setText(pc.error);
        m_who->clear();
        m_state->setText(QString());
        return;
    }
    // Every 2 s the same descriptors, as a rule: the tree is left alone
    // (no clearing and refilling) unless something in it changed.
    const bool sameTables = m_tree->topLevelItemCount() > 0 && m_last.sameTables(pc);
    m_last = pc;
    // A process whose descriptors, namespaces and limits stay as they are
    // is read less often: 2 s, then 4 s and 8 s; a change (or F5, or
    // another process) brings back 2 s.
    m_quietReads = sameTables ? m_quietReads + 1 : 0;
    m_timer->setInterval(readInterval());
    QString header = QStringLiteral("<b>%1 %2</b>").arg(pc.pid).arg(pc.comm.toHtmlEscaped());
    if (!pc.fdError.isEmpty())
        header += QStringLiteral("<br><i>") + pc.fdError.toHtmlEscaped() + QStringLiteral("</i>");
    if (m_header->text() != header)
        m_header->setText(header);
    const QString who = whoText(pc.overview);
    if (m_who->text() != who)
        m_who->setText(who);
    QString state = pc.state + QStringLiteral(" — ") + tr("In the kernel: %1").arg(pc.blockedIn);
    if (!pc.wchan.isEmpty() && pc.wchan != QLatin1String("0"))
        state += QStringLiteral(" — ") + tr("waiting in %1").arg(pc.wchan);
    m_state->setText(state);
    if (!sameTables)
        rebuild();
}

QString ProcessPane::whoText(const ProcessOverview &o)
{
    if (!o.valid)
        return tr("Its command line, user, parent and memory could not be read: the process has ended, or /proc hides it.").toHtmlEscaped();
    const QString args = o.cmdline.isEmpty() ? tr("none (a kernel thread)") : o.cmdline;
    const QString user = o.user.isEmpty() ? tr("uid %1").arg(o.uid) : tr("%1 (uid %2)").arg(o.user).arg(o.uid);
    const QString parent = o.ppid == 0 ? tr("none: started by the kernel")
                           : o.parentComm.isEmpty() ? QString::number(o.ppid)
                                                    : tr("%1 (%2)").arg(o.ppid).arg(o.parentComm);
    const QString cpu = o.cpuPermille < 0 ? tr("not known from this source") : tr("%1 since it started").arg(ProcessOverview::cpuText(o.cpuPermille));
    return tr("Command line: %1<br>User: %2 · Parent: %3 · Memory: %4 resident · CPU: %5")
        .arg(args.toHtmlEscaped(), user.toHtmlEscaped(), parent.toHtmlEscaped(), Formatter::bytes(double(o.rssKiB) * 1024).toHtmlEscaped(),
             cpu.toHtmlEscaped());
}

void ProcessPane::rebuild()
{
    const ProcessChannels &pc = m_last;
    // Keep what the user opened and selected across refreshes.
    QSet<QString> collapsed;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (!m_tree->topLevelItem(i)->isExpanded())
            collapsed.insert(m_tree->topLevelItem(i)->text(ItemColumn).section(QStringLiteral(" ("), 0, 0));
    }
    const bool firstFill = m_tree->topLevelItemCount() == 0;
    QString selected;
    if (QTreeWidgetItem *cur = m_tree->currentItem())
        selected = cur->text(ItemColumn) + QLatin1Char('\t') + cur->text(TargetColumn);
    const int scroll = m_tree->verticalScrollBar() ? m_tree->verticalScrollBar()->value() : 0;
    m_tree->setUpdatesEnabled(false);
    m_tree->clear();
    auto matches = [this](const QStringList &cells) {
        if (m_filter.isEmpty())
            return true;
        for (const QString &c : cells) {
            if (c.contains(m_filter, Qt::CaseInsensitive))
                return true;
        }
        return false;
    };
    QTreeWidgetItem *current = nullptr;
    auto group = [&](const QString &name, const QString &tip, int count) {
        auto *g = new QTreeWidgetItem(m_tree, {tr("%1 (%2)").arg(name).arg(count)});
        QFont f = g->font(ItemColumn);
        f.setBold(true);
        g->setFont(ItemColumn, f);
        g->setToolTip(ItemColumn, tip);
        g->setData(ItemColumn, ProcessRowRole, GroupKind);
        g->setFirstColumnSpanned(true);
        g->setExpanded(firstFill ? true : !collapsed.contains(name));
        return g;
    };
    for (FdChannel ch : ProcessChannels::channelOrder()) {
        QList<const ChannelFd *> fds;
        for (const ChannelFd &c : pc.fds) {
            if (c.channel == ch && matches({QString::number(c.fd), c.target, c.detail}))
                fds.append(&c);
        }
        if (fds.isEmpty())
            continue;
        QTreeWidgetItem *g = group(ProcessChannels::channelName(ch), ProcessChannels::channelMeaning(ch), int(fds.size()));
        for (const ChannelFd *c : fds) {
            auto *item = new QTreeWidgetItem(g, {tr("fd %1").arg(c->fd), ProcessChannels::accessText(c->access), c->target, c->detail});
            item->setData(ItemColumn, ProcessRowRole, FdKind);
            item->setData(ItemColumn, FdRole, c->fd);
            item->setData(ItemColumn, PathRole, c->devicePath.isEmpty() ? c->target : c->devicePath);
            item->setData(ItemColumn, NetlinkProtocolRole, c->netlinkProtocol);
            item->setToolTip(DetailColumn, c->detail);
            if (ch == FdChannel::Device)
                item->setToolTip(ItemColumn, tr("Enter: follow the node in the Devices pane"));
            else if (ch == FdChannel::Netlink)
                item->setToolTip(ItemColumn, tr("Enter: open the netlink pane"));
            if (item->text(ItemColumn) + QLatin1Char('\t') + item->text(TargetColumn) == selected)
                current = item;
        }
    }
    QList<const ChannelNamespace *> nss;
    for (const ChannelNamespace &n : pc.namespaces) {
        if (matches({n.type, n.id}))
            nss.append(&n);
    }
    if (!nss.isEmpty()) {
        QTreeWidgetItem *g = group(tr("Namespaces"), tr("What the process sees of the system: each kind of namespace, ours or its own"), int(nss.size()));
        for (const ChannelNamespace *n : nss) {
            auto *item = new QTreeWidgetItem(g, {n->type, QString(), n->id, n->sameAsOurs ? tr("the same as ours") : tr("its own: differs from ours")});
            item->setData(ItemColumn, ProcessRowRole, OtherKind);
        }
    }
    QList<const QStringList *> limits;
    for (const QStringList &row : pc.limits.rows) {
        if (matches(row))
            limits.append(&row);
    }
    if (!limits.isEmpty()) {
        QTreeWidgetItem *g = group(tr("Limits"), tr("Resource limits (setrlimit): soft, hard and unit"), int(limits.size()));
        for (const QStringList *row : limits) {
            // Sizes in bytes read as sizes: 8.0 MiB rather than 8388608.
            const bool bytes = row->value(3) == QLatin1String("bytes");
            auto limit = [bytes](const QString &value) {
                bool number = false;
                const double v = value.toDouble(&number);
                return bytes && number && v >= 1024 ? Formatter::bytes(v) : value;
            };
            auto *item = new QTreeWidgetItem(g, {row->value(0), QString(), tr("soft %1, hard %2").arg(limit(row->value(1)), limit(row->value(2))), row->value(3)});
            item->setData(ItemColumn, ProcessRowRole, OtherKind);
            item->setToolTip(2, tr("soft %1, hard %2").arg(row->value(1), row->value(2)));
        }
    }
    if (current)
        m_tree->setCurrentItem(current);
    m_tree->setUpdatesEnabled(true);
    Q_EMIT filterSummaryChanged();
    if (m_tree->verticalScrollBar())
        m_tree->verticalScrollBar()->setValue(scroll);
}

void ProcessPane::activate(QTreeWidgetItem *item)
{
    if (!item || item->data(ItemColumn, ProcessRowRole).toInt() != FdKind)
        return;
    const QString path = item->data(ItemColumn, PathRole).toString();
    const int protocol = item->data(ItemColumn, NetlinkProtocolRole).toInt();
    const FdChannel ch = [&] {
        for (const ChannelFd &c : m_last.fds) {
            if (c.fd == item->data(ItemColumn, FdRole).toInt())
                return c.channel;
        }
        return FdChannel::Other;
    }();
    switch (ch) {
    case FdChannel::Device: Q_EMIT openDevice(path); break;
    case FdChannel::Netlink: Q_EMIT openNetlink(protocol); break;
    case FdChannel::Procfs: Q_EMIT openProcfs(path); break;
    case FdChannel::Sysfs: Q_EMIT openSysfs(path); break;
    default: break;
    }
}

QStringList ProcessPane::screenshotScenes() const
{
    return {objectName(), QStringLiteral("process-maps")};
}

void ProcessPane::startScreenshot(int scene)
{
    m_tabs->setCurrentIndex(scene == 1 ? 1 : 0);
    setProcess(int(::getpid()));
}

bool ProcessPane::screenshotReady() const
{
    if (m_tabs->currentWidget() == m_space)
        return m_spacePid == m_pid && !m_space->addressSpace().regions.isEmpty();
    // With its first call rate, or the reason there is none.
    return m_read && (m_callRate >= 0 || m_callsFailed);
}

} // namespace kc
