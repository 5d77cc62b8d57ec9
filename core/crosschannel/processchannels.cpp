// SPDX-License-Identifier: GPL-2.0-or-later
#include "processchannels.h"

#include <algorithm>

#include "devices/devicescanner.h"
#include "io/safereader.h"
#include "netlink/netlinknames.h"
#include "netlink/netlinksockets.h"
#include "procfs/parseutil.h"
#include "procfs/procparsers.h"
#include "syscalls/syscalltable.h"

#include <QDir>
#include <QHash>

#include <optional>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>
#include <unistd.h>

namespace kc {

namespace {

// socket:[123] -> 123
quint64 bracketNumber(const QString &target, QLatin1StringView prefix)
{
    if (!target.startsWith(prefix) || !target.endsWith(QLatin1Char(']')))
        return 0;
    return target.mid(prefix.size(), target.size() - prefix.size() - 1).toULongLong();
}

// The socket tables of the process's network namespace, by inode.
struct SocketTables {
    QHash<quint64, NetlinkSocketInfo> netlink;
    QHash<quint64, QString> inet; // "tcp 127.0.0.1:22 LISTEN"
    QHash<quint64, QString> unix_;
    bool loaded = false;

    void load(int pid)
    {
        loaded = true;
        const QString net = QStringLiteral("/proc/%1/net/").arg(pid);
        const ReadResult nl = SafeReader::read(net + QStringLiteral("netlink"));
        if (nl.ok()) {
            for (const NetlinkSocketInfo &s : NetlinkSockets::parseProcTable(nl.data))
                netlink.insert(s.inode, s);
        }
        for (const char *kind : {"tcp", "tcp6", "udp", "udp6"}) {
            const ReadResult r = SafeReader::read(net + QLatin1String(kind));
            if (!r.ok())
                continue;
            const bool tcp = kind[0] == 't';
            const ParsedDoc doc = tcp ? parsers::netTcp(r.data) : parsers::netUdp(r.data);
            if (!doc.ok() || doc.tables.isEmpty())
                continue;
            for (const QStringList &row : doc.tables.first().rows) {
                // Slot, local, remote, state, send q, receive q, uid, inode
                QString text = QLatin1String(kind) + QLatin1Char(' ') + row.value(1);
                if (row.value(2) != QLatin1String("0.0.0.0:0") && !row.value(2).endsWith(QLatin1String("]:0")))
                    text += QStringLiteral(" → ") + row.value(2);
                if (tcp)
                    text += QLatin1Char(' ') + row.value(3);
                inet.insert(row.value(7).toULongLong(), text);
            }
        }
        const ReadResult ux = SafeReader::read(net + QStringLiteral("unix"));
        if (ux.ok()) {
            const ParsedDoc doc = parsers::netUnix(ux.data);
            if (doc.ok() && !doc.tables.isEmpty()) {
                for (const QStringList &row : doc.tables.first().rows) {
                    // Socket, references, listening, type, state, inode, path
                    QString text = QStringLiteral("unix ") + row.value(3);
                    if (!row.value(6).isEmpty())
                        text += QLatin1Char(' ') + row.value(6);
                    if (row.value(2) == QLatin1String("1"))
                        text += QLatin1Char(' ') + ProcessChannels::tr("listening");
                    else if (row.value(4) == QLatin1String("3"))
                        text += QLatin1Char(' ') + ProcessChannels::tr("connected");
                    unix_.insert(row.value(5).toULongLong(), text);
                }
            }
        }
    }
};

QString accessOf(int pid, int fd)
{
    const ReadResult r = SafeReader::read(QStringLiteral("/proc/%1/fdinfo/%2").arg(pid).arg(fd), 64 * 1024);
    if (!r.ok())
        return {};
    for (const QByteArrayView line : parse::lines(r.data)) {
        if (line.startsWith("flags:")) {
            const uint flags = QByteArray(line.sliced(6).trimmed().data(), line.sliced(6).trimmed().size()).toUInt(nullptr, 8);
            // An O_PATH descriptor can neither read nor write: its access
            // bits are 0, which would read as O_RDONLY.
            if (flags & O_PATH)
                return QStringLiteral("path");
            switch (flags & O_ACCMODE) {
            case O_RDONLY: return QStringLiteral("r");
            case O_WRONLY: return QStringLiteral("w");
            default: return QStringLiteral("rw");
            }
        }
    }
    return {};
}

// What one classification of many may share: the socket tables of the
// process's network namespace and the kernel's driver tables, read once.
struct FdContext {
    SocketTables sockets;
    std::optional<DriverTables> drivers;
};

// The socket's protocol family as the kernel names it ("NETLINK", "TCP",
// "UNIX", "PACKET"): sockfs answers this extended attribute on
// /proc/PID/fd/N, even for a socket no table of /proc/net lists.
QString sockProtoName(const QString &link)
{
    char buf[64] = {};
    const ssize_t n = ::getxattr(link.toLocal8Bit().constData(), "system.sockprotoname", buf, sizeof buf - 1);
    if (n <= 0)
        return {};
    return QString::fromLatin1(buf, qstrnlen(buf, size_t(n)));
}

// A netlink socket that has not bound has no port ID and is in no table
// (/proc/net/netlink and sock_diag list bound sockets only). Its protocol
// is asked of a copy of the descriptor (pidfd_getfd, with ptrace
// permission over the process: root, or our own where Yama allows), which
// reads nothing and is closed at once. -1 when we may not.
int unboundNetlinkProtocol(int pid, int fd)
{
#if defined(SYS_pidfd_open) && defined(SYS_pidfd_getfd)
    const int pidfd = int(::syscall(SYS_pidfd_open, pid, 0));
    if (pidfd < 0)
        return -1;
    const int copy = int(::syscall(SYS_pidfd_getfd, pidfd, fd, 0));
    ::close(pidfd);
    if (copy < 0)
        return -1;
    int protocol = -1, domain = -1;
    socklen_t len = sizeof protocol;
    const bool ok = ::getsockopt(copy, SOL_SOCKET, SO_PROTOCOL, &protocol, &len) == 0;
    len = sizeof domain;
    const bool netlink = ::getsockopt(copy, SOL_SOCKET, SO_DOMAIN, &domain, &len) == 0 && domain == AF_NETLINK;
    ::close(copy);
    return ok && netlink ? protocol : -1;
#else
    Q_UNUSED(pid);
    Q_UNUSED(fd);
    return -1;
#endif
}

ChannelFd classify(int pid, int fd, const QString &fdDir, FdContext &context)
{
    ChannelFd c;
    c.fd = fd;
    const QString link = fdDir + QLatin1Char('/') + QString::number(fd);
    c.target = SafeReader::readLink(link);
    if (c.target.isEmpty())
        return c; // closed meanwhile
    c.access = accessOf(pid, fd);
    struct stat st {};
    const bool statted = ::stat(link.toLocal8Bit().constData(), &st) == 0;
    if (const quint64 ino = bracketNumber(c.target, QLatin1StringView("socket:["))) {
        if (!context.sockets.loaded)
            context.sockets.load(pid);
        if (context.sockets.netlink.contains(ino)) {
            const NetlinkSocketInfo &s = context.sockets.netlink[ino];
            c.channel = FdChannel::Netlink;
            c.netlinkProtocol = s.protocol;
            QStringList groups;
            for (int g : s.groups)
                groups.append(NetlinkNames::group(s.protocol, g));
            c.detail = groups.isEmpty() ? NetlinkNames::protocol(s.protocol)
                                        : ProcessChannels::tr("%1, groups %2").arg(NetlinkNames::protocol(s.protocol), groups.join(QStringLiteral(", ")));
        } else if (const QString family = sockProtoName(link); family == QLatin1String("NETLINK")) {
            c.channel = FdChannel::Netlink;
            c.netlinkProtocol = unboundNetlinkProtocol(pid, fd);
            c.detail = c.netlinkProtocol >= 0
                ? ProcessChannels::tr("%1, not bound yet (no port ID)").arg(NetlinkNames::protocol(c.netlinkProtocol))
                : ProcessChannels::tr("not bound yet (no port ID); its protocol needs ptrace permission over the process to be seen");
        } else {
            c.channel = FdChannel::Socket;
            c.detail = context.sockets.inet.value(ino, context.sockets.unix_.value(ino));
            // Packet, raw and other sockets no table here lists: the kernel's name for the protocol.
            if (c.detail.isEmpty())
                c.detail = family;
        }
    } else if (c.target.startsWith(QLatin1String("pipe:["))) {
        c.channel = FdChannel::Pipe;
    } else if (c.target.startsWith(QLatin1String("anon_inode:"))) {
        c.channel = FdChannel::KernelObject;
        c.detail = ProcessChannels::kernelObjectMeaning(c.target);
    } else if (statted && (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))) {
        if (!context.drivers)
            context.drivers = DriverTables::read();
        ProcessChannels::describeDevice(c, S_ISBLK(st.st_mode), int(major(st.st_rdev)), int(minor(st.st_rdev)), *context.drivers);
    } else if (c.target.startsWith(QLatin1String("/proc/")) || c.target == QLatin1String("/proc")) {
        c.channel = FdChannel::Procfs;
    } else if (c.target.startsWith(QLatin1String("/sys/")) || c.target == QLatin1String("/sys")) {
        c.channel = FdChannel::Sysfs;
    } else if (statted && (S_ISREG(st.st_mode) || S_ISDIR(st.st_mode) || S_ISLNK(st.st_mode))) {
        c.channel = FdChannel::File;
        if (c.target.endsWith(QLatin1String(" (deleted)")))
            c.detail = ProcessChannels::tr("deleted while open");
        else if (S_ISDIR(st.st_mode))
            c.detail = ProcessChannels::tr("directory");
        else if (S_ISLNK(st.st_mode))
            c.detail = ProcessChannels::tr("symbolic link");
    } else if (statted && S_ISFIFO(st.st_mode)) {
        c.channel = FdChannel::Pipe; // a named pipe (FIFO)
    } else {
        c.channel = FdChannel::Other;
    }
    return c;
}

} // namespace

