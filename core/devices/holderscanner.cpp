// SPDX-License-Identifier: GPL-2.0-or-later
#include "holderscanner.h"

#include "procfs/processscanner.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kc {

namespace {

QString accessOf(int procfd, const char *pid, const char *fd)
{
    char path[600];
    std::snprintf(path, sizeof path, "%s/fdinfo/%s", pid, fd);
    const int f = ::openat(procfd, path, O_RDONLY | O_CLOEXEC);
    if (f < 0)
        return {};
    char buf[512];
    const ssize_t n = ::read(f, buf, sizeof buf - 1);
    ::close(f);
    if (n <= 0)
        return {};
    buf[n] = '\0';
    const char *flags = std::strstr(buf, "flags:");
    if (!flags)
        return {};
    const unsigned long v = std::strtoul(flags + 6, nullptr, 8);
    switch (v & O_ACCMODE) {
    case O_RDONLY: return QStringLiteral("read");
    case O_WRONLY: return QStringLiteral("write");
    default: return QStringLiteral("read/write");
    }
}

QString commOf(int procfd, const char *pid)
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

} // namespace

HolderMap HolderScanner::scan(const quint64 *only)
{
    HolderMap map;
    DIR *proc = ::opendir("/proc");
    if (!proc)
        return map;
    const int procfd = ::dirfd(proc);
    while (const dirent *p = ::readdir(proc)) {
        if (p->d_name[0] < '1' || p->d_name[0] > '9')
            continue;
        char fdDir[320];
        std::snprintf(fdDir, sizeof fdDir, "%s/fd", p->d_name);
        const int dfd = ::openat(procfd, fdDir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dfd < 0) {
            if (errno == EACCES || errno == EPERM)
                ++map.processesHidden;
            continue; // or gone meanwhile
        }
        DIR *fds = ::fdopendir(dfd);
        if (!fds) {
            ::close(dfd);
            continue;
        }
        ++map.processesSeen;
        QString comm;
        while (const dirent *f = ::readdir(fds)) {
            if (f->d_name[0] < '0' || f->d_name[0] > '9')
                continue;
            struct stat st {};
            // stat() follows the magic link to the open file's inode: the
            // device number without opening the device.
            if (::fstatat(dfd, f->d_name, &st, 0) != 0)
                continue;
            const bool chr = S_ISCHR(st.st_mode), blk = S_ISBLK(st.st_mode);
            if (!chr && !blk)
                continue;
            const quint64 key = HolderMap::deviceKey(blk, st.st_rdev);
            if (only && *only != key)
                continue;
            if (comm.isNull())
                comm = commOf(procfd, p->d_name);
            Holder h;
            h.pid = std::atoi(p->d_name);
            h.comm = comm;
            h.fd = std::atoi(f->d_name);
            h.access = accessOf(procfd, p->d_name, f->d_name);
            map.byDevice[key].append(h);
        }
        ::closedir(fds);
    }
    ::closedir(proc);
    return map;
}

} // namespace kc
