// SPDX-License-Identifier: GPL-2.0-or-later
#include "ueventmonitor.h"

#include "deviceparsers.h"

#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <linux/netlink.h>
#include <sys/socket.h>
#include <unistd.h>

namespace kc {

UeventMonitor::UeventMonitor(QObject *parent)
    : QObject(parent)
{
}

UeventMonitor::~UeventMonitor()
{
    stop();
}

bool UeventMonitor::start()
{
    if (m_fd >= 0)
        return true;
    m_fd = ::socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, NETLINK_KOBJECT_UEVENT);
    if (m_fd < 0) {
        m_error = tr("Cannot open a kernel uevent socket: %1.").arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    // Event storms (hundreds of devices at once) must not overflow a small
    // default buffer; root may go beyond rmem_max.
    const int size = 8 * 1024 * 1024;
    if (::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUFFORCE, &size, sizeof size) != 0)
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
    sockaddr_nl addr {};
    addr.nl_family = AF_NETLINK;
    addr.nl_groups = 1; // the kernel's own events; udev rebroadcasts on group 2
    if (::bind(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        m_error = tr("Cannot listen to kernel uevents: %1.").arg(QString::fromLocal8Bit(strerror(errno)));
        ::close(m_fd);
        m_fd = -1;
        return false;
    }
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &UeventMonitor::readAll);
    if (!m_rearm) {
        m_rearm = new QTimer(this);
        m_rearm->setSingleShot(true);
        connect(m_rearm, &QTimer::timeout, this, [this] {
            if (m_notifier)
                m_notifier->setEnabled(true);
        });
    }
    return true;
}

void UeventMonitor::stop()
{
    delete m_notifier;
    m_notifier = nullptr;
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

void UeventMonitor::setSubsystemFilter(const QStringList &subsystems)
{
    m_subsystems.clear();
    for (const QString &s : subsystems)
        m_subsystems.append(s.toUtf8());
}

void UeventMonitor::readAll()
{
    // Up to 32 messages per system call: a storm of thousands of events
    // costs a fraction of the calls one recvmsg() each would.
    constexpr int Batch = 32;
    constexpr size_t Size = 8192; // a uevent is at most 2 KiB plus header
    static thread_local char bufs[Batch][Size];
    mmsghdr msgs[Batch];
    iovec iovs[Batch];
    sockaddr_nl from[Batch];
    QList<UeventRecord> batch;
    quint64 events = 0, bytes = 0;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int round = 0; round < 128; ++round) { // bounded: let the event loop breathe
        for (int i = 0; i < Batch; ++i) {
            iovs[i] = {bufs[i], Size};
            msgs[i] = {};
            msgs[i].msg_hdr.msg_name = &from[i];
            msgs[i].msg_hdr.msg_namelen = sizeof from[i];
            msgs[i].msg_hdr.msg_iov = &iovs[i];
            msgs[i].msg_hdr.msg_iovlen = 1;
        }
        const int got = ::recvmmsg(m_fd, msgs, Batch, MSG_DONTWAIT, nullptr);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            if (errno == ENOBUFS) {
                m_overflows.fetch_add(1, std::memory_order_relaxed);
                m_gapPending = true;
                Q_EMIT overflowed(0);
                continue;
            }
            break; // EAGAIN: drained
        }
        for (int i = 0; i < got; ++i) {
            const ssize_t n = msgs[i].msg_len;
            // Only the kernel (port 0) speaks on group 1; ignore anyone else.
            if (from[i].nl_pid != 0 || n <= 0)
                continue;
            const QByteArrayView raw(bufs[i], n);
            parsers::UeventHeader h;
            if (!parsers::ueventHeader(raw, h))
                continue;
            if (m_gapPending && m_lastSeqnum && h.seqnum > m_lastSeqnum + 1) {
                // An upper bound: events for other network namespaces also
                // take sequence numbers.
                const quint64 gap = h.seqnum - m_lastSeqnum - 1;
                m_lost.fetch_add(gap, std::memory_order_relaxed);
                Q_EMIT overflowed(gap);
            }
            m_gapPending = false;
            if (h.seqnum)
                m_lastSeqnum = h.seqnum;
            ++events;
            bytes += quint64(n);
            if (!m_subsystems.isEmpty() && !m_subsystems.contains(h.subsystem))
                continue;
            UeventRecord r;
            r.msecsSinceEpoch = now;
            r.raw = raw.toByteArray();
            r.action = QString::fromUtf8(h.action);
            r.devpath = QString::fromUtf8(h.devpath);
            r.subsystem = QString::fromUtf8(h.subsystem);
            r.seqnum = h.seqnum;
            batch.append(std::move(r));
        }
        if (got < Batch)
            break;
    }
    m_events.fetch_add(events, std::memory_order_relaxed);
    m_bytes.fetch_add(bytes, std::memory_order_relaxed);
    if (m_coalesceMs > 0 && m_notifier && m_rearm) {
        m_notifier->setEnabled(false);
        m_rearm->start(m_coalesceMs);
    }
    if (!batch.isEmpty())
        Q_EMIT eventsArrived(batch);
}

} // namespace kc
