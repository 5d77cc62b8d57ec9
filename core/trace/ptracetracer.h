// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "tracecall.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>

namespace kc {

/// What to trace and how.
struct TraceOptions {
    /// System call numbers to deliver; empty: every call.
    QSet<int> onlyCalls;
    /// With onlyCalls and a launched command: a seccomp filter in the child
    /// makes it stop only on those calls (and execve), so the rest run at
    /// full speed.
    bool seccomp = true;
    int stringLimit = 256;        // strings and buffers shown, in bytes
    int payloadLimit = 64 * 1024; // netlink datagrams copied, in bytes
    /// Calls waiting for the consumer beyond this are dropped and counted.
    int maxQueued = 200000;
    /// On stop(), a launched command is left running (untraced) or killed.
    /// A process we attached to is always left running.
    bool killLaunchedOnStop = false;
    QString workingDirectory;     // for a launched command; empty: ours
    /// Where the launched command's standard streams go; empty: ours.
    QString stdinPath;
    QString stdoutPath;
    QString stderrPath;
};

/// How a trace ended.
struct TraceEnd {
    QString error;       // a sentence when the trace could not run or broke off
    bool stopped = false; // stop() ended it
    bool exited = false;  // the launched or attached process ended
    int exitCode = -1;    // its exit status when it exited normally
    int signal = 0;       // the signal that killed it
    qint64 calls = 0;     // delivered
    qint64 dropped = 0;   // lost because the consumer was slower
    QStringList notes;    // what the user should know (a setuid program ran without its privileges …)
};

/// Traces the system calls of a command it starts, or of a running process,
/// with ptrace: children and threads followed, each call decoded and tagged
/// with the channel of its descriptors. All ptrace requests come from one
/// thread of ours (the kernel ties a tracee to the thread that attached);
/// calls reach the object's thread in batches through callsReady().
/// Destroying it or calling stop() detaches from every tracee.
class PtraceTracer : public QObject
{
    Q_OBJECT
public:
    explicit PtraceTracer(QObject *parent = nullptr);
    ~PtraceTracer() override;

    /// Starts `command` (argv; PATH is searched) under trace. Returns false
    /// with `error` set when it cannot start; a command that does not
    /// exist is reported by finished() with exec's error.
    bool start(const QStringList &command, const TraceOptions &options, QString *error = nullptr);
    /// Attaches to every thread of process `pid`. On refusal `error` says
    /// why (Yama, another user, a setuid program …).
    bool attach(int pid, const TraceOptions &options, QString *error = nullptr);
    /// Detaches from every tracee (or kills a launched command, as the
    /// options say) and waits for the tracing thread to end. finished()
    /// follows from the event loop.
    void stop();

    bool isRunning() const { return m_running.load(); }
    /// The launched or attached process, 0 before start.
    int pid() const { return m_pid.load(); }
    qint64 dropped() const { return m_dropped.load(); }
    /// Calls waiting for the next callsReady(); for consumers without an
    /// event loop.
    QList<TraceCall> takeCalls();

    /// Why the kernel would refuse (or refused with `error`) to let us
    /// trace `pid`: Yama's ptrace_scope, its owner, a setuid program.
    static QString attachRefusal(int pid, int error);

Q_SIGNALS:
    void callsReady(const QList<kc::TraceCall> &calls);
    /// A traced process (not thread) ended.
    void processExited(int pid, const QString &how);
    void finished(const kc::TraceEnd &end);

private:
    class Engine;
    bool launchThread(std::unique_ptr<Engine> engine, std::function<QString()> setup, const TraceOptions &options,
                      QString *error);
    void enqueue(QList<TraceCall> &batch);
    void deliver();
    void onEngineDone();

    std::thread m_thread;
    std::atomic<bool> m_running{false};
    std::atomic<bool> m_stopRequested{false};
    std::atomic<int> m_pid{0};
    std::atomic<int> m_threadTid{0};
    std::atomic<qint64> m_dropped{0};
    QMutex m_mutex;
    QList<TraceCall> m_queue;
    bool m_deliveryPosted = false;
    int m_maxQueued = 200000;
    qint64 m_delivered = 0;
    TraceEnd m_end; // written by the engine before it ends
    bool m_finishedSent = false;
};

} // namespace kc

Q_DECLARE_METATYPE(kc::TraceEnd)
