// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "syscalltable.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <vector>

namespace kc {

/// Counts system calls with the kernel's own counters: one perf event in
/// counting mode per syscalls:sys_enter_* tracepoint (per CPU for the
/// whole system, per thread for one process). Nothing is copied to user
/// space per call; read() sums the counters. Not thread-safe; one owner.
class SyscallCounter
{
    Q_DECLARE_TR_FUNCTIONS(SyscallCounter)
public:
    SyscallCounter() = default;
    ~SyscallCounter();
    SyscallCounter(const SyscallCounter &) = delete;
    SyscallCounter &operator=(const SyscallCounter &) = delete;

    /// Starts counting the calls of `table` that have a tracepoint id:
    /// system-wide when `pid` is -1, else every thread of process `pid`
    /// (threads it starts later are counted too). False and error() when
    /// the kernel refuses.
    bool open(const QList<SyscallInfo> &calls, int pid = -1);
    /// Stops counting at once; the kernel's slow release of the events
    /// happens in a detached helper process.
    void close();
    bool isOpen() const { return !m_fds.empty(); }
    /// The calls counted, in the order read() returns them.
    const QList<SyscallInfo> &calls() const { return m_calls; }
    /// Totals since open(), one per call.
    QList<quint64> read() const;
    /// The calls made between two readings of read(): {count, index into
    /// calls()} for each one that moved, in call order.
    static QList<QPair<quint64, int>> moved(const QList<quint64> &before, const QList<quint64> &after);
    QString error() const { return m_error; }

    /// The sentence for a refusal by perf_event_open (errno `err`).
    static QString refusal(int err);
    /// Mounts tracefs at /sys/kernel/tracing. Only on the user's explicit
    /// request: it changes the mounts everybody sees.
    static bool mountTracefs(QString *error);

private:
    QList<SyscallInfo> m_calls;
    std::vector<std::vector<int>> m_fds; // per call: one fd per CPU or thread
    QString m_error;
};

} // namespace kc
