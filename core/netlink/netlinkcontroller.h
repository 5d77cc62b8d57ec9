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
    /// Names under /run/netns; namespacesListed() brings them.
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
    /// Messages and bytes of every stream so far; overflows of the route
    /// stream (each followed by a new dump).
    quint64 messageCount() const;
    quint64 byteCount() const;
    quint64 overflowCount() const;

Q_SIGNALS:
    void socketsRead(const kc::NetlinkController::Snapshot &snapshot);
    void namespacesListed(const QStringList &names);
    /// Messages were added to the model (not while paused).
    void messagesAdded();
    /// Counts changed: messages arrived, were lost, or a stream changed.
    void countsChanged();
    /// A stream could not be opened or a dump not asked for: why.
    void failed(const QString &reason);
    void genlGroupsChanged();

private:
    void appendEvents(const PackedEvents &batch);

    std::shared_ptr<DataSource> m_source;
    NetlinkSocketModel *m_sockets;
    NetlinkEventModel *m_events;
    Async<Snapshot> m_reading{this};
    Async<QStringList> m_listing{this};
    int m_reads = 0;
    NetlinkStream *m_route = nullptr;
    QMap<int, NetlinkStream *> m_extra; // by protocol
    QList<int> m_genlGroups;
    QString m_namespace;
    bool m_paused = false;
};

} // namespace kc

Q_DECLARE_METATYPE(kc::NetlinkController::Snapshot)
