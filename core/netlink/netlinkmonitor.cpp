// SPDX-License-Identifier: GPL-2.0-or-later
#include "netlinkmonitor.h"

#include "ifnamecache.h"

#include <netlink/netlink.h>
#include <netlink/socket.h>

#include <linux/cn_proc.h>
#include <linux/connector.h>
#include <linux/rtnetlink.h>
#include <linux/sock_diag.h>

#include <cerrno>
#include <fcntl.h>
#include <sched.h>
#include <unistd.h>
#include <cstring>
#include <utility>
#include <sys/socket.h>

namespace kc {

NetlinkMonitor::NetlinkMonitor(int protocol, QObject *parent)
    : NetlinkFeed(protocol, parent)
    , m_sock(nullptr, nl_socket_free)
    , m_loop(new NetlinkReadLoop(this))
{
    // The process connector says nothing until asked: every user of it
    // subscribes the same way.
    if (protocol == NETLINK_CONNECTOR)
        setSubscription(NLMSG_DONE, processConnectorListen());
}

void NetlinkMonitor::setCoalescing(int msec, int stormMsec)
{
    NetlinkFeed::setCoalescing(msec, stormMsec);
    m_loop->setCoalescing(msec, stormMsec);
}

NetlinkMonitor::~NetlinkMonitor()
{
    stop();
}

QList<int> NetlinkMonitor::routeGroups()
{
    return {RTNLGRP_LINK, RTNLGRP_NEIGH, RTNLGRP_IPV4_IFADDR, RTNLGRP_IPV4_ROUTE, RTNLGRP_IPV4_RULE,
            RTNLGRP_IPV6_IFADDR, RTNLGRP_IPV6_ROUTE, RTNLGRP_IPV6_RULE, RTNLGRP_IPV4_NETCONF,
            RTNLGRP_IPV6_NETCONF, RTNLGRP_NSID};
}

QList<int> NetlinkMonitor::routeGroupsNamed(const QString &name)
{
    if (name == QLatin1String("link"))
        return {RTNLGRP_LINK};
    if (name == QLatin1String("addr"))
        return {RTNLGRP_IPV4_IFADDR, RTNLGRP_IPV6_IFADDR};
    if (name == QLatin1String("route"))
        return {RTNLGRP_IPV4_ROUTE, RTNLGRP_IPV6_ROUTE};
    if (name == QLatin1String("neigh"))
        return {RTNLGRP_NEIGH};
    if (name == QLatin1String("rule"))
        return {RTNLGRP_IPV4_RULE, RTNLGRP_IPV6_RULE};
    if (name == QLatin1String("netconf"))
        return {RTNLGRP_IPV4_NETCONF, RTNLGRP_IPV6_NETCONF};
    if (name == QLatin1String("nsid"))
        return {RTNLGRP_NSID};
    return {};
}

QByteArray NetlinkMonitor::processConnectorListen()
{
    // A cn_msg addressed to the process connector, carrying the operation.
    cn_msg msg {};
    msg.id.idx = CN_IDX_PROC;
    msg.id.val = CN_VAL_PROC;
    const quint32 op = PROC_CN_MCAST_LISTEN;
    msg.len = sizeof op;
    QByteArray b(reinterpret_cast<const char *>(&msg), sizeof msg);
    b.append(reinterpret_cast<const char *>(&op), sizeof op);
    return b;
}

QString NetlinkMonitor::namespacePath(const QString &nameOrPid)
{
    bool isPid = false;
    nameOrPid.toInt(&isPid);
    if (isPid)
        return QStringLiteral("/proc/%1/ns/net").arg(nameOrPid);
    return QStringLiteral("/run/netns/") + nameOrPid;
}

bool NetlinkMonitor::start()
{
    if (m_sock)
        return true;
    // A socket belongs to the namespace it was created in: step into the
    // target just for socket(), then back.
    int home = -1;
    if (!m_netns.isEmpty()) {
        const QString path = namespacePath(m_netns);
        if (m_netns.contains(QLatin1Char('/')) || m_netns.startsWith(QLatin1Char('.'))) {
            m_error = tr("\"%1\" is not a namespace name or a process ID.").arg(m_netns);
            return false;
        }
        const int target = ::open(path.toLocal8Bit().constData(), O_RDONLY | O_CLOEXEC);
        if (target < 0) {
            m_error = tr("Cannot open the network namespace %1: %2.").arg(path, QString::fromLocal8Bit(strerror(errno)));
            return false;
        }
        home = ::open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
        if (home < 0 || ::setns(target, CLONE_NEWNET) != 0) {
            m_error = tr("Cannot enter the network namespace %1: %2 (this needs root).").arg(path, QString::fromLocal8Bit(strerror(errno)));
            ::close(target);
            if (home >= 0)
                ::close(home);
            return false;
        }
        ::close(target);
    }
    const bool ok = openSocket();
    // Names as this namespace has them; without, summaries show numbers.
    if (ok && m_names)
        m_names->loadLinks();
    if (home >= 0) {
        if (::setns(home, CLONE_NEWNET) != 0)
            qFatal("cannot return to our own network namespace: %s", strerror(errno));
        ::close(home);
    }
    return ok;
}

bool NetlinkMonitor::openSocket()
{
    m_sock.reset(nl_socket_alloc());
    if (!m_sock) {
        m_error = tr("Out of memory for a netlink socket.");
        return false;
    }
    // Notifications carry no sequence numbers of ours.
    nl_socket_disable_seq_check(m_sock.get());
    if (const int err = nl_connect(m_sock.get(), m_protocol); err < 0) {
        m_error = tr("Cannot open a netlink socket for protocol %1: %2.").arg(m_protocol).arg(QString::fromLocal8Bit(nl_geterror(err)));
        m_sock.reset();
        return false;
    }
    for (int g : std::as_const(m_groups)) {
        if (const int err = nl_socket_add_membership(m_sock.get(), g); err < 0) {
            m_error = tr("Cannot join netlink group %1: %2.").arg(g).arg(QString::fromLocal8Bit(nl_geterror(err)));
            m_sock.reset();
            return false;
        }
    }
    if (!m_subscribe.isEmpty()) {
        const int err = nl_send_simple(m_sock.get(), m_subscribeType, 0, m_subscribe.data(), size_t(m_subscribe.size()));
        if (err < 0) {
            m_error = tr("The kernel refused the subscription: %1.").arg(QString::fromLocal8Bit(nl_geterror(err)));
            m_sock.reset();
            return false;
        }
    }
    const int fd = nl_socket_get_fd(m_sock.get());
    if (::setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &m_rcvbuf, sizeof m_rcvbuf) != 0)
        ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &m_rcvbuf, sizeof m_rcvbuf);
    nl_socket_set_nonblocking(m_sock.get());
    NetlinkReadLoop::Handlers handlers;
    handlers.received = [this](const NetlinkReadLoop::Datagram &d) {
        if (d.size < 16 || d.senderPort != 0)
            return; // only the kernel's messages
        NetlinkEvent e;
        e.msecsSinceEpoch = d.msecsSinceEpoch;
        e.protocol = m_protocol;
        if (m_protocol != NETLINK_KOBJECT_UEVENT) // uevents have no netlink header
            std::memcpy(&e.firstType, d.data + 4, 2);
        e.raw = QByteArray(d.data, d.size);
        learnNames(e);
        if (m_dumping && (e.firstType == NLMSG_DONE || e.firstType == NLMSG_ERROR))
            m_dumpDone = true;
        m_messages.fetch_add(1, std::memory_order_relaxed);
        m_bytes.fetch_add(quint64(d.size), std::memory_order_relaxed);
        m_batch.append(std::move(e));
    };
    handlers.overflowed = [this] {
        m_overflows.fetch_add(1, std::memory_order_relaxed);
        m_overflowPending = true;
    };
    handlers.batchDone = [this] {
        if (!m_batch.isEmpty())
            Q_EMIT eventsArrived(std::exchange(m_batch, {}));
        // The kernel reports a loss once, at its first drop, and goes on
        // dropping until the queue is read: the count is taken once it is.
        if (m_overflowPending) {
            m_overflowPending = false;
            const quint64 drops = kernelDrops();
            const quint64 lost = drops - qMin(drops, m_lost.load(std::memory_order_relaxed));
            m_lost.store(drops, std::memory_order_relaxed);
            Q_EMIT overflowed(lost);
            dumpState(); // resync: the current state, after the gap
        }
        if (m_dumpDone) {
            m_dumpDone = false;
            m_dumping = false;
            nextDump();
        }
    };
    m_loop->start(fd, std::move(handlers));
    return true;
}

