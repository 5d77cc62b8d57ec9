// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <linux/filter.h>

namespace kc {

/// The seccomp filters of a process and what they decide for a system
/// call. The filters are classic BPF programs the kernel keeps; they can
/// be read (PTRACE_SECCOMP_GET_FILTER) only with CAP_SYS_ADMIN, and only
/// from a tracer, so reading them attaches to the process for an instant
/// and detaches at once (a sleep it was in goes on).
class SeccompFilters
{
    Q_DECLARE_TR_FUNCTIONS(SeccompFilters)
public:
    /// What the filters return for a call, strictest first as the kernel
    /// orders them (kill process, kill thread, trap, errno, user notify,
    /// trace, log, allow).
    struct Verdict {
        quint32 action = 0;     // SECCOMP_RET_ACTION_FULL of the result
        int error = 0;          // for SECCOMP_RET_ERRNO: the errno
        bool readsArguments = false; // a filter looked at the call's arguments (taken as 0 here)
        QString text() const;   // "returns EPERM", "kills the process (SIGSYS)"
        bool fails() const;     // the call does not go through as asked
    };

    /// Reads every filter of process `pid`; false with `error` set when
    /// they cannot be read (no CAP_SYS_ADMIN, no such process, another
    /// tracer, no filter).
    bool read(int pid, QString *error);
    int count() const { return int(m_filters.size()); }
    /// Runs every filter on call `number` of the native architecture with
    /// all arguments 0.
    Verdict evaluate(int number) const;

    /// One classic BPF program run on a struct seccomp_data; for tests.
    static quint32 run(const QList<sock_filter> &program, const QByteArray &data, bool *readsArguments);

private:
    QList<QList<sock_filter>> m_filters;
};

} // namespace kc
