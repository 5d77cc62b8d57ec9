// SPDX-License-Identifier: GPL-2.0-or-later
#include "holderscanner.h"

#include "procfs/fdwalker.h"


#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
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
    // O_PATH: the node was looked up, its driver never opened.
    if (v & O_PATH)
        return QStringLiteral("path only");
    switch (v & O_ACCMODE) {
    case O_RDONLY: return QStringLiteral("read");
    case O_WRONLY: return QStringLiteral("write");
    default: return QStringLiteral("read/write");
    }
}

} // namespace

HolderMap HolderScanner::scan(const quint64 *only)
{
    HolderMap map;
    map.processesHidden = FdWalker::walk([&](const FdWalker::Process &process, int fdDir, const char *fd) {
        struct stat st {};
        // stat() follows the magic link to the open file's inode: the
        // device number without opening the device.
        if (::fstatat(fdDir, fd, &st, 0) != 0)
            return;
        const bool chr = S_ISCHR(st.st_mode), blk = S_ISBLK(st.st_mode);
        if (!chr && !blk)
            return;
        const quint64 key = HolderMap::deviceKey(blk, st.st_rdev);
        if (only && *only != key)
            return;
        Holder h;
        h.pid = std::atoi(process.pid);
        h.comm = process.comm();
        h.fd = std::atoi(fd);
        h.access = accessOf(process.procfd, process.pid, fd);
        map.byDevice[key].append(h);
    });
    return map;
}

} // namespace kc
