// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bpfsyscallcounter.h"
#include "syscalltable.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>
#include <vector>

namespace kc {

/// One process's calls over an interval.
struct ProcessCallRate {
    int pid = 0;
    QString comm; // empty when it ended meanwhile
    quint64 calls = 0; // in the interval
    double perSecond = 0;
};

/// Counts system calls in the kernel, exactly, with nothing copied to user
/// space per call: with a BPF program on the sys_enter tracepoint when
/// permitted (root; instant to start and stop, cheaper per call, no tracefs
/// needed), else with one perf event in counting mode per
/// syscalls:sys_enter_* tracepoint (per CPU for the whole system, per
/// thread for one process; works for users when perf_event_paranoid
/// allows). read() sums the counters. Not thread-safe; one owner.
class SyscallCounter
{
    Q_DECLARE_TR_FUNCTIONS(SyscallCounter)
public:
    enum class Method {
        Best, // BPF when it can be had, else perf events
        Bpf,
        Perf,
    };

    SyscallCounter() = default;
    ~SyscallCounter();
    SyscallCounter(const SyscallCounter &) = delete;
    SyscallCounter &operator=(const SyscallCounter &) = delete;

    /// Starts counting `calls` (those with a number for BPF, with a
    /// tracepoint id for perf; the entry named "all" counts every call):
    /// system-wide when `pid` is -1, else every thread of process `pid`
    /// (threads it starts later are counted too). False and error() when
    /// the kernel refuses.
    /// `byProcess`: with BPF for every process, also count each process's
    /// total for callsByProcess().
    bool open(const QList<SyscallInfo> &calls, int pid = -1, Method method = Method::Best, bool byProcess = false);
    /// Stops counting at once; the kernel's slow release of perf events
    /// happens in a detached helper process.
    void close();
    bool isOpen() const { return !m_fds.empty() || m_bpf.isOpen(); }
    /// Bpf or Perf while open.
    Method method() const { return m_bpf.isOpen() ? Method::Bpf : Method::Perf; }
    /// What counting with `method` does and costs, for a tooltip.
    static QString costOf(Method method);
    /// costOf() in a few words, for the line that shows the rates.
    static QString costInBrief(Method method);
    /// The method called `name` on command lines: "bpf", "perf" or "best";
    /// nullopt for any other word.
    static std::optional<Method> methodNamed(const QString &name);
    /// The calls counted, in the order read() returns them.
    const QList<SyscallInfo> &calls() const { return m_calls; }
    /// Totals since open(), one per call.
    QList<quint64> read() const;
    /// The calls made between two readings of read(): {count, index into
    /// calls()} for each one that moved, in call order.
    static QList<QPair<quint64, int>> moved(const QList<quint64> &before, const QList<quint64> &after);
    /// Opened byProcess and counting every process with BPF: calls since
    /// open() per process (see BpfSyscallCounter::readByProcess); empty
    /// otherwise.
    QHash<int, quint64> callsByProcess() { return m_bpf.readByProcess(); }
    /// The `n` processes that made the most calls between two readings of
    /// callsByProcess(), `seconds` apart, busiest first, with their names.
    static QList<ProcessCallRate> busiest(const QHash<int, quint64> &before, const QHash<int, quint64> &after, double seconds, int n);
    QString error() const { return m_error; }
    /// Whether the one process counted has ended (never when counting
    /// every process).
    bool targetExited() const;

    /// The sentence for a refusal by perf_event_open (errno `err`).
    static QString refusal(int err);
    /// Mounts tracefs at /sys/kernel/tracing. Only on the user's explicit
    /// request: it changes the mounts everybody sees.
    static bool mountTracefs(QString *error);

private:
    bool openPerf(int pid);
    // Counting has begun: a system-wide counter is announced to MachineCounting.
    bool counting(int pid);

    QList<SyscallInfo> m_calls;
    BpfSyscallCounter m_bpf;
    std::vector<std::vector<int>> m_fds; // per call: one fd per CPU or thread
    QString m_error;
    bool m_machineWide = false;
    // The process counted, held by a descriptor: readable once it has
    // ended, and never confused with a later process given its PID.
    int m_pidfd = -1;
    int m_pid = -1;
};

} // namespace kc
