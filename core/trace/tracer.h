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

namespace kc {

/// What to trace and how.
struct TraceOptions {
    /// How the calls are caught: BPF needs root and a kernel with BTF;
    /// ptrace works for any process the user may trace. Auto takes BPF
    /// when it can be had.
    enum class Backend { Auto, Ptrace, Bpf };
    Backend backend = Backend::Auto;
    /// System call numbers to deliver; empty: every call.
    QSet<int> onlyCalls;
    /// ptrace, with onlyCalls and a launched command: a seccomp filter in
    /// the child makes it stop only on those calls (and execve), so the
    /// rest run at full speed.
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
    qint64 dropped = 0;   // lost because the consumer (or the kernel's buffer) was slower
    QStringList notes;    // what the user should know (a setuid program ran without its privileges …)
};

/// Traces the system calls of a command it starts, or of a running
/// process, with its children and threads; each call decoded and tagged
/// with the channel of its descriptors. Calls reach the object's thread in
/// batches through callsReady(). Destroying it or calling stop() leaves
/// every traced process running untraced (or ends a launched command, as
/// the options say). Two backends: PtraceTracer and BpfTracer.
class Tracer : public QObject
{
    Q_OBJECT
public:
    explicit Tracer(QObject *parent = nullptr);
    ~Tracer() override;

    /// A tracer of the backend `backend` asks for; Auto takes BPF where
    /// bpfUnavailable() says nothing, ptrace otherwise. Asked for BPF
    /// where it cannot be had, returns nullptr with `why` set.
    static Tracer *make(TraceOptions::Backend backend, QObject *parent = nullptr, QString *why = nullptr);
    /// Why BPF tracing cannot be had here (no root, no BTF, another PID
    /// namespace, another architecture); empty when it can.
    static QString bpfUnavailable();

    /// "ptrace" or "BPF".
    virtual QString backendName() const = 0;
    /// Starts `command` (argv; PATH is searched) under trace. Returns false
    /// with `error` set when it cannot start; a command that does not
    /// exist is reported by finished() with exec's error.
    virtual bool start(const QStringList &command, const TraceOptions &options, QString *error = nullptr) = 0;
    /// Traces every thread of process `pid`. On refusal `error` says why.
    virtual bool attach(int pid, const TraceOptions &options, QString *error = nullptr) = 0;
    /// Stops tracing (or kills a launched command, as the options say) and
    /// waits for the tracing thread to end. finished() follows from the
    /// event loop.
    virtual void stop() = 0;
    virtual bool isRunning() const = 0;
    /// The launched or attached process, 0 before start.
    virtual int pid() const = 0;

    qint64 dropped() const { return m_dropped.load(); }
    /// Calls waiting for the next callsReady(); for consumers without an
    /// event loop.
    QList<TraceCall> takeCalls();

Q_SIGNALS:
    void callsReady(const QList<kc::TraceCall> &calls);
    /// A traced process (not thread) ended.
    void processExited(int pid, const QString &how);
    void finished(const kc::TraceEnd &end);

protected:
    /// A new trace: nothing queued, nothing counted.
    void resetDelivery(int maxQueued);
    /// From any thread: hands a batch to the object's thread, dropping
    /// (and counting) what does not fit the queue.
    void enqueue(QList<TraceCall> &batch);
    /// Calls lost before they reached the queue (a full kernel buffer).
    void addDropped(qint64 n) { m_dropped += n; }
    /// On the object's thread, once the tracing thread has ended: delivers
    /// what is left and emits finished() once.
    void finish(TraceEnd end);

private:
    void deliver();

    std::atomic<qint64> m_dropped{0};
    QMutex m_mutex;
    QList<TraceCall> m_queue;
    bool m_deliveryPosted = false;
    int m_maxQueued = 200000;
    qint64 m_delivered = 0;
    bool m_finishedSent = false;
};

} // namespace kc

Q_DECLARE_METATYPE(kc::TraceEnd)
