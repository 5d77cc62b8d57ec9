// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

struct syscallcount_bpf; // the skeleton bpftool generates

namespace kc {

/// Counts system calls by number with a small BPF program on the
/// sys_enter tracepoint (bpf/syscallcount.bpf.c, loaded with libbpf from
/// its skeleton): one per-CPU counter per call number, read in one batch.
/// Attaching and detaching are immediate (no tracefs, no event per call
/// and CPU), and it costs each call less than perf counting events.
/// Native calls only, as the syscalls:* tracepoints count them: a 32-bit
/// (compat) call is left out, since its number means another call.
/// x86-64 kernels with BTF; needs CAP_BPF and CAP_PERFMON (root).
/// Not thread-safe; one owner.
class BpfSyscallCounter
{
    Q_DECLARE_TR_FUNCTIONS(BpfSyscallCounter)
public:
    /// Call numbers counted: 0 up to this.
    static constexpr int Slots = 1024;
    /// Processes counted at once by readByProcess(); ended ones are dropped.
    static constexpr int ProcessSlots = 8192;

    BpfSyscallCounter() = default;
    ~BpfSyscallCounter();
    BpfSyscallCounter(const BpfSyscallCounter &) = delete;
    BpfSyscallCounter &operator=(const BpfSyscallCounter &) = delete;

    /// Starts counting every process's calls (`pid` -1) or those of every
    /// thread of process `pid` as we see it in /proc, threads started
    /// later included; containers' processes too when we run in the
    /// initial PID namespace. `byProcess` also counts every process's
    /// total, for readByProcess() (a hash lookup more per call). False
    /// and error() when it cannot.
    bool open(int pid = -1, bool byProcess = false);
    void close();
    bool isOpen() const { return m_skel != nullptr; }
    /// Totals since open(), indexed by call number (Slots entries); empty
    /// when the kernel refuses the read.
    QList<quint64> read() const;
    /// Opened with byProcess for every process (and run in the initial
    /// PID namespace): calls since open() per process ID, for the processes that made any.
    /// Processes that have ended are forgotten once they are read. Empty
    /// otherwise.
    QHash<int, quint64> readByProcess();
    QString error() const { return m_error; }

private:
    syscallcount_bpf *m_skel = nullptr; // loaded and attached, or null
    int m_cpus = 0; // possible CPUs: the width of a per-CPU value
    QString m_error;
};

} // namespace kc
