// SPDX-License-Identifier: GPL-2.0-or-later
#include "fdwalker.h"

#include <cerrno>
#include <cstdio>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

namespace kc {

const QString &FdWalker::Process::comm() const
{
    if (m_read)
        return m_comm;
    m_read = true;
    char path[320];
    std::snprintf(path, sizeof path, "%s/comm", pid);
    const int f = ::openat(procfd, path, O_RDONLY | O_CLOEXEC);
    if (f < 0)
        return m_comm;
    char buf[64];
    ssize_t n = ::read(f, buf, sizeof buf);
    ::close(f);
    while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == '\0'))
        --n;
    if (n > 0)
        m_comm = QString::fromUtf8(buf, int(n));
    return m_comm;
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
        const Process process(procfd, p->d_name);
        while (const dirent *f = ::readdir(fds)) {
            if (f->d_name[0] >= '0' && f->d_name[0] <= '9')
                visit(process, dfd, f->d_name);
        }
        ::closedir(fds);
    }
    ::closedir(proc);
    return hidden;
}

} // namespace kc
