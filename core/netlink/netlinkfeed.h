// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace kc {

class DataSource;
class IfNameCache;

/// One netlink datagram as received: raw bytes and a timestamp; decoded on
/// demand with NlDecoder.
struct NetlinkEvent {
    qint64 msecsSinceEpoch = 0;
    int protocol = 0;
    quint16 firstType = 0; // type of the first message, for tables and filters
    QByteArray raw;
};

/// Where the datagrams of one netlink subscription come from: a socket on
/// this kernel (NetlinkMonitor) or one an agent holds on another machine
/// (AgentNetlinkFeed). Listeners see the same signals and counters either
/// way, on the thread the feed lives in.
class NetlinkFeed : public QObject
{
    Q_OBJECT
public:
    explicit NetlinkFeed(int protocol, QObject *parent = nullptr);
    ~NetlinkFeed() override;

    /// The feed of `protocol` on the machine `source` reads: an agent's
    /// socket there, or a NetlinkMonitor on this kernel when the source is
    /// the local one or null. Not started.
    static NetlinkFeed *make(const std::shared_ptr<DataSource> &source, int protocol, QObject *parent = nullptr);

    int protocol() const { return m_protocol; }

    // The subscription; call before start().
    /// Groups as numbers (RTNLGRP_LINK = 1 ...).
    void setGroups(const QList<int> &groups) { m_groups = groups; }
    /// Listen in another network namespace: a name from /run/netns, or a
    /// process ID whose namespace to follow (/proc/PID/ns/net). Needs
    /// CAP_SYS_ADMIN. Empty means our own.
    void setNetworkNamespace(const QString &nameOrPid) { m_netns = nameOrPid; }
    /// Message types to dump one after another (each once the last one's
    /// NLMSG_DONE or NLMSG_ERROR has arrived) after every overflow, so the
    /// state lost with the messages is known again: links and addresses
    /// for a route monitor.
    void setResyncDumps(const QList<quint16> &types) { m_resyncTypes = types; }
    /// Interface names for the summaries of the feed's messages: filled at
    /// start() with the links of the namespace listened in, then from
    /// every link message received, before it is handed on. NETLINK_ROUTE
    /// only.
    void setInterfaceNames(std::shared_ptr<IfNameCache> names);
    /// How long to gather a batch, and in a storm (NetlinkReadLoop).
    virtual void setCoalescing(int msec, int stormMsec = 0);

    /// Opens the subscription; false with errorString() when it cannot.
    virtual bool start() = 0;
    virtual void stop() = 0;
    /// Reports what has been received and not yet reported (before quitting).
    virtual void drain() = 0;
    virtual QString errorString() const = 0;
    /// Asks for a dump (RTM_GETLINK ...) on the subscription's socket; the
    /// replies arrive as events.
    virtual bool requestDump(quint16 type, int family = 0) = 0;
    /// Dumps the resync types now, unless a dump is under way.
    virtual void dumpState() = 0;

    // Read from any thread.
    quint64 messageCount() const { return m_messages.load(std::memory_order_relaxed); }
    quint64 byteCount() const { return m_bytes.load(std::memory_order_relaxed); }
    quint64 overflowCount() const { return m_overflows.load(std::memory_order_relaxed); }
    /// Messages the kernel dropped for the socket, by its own count.
    quint64 lostCount() const { return m_lost.load(std::memory_order_relaxed); }

Q_SIGNALS:
    void eventsArrived(const QList<kc::NetlinkEvent> &batch);
    /// The receive buffer overflowed: `lost` messages were dropped since
    /// the last loss, by the kernel's count, taken once the queue was read
    /// after it. With resync dumps set, they follow at once.
    void overflowed(quint64 lost);
    /// A dump request failed; the sentence says why.
    void dumpFailed(const QString &error);
    /// The feed stopped for good (its agent was lost): why.
    void ended(const QString &reason);

protected:
    /// Learns the interface names a received datagram carries.
    void learnNames(const NetlinkEvent &event);

    const int m_protocol;
    QList<int> m_groups;
    QString m_netns;
    QList<quint16> m_resyncTypes;
    std::shared_ptr<IfNameCache> m_names;
    int m_paceMs = 20;
    int m_stormMs = 250;
    std::atomic<quint64> m_messages {0};
    std::atomic<quint64> m_bytes {0};
    std::atomic<quint64> m_overflows {0};
    std::atomic<quint64> m_lost {0};
};

} // namespace kc

Q_DECLARE_METATYPE(kc::NetlinkEvent)
