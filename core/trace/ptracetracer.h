// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "tracer.h"

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

/// Traces the system calls of a command it starts, or of a running process,
/// with ptrace: children and threads followed, each call decoded and tagged
/// with the channel of its descriptors. All ptrace requests come from one
/// thread of ours (the kernel ties a tracee to the thread that attached);
/// calls reach the object's thread in batches through callsReady().
/// Destroying it or calling stop() detaches from every tracee.
class PtraceTracer : public Tracer
{
    Q_OBJECT
public:
    explicit PtraceTracer(QObject *parent = nullptr);
    ~PtraceTracer() override;

    QString backendName() const override { return QStringLiteral("ptrace"); }
    /// Starts `command` (argv; PATH is searched) under trace. Returns false
    /// with `error` set when it cannot start; a command that does not
    /// exist is reported by finished() with exec's error.
    bool start(const QStringList &command, const TraceOptions &options, QString *error = nullptr) override;
    /// Attaches to every thread of process `pid`. On refusal `error` says
    /// why (Yama, another user, a setuid program …).
    bool attach(int pid, const TraceOptions &options, QString *error = nullptr) override;
    /// Detaches from every tracee (or kills a launched command, as the
    /// options say) and waits for the tracing thread to end. finished()
    /// follows from the event loop.
    void stop() override;

    bool isRunning() const override { return m_running.load(); }
    /// The launched or attached process, 0 before start.
    int pid() const override { return m_pid.load(); }

    /// Why the kernel would refuse (or refused with `error`) to let us
    /// trace `pid`: Yama's ptrace_scope, its owner, a setuid program.
    static QString attachRefusal(int pid, int error);

private:
    class Engine;
    bool launchThread(std::unique_ptr<Engine> engine, std::function<QString()> setup, const TraceOptions &options,
                      QString *error);
    void onEngineDone();

    std::thread m_thread;
    std::atomic<bool> m_running{false};
    std::atomic<bool> m_stopRequested{false};
    std::atomic<int> m_pid{0};
    std::atomic<int> m_threadTid{0};
    TraceEnd m_end; // written by the engine before it ends
};

} // namespace kc
