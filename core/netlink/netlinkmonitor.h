// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "netlinkfeed.h"
#include "netlinkreadloop.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

struct nl_sock;

namespace kc {

/// Listens to multicast groups of one netlink protocol with a libnl socket
/// read by NetlinkReadLoop. Counts messages, bytes and losses (ENOBUFS).
/// Runs on the thread that calls start(); NetlinkStream gives it its own.
class NetlinkMonitor : public NetlinkFeed
{
    Q_OBJECT
public:
    explicit NetlinkMonitor(int protocol, QObject *parent = nullptr);
    ~NetlinkMonitor() override;

    /// Receive buffer size in bytes; tiny values are for loss tests.
    void setReceiveBuffer(int bytes) { m_rcvbuf = bytes; }
    /// See NetlinkReadLoop::setCoalescing.
    void setCoalescing(int msec, int stormMsec = 0) override;
    /// Paused, the socket is not read: the kernel's buffer holds what
    /// arrives, and a loss is counted when it overflows.
    void setPaused(bool paused) { m_loop->setPaused(paused); }
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
    /// The file behind setNetworkNamespace()'s argument.
    static QString namespacePath(const QString &nameOrPid);
    bool start() override;
    void stop() override;
    /// Reads and reports what the socket holds now (before quitting).
    void drain() override;
    QString errorString() const override { return m_error; }

    /// Asks the kernel for a dump (RTM_GETLINK, RTM_GETADDR ...) on this
    /// socket; the replies arrive as events like the notifications. One
    /// dump at a time: the kernel refuses a second while one runs.
    bool requestDump(quint16 type, int family = 0) override;
    /// Dumps the resync types now, unless a dump is under way.
    void dumpState() override;

    /// The rtnetlink groups a "route" monitor joins: links, addresses,
    /// routes, neighbours, rules, netconf, nsid, v4 and v6.
    static QList<int> routeGroups();
    /// The groups behind a short name: link, addr, route, neigh, rule,
    /// netconf, nsid (v4 and v6 where both exist); empty when unknown.
    static QList<int> routeGroupsNamed(const QString &name);
    /// What a route monitor dumps to know the state again after losing
    /// messages: links, then addresses.
    static QList<quint16> routeResyncDumps();

private:
    bool openSocket();
    void nextDump();
    /// The kernel's count of messages dropped for our socket.
    quint64 kernelDrops() const;

    int m_rcvbuf = 4 * 1024 * 1024;
    quint16 m_subscribeType = 0;
    QByteArray m_subscribe;
    std::unique_ptr<nl_sock, void (*)(nl_sock *)> m_sock;
    NetlinkReadLoop *m_loop;
    QList<NetlinkEvent> m_batch; // filled by one read of the loop
    QList<quint16> m_pendingDumps;
    bool m_dumping = false;
    bool m_dumpDone = false; // the dump's end arrived in this read
    bool m_overflowPending = false; // a loss was reported in this read
    QString m_error;
};

} // namespace kc
