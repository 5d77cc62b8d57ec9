// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "tracer.h"

#include <atomic>
#include <memory>
#include <thread>

namespace kc {

/// Traces system calls with a BPF program on the sys_enter and sys_exit
/// tracepoints (trace.bpf.c, loaded through libbpf): the traced program
/// never stops for us, its memory is copied in the kernel at the call's
/// return, and each descriptor is described by the kernel as the call saw
/// it. Needs root (CAP_BPF and CAP_PERFMON), a kernel with BTF, x86-64,
/// and the initial PID namespace; Tracer::make() falls back to ptrace
/// otherwise. Records the ring buffer had no room for are counted as
/// dropped. Stopping unloads the program: the processes run on untouched.
class BpfTracer : public Tracer
{
    Q_OBJECT
public:
    explicit BpfTracer(QObject *parent = nullptr);
    ~BpfTracer() override;

    /// Why this process cannot trace with BPF; empty when it can.
    static QString unavailable();

    QString backendName() const override { return QStringLiteral("BPF"); }
    bool start(const QStringList &command, const TraceOptions &options, QString *error = nullptr) override;
    bool attach(int pid, const TraceOptions &options, QString *error = nullptr) override;
    void stop() override;
    bool isRunning() const override { return m_running.load(); }
    int pid() const override { return m_pid.load(); }

    class Engine;

private:
    bool run(std::unique_ptr<Engine> engine, const TraceOptions &options, QString *error);
    void onEngineDone();

    std::thread m_thread;
    std::atomic<bool> m_running{false};
    std::atomic<bool> m_stopRequested{false};
    std::atomic<int> m_pid{0};
    TraceEnd m_end; // written by the engine before it ends
};

} // namespace kc
