// SPDX-License-Identifier: GPL-2.0-or-later
#include "fdwalker.h"

#include <cerrno>
#include <cstdio>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

namespace kc {

QString FdWalker::comm(int procfd, const char *pid)
{
    char path[320];
    std::snprintf(path, sizeof path, "%s/comm", pid);
    const int f = ::openat(procfd, path, O_RDONLY | O_CLOEXEC);
    if (f < 0)
        return {};
    char buf[64];
    ssize_t n = ::read(f, buf, sizeof buf);
    ::close(f);
    while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == '\0'))
        --n;
    return n > 0 ? QString::fromUtf8(buf, int(n)) : QString();
}

int FdWalker::walk(const Visit &visit)
{
    int hidden = 0;
    DIR *proc = ::opendir("/proc");
    if (!proc)
        return hidden;
    const int procfd = ::dirfd(proc);
    while (const dirent *p = ::readdir(proc)) {
        if (p->d_name[0] < '1' || p->d_name[0] > '9')
            continue;
        char path[320];
        std::snprintf(path, sizeof path, "%s/fd", p->d_name);
        const int dfd = ::openat(procfd, path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dfd < 0) {
            if (errno == EACCES || errno == EPERM)
                ++hidden;
            continue; // or the process is gone meanwhile
        }
        DIR *fds = ::fdopendir(dfd);
        if (!fds) {
            ::close(dfd);
            continue;
        }
        while (const dirent *f = ::readdir(fds)) {
            if (f->d_name[0] >= '0' && f->d_name[0] <= '9')
                visit(p->d_name, procfd, dfd, f->d_name);
        }
        ::closedir(fds);
    }
    ::closedir(proc);
    return hidden;
}

} // namespace kc
