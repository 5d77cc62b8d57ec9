// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "io/async.h"
#include "syscalls/syscallmonitor.h"
#include "syscalls/syscalltable.h"

#include <QObject>

namespace kc {

class SyscallTableModel;

/// The system call channel: this kernel's table of calls in a model, the
/// counting of calls (every process's or one's, on a thread of its own)
/// with its rates put in the model, and what one process is blocked in.
/// Panes ask it and show what it says; they count and read nothing.
class SyscallsController : public QObject
{
    Q_OBJECT
public:
    explicit SyscallsController(QObject *parent = nullptr);

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

Q_SIGNALS:
    void tableLoaded();
    /// Rates of the last interval are in the model.
    void counted(const QHash<QString, double> &rates, const QHash<QString, quint64> &totals);
    void failed(const QString &reason);
    void started(int pid, int calls, bool bpf);
    void busiest(const QList<kc::ProcessCallRate> &processes);
    void processState(int pid, const kc::ProcessCallState &state);

private:
    SyscallTableModel *m_model;
    SyscallMonitor *m_monitor;
    Async<SyscallTable> m_loading{this};
    Async<ProcessCallState> m_state{this};
    bool m_haveTable = false;
    bool m_running = false; // reports of a stopped count still in flight are dropped
};

} // namespace kc