bool NetlinkMonitor::requestDump(quint16 type, int family)
{
    if (!m_sock)
        return false;
    // rtgenmsg: the family is all the request needs for a full dump.
    struct {
        unsigned char family;
        unsigned char pad[15];
    } req {};
    req.family = static_cast<unsigned char>(family);
    // ifinfomsg is 16 bytes, ifaddrmsg 8, rtmsg 12: send what the type expects.
    const size_t size = type == RTM_GETLINK ? 16 : type == RTM_GETADDR ? 8 : 12;
    const int err = nl_send_simple(m_sock.get(), type, NLM_F_REQUEST | NLM_F_DUMP, &req, size);
    if (err < 0) {
        m_error = tr("The dump request failed: %1.").arg(QString::fromLocal8Bit(nl_geterror(err)));
        return false;
    }
    return true;
}

quint64 NetlinkMonitor::kernelDrops() const
{
    if (!m_sock)
        return 0;
    quint32 info[SK_MEMINFO_VARS] = {};
    socklen_t size = sizeof info;
    if (::getsockopt(nl_socket_get_fd(m_sock.get()), SOL_SOCKET, SO_MEMINFO, info, &size) != 0 || size <= SK_MEMINFO_DROPS * sizeof(quint32))
        return m_lost.load(std::memory_order_relaxed);
    return info[SK_MEMINFO_DROPS];
}

QList<quint16> NetlinkMonitor::routeResyncDumps()
{
    return {RTM_GETLINK, RTM_GETADDR};
}

void NetlinkMonitor::dumpState()
{
    if (m_resyncTypes.isEmpty() || !m_pendingDumps.isEmpty() || m_dumping)
        return;
    m_pendingDumps = m_resyncTypes;
    nextDump();
}

void NetlinkMonitor::nextDump()
{
    if (m_pendingDumps.isEmpty())
        return;
    m_dumping = requestDump(m_pendingDumps.takeFirst());
    if (!m_dumping) {
        m_pendingDumps.clear();
        Q_EMIT dumpFailed(m_error);
    }
}

void NetlinkMonitor::drain()
{
    if (m_sock)
        m_loop->readNow();
}

void NetlinkMonitor::stop()
{
    m_loop->stop();
    m_sock.reset();
}

} // namespace kc
