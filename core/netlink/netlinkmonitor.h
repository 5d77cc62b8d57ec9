// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ifnamecache.h"
#include "netlinkreadloop.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

struct nl_sock;

namespace kc {

/// One netlink datagram as received: raw bytes and a timestamp; decoded on
/// demand with NlDecoder.
struct NetlinkEvent {
    qint64 msecsSinceEpoch = 0;
    int protocol = 0;
    quint16 firstType = 0; // type of the first message, for tables and filters
    QByteArray raw;
};

/// Listens to multicast groups of one netlink protocol with a libnl socket
/// read by NetlinkReadLoop. Counts messages, bytes and losses (ENOBUFS).
/// Runs on the thread that calls start(); NetlinkStream gives it its own.
class NetlinkMonitor : public QObject
{
    Q_OBJECT
public:
    explicit NetlinkMonitor(int protocol, QObject *parent = nullptr);
    ~NetlinkMonitor() override;

    /// Groups as numbers (RTNLGRP_LINK = 1 ...). Call before start().
    void setGroups(const QList<int> &groups) { m_groups = groups; }
    /// Receive buffer size in bytes; tiny values are for loss tests.
    void setReceiveBuffer(int bytes) { m_rcvbuf = bytes; }
    /// See NetlinkReadLoop::setCoalescing.
    void setCoalescing(int msec, int stormMsec = 0);
    /// Listen in another network namespace: a name from /run/netns, or a
    /// process ID whose namespace to follow (/proc/PID/ns/net). Needs
    /// CAP_SYS_ADMIN. Empty means our own. Call before start().
    void setNetworkNamespace(const QString &nameOrPid) { m_netns = nameOrPid; }
    /// A message to send once the socket is open, for protocols that must
    /// be asked before they speak (set for the process connector: LISTEN).
    void setSubscription(quint16 type, const QByteArray &payload)
    {
        m_subscribeType = type;
        m_subscribe = payload;
    }
    /// The process connector's subscription: cn_msg {CN_IDX_PROC,
    /// CN_VAL_PROC} carrying PROC_CN_MCAST_LISTEN.
    static QByteArray processConnectorListen();
    /// Interface names for the summaries of this stream's messages: filled
    /// at start() with a link dump in the namespace listened in, then from
    /// every link message received, before it is handed on. Call before
    /// start(); NETLINK_ROUTE only.
    void setInterfaceNames(std::shared_ptr<IfNameCache> names) { m_names = std::move(names); }
    /// The file behind setNetworkNamespace()'s argument.
    static QString namespacePath(const QString &nameOrPid);
    bool start();
    void stop();
    /// Reads and reports what the socket holds now (before quitting).
    void drain();
    QString errorString() const { return m_error; }
    int protocol() const { return m_protocol; }

    /// Asks the kernel for a dump (RTM_GETLINK, RTM_GETADDR ...) on this
    /// socket; the replies arrive as events like the notifications. One
    /// dump at a time: the kernel refuses a second while one runs.
    bool requestDump(quint16 type, int family = 0);
    /// Message types to dump one after another (each once the last one's
    /// NLMSG_DONE or NLMSG_ERROR has arrived) after every overflow, so the
    /// state lost with the messages is known again: links and addresses
    /// for a route monitor. Call before start().
    void setResyncDumps(const QList<quint16> &types) { m_resyncTypes = types; }
    /// Dumps the resync types now, unless a dump is under way.
    void dumpState();

    quint64 messageCount() const { return m_messages.load(std::memory_order_relaxed); }
    quint64 byteCount() const { return m_bytes.load(std::memory_order_relaxed); }
    quint64 overflowCount() const { return m_overflows.load(std::memory_order_relaxed); }
    /// Messages the kernel dropped for this socket, as the kernel counts
    /// them (SO_MEMINFO, SK_MEMINFO_DROPS), read after each loss.
    quint64 lostCount() const { return m_lost.load(std::memory_order_relaxed); }

    /// The rtnetlink groups a "route" monitor joins: links, addresses,
    /// routes, neighbours, rules, netconf, nsid, v4 and v6.
    static QList<int> routeGroups();
    /// The groups behind a short name: link, addr, route, neigh, rule,
    /// netconf, nsid (v4 and v6 where both exist); empty when unknown.
    static QList<int> routeGroupsNamed(const QString &name);
    /// What a route monitor dumps to know the state again after losing
    /// messages: links, then addresses.
    static QList<quint16> routeResyncDumps();

Q_SIGNALS:
    void eventsArrived(const QList<kc::NetlinkEvent> &batch);
    /// The receive buffer overflowed: `lost` messages were dropped since
    /// the last loss, by the kernel's count, taken once the queue was read
    /// after it. With resync dumps set, they follow at once.
    void overflowed(quint64 lost);
    /// A dump request failed; the sentence says why.
    void dumpFailed(const QString &error);

private:
    bool openSocket();
    void nextDump();
    /// The kernel's count of messages dropped for our socket.
    quint64 kernelDrops() const;

    int m_protocol;
    QList<int> m_groups;
    int m_rcvbuf = 4 * 1024 * 1024;
    QString m_netns;
    std::shared_ptr<IfNameCache> m_names;
    quint16 m_subscribeType = 0;
    QByteArray m_subscribe;
    std::unique_ptr<nl_sock, void (*)(nl_sock *)> m_sock;
    NetlinkReadLoop *m_loop;
    QList<NetlinkEvent> m_batch; // filled by one read of the loop
    QList<quint16> m_resyncTypes;
    QList<quint16> m_pendingDumps;
    bool m_dumping = false;
    bool m_dumpDone = false; // the dump's end arrived in this read
    bool m_overflowPending = false; // a loss was reported in this read
    QString m_error;
    // Read from other threads when the monitor runs in a NetlinkStream.
    std::atomic<quint64> m_messages {0};
    std::atomic<quint64> m_bytes {0};
    std::atomic<quint64> m_overflows {0};
    std::atomic<quint64> m_lost {0};
};

} // namespace kc

Q_DECLARE_METATYPE(kc::NetlinkEvent)
