// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "io/async.h"
#include "netlink/genlfamilies.h"
#include "netlink/netlinksockets.h"
#include "netlink/netlinkstream.h"

#include <QList>
#include <QMap>
#include <QObject>

#include <memory>

namespace kc {

class DataSource;
class NetlinkEventModel;
class NetlinkSocketModel;

/// The netlink channel: the open sockets with their owners and the generic
/// families (read off the GUI thread into a model), and the live messages
/// of rtnetlink plus any other streams asked for (uevents, the process
/// connector, generic netlink groups), each on a thread of its own, in one
/// event model; after a lost burst the state is dumped again. Panes ask
/// it; they open no socket and read nothing themselves. GUI thread.
class NetlinkController : public QObject
{
    Q_OBJECT
public:
    struct Snapshot {
        NetlinkSocketList sockets;
        GenlFamilyList families;
        bool withPolicies = false;
    };
    /// A network namespace one can listen in: one named under /run/netns
    /// (key: its name) or one a process holds (key: its PID).
    struct Namespace {
        QString key;
        QString label;  // "blue (/run/netns)", "process 4242 (bash), net:[4026532…]"
        QString inode;  // "net:[4026532…]" for a process's, empty for a named one
        bool operator==(const Namespace &o) const { return key == o.key && label == o.label; }
    };

    explicit NetlinkController(QObject *parent = nullptr);
    /// Sockets, families and streams of the machine `source` reads: this
    /// kernel's, or an agent's machine's.
    NetlinkController(std::shared_ptr<DataSource> source, QObject *parent);
    ~NetlinkController() override;

    // Sockets and families.
    NetlinkSocketModel *sockets() const { return m_sockets; }
    /// Lists sockets and dumps the families (with their request policies
    /// when `withPolicies`, which costs more); skipped while one runs.
    void readSockets(bool withPolicies);
    bool isReadingSockets() const { return m_reading.isBusy(); }
    int socketReads() const { return m_reads; }
    /// Reads another machine (a reconnected agent): the streams are opened
    /// again there and the next read lists its sockets.
    void setSource(std::shared_ptr<DataSource> source);
    /// Whether the source is this machine's kernel, read directly.
    bool isLocal() const;
    /// The namespaces named under /run/netns and those held by processes
    /// (one process each, not ours), listed again at each call so that
    /// namespaces coming and going show; namespacesListed() brings them.
    void listNamespaces();
    /// Tells the decoder the names of generic netlink families, so that
    /// their live messages are named after them; for every listener to a
    /// genl stream (this controller after each read, kchan monitor).
    static void nameGenlFamilies(const GenlFamilyList &families);

    // Live messages.
    NetlinkEventModel *events() const { return m_events; }
    /// Listens in network namespace `nameOrPid` (empty: ours): the route
    /// stream and the extra ones are opened again there, and the state is
    /// dumped. The first call starts listening.
    void setNamespace(const QString &nameOrPid);
    QString currentNamespace() const { return m_namespace; }
    /// The route stream's multicast groups (RTNLGRP_LINK ...), as `kchan
    /// monitor route:link,addr` picks them; the stream is opened again with
    /// them. All of NetlinkMonitor::routeGroups() to begin with.
    void setRouteGroups(const QList<int> &groups);
    QList<int> routeGroups() const { return m_routeGroups; }
    /// Dumps links and addresses: the current state, as messages.
    void dumpState();
    /// Adds or removes one of the extra streams (uevents, connector, genl).
    void setStream(int protocol, int group, bool on);
    /// Joins or leaves a generic netlink multicast group (by id); every
    /// joined group shares one NETLINK_GENERIC socket.
    void watchGenlGroup(int group, bool on);
    QList<int> genlGroups() const { return m_genlGroups; }
    /// Paused, messages are counted but not added to the model.
    void setPaused(bool paused) { m_paused = paused; }
    /// Messages and bytes of every stream since listening began or the
    /// counts were reset, streams closed since (another namespace, other
    /// groups) included; overflows of the route stream (each followed by a
    /// new dump). Each message is a row of the table unless it came while
    /// paused (pausedCount()) or was dropped from the table.
    quint64 messageCount() const;
    quint64 byteCount() const;
    quint64 overflowCount() const;
    quint64 pausedCount() const { return m_pausedMessages; }
    /// Counts from zero again: the table was cleared.
    void resetCounts();

Q_SIGNALS:
    void socketsRead(const kc::NetlinkController::Snapshot &snapshot);
    void namespacesListed(const QList<kc::NetlinkController::Namespace> &namespaces);
    /// Messages were added to the model (not while paused).
    void messagesAdded();
    /// Counts changed: messages arrived, were lost, or a stream changed.
    void countsChanged();
    /// A stream could not be opened or a dump not asked for: why.
    void failed(const QString &reason);
    void genlGroupsChanged();

private:
    void appendEvents(const PackedEvents &batch);
    // Keeps the counts of a stream about to be closed.
    void retire(const NetlinkStream *stream);
    QString namespaceLabel() const;

    std::shared_ptr<DataSource> m_source;
    NetlinkSocketModel *m_sockets;
    NetlinkEventModel *m_events;
    Async<Snapshot> m_reading{this};
    Async<QList<Namespace>> m_listing{this};
    int m_reads = 0;
    NetlinkStream *m_route = nullptr;
    QMap<int, NetlinkStream *> m_extra; // by protocol
    QList<int> m_genlGroups;
    QString m_namespace;
    QList<int> m_routeGroups;
    bool m_paused = false;
    // Counts of closed streams, and the totals when the counts were reset.
    quint64 m_retiredMessages = 0;
    quint64 m_retiredBytes = 0;
    quint64 m_retiredOverflows = 0;
    quint64 m_baseMessages = 0;
    quint64 m_baseBytes = 0;
    quint64 m_baseOverflows = 0;
    quint64 m_pausedMessages = 0;
};

} // namespace kc

Q_DECLARE_METATYPE(kc::NetlinkController::Snapshot)