QList<FdChannel> ProcessChannels::channelOrder()
{
    return {FdChannel::Device, FdChannel::Netlink, FdChannel::Procfs, FdChannel::Sysfs, FdChannel::KernelObject,
            FdChannel::Socket, FdChannel::Pipe, FdChannel::File, FdChannel::Other};
}

QString ProcessChannels::channelName(FdChannel channel)
{
    switch (channel) {
    case FdChannel::Procfs: return tr("procfs files");
    case FdChannel::Sysfs: return tr("sysfs files");
    case FdChannel::Device: return tr("Device nodes");
    case FdChannel::Netlink: return tr("Netlink sockets");
    case FdChannel::Socket: return tr("Other sockets");
    case FdChannel::Pipe: return tr("Pipes");
    case FdChannel::KernelObject: return tr("Kernel objects");
    case FdChannel::File: return tr("Regular files and directories");
    case FdChannel::Other: return tr("Other");
    }
    return {};
}

QString ProcessChannels::channelKey(FdChannel channel)
{
    switch (channel) {
    case FdChannel::Procfs: return QStringLiteral("procfs");
    case FdChannel::Sysfs: return QStringLiteral("sysfs");
    case FdChannel::Device: return QStringLiteral("device");
    case FdChannel::Netlink: return QStringLiteral("netlink");
    case FdChannel::Socket: return QStringLiteral("socket");
    case FdChannel::Pipe: return QStringLiteral("pipe");
    case FdChannel::KernelObject: return QStringLiteral("kernel-object");
    case FdChannel::File: return QStringLiteral("file");
    case FdChannel::Other: return QStringLiteral("other");
    }
    return {};
}

