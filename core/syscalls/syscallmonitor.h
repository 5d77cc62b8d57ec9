// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "syscallcounter.h"

#include "io/workerthread.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <memory>

class QCborMap;
class QTimer;

namespace kc {

class AgentSource;
class DataSource;

/// Counts system calls on its own thread and reports rates per interval.
/// start() opens the counters (system-wide for pid -1), stop() releases
/// them; nothing is counted in between. Lives on the GUI thread; the
/// counting happens on an internal worker, or, with an agent's source, in
/// the agent there, which sends the same reports.
class SyscallMonitor : public QObject
{
    Q_OBJECT
public:
    explicit SyscallMonitor(QObject *parent = nullptr);
    ~SyscallMonitor() override;

    /// `byProcess`: counting every process with BPF, also report the
    /// busiest (a hash lookup more per call).
    void start(const SyscallTable &table, int pid, int intervalMs = 1000, bool byProcess = false);
    void stop();
    /// Where to count from the next start(): this machine, or an agent's.
    void setSource(const std::shared_ptr<DataSource> &source);

Q_SIGNALS:
    /// Calls per second over the last interval, and totals since start().
    void counted(const QHash<QString, double> &rates, const QHash<QString, quint64> &totals);
    /// Counting could not start (or stopped): why, in a sentence.
    void failed(const QString &reason);
    /// Counting `calls` calls, with BPF or else perf events.
    void started(int pid, int calls, bool bpf);
    /// Counting every process with BPF: the ten that made the most calls
    /// in the last interval.
    void busiest(const QList<kc::ProcessCallRate> &processes);

private:
    void startThere(int run, const SyscallTable &table, int pid, int intervalMs, bool byProcess);
    void fromAgent(int run, const QCborMap &frame);
    void closeThere();

    class SyscallWorker *m_worker;
    WorkerThread m_thread;
    std::shared_ptr<AgentSource> m_agent;
    qint64 m_channel = 0; // the agent's stream while it counts there
    /// The start() the worker's reports must answer: a report of an
    /// earlier run (a failure queued before the newest start) is dropped.
    int m_run = 0;
};

class SyscallWorker : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    void start(int run, const SyscallTable &table, int pid, int intervalMs, bool byProcess);
    void stop();

Q_SIGNALS:
    // Each carries the run it belongs to.
    void counted(int run, const QHash<QString, double> &rates, const QHash<QString, quint64> &totals);
    void failed(int run, const QString &reason);
    void started(int run, int pid, int calls, bool bpf);
    void busiest(int run, const QList<kc::ProcessCallRate> &processes);

private:
    void tick();
    SyscallCounter m_counter;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    QList<quint64> m_first;
    QList<quint64> m_last;
    QHash<int, quint64> m_lastByProcess;
    qint64 m_lastMs = 0;
    int m_pid = -1;
    int m_run = 0;
};

} // namespace kc

Q_DECLARE_METATYPE(kc::ProcessCallRate)
