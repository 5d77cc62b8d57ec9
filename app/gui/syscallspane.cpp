// SPDX-License-Identifier: GPL-2.0-or-later
#include "syscallspane.h"

#include "format/formatter.h"

#include "syscalls/syscallscontroller.h"
#include "explain/snippets.h"

#include "syscallcostview.h"
#include "viewactions.h"
#include "theme.h"
#include "models/roles.h"
#include "models/syscalltablemodel.h"
#include "syscalls/syscallcounter.h"
#include "syscalls/syscallmonitor.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QToolButton>
#include <QValueAxis>
#include <QVBoxLayout>

#include <unistd.h>

namespace kc {

SyscallsPane::SyscallsPane(SyscallsController *syscalls, QWidget *parent)
    : Pane(parent)
    , m_syscalls(syscalls)
    , m_model(syscalls->model())
{
    setObjectName(QStringLiteral("syscalls"));
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    watchFiltered(m_proxy);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_mount = new QPushButton(tr("Mount tracefs…"), this);
    m_mount->setToolTip(tr("Mount tracefs at /sys/kernel/tracing so argument lists can be shown (root)"));
    m_mount->hide();
    connect(m_mount, &QPushButton::clicked, this, &SyscallsPane::mountTracefs);
    m_pid = new QLineEdit(this);
    m_pid->setPlaceholderText(tr("PID, empty for all"));
    m_pid->setValidator(new QIntValidator(1, 1 << 30, m_pid));
    m_pid->setMaximumWidth(140);
    m_pid->setToolTip(tr("Count the system calls of one process and show what it is blocked in"));
    connect(m_pid, &QLineEdit::editingFinished, this, [this] {
        setProcess(m_pid->text().isEmpty() ? -1 : m_pid->text().toInt());
    });
    // Counting is not free: say what it costs, and let it stop.
    const QString cost = SyscallCounter::costOf(::geteuid() == 0 ? SyscallCounter::Method::Bpf : SyscallCounter::Method::Perf);
    m_status->setToolTip(cost);
    m_pause = pauseButton(cost, this);
    connect(m_pause, &QToolButton::toggled, this, &SyscallsPane::setPaused);
    // Who makes the calls costs a hash lookup more per call: asked for.
    m_byProcess = textButton(tr("By process"), QStringLiteral("view-list-details"),
                             tr("Also count each process's calls and list the busiest (counting every process with BPF). "
                                "It costs another lookup per call: about 10 to 20 ns more per call on our test machine."),
                             this);
    m_byProcess->setCheckable(true);
    m_byProcess->setChecked(QSettings().value(QStringLiteral("syscalls/byProcess"), false).toBool());
    connect(m_byProcess, &QToolButton::toggled, this, [this](bool on) {
        if (!m_screenshot)
            QSettings().setValue(QStringLiteral("syscalls/byProcess"), on);
        if (!on) {
            setBusiestShown(false);
        }
        if (isVisible() && !m_paused)
            startCounting();
    });
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Process:"), this));
    bar->addWidget(m_pid);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_mount);
    bar->addWidget(m_byProcess);
    bar->addWidget(m_pause);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SyscallTableModel::NumberColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(SyscallTableModel::NumberColumn, 50);
    m_table->setColumnWidth(SyscallTableModel::NameColumn, 150);
    m_table->setColumnWidth(SyscallTableModel::ArgumentsColumn, 260);
    m_table->setColumnWidth(SyscallTableModel::RateColumn, 80);
    m_table->setColumnWidth(SyscallTableModel::TotalColumn, 90);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    addCopyRowAction(m_table);
    addPinAction(m_table, [this](const QModelIndex &i) {
        const QModelIndex source = m_proxy->mapToSource(i);
        if (!source.isValid() || m_model->table().calls[source.row()].name.isEmpty())
            return QString();
        return QString(QStringLiteral("syscall:") + m_model->table().calls[source.row()].name);
    }, [this](const QString &key) { Q_EMIT pinRequested(key); });
    addWhyAction(m_table, [this](const QModelIndex &i) {
        const QModelIndex source = m_proxy->mapToSource(i);
        return source.isValid() ? QString(QStringLiteral("syscall:") + m_model->table().calls[source.row()].name) : QString();
    }, [this](const QString &subject) { Q_EMIT whyRequested(subject); });

