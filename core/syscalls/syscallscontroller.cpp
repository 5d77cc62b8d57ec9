// SPDX-License-Identifier: GPL-2.0-or-later
#include "syscallscontroller.h"

#include "models/syscalltablemodel.h"

#include <QTimer>

namespace kc {

SyscallsController::SyscallsController(std::shared_ptr<DataSource> source, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_model(new SyscallTableModel(this))
    , m_monitor(new SyscallMonitor(this))
    , m_costTimer(new QTimer(this))
{
    m_monitor->setSource(m_source);
    m_costTimer->setInterval(100);
    connect(m_costTimer, &QTimer::timeout, this, [this] {
        if (!m_costRun || m_costRun->total == 0 || m_costRun->done == m_costShown)
            return;
        m_costShown = m_costRun->done;
        Q_EMIT costProgress(m_costShown, m_costRun->total);
    });
    connect(m_monitor, &SyscallMonitor::counted, this, [this](const QHash<QString, double> &rates, const QHash<QString, quint64> &totals) {
        if (!m_running)
            return;
        m_model->setCounts(rates, totals);
        Q_EMIT counted(rates, totals);
    });
    connect(m_monitor, &SyscallMonitor::failed, this, [this](const QString &reason) {
        m_running = false;
        Q_EMIT failed(reason);
    });
    connect(m_monitor, &SyscallMonitor::started, this, [this](int pid, int calls, bool bpf) {
        if (m_running)
            Q_EMIT started(pid, calls, bpf);
    });
    connect(m_monitor, &SyscallMonitor::busiest, this, [this](const QList<ProcessCallRate> &processes) {
        if (m_running)
            Q_EMIT busiest(processes);
    });
}

SyscallsController::~SyscallsController()
{
    // A measurement still running ends at its next batch.
    cancelCost();
}

void SyscallsController::setSource(std::shared_ptr<DataSource> source)
{
    stop();
    m_source = std::move(source);
    m_monitor->setSource(m_source);
    loadTable();
}

const SyscallTable &SyscallsController::table() const
{
    return m_model->table();
}

void SyscallsController::loadTable()
{
    m_loading.run([source = m_source] { return source->syscallTable(); }, [this](const SyscallTable &table) {
        m_model->setTable(table);
        m_haveTable = true;
        Q_EMIT tableLoaded();
    });
}

void SyscallsController::start(int pid, bool byProcess, int intervalMs)
{
    if (!m_haveTable)
        return;
    m_running = true;
    m_model->setCounts({}, {});
    m_monitor->start(m_model->table(), pid, intervalMs, byProcess);
}

void SyscallsController::measureCost()
{
    if (m_costRun)
        m_costRun->stop = true;
    auto run = std::make_shared<CostRun>();
    m_costRun = run;
    m_costShown = -1;
    m_costTimer->start();
    m_cost.run(
        [run] {
            return SyscallCost::measure(SyscallCost::DefaultBatches, [run](int done, int total) {
                run->total = total;
                run->done = done;
                return !run->stop.load();
            });
        },
        [this, run](const SyscallCostResult &result) {
            if (m_costRun == run) {
                m_costRun.reset();
                m_costTimer->stop();
            }
            Q_EMIT costMeasured(result);
        });
}

void SyscallsController::cancelCost()
{
    if (m_costRun)
        m_costRun->stop = true;
}

void SyscallsController::stop()
{
    m_running = false;
    m_monitor->stop();
}

void SyscallsController::clearCounts()
{
    m_model->setCounts({}, {});
}

void SyscallsController::readProcessState(int pid)
{
    m_state.runIfIdle([pid, source = m_source] {
                          return ProcessCallState::read(pid, [&source](const QString &path, qint64 cap) { return source->read(path, cap); });
                      },
                      [this, pid](const ProcessCallState &st) { Q_EMIT processState(pid, st); });
}

bool SyscallsController::mountTracefs(QString *error)
{
    if (!isLocal()) {
        *error = tr("tracefs can be mounted on this machine only.");
        return false;
    }
    if (!SyscallCounter::mountTracefs(error))
        return false;
    loadTable();
    return true;
}

} // namespace kc
