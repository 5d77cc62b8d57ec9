// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "eventstore.h"
#include "io/workerthread.h"

#include <QObject>

#include <memory>

namespace kc {

class DataSource;
class IfNameCache;
class NetlinkFeed;

/// A netlink feed on a thread of its own: receiving and packing
/// (EventStore::pack) happen there, and the packed batches arrive on the
/// thread that made the stream, so a burst costs the GUI thread only the
/// insertion of its rows.
class NetlinkStream : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QList<int> groups;
        QString netns; // see NetlinkMonitor::setNetworkNamespace
        QList<quint16> resyncDumps; // see NetlinkMonitor::setResyncDumps
        /// The machine to listen on: null or the local source for this
        /// kernel (a NetlinkMonitor), an agent's for its machine.
        std::shared_ptr<DataSource> source;
    };

    NetlinkStream(int protocol, const Options &options, QObject *parent = nullptr);
    ~NetlinkStream() override;

    /// Opens the socket on the stream's thread and waits for the outcome.
    bool start();
    /// As NetlinkMonitor::requestDump, on the stream's thread.
    bool requestDump(quint16 type, int family = 0);
    /// As NetlinkMonitor::dumpState, on the stream's thread.
    void dumpState();
    QString errorString() const { return m_error; }
    int protocol() const { return m_protocol; }

    /// The interface names of the namespace listened in, as the stream's
    /// thread learns them (NETLINK_ROUTE; null for other protocols): for
    /// decoding the stream's messages.
    std::shared_ptr<const IfNameCache> interfaceNames() const { return m_names; }

    quint64 messageCount() const;
    quint64 byteCount() const;
    quint64 overflowCount() const;
    quint64 lostCount() const;

Q_SIGNALS:
    void eventsArrived(const kc::PackedEvents &batch);
    /// The receive buffer overflowed: messages were lost (and dumped again
    /// with Options::resyncDumps).
    void overflowed(quint64 lost);
    void dumpFailed(const QString &error);
    /// The feed stopped for good (its agent was lost): why.
    void ended(const QString &reason);

private:
    int m_protocol;
    std::shared_ptr<IfNameCache> m_names;
    NetlinkFeed *m_monitor;
    WorkerThread m_thread;
    QString m_error;
};

} // namespace kc
