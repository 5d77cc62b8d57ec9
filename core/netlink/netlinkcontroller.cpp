// SPDX-License-Identifier: GPL-2.0-or-later
#include "netlinkcontroller.h"

#include "models/netlinkeventmodel.h"
#include "models/netlinksocketmodel.h"
#include "netlink/nldecoder.h"
#include "source/datasource.h"

#include <linux/genetlink.h>
#include <linux/rtnetlink.h>

namespace kc {

NetlinkController::NetlinkController(QObject *parent)
    : NetlinkController(DataSource::local(), parent)
{
}

NetlinkController::NetlinkController(std::shared_ptr<DataSource> source, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_sockets(new NetlinkSocketModel(this))
    , m_events(new NetlinkEventModel(this))
{
}

NetlinkController::~NetlinkController() = default;

void NetlinkController::readSockets(bool withPolicies)
{
    m_reading.runIfIdle(
        [withPolicies, source = m_source] {
            Snapshot s;
            s.sockets = source->netlinkSockets();
            s.families = source->genlFamilies(withPolicies);
            s.withPolicies = withPolicies;
            return s;
        },
        [this](const Snapshot &s) {
            ++m_reads;
            if (s.sockets.ok())
                m_sockets->setSockets(s.sockets, s.families);
            if (s.families.ok())
                nameGenlFamilies(s.families);
            Q_EMIT socketsRead(s);
        });
}

void NetlinkController::nameGenlFamilies(const GenlFamilyList &families)
{
    QHash<quint16, QString> names;
    for (const GenlFamily &f : families.families)
        names.insert(f.id, f.name);
    NlDecoder::setGenlFamilyNames(names);
}

void NetlinkController::listNamespaces()
{
    m_listing.run(
        [source = m_source] {
            QStringList names;
            for (const DirEntry &e : source->list(QStringLiteral("/run/netns")).entries) {
                if (e.kind == DirEntry::Kind::File)
                    names.append(e.name);
            }
            return names;
        },
                  [this](const QStringList &names) { Q_EMIT namespacesListed(names); });
}

void NetlinkController::appendEvents(const PackedEvents &batch)
{
    if (!m_paused) {
        m_events->appendPacked(batch);
        Q_EMIT messagesAdded();
    }
    Q_EMIT countsChanged();
}

void NetlinkController::watchGenlGroup(int group, bool on)
{
    if (on && !m_genlGroups.contains(group))
        m_genlGroups.append(group);
    else if (!on)
        m_genlGroups.removeAll(group);
    setStream(NETLINK_GENERIC, -1, !m_genlGroups.isEmpty());
    Q_EMIT genlGroupsChanged();
}

void NetlinkController::setStream(int protocol, int group, bool on)
{
    delete m_extra.take(protocol);
    if (!on) {
        Q_EMIT countsChanged();
        return;
    }
    NetlinkStream::Options options;
    options.groups = protocol == NETLINK_GENERIC ? m_genlGroups : QList<int>{group};
    options.netns = m_namespace;
    options.source = m_source;
    auto *stream = new NetlinkStream(protocol, options, this);
    connect(stream, &NetlinkStream::eventsArrived, this, &NetlinkController::appendEvents);
    connect(stream, &NetlinkStream::ended, this, &NetlinkController::failed);
    connect(stream, &NetlinkStream::overflowed, this, [this, protocol](quint64 lost) {
        m_events->appendGap(protocol, lost);
        Q_EMIT countsChanged();
    });
    if (!stream->start()) {
        Q_EMIT failed(stream->errorString());
        delete stream;
        return;
    }
    m_extra.insert(protocol, stream);
    Q_EMIT countsChanged();
}

void NetlinkController::setNamespace(const QString &nameOrPid)
{
    m_namespace = nameOrPid;
    // The extra streams follow the namespace too.
    const QList<int> extra = m_extra.keys();
    for (int protocol : extra)
        setStream(protocol, 1, true); // the generic socket keeps its groups
    delete m_route;
    NetlinkStream::Options options;
    options.groups = NetlinkMonitor::routeGroups();
    options.netns = nameOrPid;
    options.resyncDumps = NetlinkMonitor::routeResyncDumps();
    options.source = m_source;
    m_route = new NetlinkStream(NETLINK_ROUTE, options, this);
    // Rows from now on name interfaces as this namespace does.
    m_events->setInterfaceNames(m_route->interfaceNames());
    connect(m_route, &NetlinkStream::eventsArrived, this, &NetlinkController::appendEvents);
    connect(m_route, &NetlinkStream::overflowed, this, [this](quint64 lost) {
        m_events->appendGap(NETLINK_ROUTE, lost);
        Q_EMIT countsChanged();
    });
    connect(m_route, &NetlinkStream::dumpFailed, this, &NetlinkController::failed);
    connect(m_route, &NetlinkStream::ended, this, &NetlinkController::failed);
    if (m_route->start()) {
        Q_EMIT countsChanged();
        dumpState();
    } else {
        Q_EMIT failed(m_route->errorString());
    }
}

bool NetlinkController::isLocal() const
{
    return m_source == DataSource::local();
}

void NetlinkController::setSource(std::shared_ptr<DataSource> source)
{
    m_source = std::move(source);
    if (m_route)
        setNamespace(m_namespace);
}

void NetlinkController::dumpState()
{
    if (m_route)
        m_route->dumpState();
}

quint64 NetlinkController::messageCount() const
{
    quint64 messages = m_route ? m_route->messageCount() : 0;
    for (const NetlinkStream *s : std::as_const(m_extra))
        messages += s->messageCount();
    return messages;
}

quint64 NetlinkController::byteCount() const
{
    quint64 bytes = m_route ? m_route->byteCount() : 0;
    for (const NetlinkStream *s : std::as_const(m_extra))
        bytes += s->byteCount();
    return bytes;
}

quint64 NetlinkController::overflowCount() const
{
    return m_route ? m_route->overflowCount() : 0;
}

} // namespace kc