    // Top ten by calls per second.
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setTitle(tr("Most frequent calls (per second)"));
    chart->setMargins(QMargins(2, 2, 2, 2));
    m_bars = new QBarSet(tr("calls/s"));
    auto *series = new QHorizontalBarSeries(chart);
    series->append(m_bars);
    chart->addSeries(series);
    m_names = new QBarCategoryAxis(chart);
    m_axis = new QValueAxis(chart);
    m_axis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(m_names, Qt::AlignLeft);
    chart->addAxis(m_axis, Qt::AlignBottom);
    series->attachAxis(m_names);
    series->attachAxis(m_axis);
    m_chart = new QChartView(chart, this);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumWidth(300);

    m_processState = new QLabel(this);
    m_processState->setWordWrap(true);
    m_processState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_processState->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    // Who makes the calls: counted per process by the same BPF program.
    m_busiestTitle = new QLabel(tr("Busiest processes (Enter counts one by itself):"), this);
    m_busiest = new QTreeWidget(this);
    m_busiest->setObjectName(QStringLiteral("busiest"));
    m_busiest->setColumnCount(3);
    m_busiest->setHeaderLabels({tr("PID"), tr("Process"), tr("Calls/s")});
    m_busiest->setRootIsDecorated(false);
    m_busiest->setAlternatingRowColors(true);
    m_busiest->setUniformRowHeights(true);
    m_busiest->header()->setStretchLastSection(false);
    m_busiest->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_busiest->setToolTip(tr("The processes that made the most system calls in the last second, all CPUs"));
    connect(m_busiest, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        setProcess(item->data(0, Qt::UserRole).toInt());
    });
    connect(m_syscalls, &SyscallsController::busiest, this, &SyscallsPane::showBusiest);
    setBusiestShown(false);

    auto *right = new QWidget(this);
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(m_chart, 3);
    rl->addWidget(m_busiestTitle);
    rl->addWidget(m_busiest, 2);
    rl->addWidget(m_processState, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({700, 380});

    auto *calls = new QWidget(this);
    auto *callsLayout = new QVBoxLayout(calls);
    callsLayout->setContentsMargins(0, 6, 0, 0);
    callsLayout->addLayout(bar);
    callsLayout->addWidget(split, 1);
    m_cost = new SyscallCostView(m_syscalls, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(calls, tr("Calls"));
    m_tabs->addTab(m_cost, tr("Cost of a call"));
    m_tabs->setTabToolTip(1, tr("What a function call, a vDSO call, a system call and a context switch cost on this machine"));
    // Counting slows every call: it runs only while its figures are in
    // view, and never while a call's cost is being measured.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (callsShown()) {
            startCounting();
            updateProcessState();
        } else {
            m_syscalls->stop();
            m_counting = false;
            m_stateTimer->stop();
        }
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_tabs, 1);

    connect(m_syscalls, &SyscallsController::counted, this, [this](const QHash<QString, double> &rates) {
        updateChart(rates);
        ++m_ticks;
        double sum = 0;
        for (double r : rates)
            sum += r;
        const QString with = m_bpf ? tr("with BPF") : tr("with perf events");
        // What counting costs, on screen: it slows every program here.
        const QString cost = SyscallCounter::costInBrief(m_bpf ? SyscallCounter::Method::Bpf : SyscallCounter::Method::Perf);
        m_status->setText(m_process > 0 ? tr("Counting the calls of process %1 %2: %3 calls/s; %4.").arg(m_process).arg(with, Formatter::rate(sum), cost)
                                        : tr("Counting every call on every CPU %1: %2 calls/s; %3.").arg(with, Formatter::rate(sum), cost));
    });
    connect(m_syscalls, &SyscallsController::failed, this, [this](const QString &reason) {
        m_counting = false;
        setBusiestShown(false);
        m_status->setText(reason);
        m_mount->setVisible(m_model->table().tracefs.isEmpty() && m_syscalls->isLocal() && ::geteuid() == 0);
    });
    connect(m_syscalls, &SyscallsController::started, this, [this](int, int calls, bool bpf) {
        m_counting = true;
        m_bpf = bpf;
        const QString cost = SyscallCounter::costOf(bpf ? SyscallCounter::Method::Bpf : SyscallCounter::Method::Perf);
        m_status->setToolTip(cost);
        m_pause->setToolTip(cost);
        m_status->setText(bpf ? tr("Counting %Ln system call(s) with a BPF program in the kernel…", nullptr, calls)
                              : tr("Counting %Ln system call(s) with the kernel's perf counters…", nullptr, calls));
    });
    m_stateTimer = new QTimer(this);
    m_stateTimer->setInterval(1000);
    connect(m_stateTimer, &QTimer::timeout, this, &SyscallsPane::updateProcessState);
    connect(m_syscalls, &SyscallsController::processState, this, [this](int pid, const ProcessCallState &st) {
        if (pid == m_process)
            showProcessState(st);
    });
    connect(m_syscalls, &SyscallsController::tableLoaded, this, [this] {
        m_mount->setVisible(m_model->table().tracefs.isEmpty() && m_syscalls->isLocal() && ::geteuid() == 0);
        if (!m_model->table().note.isEmpty())
            m_status->setText(m_model->table().note);
        if (callsShown())
            startCounting();
    });
    loadTable();
}

