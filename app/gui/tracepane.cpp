// SPDX-License-Identifier: GPL-2.0-or-later
#include "tracepane.h"

#include "summarylabel.h"
#include "tracecallview.h"
#include "tracerundialog.h"
#include "viewactions.h"

#include "crosschannel/processchannels.h"
#include "explain/snippets.h"
#include "models/roles.h"
#include "models/tracecallmodel.h"
#include "netlink/netlinknames.h"
#include "netlink/nldecoder.h"
#include "trace/tracecontroller.h"
#include "trace/traceformat.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QIntValidator>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kc {

namespace {

// A call that failed shows its result in the error colour.
class ResultDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(FailedRole).toBool()) {
            option->palette.setColor(QPalette::Text, TraceCallView::errorColour());
            option->palette.setColor(QPalette::HighlightedText, TraceCallView::errorColour().lighter(160));
        }
    }
};

// What a call names by path, unquoted, for "Why can't I reach it?".
QString pathArgument(const TraceCall &c)
{
    for (const TraceArg &a : c.decoded) {
        if ((a.name == QLatin1String("pathname") || a.name == QLatin1String("filename") || a.name == QLatin1String("path"))
            && a.text.startsWith(QLatin1Char('"')) && a.text.endsWith(QLatin1Char('"')) && a.text.size() > 2)
            return a.text.mid(1, a.text.size() - 2);
    }
    return {};
}

} // namespace

