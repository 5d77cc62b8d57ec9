// SPDX-License-Identifier: GPL-2.0-or-later
#include "socketowners.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

namespace kc {

SocketOwnerMap SocketOwnerMap::scan()
{
    SocketOwnerMap map;
    DIR *proc = ::opendir("/proc");
    if (!proc)
        return map;
    const int procfd = ::dirfd(proc);
    while (const dirent *p = ::readdir(proc)) {
        if (p->d_name[0] < '1' || p->d_name[0] > '9')
            continue;
        char path[320];
        std::snprintf(path, sizeof path, "%s/fd", p->d_name);
        const int dfd = ::openat(procfd, path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dfd < 0) {
            if (errno == EACCES || errno == EPERM)
                ++map.processesHidden;
            continue;
        }
        DIR *fds = ::fdopendir(dfd);
        if (!fds) {
            ::close(dfd);
            continue;
        }
        QString comm;
        while (const dirent *f = ::readdir(fds)) {
            if (f->d_name[0] < '0' || f->d_name[0] > '9')
                continue;
            char target[64];
            const ssize_t n = ::readlinkat(dfd, f->d_name, target, sizeof target - 1);
            if (n < 9 || std::strncmp(target, "socket:[", 8) != 0)
                continue;
            target[n] = '\0';
            const quint64 inode = std::strtoull(target + 8, nullptr, 10);
            if (comm.isNull()) {
                std::snprintf(path, sizeof path, "%s/comm", p->d_name);
                const int cf = ::openat(procfd, path, O_RDONLY | O_CLOEXEC);
                char buf[64];
                ssize_t len = cf >= 0 ? ::read(cf, buf, sizeof buf) : -1;
                if (cf >= 0)
                    ::close(cf);
                while (len > 0 && buf[len - 1] == '\n')
                    --len;
                comm = len > 0 ? QString::fromUtf8(buf, int(len)) : QString(QLatin1String(""));
            }
            map.byInode[inode].append({std::atoi(p->d_name), comm, std::atoi(f->d_name)});
        }
        ::closedir(fds);
    }
    ::closedir(proc);
    return map;
}

} // namespace kc
