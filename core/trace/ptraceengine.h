// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The tracing engine behind PtraceTracer and what its parts share.
// Internal to trace/.

#include "fdchannels.h"
#include "ptracetracer.h"
#include "syscalldecoder.h"

#include <QByteArray>
#include <QHash>
#include <QMetaObject>
#include <QString>

#include <functional>
#include <sys/ptrace.h>
#include <vector>

namespace kc {

namespace ptraceutil {

/// Wakes the tracing thread from waitpid() when stop() is asked for; the
/// handler does nothing, the EINTR is the message.
int wakeSignal();
void installWakeHandler();
qint64 monotonicNs();
/// A line "Key:\tvalue" of /proc/PID/status.
QByteArray statusField(int pid, const char *key);

} // namespace ptraceutil

// The tracing itself; lives on the tracing thread and is only touched there.
class PtraceTracer::Engine
{
public:
    Engine(PtraceTracer *owner, const TraceOptions &options)
        : m_owner(owner)
        , m_options(options)
    {
        m_limits.stringLimit = options.stringLimit;
        m_limits.payloadLimit = options.payloadLimit;
        for (int nr : options.onlyCalls) {
            if (nr >= 0 && nr < 4096) {
                if (size_t(nr) >= m_wanted.size())
                    m_wanted.resize(size_t(nr) + 1, false);
                m_wanted[size_t(nr)] = true;
            }
        }
    }

    QString launch(const QStringList &command);
    QString attach(int pid);
    void run();

private:
    struct Task {
        int tid = 0;
        int tgid = 0;
        bool inCall = false;   // between entry and exit
        bool want = false;     // the call in progress is delivered
        bool starting = false; // our launched child before its exec
        int nr = -1;           // the call in progress, delivered or not
        quint64 args[6] = {};
        TraceCall call;
    };

    bool wanted(int nr) const
    {
        if (m_options.onlyCalls.isEmpty())
            return true;
        return nr >= 0 && size_t(nr) < m_wanted.size() && m_wanted[size_t(nr)];
    }
    long options() const
    {
        long o = PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK | PTRACE_O_TRACECLONE
            | PTRACE_O_TRACEEXEC | PTRACE_O_TRACEEXIT;
        if (m_seccomp)
            o |= PTRACE_O_TRACESECCOMP;
        return o;
    }
    Task &addTask(int tid, int tgid);
    int tgidOf(int tid);
    const QString &commOf(int tgid);
    void handle(int tid, int status);
    void syscallStop(Task &t);
    void onEntry(Task &t, int nr, const quint64 *args);
    void onExit(Task &t, qint64 rval, bool isError);
    void taskGone(int tid, int status);
    void resume(const Task &t, int sig = 0);
    void deliver(TraceCall &&call);
    void flush();
    void stopAll();
    void noteSetuid(int tgid);
    void post(std::function<void()> f) { QMetaObject::invokeMethod(m_owner, std::move(f), Qt::QueuedConnection); }

    PtraceTracer *m_owner;
    TraceOptions m_options;
    SyscallDecoder::Limits m_limits;
    std::vector<bool> m_wanted;
    bool m_seccomp = false;
    bool m_launched = false;
    int m_mainPid = 0;
    int m_infoPipe = -1;
    QString m_program;
    qint64 m_t0 = ptraceutil::monotonicNs();
    QHash<int, Task> m_tasks;
    QHash<int, QString> m_comms;
    FdChannels m_fds;
    QList<TraceCall> m_batch;
    TraceEnd m_end;

    friend class PtraceTracer;
};

} // namespace kc
