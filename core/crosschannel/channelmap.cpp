// SPDX-License-Identifier: GPL-2.0-or-later
#include "channelmap.h"

#include "crosschannel/runtimeinfo.h"
#include "io/safereader.h"
#include "netlink/netlinksockets.h"
#include "syscalls/syscalltable.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kc {

namespace {

// Entries of a directory, through an fd so that nothing is followed.
template<typename Visit>
void eachEntry(int dirfd, Visit visit)
{
    DIR *dir = ::fdopendir(dirfd);
    if (!dir) {
        ::close(dirfd);
        return;
    }
    while (const dirent *e = ::readdir(dir)) {
        if (e->d_name[0] == '.' && (e->d_name[1] == 0 || (e->d_name[1] == '.' && e->d_name[2] == 0)))
            continue;
        visit(::dirfd(dir), e);
    }
    ::closedir(dir);
}

int countNodes(int dirfd, int depth)
{
    int n = 0;
    eachEntry(dirfd, [&n, depth](int parent, const dirent *e) {
        unsigned char type = e->d_type;
        if (type == DT_UNKNOWN) {
            struct stat st {};
            if (::fstatat(parent, e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
                return;
            type = S_ISDIR(st.st_mode) ? DT_DIR : S_ISCHR(st.st_mode) ? DT_CHR : S_ISBLK(st.st_mode) ? DT_BLK : DT_REG;
        }
        if (type == DT_CHR || type == DT_BLK) {
            ++n;
        } else if (type == DT_DIR && depth < 16) {
            const int sub = ::openat(parent, e->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (sub >= 0)
                n += countNodes(sub, depth + 1);
        }
    });
    return n;
}

int countFiles(int dirfd, int depth)
{
    int n = 0;
    eachEntry(dirfd, [&n, depth](int parent, const dirent *e) {
        if (e->d_type == DT_DIR && depth < 16) {
            const int sub = ::openat(parent, e->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (sub >= 0)
                n += countFiles(sub, depth + 1);
        } else if (e->d_type == DT_REG) {
            ++n;
        }
    });
    return n;
}

int openDir(const char *path)
{
    return ::open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
}

} // namespace

int ChannelMapFigures::countDeviceNodes(const QString &root)
{
    const int fd = openDir(root.toLocal8Bit().constData());
    return fd < 0 ? 0 : countNodes(fd, 0);
}

ChannelMapFigures ChannelMapFigures::read()
{
    return read(RuntimeInfo::detect());
}

ChannelMapFigures ChannelMapFigures::updatedBy(const ChannelMapFigures &newer) const
{
    ChannelMapFigures f = newer;
    if (f.deviceNodes < 0)
        f.deviceNodes = deviceNodes;
    if (f.sysctlKeys < 0)
        f.sysctlKeys = sysctlKeys;
    if (f.sysfsDevices < 0)
        f.sysfsDevices = sysfsDevices;
    return f;
}

ChannelMapFigures ChannelMapFigures::read(const RuntimeInfo &rt, bool slowCounts)
{
    ChannelMapFigures f;
    if (const int proc = openDir("/proc"); proc >= 0) {
        eachEntry(proc, [&f](int, const dirent *e) {
            if (e->d_name[0] >= '1' && e->d_name[0] <= '9')
                ++f.processes;
        });
    }
    const ReadResult nl = SafeReader::read(QStringLiteral("/proc/net/netlink"));
    for (const NetlinkSocketInfo &s : NetlinkSockets::parseProcTable(nl.data)) {
        if (s.portid != 0)
            ++f.netlinkSockets;
    }
    if (!slowCounts) {
        f.deviceNodes = f.sysctlKeys = f.sysfsDevices = -1;
    } else {
        f.deviceNodes = countDeviceNodes();
        if (const int sys = openDir("/proc/sys"); sys >= 0)
            f.sysctlKeys = countFiles(sys, 0);
    }
    if (const int classes = slowCounts ? openDir("/sys/class") : -1; classes >= 0) {
        eachEntry(classes, [&f](int parent, const dirent *e) {
            const int sub = ::openat(parent, e->d_name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
            if (sub >= 0)
                eachEntry(sub, [&f](int, const dirent *) { ++f.sysfsDevices; });
        });
    }
    f.syscalls = int(SyscallTable::compiled().size());
    if (rt.flatpak)
        f.hiddenProcesses = tr("sandbox: only this app's processes");
    else if (!rt.root && rt.procHidesProcesses())
        f.hiddenProcesses = tr("hidepid=%1: other users' processes hidden").arg(rt.procHidePid);
    return f;
}

} // namespace kc
