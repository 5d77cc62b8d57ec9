// SPDX-License-Identifier: GPL-2.0-or-later
// BpfTracer's records made into TraceCalls: the memory the kernel copied
// stands in for the traced process's, and each descriptor is described by
// what the kernel said of it at the call.
#include "bpftraceengine.h"

#include "netlink/netlinknames.h"
#include "traceememory.h"

#include <QFileInfo>

#include <cstring>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>

namespace kc {

#if defined(KC_HAVE_BPF_SKELETON)

using namespace bpftrace;

namespace {

// What the BPF program copied, read as if it were the process's memory:
// an address outside every copy reads as unmapped.
class CapturedMemory : public TraceeMemory
{
public:
    explicit CapturedMemory(const QList<QPair<quint64, QByteArray>> &parts)
        : m_parts(parts)
    {
    }
    QByteArray read(quint64 address, int length) const override
    {
        if (length <= 0)
            return {};
        for (const auto &p : m_parts) {
            if (address >= p.first && address < p.first + quint64(p.second.size())) {
                const int at = int(address - p.first);
                return p.second.mid(at, qMin(length, int(p.second.size()) - at));
            }
        }
        return {};
    }

private:
    const QList<QPair<quint64, QByteArray>> &m_parts;
};

QString familyName(int family)
{
    return SyscallDecoder::socketFamily(family);
}

} // namespace

int BpfTracer::Engine::onRecord(void *self, void *data, size_t size)
{
    if (size < sizeof(Record))
        return 0;
    Record r;
    std::memcpy(&r, data, sizeof r);
    static_cast<Engine *>(self)->handle(r, static_cast<const char *>(data) + sizeof r, qMin<size_t>(size, r.size) - sizeof r);
    return 0;
}

void BpfTracer::Engine::handle(const Record &r, const char *payload, size_t length)
{
    switch (r.type) {
    case Fork:
        m_alive.insert(int(r.tgid));
        return;
    case Exit:
        processEnded(int(r.tgid), int(r.ret));
        return;
    default:
        break;
    }
    QList<Captured> captures;
    size_t at = 0;
    for (int i = 0; i < r.captures && at + sizeof(Capture) <= length; ++i) {
        Capture c;
        std::memcpy(&c, payload + at, sizeof c);
        const size_t start = at + sizeof c;
        if (start + c.length > length)
            break;
        captures.append({c.address, QByteArray(payload + start, int(c.length))});
        at = (start + c.length + 7) & ~size_t(7);
    }
    if (r.type == ExecArgs) {
        m_execArgs.insert(int(r.tid), captures); // decoded with the call's return
        return;
    }
    handleCall(r, std::move(captures));
}

void BpfTracer::Engine::handleCall(const Record &r, QList<Captured> captures)
{
    const int nr = r.nr;
    const bool returned = r.type == Call;
    const bool exec = nr == SYS_execve || nr == SYS_execveat;
    if (exec) {
        captures = m_execArgs.take(int(r.tid));
        if (!m_options.onlyCalls.isEmpty() && !m_options.onlyCalls.contains(nr))
            return;
    }
    const int tgid = int(r.tgid);
    TraceCall c;
    c.timeNs = qint64(r.enterNs - m_t0);
    c.durationNs = returned ? qint64(r.exitNs - r.enterNs) : -1;
    c.pid = tgid;
    c.tid = int(r.tid);
    c.comm = QString::fromLocal8Bit(r.comm, int(strnlen(r.comm, sizeof r.comm)));
    c.number = nr;
    c.name = SyscallDecoder::callName(nr);
    std::memcpy(c.args, r.args, sizeof c.args);

    QList<QPair<quint64, QByteArray>> parts;
    parts.reserve(captures.size());
    for (const Captured &p : std::as_const(captures))
        parts.append({p.address, p.bytes});
    const CapturedMemory memory(parts);

    // The descriptors passed in, in argument order, as the BPF program
    // numbered them.
    int mask = SyscallDecoder::fdArguments(nr);
    if (nr == SYS_mmap && (r.args[3] & MAP_ANONYMOUS))
        mask = 0;
    int slot = 0;
    for (int i = 0; i < 6 && slot < 2; ++i) {
        if (!(SyscallDecoder::fdArguments(nr) & (1 << i)))
            continue;
        const FdId &id = r.fds[slot++];
        if (!(mask & (1 << i)) || qint32(r.args[i]) < 0)
            continue;
        FdId passed = id;
        passed.fd = qint32(r.args[i]);
        c.channels.append(channelOf(tgid, passed, {}));
    }
    if (SyscallDecoder::isSocketIo(nr) && !c.channels.isEmpty() && c.channels.first().channel == FdChannel::Netlink)
        c.netlinkProtocol = c.channels.first().netlinkProtocol;
    SyscallDecoder::decodeEntry(c, memory, m_limits);
    if (!returned) {
        c.returnText = QStringLiteral("?");
        m_batch.append(std::move(c));
        return;
    }
    c.returned = true;
    c.ret = r.ret;
    c.errorNumber = (r.ret < 0 && r.ret >= -4095) ? int(-r.ret) : 0;
    if (!c.failed()) {
        if (nr == SYS_close)
            m_fds.remove(quint64(tgid) << 32 | quint32(r.args[0]));
        if (r.fds[2].fd >= 0 && r.fds[2].mode != 0) {
            // The opening call names what it opened: the path it was given.
            QString hint;
            for (const TraceArg &a : std::as_const(c.decoded)) {
                if (a.name == QLatin1String("pathname") && a.text.startsWith(QLatin1Char('"')))
                    hint = a.text.mid(1, a.text.lastIndexOf(QLatin1Char('"')) - 1);
            }
            m_fds.remove(quint64(tgid) << 32 | quint32(r.fds[2].fd));
            ChannelFd made = channelOf(tgid, r.fds[2], hint);
            if (nr == SYS_socket && r.args[0] == AF_NETLINK && made.channel != FdChannel::Netlink) {
                made.channel = FdChannel::Netlink;
                made.netlinkProtocol = int(r.args[2]);
                made.detail = NetlinkNames::protocol(int(r.args[2]));
            }
            c.channels.append(made);
        }
        if (SyscallDecoder::writesFdPair(nr)) {
            const QByteArray raw = memory.read(nr == SYS_socketpair ? r.args[3] : r.args[0], 2 * int(sizeof(int)));
            if (raw.size() == 2 * int(sizeof(int))) {
                int fds[2];
                std::memcpy(fds, raw.constData(), sizeof fds);
                for (int fd : fds) {
                    ChannelFd pair = ProcessChannels::classifyFd(tgid, fd);
                    pair.fd = fd;
                    if (pair.target.isEmpty())
                        pair.channel = nr == SYS_socketpair ? FdChannel::Socket : FdChannel::Pipe;
                    c.channels.append(pair);
                }
            }
        }
    }
    SyscallDecoder::decodeExit(c, memory, m_limits);
    m_batch.append(std::move(c));
    if (m_batch.size() >= 4096)
        flush();
}

// Known by its inode when seen before; else as /proc describes it while
// the process still has it open as the kernel said; else from what the
// kernel said alone.
ChannelFd BpfTracer::Engine::channelOf(int tgid, const FdId &id, const QString &pathHint)
{
    const quint64 key = quint64(tgid) << 32 | quint32(id.fd);
    auto known = m_fds.constFind(key);
    if (id.mode == 0) {
        // Not open at the call's return (closed by it): as it was known.
        if (known != m_fds.cend())
            return known->channel;
        ChannelFd none;
        none.fd = id.fd;
        return none;
    }
    if (known != m_fds.cend() && known->ino == id.ino && known->magic == id.magic)
        return known->channel;
    ChannelFd c;
    struct stat st {};
    const QByteArray link = "/proc/" + QByteArray::number(tgid) + "/fd/" + QByteArray::number(id.fd);
    if (::stat(link.constData(), &st) == 0 && quint64(st.st_ino) == id.ino)
        c = ProcessChannels::classifyFd(tgid, id.fd);
    if (c.target.isEmpty()) {
        c = fromIdentity(id, pathHint);
    } else if (id.magic == SockfsMagic && int(id.familyProtocol >> 16) == AF_NETLINK && c.netlinkProtocol < 0) {
        // /proc could not say (the process left, or its socket table was
        // out of reach between two reads); the kernel told us at the call.
        const ChannelFd told = fromIdentity(id, pathHint);
        c.channel = told.channel;
        c.netlinkProtocol = told.netlinkProtocol;
        c.detail = told.detail;
    }
    c.fd = id.fd;
    m_fds.insert(key, {id.ino, id.magic, c});
    return c;
}

ChannelFd BpfTracer::Engine::fromIdentity(const FdId &id, const QString &pathHint)
{
    ChannelFd c;
    c.fd = id.fd;
    c.target = pathHint;
    const mode_t mode = mode_t(id.mode);
    if (id.magic == SockfsMagic) {
        const int family = int(id.familyProtocol >> 16);
        const int protocol = int(id.familyProtocol & 0xffff);
        c.target = QStringLiteral("socket:[%1]").arg(id.ino);
        if (family == AF_NETLINK) {
            c.channel = FdChannel::Netlink;
            c.netlinkProtocol = protocol;
            c.detail = NetlinkNames::protocol(protocol);
        } else {
            c.channel = FdChannel::Socket;
            c.detail = familyName(family);
        }
    } else if (id.magic == PipefsMagic) {
        c.channel = FdChannel::Pipe;
        c.target = QStringLiteral("pipe:[%1]").arg(id.ino);
    } else if (id.magic == AnonInodeMagic) {
        c.channel = FdChannel::KernelObject;
        if (c.target.isEmpty())
            c.target = QStringLiteral("anon_inode");
    } else if (S_ISCHR(mode) || S_ISBLK(mode)) {
        if (!m_drivers)
            m_drivers = DriverTables::read();
        // The kernel's dev_t: 12 bits of major above 20 of minor.
        ProcessChannels::describeDevice(c, S_ISBLK(mode), int(id.rdev >> 20), int(id.rdev & 0xfffff), *m_drivers);
    } else if (id.magic == ProcMagic) {
        c.channel = FdChannel::Procfs;
    } else if (id.magic == SysfsMagic) {
        c.channel = FdChannel::Sysfs;
    } else if (S_ISFIFO(mode)) {
        c.channel = FdChannel::Pipe;
    } else if (S_ISREG(mode) || S_ISDIR(mode) || S_ISLNK(mode)) {
        c.channel = FdChannel::File;
        if (S_ISDIR(mode))
            c.detail = ProcessChannels::tr("directory");
    }
    return c;
}

#endif

} // namespace kc
