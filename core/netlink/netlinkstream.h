// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "eventstore.h"
#include "io/workerthread.h"

#include <QObject>

#include <memory>

namespace kc {

/// A NetlinkMonitor on a thread of its own: receiving and packing
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

    quint64 messageCount() const { return m_monitor->messageCount(); }
    quint64 byteCount() const { return m_monitor->byteCount(); }
    quint64 overflowCount() const { return m_monitor->overflowCount(); }
    quint64 lostCount() const { return m_monitor->lostCount(); }

Q_SIGNALS:
    void eventsArrived(const kc::PackedEvents &batch);
    /// The receive buffer overflowed: messages were lost (and dumped again
    /// with Options::resyncDumps).
    void overflowed(quint64 lost);
    void dumpFailed(const QString &error);

private:
    int m_protocol;
    NetlinkMonitor *m_monitor;
    std::shared_ptr<IfNameCache> m_names;
    WorkerThread m_thread;
    QString m_error;
};

} // namespace kc
