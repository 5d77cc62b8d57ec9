// SPDX-License-Identifier: GPL-2.0-or-later
#include "ueventmonitor.h"

#include "deviceparsers.h"
#include "netlink/netlinkfeed.h"

#include <cerrno>
#include <cstring>
#include <utility>
#include <linux/netlink.h>
#include <sys/socket.h>
#include <unistd.h>

namespace kc {

UeventMonitor::UeventMonitor(QObject *parent)
    : QObject(parent)
    , m_loop(new NetlinkReadLoop(this))
{
}

UeventMonitor::~UeventMonitor()
{
    stop();
}

void UeventMonitor::setFeed(NetlinkFeed *feed)
{
    m_feed = feed;
    m_feed->setParent(this); // moves to our thread with us
}

bool UeventMonitor::start()
{
    if (m_fd >= 0 || m_feedRunning)
        return true;
    if (m_feed) {
        // The same handling as our own socket's, datagram by datagram.
        connect(m_feed, &NetlinkFeed::eventsArrived, this, [this](const QList<NetlinkEvent> &batch) {
            for (const NetlinkEvent &e : batch)
                received(NetlinkReadLoop::Datagram{e.raw.constData(), int(e.raw.size()), 0, e.msecsSinceEpoch});
            if (!m_batch.isEmpty())
                Q_EMIT eventsArrived(std::exchange(m_batch, {}));
        });
        connect(m_feed, &NetlinkFeed::overflowed, this, [this] {
            m_overflows.fetch_add(1, std::memory_order_relaxed);
            m_gapPending = true;
            Q_EMIT overflowed(0);
        });
        connect(m_feed, &NetlinkFeed::ended, this, [this](const QString &reason) {
            m_error = reason;
            m_feedRunning = false;
        });
        m_feedRunning = m_feed->start();
        if (!m_feedRunning)
            m_error = m_feed->errorString();
        return m_feedRunning;
    }
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
    NetlinkReadLoop::Handlers handlers;
    handlers.received = [this](const NetlinkReadLoop::Datagram &d) { received(d); };
    handlers.overflowed = [this] {
        m_overflows.fetch_add(1, std::memory_order_relaxed);
        m_gapPending = true;
        Q_EMIT overflowed(0);
    };
    handlers.batchDone = [this] {
        if (!m_batch.isEmpty())
            Q_EMIT eventsArrived(std::exchange(m_batch, {}));
    };
    m_loop->start(m_fd, std::move(handlers));
    return true;
}

void UeventMonitor::stop()
{
    if (m_feed)
        m_feed->stop();
    m_feedRunning = false;
    m_loop->stop();
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

void UeventMonitor::received(const NetlinkReadLoop::Datagram &d)
{
    // Only the kernel (port 0) speaks on group 1; ignore anyone else.
    if (d.senderPort != 0 || d.size <= 0)
        return;
    const QByteArrayView raw(d.data, d.size);
    parsers::UeventHeader h;
    if (!parsers::ueventHeader(raw, h))
        return;
    if (m_gapPending && m_lastSeqnum && h.seqnum > m_lastSeqnum + 1) {
        // An upper bound: events for other network namespaces also take
        // sequence numbers.
        const quint64 gap = h.seqnum - m_lastSeqnum - 1;
        m_lost.fetch_add(gap, std::memory_order_relaxed);
        Q_EMIT overflowed(gap);
    }
    m_gapPending = false;
    if (h.seqnum)
        m_lastSeqnum = h.seqnum;
    m_events.fetch_add(1, std::memory_order_relaxed);
    m_bytes.fetch_add(quint64(d.size), std::memory_order_relaxed);
    if (!m_subsystems.isEmpty() && !m_subsystems.contains(h.subsystem))
        return; // dropped before anything is copied
    UeventRecord r;
    r.msecsSinceEpoch = d.msecsSinceEpoch;
    r.raw = raw.toByteArray();
    r.action = QString::fromUtf8(h.action);
    r.devpath = QString::fromUtf8(h.devpath);
    r.subsystem = QString::fromUtf8(h.subsystem);
    r.seqnum = h.seqnum;
    m_batch.append(std::move(r));
}

} // namespace kc