TracePane::TracePane(TraceController *trace, QWidget *parent)
    : Pane(parent)
    , m_trace(trace)
    , m_model(trace->model())
{
    setObjectName(QStringLiteral("trace"));

    m_run = textButton(tr("Run and trace…"), QStringLiteral("system-run"),
                       tr("Start a command under trace, following its children and threads"), this);
    m_attach = textButton(tr("Attach to PID…"), QStringLiteral("debug-run"),
                          tr("Trace a running process, where the kernel lets us (Yama's ptrace_scope, its owner)"), this);
    m_stop = textButton(tr("Stop"), QStringLiteral("process-stop"),
                        tr("Stop tracing: the traced process is detached and runs on (or is ended, if you chose so when starting it)"), this);
    m_follow = textButton(tr("Follow"), QStringLiteral("go-bottom"), tr("Keep the newest call in view"), this);
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_export = textButton(tr("Export"), QStringLiteral("document-save"), tr("Copy or save the calls shown"), this);
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_export);
    QAction *copyRows = exportMenu->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy selected rows"));
    connect(copyRows, &QAction::triggered, this, [this] { QApplication::clipboard()->setText(selectedText()); });
    QAction *copyJson = exportMenu->addAction(tr("Copy selected rows as JSON"));
    connect(copyJson, &QAction::triggered, this, [this] { QApplication::clipboard()->setText(QString::fromUtf8(jsonLines(true))); });
    QAction *save = exportMenu->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save…"));
    save->setToolTip(tr("Write the calls shown as JSON lines (as kchan trace --json does, and as Open reads them back) "
                        "or as text (as kchan trace prints them)"));
    connect(save, &QAction::triggered, this, &TracePane::showSaveDialog);
    exportMenu->setToolTipsVisible(true);
    m_export->setMenu(exportMenu);
    m_open = textButton(tr("Open…"), QStringLiteral("document-open"),
                        tr("Show a trace saved as JSON lines, by this pane or by kchan trace --json"), this);
    connect(m_open, &QToolButton::clicked, this, &TracePane::showOpenDialog);
    connect(m_run, &QToolButton::clicked, this, &TracePane::showRunDialog);
    connect(m_attach, &QToolButton::clicked, this, &TracePane::showAttachDialog);
    connect(m_stop, &QToolButton::clicked, this, &TracePane::stop);

    m_counts = new SummaryLabel(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_run);
    bar->addWidget(m_attach);
    bar->addWidget(m_stop);
    bar->addWidget(m_counts, 1);
    bar->addWidget(m_follow);
    bar->addWidget(m_open);
    bar->addWidget(m_export);

    m_channelFilter = new QComboBox(this);
    m_channelFilter->setToolTip(tr("Show only the calls on one channel"));
    m_channelFilter->addItem(tr("Every channel"), -1);
    for (FdChannel ch : ProcessChannels::channelOrder())
        m_channelFilter->addItem(ProcessChannels::channelName(ch), int(ch));
    connect(m_channelFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setChannelFilter(m_channelFilter->currentData().toInt()); });
    m_pidFilter = new QLineEdit(this);
    m_pidFilter->setPlaceholderText(tr("Any PID"));
    m_pidFilter->setToolTip(tr("Show only the calls of one process or thread"));
    m_pidFilter->setValidator(new QIntValidator(1, 1 << 30, m_pidFilter));
    m_pidFilter->setClearButtonEnabled(true);
    m_pidFilter->setMaximumWidth(110);
    connect(m_pidFilter, &QLineEdit::textChanged, this, [this](const QString &text) { m_model->setPidFilter(text.toInt()); });
    m_errorsOnly = new QCheckBox(tr("Errors only"), this);
    m_errorsOnly->setToolTip(tr("Show only the calls that returned an error"));
    connect(m_errorsOnly, &QCheckBox::toggled, m_model, &TraceCallModel::setErrorsOnly);
    m_channels = new SummaryLabel(this);
    m_channels->setToolTip(tr("What the traced program did on each channel"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_channelFilter);
    filters->addWidget(m_pidFilter);
    filters->addWidget(m_errorsOnly);
    filters->addStretch(1);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setContentsMargins(4, 2, 4, 2);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setItemDelegateForColumn(TraceCallModel::ResultColumn, new ResultDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 4);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics fm = m_table->fontMetrics();
    // Wide enough for the common values; the arguments take the rest.
    m_table->setColumnWidth(TraceCallModel::TimeColumn, fm.horizontalAdvance(QStringLiteral("00.000000")) + 16);
    m_table->setColumnWidth(TraceCallModel::PidColumn, fm.horizontalAdvance(QStringLiteral("4194304")) + 16);
    m_table->setColumnWidth(TraceCallModel::CommColumn, fm.horizontalAdvance(QStringLiteral("kworker/u8")) + 12);
    m_table->setColumnWidth(TraceCallModel::CallColumn, fm.horizontalAdvance(QStringLiteral("rt_sigprocmask")) + 12);
    m_table->setColumnWidth(TraceCallModel::ChannelColumn, fm.horizontalAdvance(QStringLiteral("procfs /proc/self/mountinfo")) + 12);
    m_table->setColumnWidth(TraceCallModel::ResultColumn, fm.horizontalAdvance(QStringLiteral("-1 ENOENT (No such file or")));
    m_table->setColumnWidth(TraceCallModel::DurationColumn, fm.horizontalAdvance(QStringLiteral("10000.0")) + 16);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy selected rows"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, [this] { QApplication::clipboard()->setText(selectedText()); });
    m_table->addAction(copy);
    addWhyAction(m_table, [this](const QModelIndex &i) {
        if (!i.isValid())
            return QString();
        const TraceCall &c = m_model->call(i.row());
        return c.failed() ? pathArgument(c) : QString();
    }, [this](const QString &subject) { Q_EMIT whyRequested(subject); });
    auto *process = new QAction(QIcon::fromTheme(QStringLiteral("view-process-tree")), tr("Show the process's &channels"), m_table);
    connect(process, &QAction::triggered, this, [this] {
        const QModelIndex i = m_table->currentIndex();
        if (i.isValid())
            Q_EMIT processRequested(m_model->call(i.row()).pid);
    });
    m_table->addAction(process);
    addLinks(filters);

    m_callView = new TraceCallView(this);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_callView);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({360, 240});

    m_calls = new QTreeWidget(this);
    m_calls->setRootIsDecorated(false);
    m_calls->setAlternatingRowColors(true);
    m_calls->setHeaderLabels({tr("% time"), tr("Seconds"), tr("µs/call"), tr("Calls"), tr("Errors"), tr("Call")});
    m_calls->headerItem()->setToolTip(0, tr("Share of the time spent inside calls, as strace -c counts it"));
    for (int c = 0; c < 5; ++c) {
        m_calls->headerItem()->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        m_calls->setColumnWidth(c, 90);
    }
    m_summaryChannels = new QLabel(this);
    m_summaryChannels->setWordWrap(true);
    m_summaryChannels->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *summaryPage = new QWidget(this);
    auto *summaryLayout = new QVBoxLayout(summaryPage);
    summaryLayout->addWidget(m_summaryChannels);
    summaryLayout->addWidget(m_calls, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(split, tr("Calls", "the tab holding the list of calls"));
    m_tabs->addTab(summaryPage, tr("Summary"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(filters);
    layout->addWidget(m_message);
    layout->addWidget(m_channels);
    layout->addWidget(m_tabs, 1);

    // The figures are drawn again at most a few times a second, however
    // fast calls come.
    m_summaryTimer = new QTimer(this);
    m_summaryTimer->setSingleShot(true);
    m_summaryTimer->setInterval(250);
    connect(m_summaryTimer, &QTimer::timeout, this, &TracePane::updateSummaries);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        // The Summary tab has the whole line, wrapped.
        m_channels->setVisible(tab == 0);
        updateSummaries();
    });

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        showCall(current.isValid() ? current.row() : -1);
    });
    connect(m_model, &TraceCallModel::countsChanged, this, &TracePane::updateCounts);
    connect(m_model, &TraceCallModel::countsChanged, this, &Pane::filterSummaryChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showCall(-1); });
    connect(m_trace, &TraceController::callsAdded, this, [this] {
        if (m_follow->isChecked())
            m_table->scrollToBottom();
        if (!m_summaryTimer->isActive())
            m_summaryTimer->start();
    });
    connect(m_trace, &TraceController::started, this, &TracePane::traceStarted);
    connect(m_trace, &TraceController::finished, this, &TracePane::traceFinished);
    connect(m_trace, &TraceController::runningChanged, this, &TracePane::updateButtons);
    connect(m_trace, &TraceController::processExited, this, [this](int pid, const QString &how) {
        Q_EMIT statusMessage(tr("Process %1 %2").arg(pid).arg(how));
    });

    setMessage(tr("Run a command under trace, or attach to a running process, to see each system call it makes, decoded, "
                  "on the channel it uses: a procfs file, a device node, a netlink socket …"),
               false);
    updateButtons();
    updateCounts();
}

