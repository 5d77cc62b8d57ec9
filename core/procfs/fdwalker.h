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
    /// `procfd` is an open /proc, `fdDir` the process's open fd directory.
    using Visit = std::function<void(const char *pid, int procfd, int fdDir, const char *fd)>;
    /// Returns how many processes' fd directories we were not allowed to read.
    static int walk(const Visit &visit);
    /// The comm of process `pid` (relative to `procfd`), or empty.
    static QString comm(int procfd, const char *pid);
};

} // namespace kc