QString ProcessChannels::channelMeaning(FdChannel channel)
{
    switch (channel) {
    case FdChannel::Procfs: return tr("Files the kernel writes on demand about processes and itself; each read asks the kernel afresh.");
    case FdChannel::Sysfs: return tr("One value per file about a device, driver or kernel object.");
    case FdChannel::Device: return tr("Special files that lead to a driver: read, write and ioctl go to it.");
    case FdChannel::Netlink: return tr("Sockets that exchange messages with the kernel: requests, replies and multicast events.");
    case FdChannel::Socket: return tr("Network and local sockets: the kernel carries data to another program or machine.");
    case FdChannel::Pipe: return tr("One-way byte streams between processes, buffered in the kernel.");
    case FdChannel::KernelObject: return tr("Kernel objects without a file name (epoll, eventfd, timerfd, inotify, perf, BPF ...).");
    case FdChannel::File: return tr("Files on a filesystem: the kernel's page cache stands between the program and the disk.");
    case FdChannel::Other: return tr("Descriptors of another kind.");
    }
    return {};
}

QString ProcessChannels::accessText(const QString &access)
{
    return access == QLatin1String("path") ? tr("path only") : access;
}

QString ProcessChannels::kernelObjectMeaning(const QString &target)
{
    const QString kind = target.startsWith(QLatin1String("anon_inode:")) ? target.mid(11) : target;
    static const QHash<QString, const char *> meanings = {
        {QStringLiteral("[eventpoll]"), QT_TR_NOOP("epoll: waits for any of many descriptors (epoll_wait)")},
        {QStringLiteral("[eventfd]"), QT_TR_NOOP("eventfd: a counter one side increments to wake the other")},
        {QStringLiteral("[timerfd]"), QT_TR_NOOP("timerfd: a timer read as a descriptor")},
        {QStringLiteral("[signalfd]"), QT_TR_NOOP("signalfd: signals read as messages")},
        {QStringLiteral("inotify"), QT_TR_NOOP("inotify: file change notifications")},
        {QStringLiteral("[fanotify]"), QT_TR_NOOP("fanotify: filesystem event notifications, with permission decisions")},
        {QStringLiteral("[perf_event]"), QT_TR_NOOP("perf_event: a hardware or software counter (perf_event_open)")},
        {QStringLiteral("bpf-map"), QT_TR_NOOP("BPF map: data shared with a BPF program")},
        {QStringLiteral("bpf-prog"), QT_TR_NOOP("BPF program loaded into the kernel")},
        {QStringLiteral("bpf_link"), QT_TR_NOOP("BPF link: a program attached to a hook")},
        {QStringLiteral("[pidfd]"), QT_TR_NOOP("pidfd: a handle on a process that cannot be reused")},
        {QStringLiteral("[io_uring]"), QT_TR_NOOP("io_uring: submission and completion rings shared with the kernel")},
        {QStringLiteral("[userfaultfd]"), QT_TR_NOOP("userfaultfd: page faults handled in user space")},
        {QStringLiteral("[fscontext]"), QT_TR_NOOP("fscontext: a filesystem being configured (fsopen)")},
        {QStringLiteral("[memfd_secret]"), QT_TR_NOOP("memfd_secret: memory hidden from the kernel's direct map")},
    };
    const char *m = meanings.value(kind);
    return m ? tr(m) : QString();
}

