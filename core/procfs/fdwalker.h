// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace kc {

/// Visits every open file descriptor of every process we may look at, via
/// /proc/PID/fd. Nothing is opened but the fd directories.
class FdWalker
{
public:
    /// The process whose fds are being visited.
    class Process
    {
    public:
        Process(int procfd, const char *pid)
            : procfd(procfd)
            , pid(pid)
        {
        }
        const int procfd;  // an open /proc
        const char *pid;
        /// Its comm, read once and only if asked for.
        const QString &comm() const;

    private:
        mutable QString m_comm;
        mutable bool m_read = false;
    };

    /// `fdDir` is the process's open fd directory.
    using Visit = std::function<void(const Process &process, int fdDir, const char *fd)>;
    /// Returns how many processes' fd directories we were not allowed to read.
    static int walk(const Visit &visit);
};

} // namespace kc