QString TracePane::title() const
{
    return tr("Trace");
}

QString TracePane::subtitle() const
{
    return tr("One program's system calls in order, decoded, each on the channel it uses");
}

QIcon TracePane::icon() const
{
    return QIcon::fromTheme(QStringLiteral("media-record"), style()->standardIcon(QStyle::SP_MediaPlay));
}

ExplainTarget TracePane::explainTarget() const
{
    ExplainTarget t;
    t.topic = QStringLiteral("channel-syscalls");
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return t;
    const TraceCall &c = m_model->call(current.row());
    // The card of what the call reached, when it reached a file we explain.
    const ChannelFd ch = c.channel();
    if (ch.channel == FdChannel::Procfs || ch.channel == FdChannel::Sysfs || ch.channel == FdChannel::Device)
        t.topic = ExplainCatalog::topicForPath(ch.channel == FdChannel::Device && !ch.devicePath.isEmpty() ? ch.devicePath : ch.target);
    else if (ch.channel == FdChannel::Netlink)
        t.topic = QStringLiteral("channel-netlink");
    if (c.number >= 0) {
        t.snippet = Snippets::syscallKind(c.name);
        t.params = {{QStringLiteral("NAME"), c.name}};
    }
    return t;
}

void TracePane::setFilterText(const QString &text)
{
    m_model->setFilterText(text);
}

QString TracePane::filterSummary() const
{
    return tr("%L1 of %L2 calls shown").arg(m_model->rowCount()).arg(m_model->storedCount());
}

QWidget *TracePane::filterResults() const
{
    return m_table;
}

void TracePane::refresh()
{
    updateSummaries();
}

bool TracePane::run(const QString &commandLine, const QString &workingDirectory, QString *error)
{
    const QStringList command = QProcess::splitCommand(commandLine);
    QString why;
    if (command.isEmpty()) {
        why = tr("Type the command to run, with its arguments.");
    } else {
        TraceOptions options;
        // The command's input is empty and its output goes nowhere: what
        // it writes shows in its write calls.
        options.stdinPath = QStringLiteral("/dev/null");
        options.stdoutPath = QStringLiteral("/dev/null");
        options.stderrPath = QStringLiteral("/dev/null");
        options.workingDirectory = workingDirectory;
        const QSettings settings;
        options.stringLimit = qMax(16, settings.value(QStringLiteral("trace/stringLimit"), 256).toInt());
        options.backend = TraceRunDialog::backend();
        QStringList unknown;
        options.onlyCalls = TraceController::callNumbers(settings.value(QStringLiteral("trace/only")).toString(), &unknown);
        m_killOnStop = settings.value(QStringLiteral("trace/killOnStop"), false).toBool();
        options.killLaunchedOnStop = m_killOnStop;
        if (!unknown.isEmpty())
            why = tr("Not system calls of this architecture: %1.").arg(unknown.join(QStringLiteral(", ")));
        else if (m_trace->start(command, options, &why))
            return true;
    }
    setMessage(why, true);
    if (error)
        *error = why;
    return false;
}

