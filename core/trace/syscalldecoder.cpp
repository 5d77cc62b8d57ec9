// SPDX-License-Identifier: GPL-2.0-or-later
#include "syscalldecoder.h"
#include "syscallflags.h"

#include "netlink/netlinknames.h"
#include "syscalls/syscalltable.h"
#include "traceememory.h"

#include <QHash>
#include <QVarLengthArray>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/netlink.h>
#include <linux/random.h>
#include <netinet/in.h>
#include <poll.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <termios.h>
#include <unistd.h>

#include <mutex>
#include <vector>

namespace kc {

using namespace syscallnames;

namespace {

// What an argument is, so it can be shown by name.
enum class Kind : quint8 {
    None,       // not an argument of this call
    Dec,        // signed decimal
    Hex,        // pointer or opaque value
    Fd,
    DirFd,      // AT_FDCWD or a descriptor
    Path,       // NUL-terminated string
    OpenFlags,
    Mode,       // octal permission bits
    Size,       // unsigned decimal
    MmapProt,
    MmapFlags,
    Family,
    SockType,
    SockProto,  // the protocol of the family given as the first argument
    AddrIn,     // struct sockaddr * read at entry; its length is the next argument
    AddrOut,    // struct sockaddr * written by the call; a socklen_t * follows
    MsgIn,      // struct msghdr * for sendmsg
    MsgOut,     // struct msghdr * for recvmsg
    MsgFlags,
    Ioctl,
    FcntlCmd,
    AtFlags,
    CloneFlags,
    BufIn,      // bytes read by the call; the next argument is their length
    BufOut,     // bytes written by the call; the return value is their length
    StatOut,    // struct stat * written by the call
    Argv,       // char *const[]
    FdPairOut,  // int[2] written by the call
    PollFds,    // struct pollfd[] with the count next
    Whence,
    AccessMode,
};

struct Spec {
    int number;
    Kind args[6];
    const char *names[6];
    bool returnsAddress = false;
};

constexpr Kind N = Kind::None;

// The common calls, by their numbers from <sys/syscall.h>. Calls that this
// architecture lacks (open, stat, pipe … on arm64) are left out by #ifdef.
const Spec specs[] = {
    {SYS_read, {Kind::Fd, Kind::BufOut, Kind::Size, N, N, N}, {"fd", "buf", "count"}},
    {SYS_write, {Kind::Fd, Kind::BufIn, Kind::Size, N, N, N}, {"fd", "buf", "count"}},
    {SYS_pread64, {Kind::Fd, Kind::BufOut, Kind::Size, Kind::Dec, N, N}, {"fd", "buf", "count", "offset"}},
    {SYS_pwrite64, {Kind::Fd, Kind::BufIn, Kind::Size, Kind::Dec, N, N}, {"fd", "buf", "count", "offset"}},
    {SYS_readv, {Kind::Fd, Kind::Hex, Kind::Dec, N, N, N}, {"fd", "iov", "iovcnt"}},
    {SYS_writev, {Kind::Fd, Kind::Hex, Kind::Dec, N, N, N}, {"fd", "iov", "iovcnt"}},
#ifdef SYS_open
    {SYS_open, {Kind::Path, Kind::OpenFlags, Kind::Mode, N, N, N}, {"pathname", "flags", "mode"}},
#endif
#ifdef SYS_creat
    {SYS_creat, {Kind::Path, Kind::Mode, N, N, N, N}, {"pathname", "mode"}},
#endif
    {SYS_openat, {Kind::DirFd, Kind::Path, Kind::OpenFlags, Kind::Mode, N, N}, {"dirfd", "pathname", "flags", "mode"}},
    {SYS_close, {Kind::Fd, N, N, N, N, N}, {"fd"}},
#ifdef SYS_stat
    {SYS_stat, {Kind::Path, Kind::StatOut, N, N, N, N}, {"pathname", "statbuf"}},
    {SYS_lstat, {Kind::Path, Kind::StatOut, N, N, N, N}, {"pathname", "statbuf"}},
#endif
    {SYS_fstat, {Kind::Fd, Kind::StatOut, N, N, N, N}, {"fd", "statbuf"}},
#ifdef SYS_newfstatat
    {SYS_newfstatat, {Kind::DirFd, Kind::Path, Kind::StatOut, Kind::AtFlags, N, N}, {"dirfd", "pathname", "statbuf", "flags"}},
#endif
    {SYS_statx, {Kind::DirFd, Kind::Path, Kind::AtFlags, Kind::Hex, Kind::Hex, N}, {"dirfd", "pathname", "flags", "mask", "statxbuf"}},
    {SYS_lseek, {Kind::Fd, Kind::Dec, Kind::Whence, N, N, N}, {"fd", "offset", "whence"}},
    {SYS_mmap, {Kind::Hex, Kind::Size, Kind::MmapProt, Kind::MmapFlags, Kind::Fd, Kind::Hex}, {"addr", "length", "prot", "flags", "fd", "offset"}, true},
    {SYS_munmap, {Kind::Hex, Kind::Size, N, N, N, N}, {"addr", "length"}},
    {SYS_mprotect, {Kind::Hex, Kind::Size, Kind::MmapProt, N, N, N}, {"addr", "length", "prot"}},
    {SYS_mremap, {Kind::Hex, Kind::Size, Kind::Size, Kind::Hex, Kind::Hex, N}, {"old_address", "old_size", "new_size", "flags", "new_address"}, true},
    {SYS_brk, {Kind::Hex, N, N, N, N, N}, {"addr"}, true},
    {SYS_ioctl, {Kind::Fd, Kind::Ioctl, Kind::Hex, N, N, N}, {"fd", "request", "arg"}},
    {SYS_socket, {Kind::Family, Kind::SockType, Kind::SockProto, N, N, N}, {"domain", "type", "protocol"}},
    {SYS_socketpair, {Kind::Family, Kind::SockType, Kind::SockProto, Kind::FdPairOut, N, N}, {"domain", "type", "protocol", "sv"}},
    {SYS_connect, {Kind::Fd, Kind::AddrIn, Kind::Size, N, N, N}, {"sockfd", "addr", "addrlen"}},
    {SYS_bind, {Kind::Fd, Kind::AddrIn, Kind::Size, N, N, N}, {"sockfd", "addr", "addrlen"}},
    {SYS_listen, {Kind::Fd, Kind::Dec, N, N, N, N}, {"sockfd", "backlog"}},
    {SYS_accept, {Kind::Fd, Kind::AddrOut, Kind::Hex, N, N, N}, {"sockfd", "addr", "addrlen"}},
    {SYS_accept4, {Kind::Fd, Kind::AddrOut, Kind::Hex, Kind::SockType, N, N}, {"sockfd", "addr", "addrlen", "flags"}},
    {SYS_getsockname, {Kind::Fd, Kind::AddrOut, Kind::Hex, N, N, N}, {"sockfd", "addr", "addrlen"}},
    {SYS_getpeername, {Kind::Fd, Kind::AddrOut, Kind::Hex, N, N, N}, {"sockfd", "addr", "addrlen"}},
    {SYS_setsockopt, {Kind::Fd, Kind::Dec, Kind::Dec, Kind::Hex, Kind::Size, N}, {"sockfd", "level", "optname", "optval", "optlen"}},
    {SYS_getsockopt, {Kind::Fd, Kind::Dec, Kind::Dec, Kind::Hex, Kind::Hex, N}, {"sockfd", "level", "optname", "optval", "optlen"}},
    {SYS_sendmsg, {Kind::Fd, Kind::MsgIn, Kind::MsgFlags, N, N, N}, {"sockfd", "msg", "flags"}},
    {SYS_recvmsg, {Kind::Fd, Kind::MsgOut, Kind::MsgFlags, N, N, N}, {"sockfd", "msg", "flags"}},
    {SYS_sendto, {Kind::Fd, Kind::BufIn, Kind::Size, Kind::MsgFlags, Kind::AddrIn, Kind::Size}, {"sockfd", "buf", "len", "flags", "dest_addr", "addrlen"}},
    {SYS_recvfrom, {Kind::Fd, Kind::BufOut, Kind::Size, Kind::MsgFlags, Kind::AddrOut, Kind::Hex}, {"sockfd", "buf", "len", "flags", "src_addr", "addrlen"}},
    {SYS_shutdown, {Kind::Fd, Kind::Dec, N, N, N, N}, {"sockfd", "how"}},
    {SYS_execve, {Kind::Path, Kind::Argv, Kind::Hex, N, N, N}, {"pathname", "argv", "envp"}},
    {SYS_execveat, {Kind::DirFd, Kind::Path, Kind::Argv, Kind::Hex, Kind::AtFlags, N}, {"dirfd", "pathname", "argv", "envp", "flags"}},
    {SYS_clone, {Kind::CloneFlags, Kind::Hex, Kind::Hex, Kind::Hex, Kind::Hex, N}, {"flags", "stack", "parent_tid", "child_tid", "tls"}},
    {SYS_clone3, {Kind::Hex, Kind::Size, N, N, N, N}, {"cl_args", "size"}},
#ifdef SYS_fork
    {SYS_fork, {N, N, N, N, N, N}, {}},
    {SYS_vfork, {N, N, N, N, N, N}, {}},
#endif
    {SYS_exit, {Kind::Dec, N, N, N, N, N}, {"status"}},
    {SYS_exit_group, {Kind::Dec, N, N, N, N, N}, {"status"}},
    {SYS_wait4, {Kind::Dec, Kind::Hex, Kind::Dec, Kind::Hex, N, N}, {"pid", "wstatus", "options", "rusage"}},
    {SYS_getdents64, {Kind::Fd, Kind::Hex, Kind::Size, N, N, N}, {"fd", "dirp", "count"}},
    {SYS_fcntl, {Kind::Fd, Kind::FcntlCmd, Kind::Hex, N, N, N}, {"fd", "cmd", "arg"}},
    {SYS_dup, {Kind::Fd, N, N, N, N, N}, {"oldfd"}},
#ifdef SYS_dup2
    {SYS_dup2, {Kind::Fd, Kind::Dec, N, N, N, N}, {"oldfd", "newfd"}},
#endif
    {SYS_dup3, {Kind::Fd, Kind::Dec, Kind::OpenFlags, N, N, N}, {"oldfd", "newfd", "flags"}},
#ifdef SYS_pipe
    {SYS_pipe, {Kind::FdPairOut, N, N, N, N, N}, {"pipefd"}},
#endif
    {SYS_pipe2, {Kind::FdPairOut, Kind::OpenFlags, N, N, N, N}, {"pipefd", "flags"}},
#ifdef SYS_poll
    {SYS_poll, {Kind::PollFds, Kind::Size, Kind::Dec, N, N, N}, {"fds", "nfds", "timeout"}},
#endif
    {SYS_ppoll, {Kind::PollFds, Kind::Size, Kind::Hex, Kind::Hex, Kind::Size, N}, {"fds", "nfds", "tmo_p", "sigmask", "sigsetsize"}},
#ifdef SYS_select
    {SYS_select, {Kind::Dec, Kind::Hex, Kind::Hex, Kind::Hex, Kind::Hex, N}, {"nfds", "readfds", "writefds", "exceptfds", "timeout"}},
#endif
    {SYS_pselect6, {Kind::Dec, Kind::Hex, Kind::Hex, Kind::Hex, Kind::Hex, Kind::Hex}, {"nfds", "readfds", "writefds", "exceptfds", "timeout", "sigmask"}},
#ifdef SYS_access
    {SYS_access, {Kind::Path, Kind::AccessMode, N, N, N, N}, {"pathname", "mode"}},
#endif
    {SYS_faccessat, {Kind::DirFd, Kind::Path, Kind::AccessMode, N, N, N}, {"dirfd", "pathname", "mode"}},
    {SYS_faccessat2, {Kind::DirFd, Kind::Path, Kind::AccessMode, Kind::AtFlags, N, N}, {"dirfd", "pathname", "mode", "flags"}},
#ifdef SYS_readlink
    {SYS_readlink, {Kind::Path, Kind::BufOut, Kind::Size, N, N, N}, {"pathname", "buf", "bufsiz"}},
#endif
    {SYS_readlinkat, {Kind::DirFd, Kind::Path, Kind::BufOut, Kind::Size, N, N}, {"dirfd", "pathname", "buf", "bufsiz"}},
#ifdef SYS_unlink
    {SYS_unlink, {Kind::Path, N, N, N, N, N}, {"pathname"}},
    {SYS_mkdir, {Kind::Path, Kind::Mode, N, N, N, N}, {"pathname", "mode"}},
#endif
    {SYS_unlinkat, {Kind::DirFd, Kind::Path, Kind::AtFlags, N, N, N}, {"dirfd", "pathname", "flags"}},
    {SYS_mkdirat, {Kind::DirFd, Kind::Path, Kind::Mode, N, N, N}, {"dirfd", "pathname", "mode"}},
    {SYS_chdir, {Kind::Path, N, N, N, N, N}, {"path"}},
    {SYS_fchdir, {Kind::Fd, N, N, N, N, N}, {"fd"}},
    {SYS_getcwd, {Kind::BufOut, Kind::Size, N, N, N, N}, {"buf", "size"}},
    {SYS_fsync, {Kind::Fd, N, N, N, N, N}, {"fd"}},
    {SYS_ftruncate, {Kind::Fd, Kind::Dec, N, N, N, N}, {"fd", "length"}},
    {SYS_fstatfs, {Kind::Fd, Kind::Hex, N, N, N, N}, {"fd", "buf"}},
    {SYS_flock, {Kind::Fd, Kind::Dec, N, N, N, N}, {"fd", "operation"}},
    {SYS_epoll_ctl, {Kind::Fd, Kind::Dec, Kind::Fd, Kind::Hex, N, N}, {"epfd", "op", "fd", "event"}},
    {SYS_epoll_wait, {Kind::Fd, Kind::Hex, Kind::Dec, Kind::Dec, N, N}, {"epfd", "events", "maxevents", "timeout"}},
    {SYS_epoll_pwait, {Kind::Fd, Kind::Hex, Kind::Dec, Kind::Dec, Kind::Hex, N}, {"epfd", "events", "maxevents", "timeout", "sigmask"}},
    {SYS_sendfile, {Kind::Fd, Kind::Fd, Kind::Hex, Kind::Size, N, N}, {"out_fd", "in_fd", "offset", "count"}},
    {SYS_copy_file_range, {Kind::Fd, Kind::Hex, Kind::Fd, Kind::Hex, Kind::Size, Kind::Hex}, {"fd_in", "off_in", "fd_out", "off_out", "len", "flags"}},
    {SYS_fadvise64, {Kind::Fd, Kind::Dec, Kind::Dec, Kind::Dec, N, N}, {"fd", "offset", "len", "advice"}},
    {SYS_fchmod, {Kind::Fd, Kind::Mode, N, N, N, N}, {"fd", "mode"}},
    {SYS_fchown, {Kind::Fd, Kind::Dec, Kind::Dec, N, N, N}, {"fd", "owner", "group"}},
    {SYS_fdatasync, {Kind::Fd, N, N, N, N, N}, {"fd"}},
};

const Spec *specFor(int number)
{
    static const QHash<int, const Spec *> byNumber = [] {
        QHash<int, const Spec *> h;
        for (const Spec &s : specs)
            h.insert(s.number, &s);
        return h;
    }();
    return byNumber.value(number);
}

QString statText(const QByteArray &bytes)
{
    if (bytes.size() < int(sizeof(struct stat)))
        return {};
    struct stat st;
    std::memcpy(&st, bytes.constData(), sizeof st);
    const Flag types[] = {{S_IFREG, "S_IFREG"}, {S_IFDIR, "S_IFDIR"}, {S_IFCHR, "S_IFCHR"}, {S_IFBLK, "S_IFBLK"},
                          {S_IFIFO, "S_IFIFO"}, {S_IFLNK, "S_IFLNK"}, {S_IFSOCK, "S_IFSOCK"}};
    QString type = hex(st.st_mode & S_IFMT);
    for (const Flag &t : types) {
        if ((st.st_mode & S_IFMT) == t.value)
            type = QLatin1String(t.name);
    }
    const QString mode = type + QStringLiteral("|0") + QString::number(st.st_mode & 07777, 8);
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        return QStringLiteral("{st_mode=%1, st_rdev=makedev(%2, %3)}").arg(mode).arg(major(st.st_rdev)).arg(minor(st.st_rdev));
    return QStringLiteral("{st_mode=%1, st_size=%2}").arg(mode).arg(qint64(st.st_size));
}

struct MsgHdr {
    bool ok = false;
    QByteArray name;
    QList<iovec> iov;
    quint64 controlLength = 0;
    int flags = 0;
};

MsgHdr readMsgHdr(const TraceeMemory &memory, quint64 address)
{
    MsgHdr m;
    const QByteArray raw = memory.read(address, int(sizeof(msghdr)));
    if (raw.size() < int(sizeof(msghdr)))
        return m;
    msghdr h;
    std::memcpy(&h, raw.constData(), sizeof h);
    m.ok = true;
    if (h.msg_name && h.msg_namelen > 0)
        m.name = memory.read(quint64(quintptr(h.msg_name)), int(qMin<socklen_t>(h.msg_namelen, sizeof(sockaddr_storage))));
    // A bounded number of iovecs: the rest are counted, not copied.
    const int count = int(qMin<size_t>(h.msg_iovlen, 64));
    const QByteArray iovs = memory.read(quint64(quintptr(h.msg_iov)), count * int(sizeof(iovec)));
    for (int i = 0; i + int(sizeof(iovec)) <= iovs.size(); i += int(sizeof(iovec))) {
        iovec v;
        std::memcpy(&v, iovs.constData() + i, sizeof v);
        m.iov.append(v);
    }
    m.controlLength = h.msg_controllen;
    m.flags = h.msg_flags;
    return m;
}

// The bytes of the iovecs, `total` at most, cut at `limit`.
QByteArray gather(const TraceeMemory &memory, const QList<iovec> &iov, qint64 total, int limit)
{
    QByteArray out;
    for (const iovec &v : iov) {
        const qint64 want = qMin<qint64>(qint64(v.iov_len), qMin<qint64>(total - out.size(), qint64(limit) - out.size()));
        if (want <= 0)
            break;
        out.append(memory.read(quint64(quintptr(v.iov_base)), int(want)));
    }
    return out;
}

QString msgText(const MsgHdr &m, qint64 total)
{
    if (!m.ok)
        return {};
    QStringList lens;
    for (const iovec &v : m.iov)
        lens.append(QString::number(v.iov_len));
    QString s = QStringLiteral("{");
    if (!m.name.isEmpty())
        s += QStringLiteral("msg_name=") + SyscallDecoder::socketAddress(m.name) + QStringLiteral(", ");
    s += QStringLiteral("msg_iov=[%1]").arg(lens.join(QStringLiteral(", ")));
    if (total >= 0)
        s += QStringLiteral(", bytes=%1").arg(total);
    if (m.controlLength)
        s += QStringLiteral(", msg_controllen=%1").arg(m.controlLength);
    if (m.flags)
        s += QStringLiteral(", msg_flags=") + SyscallDecoder::messageFlags(quint64(m.flags));
    return s + QLatin1Char('}');
}

QString argvText(const TraceeMemory &memory, quint64 address, int limit)
{
    QStringList out;
    const int maxArgs = 32;
    const QByteArray ptrs = memory.read(address, (maxArgs + 1) * int(sizeof(quint64)));
    int i = 0;
    for (; i + int(sizeof(quint64)) <= ptrs.size() && i / int(sizeof(quint64)) < maxArgs; i += int(sizeof(quint64))) {
        quint64 p;
        std::memcpy(&p, ptrs.constData() + i, sizeof p);
        if (p == 0)
            return QLatin1Char('[') + out.join(QStringLiteral(", ")) + QLatin1Char(']');
        bool cut = false;
        const QByteArray s = memory.readString(p, limit, &cut);
        out.append(SyscallDecoder::quoted(s, limit, cut ? -1 : s.size()));
    }
    return QLatin1Char('[') + out.join(QStringLiteral(", ")) + QStringLiteral(", …]");
}

} // namespace

QString SyscallDecoder::callName(int number)
{
    static const std::vector<QString> names = [] {
        std::vector<QString> v;
        for (const SyscallInfo &s : SyscallTable::compiled()) {
            if (s.number < 0 || s.number > 4096)
                continue;
            if (size_t(s.number) >= v.size())
                v.resize(size_t(s.number) + 1);
            v[size_t(s.number)] = s.name;
        }
        return v;
    }();
    if (number >= 0 && size_t(number) < names.size() && !names[size_t(number)].isEmpty())
        return names[size_t(number)];
    return QStringLiteral("syscall_%1").arg(number);
}

int SyscallDecoder::callNumber(const QString &name)
{
    static const QHash<QString, int> numbers = [] {
        QHash<QString, int> h;
        for (const SyscallInfo &s : SyscallTable::compiled()) {
            if (s.number >= 0)
                h.insert(s.name, s.number);
        }
        return h;
    }();
    return numbers.value(name, -1);
}

int SyscallDecoder::fdArguments(int number)
{
    const Spec *s = specFor(number);
    if (!s)
        return 0;
    int mask = 0;
    for (int i = 0; i < 6; ++i) {
        if (s->args[i] == Kind::Fd)
            mask |= 1 << i;
    }
    return mask;
}

bool SyscallDecoder::returnsFd(int number, quint64 arg1)
{
    switch (number) {
#ifdef SYS_open
    case SYS_open:
#endif
#ifdef SYS_creat
    case SYS_creat:
#endif
#ifdef SYS_dup2
    case SYS_dup2:
#endif
    case SYS_openat: case SYS_openat2: case SYS_socket: case SYS_accept: case SYS_accept4: case SYS_dup:
    case SYS_dup3: case SYS_eventfd2: case SYS_epoll_create1: case SYS_timerfd_create: case SYS_signalfd4:
    case SYS_memfd_create: case SYS_inotify_init1: case SYS_pidfd_open: case SYS_perf_event_open:
    case SYS_userfaultfd: case SYS_fanotify_init: case SYS_io_uring_setup: case SYS_open_tree: case SYS_fsopen:
    case SYS_fsmount: case SYS_open_by_handle_at:
        return true;
    case SYS_fcntl:
        return arg1 == F_DUPFD || arg1 == F_DUPFD_CLOEXEC;
    default:
        return false;
    }
}

bool SyscallDecoder::writesFdPair(int number)
{
#ifdef SYS_pipe
    if (number == SYS_pipe)
        return true;
#endif
    return number == SYS_pipe2 || number == SYS_socketpair;
}

bool SyscallDecoder::memoryOf(int number, Memory kinds[6])
{
    for (int i = 0; i < 6; ++i)
        kinds[i] = Memory::None;
    const Spec *spec = specFor(number);
    if (!spec)
        return false;
    for (int i = 0; i < 6; ++i) {
        switch (spec->args[i]) {
        case Kind::Path: kinds[i] = Memory::String; break;
        case Kind::BufIn: kinds[i] = Memory::BufferNextArg; break;
        case Kind::BufOut: kinds[i] = Memory::BufferReturn; break;
        case Kind::AddrIn: kinds[i] = Memory::AddressNextArg; break;
        case Kind::AddrOut: kinds[i] = Memory::AddressLengthPointer; break;
        case Kind::StatOut: kinds[i] = Memory::Stat; break;
        case Kind::FdPairOut: kinds[i] = Memory::FdPair; break;
        case Kind::MsgIn: kinds[i] = Memory::MessageIn; break;
        case Kind::MsgOut: kinds[i] = Memory::MessageOut; break;
        case Kind::PollFds: kinds[i] = Memory::PollFds; break;
        case Kind::Argv: kinds[i] = Memory::Argv; break;
        default: break;
        }
    }
    return true;
}

bool SyscallDecoder::isSocketIo(int number)
{
    return number == SYS_sendmsg || number == SYS_recvmsg || number == SYS_sendto || number == SYS_recvfrom;
}

void SyscallDecoder::decodeEntry(TraceCall &call, const TraceeMemory &memory, const Limits &limits)
{
    const Spec *spec = specFor(call.number);
    call.decoded.clear();
    if (!spec) {
        for (int i = 0; i < 6; ++i)
            call.decoded.append({QStringLiteral("arg%1").arg(i + 1), hex(call.args[i])});
        return;
    }
    for (int i = 0; i < 6 && spec->args[i] != Kind::None; ++i) {
        const quint64 v = call.args[i];
        const quint64 next = i < 5 ? call.args[i + 1] : 0;
        QString text;
        switch (spec->args[i]) {
        case Kind::None: break;
        case Kind::Dec:
        case Kind::Fd: text = QString::number(qint32(v)); break;
        case Kind::Size: text = QString::number(v); break;
        case Kind::Hex: text = hex(v); break;
        case Kind::DirFd: text = qint32(v) == AT_FDCWD ? QStringLiteral("AT_FDCWD") : QString::number(qint32(v)); break;
        case Kind::Path: {
            bool cut = false;
            const QByteArray s = memory.readString(v, limits.stringLimit, &cut);
            text = v == 0 ? QStringLiteral("NULL") : quoted(s, limits.stringLimit, cut ? -1 : s.size());
            break;
        }
        case Kind::OpenFlags: text = openFlags(v); break;
        case Kind::Mode: text = QStringLiteral("0") + QString::number(v & 07777, 8); break;
        case Kind::MmapProt: text = mmapProt(v); break;
        case Kind::MmapFlags: text = mmapFlags(v); break;
        case Kind::Family: text = socketFamily(int(v)); break;
        case Kind::SockType: text = socketType(v); break;
        case Kind::SockProto:
            text = call.args[0] == AF_NETLINK ? NetlinkNames::protocol(int(v)) : QString::number(qint32(v));
            break;
        case Kind::AddrIn:
            text = v == 0 ? QStringLiteral("NULL") : socketAddress(memory.read(v, int(qMin<quint64>(next, sizeof(sockaddr_storage)))));
            break;
        case Kind::MsgIn: {
            const MsgHdr m = readMsgHdr(memory, v);
            qint64 total = 0;
            for (const iovec &io : m.iov)
                total += qint64(io.iov_len);
            text = msgText(m, total);
            if (call.netlinkProtocol >= 0) {
                call.netlinkPayload = gather(memory, m.iov, total, limits.payloadLimit);
                call.payloadTruncated = total > call.netlinkPayload.size();
            }
            break;
        }
        case Kind::BufIn: {
            const int want = int(qMin<quint64>(next, quint64(limits.stringLimit)));
            text = quoted(memory.read(v, want), limits.stringLimit, qint64(next));
            if (call.netlinkProtocol >= 0 && call.number == SYS_sendto) {
                call.netlinkPayload = memory.read(v, int(qMin<quint64>(next, quint64(limits.payloadLimit))));
                call.payloadTruncated = next > quint64(call.netlinkPayload.size());
            }
            break;
        }
        case Kind::MsgFlags: text = messageFlags(v); break;
        case Kind::Ioctl: text = ioctlRequest(v); break;
        case Kind::FcntlCmd: text = fcntlCommand(v); break;
        case Kind::AtFlags: text = atFlags(v); break;
        case Kind::CloneFlags: {
            // The low byte is the signal sent to the parent at exit.
            const quint64 sig = v & 0xff;
            text = cloneFlags(v & ~quint64(0xff));
            if (sig)
                text += QLatin1Char('|') + QString::fromLatin1(sigabbrev_np(int(sig)) ? sigabbrev_np(int(sig)) : "?").prepend(QStringLiteral("SIG"));
            break;
        }
        case Kind::Argv: text = argvText(memory, v, limits.stringLimit); break;
        case Kind::PollFds: {
            QStringList fds;
            const int count = int(qMin<quint64>(next, 16));
            const QByteArray raw = memory.read(v, count * int(sizeof(pollfd)));
            for (int j = 0; j + int(sizeof(pollfd)) <= raw.size(); j += int(sizeof(pollfd))) {
                pollfd p;
                std::memcpy(&p, raw.constData() + j, sizeof p);
                fds.append(QStringLiteral("{fd=%1, events=%2}").arg(p.fd).arg(hex(quint64(quint16(p.events)))));
            }
            text = QLatin1Char('[') + fds.join(QStringLiteral(", ")) + QLatin1Char(']');
            break;
        }
        case Kind::Whence: text = whence(v); break;
        case Kind::AccessMode: text = accessMode(v); break;
        case Kind::AddrOut:
        case Kind::MsgOut:
        case Kind::BufOut:
        case Kind::StatOut:
        case Kind::FdPairOut:
            text = hex(v); // filled at exit
            break;
        }
        call.decoded.append({QLatin1String(spec->names[i]), text});
    }
}

void SyscallDecoder::decodeExit(TraceCall &call, const TraceeMemory &memory, const Limits &limits)
{
    const Spec *spec = specFor(call.number);
    if (call.errorNumber) {
        call.errorName = errnoName(call.errorNumber);
        call.errorMessage = errnoMessage(call.errorNumber);
        call.returnText = QStringLiteral("-1 %1 (%2)").arg(call.errorName, call.errorMessage);
        return;
    }
    call.returnText = spec && spec->returnsAddress ? hex(quint64(call.ret)) : QString::number(call.ret);
    if (!spec)
        return;
    for (int i = 0; i < 6 && i < call.decoded.size(); ++i) {
        const quint64 v = call.args[i];
        QString &text = call.decoded[i].text;
        switch (spec->args[i]) {
        case Kind::BufOut:
            text = quoted(memory.read(v, int(qMin<qint64>(call.ret, limits.stringLimit))), limits.stringLimit, call.ret);
            if (call.netlinkProtocol >= 0 && call.number == SYS_recvfrom) {
                const quint64 capacity = call.args[i + 1];
                call.netlinkPayload = memory.read(v, int(qMin<qint64>(qMin<qint64>(call.ret, qint64(capacity)), limits.payloadLimit)));
                call.payloadTruncated = call.ret > call.netlinkPayload.size();
            }
            break;
        case Kind::StatOut: {
            const QString s = statText(memory.read(v, int(sizeof(struct stat))));
            if (!s.isEmpty())
                text = s;
            break;
        }
        case Kind::FdPairOut: {
            const QByteArray raw = memory.read(v, 2 * int(sizeof(int)));
            if (raw.size() == 2 * int(sizeof(int))) {
                int fds[2];
                std::memcpy(fds, raw.constData(), sizeof fds);
                text = QStringLiteral("[%1, %2]").arg(fds[0]).arg(fds[1]);
            }
            break;
        }
        case Kind::AddrOut:
            if (v) {
                const QByteArray lenRaw = memory.read(call.args[i + 1], int(sizeof(socklen_t)));
                if (lenRaw.size() == int(sizeof(socklen_t))) {
                    socklen_t len;
                    std::memcpy(&len, lenRaw.constData(), sizeof len);
                    text = socketAddress(memory.read(v, int(qMin<socklen_t>(len, sizeof(sockaddr_storage)))));
                }
            }
            break;
        case Kind::MsgOut: {
            const MsgHdr m = readMsgHdr(memory, v);
            text = msgText(m, call.ret);
            if (call.netlinkProtocol >= 0) {
                qint64 capacity = 0;
                for (const iovec &io : m.iov)
                    capacity += qint64(io.iov_len);
                // With MSG_TRUNC the return is the datagram's size, which may
                // exceed what the buffers held.
                call.netlinkPayload = gather(memory, m.iov, qMin(call.ret, capacity), limits.payloadLimit);
                call.payloadTruncated = call.ret > call.netlinkPayload.size();
            }
            break;
        }
        default:
            break;
        }
    }
}

} // namespace kc
