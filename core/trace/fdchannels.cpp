// SPDX-License-Identifier: GPL-2.0-or-later
#include "fdchannels.h"

namespace kc {

ChannelFd FdChannels::channel(int pid, int fd)
{
    QHash<int, ChannelFd> &fds = m_byProcess[pid];
    const auto it = fds.constFind(fd);
    if (it != fds.cend())
        return it.value();
    ChannelFd c = ProcessChannels::classifyFd(pid, fd);
    c.fd = fd;
    if (!c.target.isEmpty()) // not open: nothing to remember
        fds.insert(fd, c);
    return c;
}

void FdChannels::remember(int pid, const ChannelFd &channel)
{
    m_byProcess[pid].insert(channel.fd, channel);
}

void FdChannels::forget(int pid, int fd)
{
    auto it = m_byProcess.find(pid);
    if (it != m_byProcess.end())
        it->remove(fd);
}

void FdChannels::forgetProcess(int pid)
{
    m_byProcess.remove(pid);
}

} // namespace kc