bool TracePane::attachTo(int pid, QString *error)
{
    TraceOptions options;
    options.stringLimit = qMax(16, QSettings().value(QStringLiteral("trace/stringLimit"), 256).toInt());
    options.backend = TraceRunDialog::backend();
    QString why;
    if (m_trace->attach(pid, options, &why))
        return true;
    setMessage(tr("Cannot attach to process %1. %2").arg(pid).arg(why), true);
    if (error)
        *error = why;
    return false;
}

void TracePane::stop()
{
    m_trace->stop();
}

void TracePane::showRunDialog()
{
    if (const std::optional<TraceRunDialog::Choice> choice = TraceRunDialog::ask(this))
        run(choice->command, choice->directory);
}

void TracePane::showAttachDialog()
{
    bool ok = false;
    const int pid = QInputDialog::getInt(this, tr("Attach to a process"),
                                         tr("Process ID to trace. It runs on, untraced, when the trace stops."),
                                         QSettings().value(QStringLiteral("trace/pid"), 1).toInt(), 1, 1 << 30, 1, &ok);
    if (!ok)
        return;
    QSettings().setValue(QStringLiteral("trace/pid"), pid);
    attachTo(pid);
}

void TracePane::setMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    // Only the text colour is set, so that the rest follows the theme.
    QPalette p;
    if (problem)
        p.setColor(QPalette::WindowText, TraceCallView::errorColour());
    m_message->setPalette(p);
}

QString TracePane::message() const
{
    return m_message->text();
}

QString TracePane::channelSummary() const
{
    return m_trace->summary().channelText();
}

void TracePane::updateButtons()
{
    const bool running = m_trace->isRunning();
    m_run->setEnabled(!running);
    m_attach->setEnabled(!running);
    m_open->setEnabled(!running);
    m_stop->setEnabled(running);
}

void TracePane::updateCounts()
{
    QStringList parts;
    const TraceSummary &s = m_trace->summary();
    parts.append(tr("%Ln call(s)", nullptr, int(s.calls())));
    if (s.errors() > 0)
        parts.append(tr("%Ln failed", nullptr, int(s.errors())));
    if (m_model->droppedCount() > 0)
        parts.append(tr("%Ln oldest dropped from the table", nullptr, int(m_model->droppedCount())));
    if (!m_model->filter().isEmpty())
        parts.append(tr("%Ln shown", nullptr, m_model->rowCount()));
    m_counts->setSummary(parts.join(QStringLiteral(" · ")));
}

