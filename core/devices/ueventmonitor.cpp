// SPDX-License-Identifier: GPL-2.0-or-later
#include "ueventmonitor.h"

#include "deviceparsers.h"

#include <QSocketNotifier>

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

void UeventMonitor::readAll()
{
    QList<UeventRecord> batch;
    char buf[16 * 1024];
    for (int i = 0; i < 4096; ++i) { // bounded: let the event loop breathe
        sockaddr_nl from {};
        iovec iov {buf, sizeof buf};
        msghdr msg {};
        msg.msg_name = &from;
        msg.msg_namelen = sizeof from;
        msg.msg_iov = &iov;
        msg.msg_iovlen = 1;
        const ssize_t n = ::recvmsg(m_fd, &msg, 0);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == ENOBUFS) {
                ++m_overflows;
                m_gapPending = true;
                Q_EMIT overflowed(0);
                continue;
            }
            break; // EAGAIN: drained
        }
        // Only the kernel (port 0) speaks on group 1; ignore anyone else.
        if (from.nl_pid != 0 || n == 0)
            continue;
        const QByteArray raw(buf, int(n));
        const UeventParse p = parsers::ueventMessage(raw);
        if (!p.ok())
            continue;
        UeventRecord r;
        r.msecsSinceEpoch = QDateTime::currentMSecsSinceEpoch();
        r.raw = raw;
        r.action = p.value(QStringLiteral("ACTION"));
        r.devpath = p.value(QStringLiteral("DEVPATH"));
        r.subsystem = p.value(QStringLiteral("SUBSYSTEM"));
        r.seqnum = p.value(QStringLiteral("SEQNUM")).toULongLong();
        if (m_gapPending && m_lastSeqnum && r.seqnum > m_lastSeqnum + 1) {
            // An upper bound: events for other network namespaces also
            // take sequence numbers.
            const quint64 gap = r.seqnum - m_lastSeqnum - 1;
            m_lost += gap;
            Q_EMIT overflowed(gap);
        }
        m_gapPending = false;
        if (r.seqnum)
            m_lastSeqnum = r.seqnum;
        ++m_events;
        m_bytes += quint64(n);
        batch.append(std::move(r));
    }
    if (!batch.isEmpty())
        Q_EMIT eventsArrived(batch);
}

} // namespace kc
