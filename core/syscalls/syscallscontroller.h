// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "io/async.h"
#include "source/datasource.h"
#include "syscalls/syscallcost.h"
#include "syscalls/syscallmonitor.h"
#include "syscalls/syscalltable.h"

#include <QObject>

class QTimer;

#include <atomic>
#include <memory>

namespace kc {

class SyscallTableModel;

/// The system call channel: this kernel's table of calls in a model, the
/// counting of calls (every process's or one's, on a thread of its own)
/// with its rates put in the model, what one process is blocked in, and
/// what a call costs on this machine (measured off the GUI thread).
/// Panes ask it and show what it says; they count and read nothing.
class SyscallsController : public QObject
{
    Q_OBJECT
public:
    /// Counts and reads on the machine `source` reads (an agent counts
    /// there); the cost is always measured here.
    explicit SyscallsController(std::shared_ptr<DataSource> source, QObject *parent = nullptr);
    ~SyscallsController() override;
    /// Another machine from now on: counting stops, the table is read again.
    void setSource(std::shared_ptr<DataSource> source);
    /// Whether the calls counted are this machine's (tracefs can be mounted here).
    bool isLocal() const { return m_source == DataSource::local(); }

    SyscallTableModel *model() const { return m_model; }
    const SyscallTable &table() const;
    /// Reads the table (tracefs and the compiled one); tableLoaded() follows.
    void loadTable();
    bool hasTable() const { return m_haveTable; }
    /// Counts every process's calls (pid -1) or one process's, reporting
    /// every `intervalMs`; `byProcess` also ranks the busiest processes.
    void start(int pid, bool byProcess, int intervalMs = 1000);
    /// Releases the kernel's counters; nothing more is reported.
    void stop();
    bool isCounting() const { return m_running; }
    /// Empties the rate and total columns (another process was picked).
    void clearCounts();
    /// What process `pid` is blocked in now; processState() follows.
    void readProcessState(int pid);
    /// Mounts tracefs (the user asked) and reads the table again.
    bool mountTracefs(QString *error);
    /// Measures what a function call, a vDSO call, a system call and a
    /// context switch cost here (SyscallCost); costProgress() while it
    /// runs, costMeasured() at the end. A measurement still running is
    /// stopped and its answer dropped.
    void measureCost();
    /// Stops the measurement; costMeasured() follows, marked cancelled.
    void cancelCost();
    bool isMeasuringCost() const { return m_cost.isBusy(); }

Q_SIGNALS:
    void tableLoaded();
    /// Rates of the last interval are in the model.
    void counted(const QHash<QString, double> &rates, const QHash<QString, quint64> &totals);
    void failed(const QString &reason);
    void started(int pid, int calls, bool bpf);
    void busiest(const QList<kc::ProcessCallRate> &processes);
    void processState(int pid, const kc::ProcessCallState &state);
    void costProgress(int done, int total);
    void costMeasured(const kc::SyscallCostResult &result);

private:
    std::shared_ptr<DataSource> m_source;
    SyscallTableModel *m_model;
    SyscallMonitor *m_monitor;
    Async<SyscallTable> m_loading{this};
    Async<ProcessCallState> m_state{this};
    Async<SyscallCostResult> m_cost{this};
    // Shared with the measuring thread: how far it is, and the flag that
    // stops it. Progress is polled from here, so the worker never
    // reaches into an object that may be gone.
    struct CostRun {
        std::atomic<bool> stop{false};
        std::atomic<int> done{0};
        std::atomic<int> total{0};
    };
    std::shared_ptr<CostRun> m_costRun;
    QTimer *m_costTimer;
    int m_costShown = -1;
    bool m_haveTable = false;
    bool m_running = false; // reports of a stopped count still in flight are dropped
};

} // namespace kc