void TracePane::updateSummaries()
{
    const TraceSummary &s = m_trace->summary();
    const QString channels = s.channelText();
    m_channels->setSummary(channels);
    m_summaryChannels->setText(channels.isEmpty() ? tr("No call on a descriptor yet.") : channels);
    updateCounts();
    if (m_tabs->currentIndex() != 1 && !m_screenshot)
        return; // the table is filled when it is looked at
    m_calls->clear();
    const double total = double(qMax<qint64>(1, s.totalNs()));
    QList<QTreeWidgetItem *> items;
    auto row = [](const QStringList &cells) {
        auto *item = new QTreeWidgetItem(cells);
        for (int c = 0; c < 5; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    for (const TraceSummary::CallTotals &t : s.byCall()) {
        items.append(row({QString::number(100.0 * double(t.totalNs) / total, 'f', 2),
                          QString::number(double(t.totalNs) / 1e9, 'f', 6),
                          t.calls ? TraceCallView::micros(t.totalNs / t.calls) : QString(), QString::number(t.calls),
                          t.errors ? QString::number(t.errors) : QString(), t.name}));
    }
    if (!items.isEmpty()) {
        QTreeWidgetItem *sum = row({QStringLiteral("100.00"), QString::number(double(s.totalNs()) / 1e9, 'f', 6),
                                    TraceCallView::micros(s.totalNs() / qMax<qint64>(1, s.calls())), QString::number(s.calls()),
                                    s.errors() ? QString::number(s.errors()) : QString(), tr("total")});
        QFont bold = sum->font(0);
        bold.setBold(true);
        for (int c = 0; c < 6; ++c)
            sum->setFont(c, bold);
        items.append(sum);
    }
    m_calls->addTopLevelItems(items);
}

void TracePane::traceStarted()
{
    showCall(-1);
    const QString target = m_trace->targetText();
    if (m_trace->launched())
        setMessage(tr("Tracing %1 (process %2) with %3 …").arg(target).arg(m_trace->pid()).arg(m_trace->backendName()), false);
    else
        setMessage(tr("Tracing process %1 with %2 …").arg(m_trace->pid()).arg(m_trace->backendName()), false);
    Q_EMIT statusMessage(QString());
    updateSummaries();
}

void TracePane::traceFinished(const TraceEnd &end)
{
    const QString target = m_trace->targetText();
    QStringList lines;
    bool problem = false;
    if (!end.error.isEmpty()) {
        problem = true;
        lines.append(end.error);
    } else if (end.exited && end.signal > 0) {
        lines.append(tr("%1 was killed by signal %2 after %Ln call(s).", nullptr, int(end.calls)).arg(target).arg(end.signal));
    } else if (end.exited) {
        lines.append(tr("%1 exited with status %2 after %Ln call(s).", nullptr, int(end.calls)).arg(target).arg(end.exitCode));
    } else if (end.stopped && !m_trace->launched()) {
        lines.append(tr("Stopped after %Ln call(s): detached from process %1, which runs on untraced.", nullptr, int(end.calls))
                         .arg(m_trace->pid()));
    } else if (end.stopped && (m_killOnStop || end.signal > 0)) {
        lines.append(tr("Stopped after %Ln call(s): %1 was ended.", nullptr, int(end.calls)).arg(target));
    } else if (end.stopped) {
        lines.append(tr("Stopped after %Ln call(s): detached from %1 (process %2), which runs on untraced.", nullptr, int(end.calls))
                         .arg(target)
                         .arg(m_trace->pid()));
    } else {
        lines.append(tr("The trace of %1 ended after %Ln call(s).", nullptr, int(end.calls)).arg(target));
    }
    if (end.dropped > 0) {
        problem = true;
        lines.append(tr("%Ln call(s) were lost: the program made them faster than they could be shown.", nullptr, int(end.dropped)));
    }
    if (m_model->droppedCount() > 0)
        lines.append(tr("The table keeps the newest %Ln call(s); %1 older ones were dropped from it (the summary counts them all).",
                        nullptr, m_model->cap())
                         .arg(m_model->droppedCount()));
    lines.append(end.notes);
    setMessage(lines.join(QLatin1Char(' ')), problem);
    updateButtons();
    updateSummaries();
    if (m_screenshot)
        selectTellingCall();
}

QTreeWidget *TracePane::details() const
{
    return m_callView->details();
}

QTreeWidget *TracePane::messages() const
{
    return m_callView->messages();
}

void TracePane::showCall(int row)
{
    m_callView->showCall(row >= 0 && row < m_model->rowCount() ? &m_model->call(row) : nullptr);
    updateLinks();
}

QStringList TracePane::screenshotScenes() const
{
    return {objectName(), objectName() + QStringLiteral("-summary")};
}

void TracePane::startScreenshot(int scene)
{
    // A short real command: procfs and sysfs files, and netlink when ip is there.
    const QString ip = QStandardPaths::findExecutable(QStringLiteral("ip"));
    const QString command = ip.isEmpty() ? QStringLiteral("/bin/sh -c \"cat /proc/loadavg /sys/kernel/mm/transparent_hugepage/enabled\"")
                                         : ip + QStringLiteral(" -brief link show lo");
    m_screenshot = true;
    m_tabs->setCurrentIndex(scene == 1 ? 1 : 0);
    // Each scene, light and dark, shows the same trace.
    if (command == m_screenshotCommand && !m_trace->isRunning() && m_trace->hasEnded()) {
        updateSummaries();
        return;
    }
    m_screenshotCommand = command;
    m_follow->setChecked(false);
    if (m_trace->isRunning())
        m_trace->stop();
    run(command);
}

bool TracePane::screenshotReady() const
{
    return !m_trace->isRunning() && m_trace->hasEnded();
}

// The most telling call in view and decoded: a netlink request, or a procfs open.
void TracePane::selectTellingCall()
{
    int pick = -1;
    for (int r = 0; r < m_model->rowCount() && pick < 0; ++r) {
        const TraceCall &c = m_model->call(r);
        if (!c.netlinkPayload.isEmpty() && c.name.startsWith(QLatin1String("send")))
            pick = r;
    }
    for (int r = 0; r < m_model->rowCount() && pick < 0; ++r) {
        if (m_model->call(r).channel().channel == FdChannel::Procfs)
            pick = r;
    }
    if (pick < 0)
        return;
    m_table->setCurrentIndex(m_model->index(pick, TraceCallModel::CallColumn));
    m_table->scrollTo(m_model->index(pick, 0), QAbstractItemView::PositionAtCenter);
}

} // namespace kc
