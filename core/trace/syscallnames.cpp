// SPDX-License-Identifier: GPL-2.0-or-later
// The names in system call arguments and results: flags, values, errors,
// socket addresses, ioctl requests, quoted bytes.
#include "syscalldecoder.h"
#include "syscallflags.h"
#include "ioctlnames.h"

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
#include <unistd.h>

#include <mutex>
#include <vector>

namespace kc {

namespace syscallnames {

QString hex(quint64 v)
{
    return v == 0 ? QStringLiteral("0") : QStringLiteral("0x") + QString::number(v, 16);
}

// The kernel's restart codes (include/linux/errno.h): never seen by a
// program, but a tracer sees them when a signal interrupts a call.
constexpr int kErestartSys = 512;
constexpr int kErestartNoIntr = 513;
constexpr int kErestartNoHand = 514;
constexpr int kEnoIoctlCmd = 515;
constexpr int kErestartRestartBlock = 516;

namespace {

#define KC_FLAG(x) {quint64(x), #x}

// Multi-bit flags come before the single bits they contain.
const Flag openFlagTable[] = {
    KC_FLAG(O_TMPFILE), KC_FLAG(O_SYNC), KC_FLAG(O_CREAT), KC_FLAG(O_EXCL), KC_FLAG(O_NOCTTY),
    KC_FLAG(O_TRUNC), KC_FLAG(O_APPEND), KC_FLAG(O_NONBLOCK), KC_FLAG(O_DSYNC), KC_FLAG(O_ASYNC),
    KC_FLAG(O_DIRECT), KC_FLAG(O_LARGEFILE), KC_FLAG(O_DIRECTORY), KC_FLAG(O_NOFOLLOW), KC_FLAG(O_NOATIME),
    KC_FLAG(O_CLOEXEC), KC_FLAG(O_PATH),
};
const Flag protTable[] = {
    KC_FLAG(PROT_READ), KC_FLAG(PROT_WRITE), KC_FLAG(PROT_EXEC), KC_FLAG(PROT_GROWSDOWN), KC_FLAG(PROT_GROWSUP),
};
const Flag mapTypeTable[] = {
    KC_FLAG(MAP_SHARED), KC_FLAG(MAP_PRIVATE), KC_FLAG(MAP_SHARED_VALIDATE),
};
const Flag mapFlagTable[] = {
    KC_FLAG(MAP_FIXED), KC_FLAG(MAP_ANONYMOUS), KC_FLAG(MAP_32BIT), KC_FLAG(MAP_GROWSDOWN), KC_FLAG(MAP_DENYWRITE),
    KC_FLAG(MAP_EXECUTABLE), KC_FLAG(MAP_LOCKED), KC_FLAG(MAP_NORESERVE), KC_FLAG(MAP_POPULATE), KC_FLAG(MAP_NONBLOCK),
    KC_FLAG(MAP_STACK), KC_FLAG(MAP_HUGETLB), KC_FLAG(MAP_SYNC), KC_FLAG(MAP_FIXED_NOREPLACE),
};
const Flag familyTable[] = {
    KC_FLAG(AF_UNSPEC), KC_FLAG(AF_UNIX), KC_FLAG(AF_INET), KC_FLAG(AF_INET6), KC_FLAG(AF_NETLINK),
    KC_FLAG(AF_PACKET), KC_FLAG(AF_BLUETOOTH), KC_FLAG(AF_VSOCK), KC_FLAG(AF_ALG), KC_FLAG(AF_KEY),
    KC_FLAG(AF_CAN), KC_FLAG(AF_XDP), KC_FLAG(AF_TIPC), KC_FLAG(AF_RDS), KC_FLAG(AF_QIPCRTR),
};
const Flag sockTypeTable[] = {
    KC_FLAG(SOCK_STREAM), KC_FLAG(SOCK_DGRAM), KC_FLAG(SOCK_RAW), KC_FLAG(SOCK_RDM), KC_FLAG(SOCK_SEQPACKET),
    KC_FLAG(SOCK_DCCP), KC_FLAG(SOCK_PACKET),
};
const Flag sockTypeFlagTable[] = {KC_FLAG(SOCK_NONBLOCK), KC_FLAG(SOCK_CLOEXEC)};
const Flag msgFlagTable[] = {
    KC_FLAG(MSG_OOB), KC_FLAG(MSG_PEEK), KC_FLAG(MSG_DONTROUTE), KC_FLAG(MSG_CTRUNC), KC_FLAG(MSG_PROXY),
    KC_FLAG(MSG_TRUNC), KC_FLAG(MSG_DONTWAIT), KC_FLAG(MSG_EOR), KC_FLAG(MSG_WAITALL), KC_FLAG(MSG_FIN),
    KC_FLAG(MSG_SYN), KC_FLAG(MSG_CONFIRM), KC_FLAG(MSG_RST), KC_FLAG(MSG_ERRQUEUE), KC_FLAG(MSG_NOSIGNAL),
    KC_FLAG(MSG_MORE), KC_FLAG(MSG_WAITFORONE), KC_FLAG(MSG_FASTOPEN), KC_FLAG(MSG_CMSG_CLOEXEC),
};
const Flag atFlagTable[] = {
    KC_FLAG(AT_SYMLINK_NOFOLLOW), KC_FLAG(AT_REMOVEDIR), KC_FLAG(AT_SYMLINK_FOLLOW), KC_FLAG(AT_NO_AUTOMOUNT),
    KC_FLAG(AT_EMPTY_PATH), KC_FLAG(AT_STATX_FORCE_SYNC), KC_FLAG(AT_STATX_DONT_SYNC),
};
const Flag cloneFlagTable[] = {
    KC_FLAG(CLONE_VM), KC_FLAG(CLONE_FS), KC_FLAG(CLONE_FILES), KC_FLAG(CLONE_SIGHAND), KC_FLAG(CLONE_PIDFD),
    KC_FLAG(CLONE_PTRACE), KC_FLAG(CLONE_VFORK), KC_FLAG(CLONE_PARENT), KC_FLAG(CLONE_THREAD), KC_FLAG(CLONE_NEWNS),
    KC_FLAG(CLONE_SYSVSEM), KC_FLAG(CLONE_SETTLS), KC_FLAG(CLONE_PARENT_SETTID), KC_FLAG(CLONE_CHILD_CLEARTID),
    KC_FLAG(CLONE_DETACHED), KC_FLAG(CLONE_UNTRACED), KC_FLAG(CLONE_CHILD_SETTID), KC_FLAG(CLONE_NEWCGROUP),
    KC_FLAG(CLONE_NEWUTS), KC_FLAG(CLONE_NEWIPC), KC_FLAG(CLONE_NEWUSER), KC_FLAG(CLONE_NEWPID), KC_FLAG(CLONE_NEWNET),
    KC_FLAG(CLONE_IO),
};
const Flag accessTable[] = {KC_FLAG(R_OK), KC_FLAG(W_OK), KC_FLAG(X_OK)};
const Flag whenceTable[] = {
    KC_FLAG(SEEK_SET), KC_FLAG(SEEK_CUR), KC_FLAG(SEEK_END), KC_FLAG(SEEK_DATA), KC_FLAG(SEEK_HOLE),
};
const Flag fcntlTable[] = {
    KC_FLAG(F_DUPFD), KC_FLAG(F_GETFD), KC_FLAG(F_SETFD), KC_FLAG(F_GETFL), KC_FLAG(F_SETFL), KC_FLAG(F_GETLK),
    KC_FLAG(F_SETLK), KC_FLAG(F_SETLKW), KC_FLAG(F_SETOWN), KC_FLAG(F_GETOWN), KC_FLAG(F_SETSIG), KC_FLAG(F_GETSIG),
    KC_FLAG(F_OFD_GETLK), KC_FLAG(F_OFD_SETLK), KC_FLAG(F_OFD_SETLKW), KC_FLAG(F_SETLEASE), KC_FLAG(F_GETLEASE),
    KC_FLAG(F_NOTIFY), KC_FLAG(F_DUPFD_CLOEXEC), KC_FLAG(F_SETPIPE_SZ), KC_FLAG(F_GETPIPE_SZ), KC_FLAG(F_ADD_SEALS),
    KC_FLAG(F_GET_SEALS),
};

#undef KC_FLAG

} // namespace

QString fcntlCommand(quint64 v)
{
    return valueText(v, fcntlTable);
}

QString atFlags(quint64 v)
{
    return v == 0 ? QStringLiteral("0") : flagText(v, atFlagTable);
}

QString cloneFlags(quint64 v)
{
    return flagText(v, cloneFlagTable);
}

QString whence(quint64 v)
{
    return valueText(v, whenceTable);
}

QString accessMode(quint64 v)
{
    return v == F_OK ? QStringLiteral("F_OK") : flagText(v, accessTable);
}

} // namespace syscallnames

using namespace syscallnames;

QString SyscallDecoder::errnoName(int error)
{
    switch (error) {
    case kErestartSys: return QStringLiteral("ERESTARTSYS");
    case kErestartNoIntr: return QStringLiteral("ERESTARTNOINTR");
    case kErestartNoHand: return QStringLiteral("ERESTARTNOHAND");
    case kEnoIoctlCmd: return QStringLiteral("ENOIOCTLCMD");
    case kErestartRestartBlock: return QStringLiteral("ERESTART_RESTARTBLOCK");
    default: break;
    }
    const char *name = ::strerrorname_np(error);
    return name ? QLatin1String(name) : QStringLiteral("E%1").arg(error);
}

QString SyscallDecoder::errnoMessage(int error)
{
    switch (error) {
    case kErestartSys: return tr("Interrupted by a signal; restarted if its handler has SA_RESTART");
    case kErestartNoIntr: return tr("Interrupted by a signal; always restarted");
    case kErestartNoHand: return tr("Interrupted by a signal; restarted if it has no handler");
    case kEnoIoctlCmd: return tr("The driver does not know this ioctl");
    case kErestartRestartBlock: return tr("Interrupted by a signal; resumed with restart_syscall");
    default: break;
    }
    return QString::fromLocal8Bit(::strerror(error));
}

QString SyscallDecoder::openFlags(quint64 flags)
{
    QString access;
    switch (flags & O_ACCMODE) {
    case O_RDONLY: access = QStringLiteral("O_RDONLY"); break;
    case O_WRONLY: access = QStringLiteral("O_WRONLY"); break;
    case O_RDWR: access = QStringLiteral("O_RDWR"); break;
    default: access = hex(flags & O_ACCMODE); break;
    }
    const quint64 rest = flags & ~quint64(O_ACCMODE);
    return rest ? access + QLatin1Char('|') + flagText(rest, openFlagTable) : access;
}

QString SyscallDecoder::mmapProt(quint64 prot)
{
    return prot == PROT_NONE ? QStringLiteral("PROT_NONE") : flagText(prot, protTable);
}

QString SyscallDecoder::mmapFlags(quint64 flags)
{
    const QString type = valueText(flags & MAP_TYPE, mapTypeTable);
    const quint64 rest = flags & ~quint64(MAP_TYPE);
    return rest ? type + QLatin1Char('|') + flagText(rest, mapFlagTable) : type;
}

QString SyscallDecoder::socketFamily(int family)
{
    return valueText(quint64(family), familyTable);
}

QString SyscallDecoder::socketType(quint64 type)
{
    const quint64 flagBits = SOCK_NONBLOCK | SOCK_CLOEXEC;
    const QString base = valueText(type & ~flagBits, sockTypeTable);
    return (type & flagBits) ? base + QLatin1Char('|') + flagText(type & flagBits, sockTypeFlagTable) : base;
}

QString SyscallDecoder::messageFlags(quint64 flags)
{
    return flags == 0 ? QStringLiteral("0") : flagText(flags, msgFlagTable);
}

QString SyscallDecoder::ioctlRequest(quint64 request)
{
    // The request is an unsigned int in the kernel (the upper half of the
    // register is ignored).
    const unsigned int code = unsigned(request & 0xffffffffu);
    static const QHash<unsigned int, const char *> names = [] {
        QHash<unsigned int, const char *> h;
        h.reserve(kIoctlNameCount);
        for (int i = 0; i < kIoctlNameCount; ++i) {
            if (!h.contains(kIoctlNames[i].value))
                h.insert(kIoctlNames[i].value, kIoctlNames[i].name);
        }
        return h;
    }();
    if (const char *name = names.value(code))
        return QLatin1String(name);
    return ioctlCode(code);
}

QString SyscallDecoder::ioctlCode(unsigned int code)
{
    // As strace writes a request it has no name for.
    const unsigned dir = _IOC_DIR(code);
    QString dirText;
    if (dir == _IOC_NONE)
        dirText = QStringLiteral("_IOC_NONE");
    else if (dir == (_IOC_READ | _IOC_WRITE))
        dirText = QStringLiteral("_IOC_READ|_IOC_WRITE");
    else if (dir == _IOC_READ)
        dirText = QStringLiteral("_IOC_READ");
    else
        dirText = QStringLiteral("_IOC_WRITE");
    return QStringLiteral("_IOC(%1, %2, %3, %4)").arg(dirText, hex(_IOC_TYPE(code)), hex(_IOC_NR(code)), hex(_IOC_SIZE(code)));
}

QString SyscallDecoder::socketAddress(QByteArrayView a)
{
    if (a.size() < 2)
        return QStringLiteral("{}");
    sa_family_t family;
    std::memcpy(&family, a.data(), sizeof family);
    switch (family) {
    case AF_UNIX: {
        const QByteArrayView path = a.sliced(offsetof(sockaddr_un, sun_path));
        if (!path.isEmpty() && path.front() == '\0') // the abstract namespace
            return QStringLiteral("{AF_UNIX, @%1}").arg(QString::fromUtf8(path.sliced(1)));
        const qsizetype nul = path.indexOf('\0');
        return QStringLiteral("{AF_UNIX, \"%1\"}").arg(QString::fromUtf8(nul >= 0 ? path.first(nul) : path));
    }
    case AF_INET: {
        if (a.size() < qsizetype(sizeof(sockaddr_in)))
            break;
        sockaddr_in in;
        std::memcpy(&in, a.data(), sizeof in);
        char buf[INET_ADDRSTRLEN] = {};
        ::inet_ntop(AF_INET, &in.sin_addr, buf, sizeof buf);
        return QStringLiteral("{AF_INET, %1:%2}").arg(QLatin1String(buf)).arg(ntohs(in.sin_port));
    }
    case AF_INET6: {
        if (a.size() < qsizetype(sizeof(sockaddr_in6)))
            break;
        sockaddr_in6 in;
        std::memcpy(&in, a.data(), sizeof in);
        char buf[INET6_ADDRSTRLEN] = {};
        ::inet_ntop(AF_INET6, &in.sin6_addr, buf, sizeof buf);
        return QStringLiteral("{AF_INET6, [%1]:%2}").arg(QLatin1String(buf)).arg(ntohs(in.sin6_port));
    }
    case AF_NETLINK: {
        if (a.size() < qsizetype(sizeof(sockaddr_nl)))
            break;
        sockaddr_nl nl;
        std::memcpy(&nl, a.data(), sizeof nl);
        return QStringLiteral("{AF_NETLINK, nl_pid=%1, nl_groups=%2}").arg(nl.nl_pid).arg(hex(nl.nl_groups));
    }
    default:
        break;
    }
    return QStringLiteral("{%1, %2}").arg(socketFamily(family), QString::fromLatin1(a.sliced(2).toByteArray().toHex()));
}

QString SyscallDecoder::quoted(QByteArrayView bytes, int limit, qint64 totalSize)
{
    QString s = QStringLiteral("\"");
    const qsizetype n = qMin<qsizetype>(bytes.size(), limit);
    s.reserve(int(n) + 2);
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = uchar(bytes[i]);
        switch (c) {
        case '\n': s += QStringLiteral("\\n"); break;
        case '\t': s += QStringLiteral("\\t"); break;
        case '\r': s += QStringLiteral("\\r"); break;
        case '"': s += QStringLiteral("\\\""); break;
        case '\\': s += QStringLiteral("\\\\"); break;
        default:
            if (c >= 0x20 && c < 0x7f)
                s += QLatin1Char(char(c));
            else
                s += QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
        }
    }
    s += QLatin1Char('"');
    if (totalSize < 0)
        s += tr("… (cut at %1 bytes)").arg(limit);
    else if (totalSize > n)
        s += tr("… (%1 of %2 bytes)").arg(n).arg(totalSize);
    return s;
}

std::optional<QByteArray> SyscallDecoder::unquoted(QStringView text)
{
    if (!text.startsWith(QLatin1Char('"')))
        return std::nullopt;
    QByteArray out;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('"'))
            return out;
        if (c != QLatin1Char('\\')) {
            out += text.mid(i, 1).toUtf8();
            continue;
        }
        if (++i >= text.size())
            break;
        switch (text[i].unicode()) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case 'x': {
            bool ok = false;
            const uint v = text.mid(i + 1, 2).toUInt(&ok, 16);
            if (!ok || i + 2 >= text.size())
                return std::nullopt;
            out += char(v);
            i += 2;
            break;
        }
        default: return std::nullopt;
        }
    }
    return std::nullopt; // no closing quote
}

} // namespace kc