void SyscallsPane::loadTable()
{
    m_syscalls->loadTable();
}

bool SyscallsPane::callsShown() const
{
    return isVisible() && m_tabs->currentIndex() == 0;
}

void SyscallsPane::showCost()
{
    m_tabs->setCurrentWidget(m_cost);
}

void SyscallsPane::startCounting()
{
    if (!m_syscalls->hasTable() || m_paused || !callsShown())
        return;
    m_ticks = 0;
    m_syscalls->start(m_process, m_byProcess->isChecked());
}

void SyscallsPane::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    m_pause->setChecked(paused);
    if (paused) {
        m_syscalls->stop();
        m_counting = false;
        setBusiestShown(false);
        m_status->setText(tr("Counting paused: the kernel's counters are released and system calls run at full speed."));
    } else if (isVisible()) {
        startCounting();
    }
}

void SyscallsPane::showBusiest(const QList<ProcessCallRate> &processes)
{
    if (m_paused || m_process > 0 || !m_byProcess->isChecked())
        return; // sent before the change reached the worker
    const QTreeWidgetItem *current = m_busiest->currentItem();
    const int selected = current ? current->data(0, Qt::UserRole).toInt() : 0;
    m_busiest->clear();
    for (const ProcessCallRate &p : processes) {
        auto *item = new QTreeWidgetItem(m_busiest, {QString::number(p.pid), p.comm.isEmpty() ? tr("(ended)") : p.comm,
                                                     Formatter::rate(p.perSecond)});
        item->setData(0, Qt::UserRole, p.pid);
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        if (p.pid == selected)
            m_busiest->setCurrentItem(item);
    }
    setBusiestShown(true);
}

void SyscallsPane::setBusiestShown(bool shown)
{
    m_busiestTitle->setVisible(shown);
    m_busiest->setVisible(shown);
}

void SyscallsPane::setProcess(int pid)
{
    if (pid == m_process)
        return;
    m_process = pid;
    m_byProcess->setEnabled(pid <= 0);
    setBusiestShown(false);
    m_busiest->clear();
    m_pid->setText(pid > 0 ? QString::number(pid) : QString());
    m_syscalls->clearCounts();
    updateProcessState();
    if (isVisible())
        startCounting();
}

void SyscallsPane::mountTracefs()
{
    const auto answer = QMessageBox::question(
        this, tr("Mount tracefs"),
        tr("The argument lists of system calls come from tracefs, which is not mounted.\n\n"
           "Mounting it at /sys/kernel/tracing changes the mounts every program on this machine sees "
           "(it is what `mount -t tracefs nodev /sys/kernel/tracing` does). Mount it now?"));
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!m_syscalls->mountTracefs(&error)) {
        QMessageBox::warning(this, tr("Mount tracefs"), error);
        return;
    }
    Q_EMIT statusMessage(tr("tracefs mounted at /sys/kernel/tracing"));
}

void SyscallsPane::updateProcessState()
{
    if (m_process <= 0) {
        m_stateTimer->stop();
        m_processState->setText(tr("Enter a PID above to count one process and see the call it is in now."));
        return;
    }
    if (!m_stateTimer->isActive() && callsShown())
        m_stateTimer->start();
    m_syscalls->readProcessState(m_process);
}

void SyscallsPane::showProcessState(const ProcessCallState &st)
{
    if (st.comm.isEmpty()) {
        m_processState->setText(st.commError);
        return;
    }
    const QString now = st.call ? SyscallTable::describe(*st.call) : st.callError;
    QString text = tr("<b>%1</b> (PID %2)<br>Now: %3").arg(st.comm.toHtmlEscaped()).arg(m_process).arg(now.toHtmlEscaped());
    if (!st.wchan.isEmpty() && st.wchan != QLatin1String("0"))
        text += tr("<br>Waiting in the kernel function %1").arg(st.wchan.toHtmlEscaped());
    if (!st.voluntarySwitches.isEmpty())
        text += tr("<br>Context switches: %1 voluntary (it waited), %2 involuntary (it was preempted)").arg(st.voluntarySwitches, st.involuntarySwitches);
    m_processState->setText(text);
}