ProcessChannels ProcessChannels::read(int pid)
{
    ProcessChannels pc;
    pc.pid = pid;
    const QString base = QStringLiteral("/proc/%1/").arg(pid);
    const ReadResult status = SafeReader::read(base + QStringLiteral("status"));
    if (!status.ok()) {
        pc.gone = status.status == ReadStatus::ProcessGone || status.status == ReadStatus::NotFound;
        pc.error = pc.gone ? tr("Process %1 is gone: it has exited, or there never was one.").arg(pid) : status.reason;
        return pc;
    }
    for (const QByteArrayView line : parse::lines(status.data)) {
        if (line.startsWith("Name:"))
            pc.comm = QString::fromUtf8(line.sliced(5).trimmed());
        else if (line.startsWith("State:"))
            pc.state = QString::fromUtf8(line.sliced(6).trimmed());
    }

    const ProcessCallState call = ProcessCallState::read(pid);
    pc.blockedIn = call.call ? SyscallTable::describe(*call.call) : call.callError;
    pc.wchan = call.wchan;

    const ReadResult limits = SafeReader::read(base + QStringLiteral("limits"));
    if (limits.ok()) {
        const ParsedDoc doc = parsers::pidLimits(limits.data);
        if (doc.ok() && !doc.tables.isEmpty())
            pc.limits = doc.tables.first();
    }

    for (const char *ns : {"cgroup", "ipc", "mnt", "net", "pid", "time", "user", "uts"}) {
        const QString id = SafeReader::readLink(base + QStringLiteral("ns/") + QLatin1String(ns));
        if (id.isEmpty())
            continue;
        pc.namespaces.append({QLatin1String(ns), id, id == SafeReader::readLink(QStringLiteral("/proc/self/ns/") + QLatin1String(ns))});
    }

    const QString fdDir = base + QStringLiteral("fd");
    QDir dir(fdDir);
    if (!dir.exists()) {
        pc.gone = true;
        pc.error = tr("Process %1 is gone: it has exited.").arg(pid);
        return pc;
    }
    // QDir::entryList hides why a listing failed: ask access() for the reason.
    if (::access(fdDir.toLocal8Bit().constData(), R_OK | X_OK) != 0) {
        pc.fdError = errno == EACCES ? tr("Its open files are hidden from us: they need root, or the same user as the process.")
                                     : QString::fromLocal8Bit(strerror(errno));
    }
    // Every entry, as lsof lists them: QDir's filters judge the link's
    // target and would drop directories (and O_PATH descriptors on them).
    QList<int> fds;
    if (DIR *d = ::opendir(fdDir.toLocal8Bit().constData())) {
        while (const dirent *e = ::readdir(d)) {
            bool number = false;
            const int fd = QByteArrayView(e->d_name).toInt(&number);
            if (number && fd >= 0)
                fds.append(fd);
        }
        ::closedir(d);
    }
    std::sort(fds.begin(), fds.end());

    FdContext context;
    for (int fd : std::as_const(fds)) {
        ChannelFd c = classify(pid, fd, fdDir, context);
        if (!c.target.isEmpty()) // else closed meanwhile
            pc.fds.append(c);
    }
    return pc;
}

