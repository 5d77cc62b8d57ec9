// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>

namespace kc {

/// Reads a stopped tracee's memory: process_vm_readv, falling back to
/// PTRACE_PEEKDATA when the kernel refuses it (it needs the same rights as
/// ptrace, but some kernels are built without it). Call it only from the
/// thread that traces the task.
class TraceeMemory
{
public:
    explicit TraceeMemory(int tid = 0)
        : m_tid(tid)
    {
    }
    virtual ~TraceeMemory() = default;
    /// Up to `length` bytes at `address`; fewer when the rest is unmapped.
    virtual QByteArray read(quint64 address, int length) const;
    /// The NUL-terminated string at `address`, at most `limit` bytes;
    /// `truncated` is set when it is longer.
    QByteArray readString(quint64 address, int limit, bool *truncated) const;

private:
    QByteArray peek(quint64 address, int length) const;
    int m_tid;
};

} // namespace kc