void SyscallsPane::updateChart(const QHash<QString, double> &rates)
{
    QList<QPair<double, QString>> top;
    for (auto it = rates.cbegin(); it != rates.cend(); ++it)
        top.append({it.value(), it.key()});
    std::sort(top.begin(), top.end(), [](const auto &a, const auto &b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
    top = top.mid(0, 10);
    std::reverse(top.begin(), top.end()); // largest at the top
    QStringList names;
    double max = 1;
    for (const auto &t : std::as_const(top)) {
        names.append(t.second);
        max = qMax(max, t.first);
    }
    // The same ten calls as a rule: their bars change in place, and the
    // axis and categories only when they must.
    if (names != m_names->categories() || m_bars->count() != top.size()) {
        m_bars->remove(0, m_bars->count());
        for (const auto &t : std::as_const(top))
            m_bars->append(t.first);
        m_names->setCategories(names);
    } else {
        for (int i = 0; i < top.size(); ++i) {
            if (m_bars->at(i) != top[i].first)
                m_bars->replace(i, top[i].first);
        }
    }
    // A new range when the longest bar leaves the axis or uses under half of it.
    if (max * 1.1 > m_axis->max() || max * 2 < m_axis->max()) {
        m_axis->setRange(0, max * 1.1);
        m_axis->applyNiceNumbers();
    }
}

QString SyscallsPane::title() const
{
    return tr("System calls");
}

QString SyscallsPane::subtitle() const
{
    return tr("How programs enter the kernel: every call, counted live");
}

ExplainTarget SyscallsPane::explainTarget() const
{
    ExplainTarget t;
    if (m_tabs->currentWidget() == m_cost) {
        t.topic = QStringLiteral("syscall-cost");
        t.snippet = QStringLiteral("syscall-cost");
        return t;
    }
    t.topic = QStringLiteral("channel-syscalls");
    const QModelIndex source = m_proxy->mapToSource(m_table->currentIndex());
    if (source.isValid() && m_model->table().calls[source.row()].number >= 0) {
        const QString name = m_model->table().calls[source.row()].name;
        t.snippet = Snippets::syscallKind(name);
        t.params = {{QStringLiteral("NAME"), name}};
    }
    return t;
}

QIcon SyscallsPane::icon() const
{
    return QIcon::fromTheme(QStringLiteral("system-run"), style()->standardIcon(QStyle::SP_CommandLink));
}

void SyscallsPane::setFilterText(const QString &text)
{
    m_proxy->setFilterFixedString(text);
}

QString SyscallsPane::filterSummary() const
{
    return tr("%L1 of %L2 system calls shown").arg(m_proxy->rowCount()).arg(m_model->rowCount());
}

QWidget *SyscallsPane::filterResults() const
{
    return m_table;
}

void SyscallsPane::refresh()
{
    loadTable();
}

void SyscallsPane::showEvent(QShowEvent *event)
{
    Pane::showEvent(event);
    startCounting();
    updateProcessState();
}

void SyscallsPane::hideEvent(QHideEvent *event)
{
    Pane::hideEvent(event);
    // Nobody looks: the counters are released.
    m_syscalls->stop();
    m_counting = false;
    m_stateTimer->stop();
}

void SyscallsPane::themeChanged()
{
    m_chart->chart()->setTheme(Theme::isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
}

QStringList SyscallsPane::screenshotScenes() const
{
    return {QStringLiteral("syscalls"), QStringLiteral("syscalls-cost")};
}

void SyscallsPane::startScreenshot(int scene)
{
    if (scene == 1) {
        showCost();
        if (!m_cost->hasResult() && !m_cost->isMeasuring())
            m_cost->measure();
        return;
    }
    m_tabs->setCurrentIndex(0);
    setProcess(-1);
    m_screenshot = true;
    m_byProcess->setChecked(true); // the busiest processes, where BPF counts
    m_table->sortByColumn(SyscallTableModel::RateColumn, Qt::DescendingOrder);
}

bool SyscallsPane::screenshotReady() const
{
    if (m_tabs->currentWidget() == m_cost)
        return m_cost->hasResult() && !m_cost->isMeasuring();
    // With counting: two ticks of rates; without: the table and the reason.
    return m_syscalls->hasTable() && ((m_ticks >= 2 && (!m_bpf || m_busiest->isVisible())) || (!m_status->text().isEmpty() && !m_counting));
}

} // namespace kc
