// SPDX-License-Identifier: GPL-2.0-or-later
#include "socketowners.h"

#include "procfs/fdwalker.h"

#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace kc {

SocketOwnerMap SocketOwnerMap::scan()
{
    SocketOwnerMap map;
    map.processesHidden = FdWalker::walk([&](const FdWalker::Process &process, int fdDir, const char *fd) {
        char target[64];
        const ssize_t n = ::readlinkat(fdDir, fd, target, sizeof target - 1);
        if (n < 9 || std::strncmp(target, "socket:[", 8) != 0)
            return;
        target[n] = '\0';
        const quint64 inode = std::strtoull(target + 8, nullptr, 10);
        map.byInode[inode].append({std::atoi(process.pid), process.comm(), std::atoi(fd)});
    });
    return map;
}

} // namespace kc
