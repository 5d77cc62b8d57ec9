// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "crosschannel/processchannels.h"

#include <QHash>

namespace kc {

/// The channel of each descriptor of the traced processes, classified once
/// (by ProcessChannels::classifyFd, from /proc/PID/fd, fdinfo and the
/// socket tables of the process's network namespace) and kept until the
/// call that changes it: close, dup2 onto it, a new descriptor with its
/// number, or exec.
class FdChannels
{
public:
    /// The channel of `fd` in process `pid`, classified now if not known.
    /// Call it while the process is stopped, so that the fd is still the
    /// one the call uses.
    ChannelFd channel(int pid, int fd);
    /// What the call that made a descriptor says about it, where /proc
    /// cannot say yet (a netlink socket is listed only once bound).
    void remember(int pid, const ChannelFd &channel);
    /// `fd` of `pid` was closed or now names something else.
    void forget(int pid, int fd);
    /// Every descriptor of `pid` (it called exec, close_range, or is gone).
    void forgetProcess(int pid);
    /// A new process that shares nothing yet.
    void clear() { m_byProcess.clear(); }

private:
    QHash<int, QHash<int, ChannelFd>> m_byProcess;
};

} // namespace kc