void ProcessChannels::describeDevice(ChannelFd &c, bool block, int major, int minor, const DriverTables &drivers)
{
    c.channel = FdChannel::Device;
    c.devicePath = c.target;
    c.deviceMajor = major;
    c.deviceMinor = minor;
    // By the number, not the name: a node outside /dev (or renamed) leads
    // to the same driver.
    const SysfsDevice dev = DeviceScanner::sysfsFor(block, uint(major), uint(minor), drivers);
    c.driver = dev.driver;
    const QString majMin = QStringLiteral("%1:%2").arg(major).arg(minor);
    const QString driver = c.driver.label();
    c.detail = driver.isEmpty() ? tr("%1, no driver").arg(majMin) : tr("%1, driver %2").arg(majMin, driver);
    if (!dev.subsystem.isEmpty())
        c.detail += tr(", subsystem %1").arg(dev.subsystem);
}

ChannelFd ProcessChannels::classifyFd(int pid, int fd)
{
    FdContext context;
    return classify(pid, fd, QStringLiteral("/proc/%1/fd").arg(pid), context);
}

bool ProcessChannels::sameTables(const ProcessChannels &o) const
{
    auto sameFd = [](const ChannelFd &a, const ChannelFd &b) {
        return a.fd == b.fd && a.channel == b.channel && a.target == b.target && a.access == b.access && a.detail == b.detail
            && a.devicePath == b.devicePath && a.netlinkProtocol == b.netlinkProtocol && a.driver == b.driver;
    };
    auto sameNamespace = [](const ChannelNamespace &a, const ChannelNamespace &b) {
        return a.type == b.type && a.id == b.id && a.sameAsOurs == b.sameAsOurs;
    };
    return pid == o.pid && std::equal(fds.cbegin(), fds.cend(), o.fds.cbegin(), o.fds.cend(), sameFd)
        && std::equal(namespaces.cbegin(), namespaces.cend(), o.namespaces.cbegin(), o.namespaces.cend(), sameNamespace)
        && limits.rows == o.limits.rows;
}

} // namespace kc
