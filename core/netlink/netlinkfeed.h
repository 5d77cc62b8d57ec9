// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

namespace kc {

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
/// (AgentNetlinkFeed). Listeners see the same signals either way, on the
/// thread the feed lives in.
class NetlinkFeed : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

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

    virtual quint64 messageCount() const = 0;
    virtual quint64 byteCount() const = 0;
    virtual quint64 overflowCount() const = 0;
    /// Messages the kernel dropped for the socket, by its own count.
    virtual quint64 lostCount() const = 0;

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
};

} // namespace kc

Q_DECLARE_METATYPE(kc::NetlinkEvent)
