// SPDX-License-Identifier: GPL-2.0-or-later
#include "netlinkcontroller.h"

#include "models/netlinkeventmodel.h"
#include "models/netlinksocketmodel.h"
#include "netlink/nldecoder.h"
#include "source/datasource.h"

#include <QSet>

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
    , m_routeGroups(NetlinkMonitor::routeGroups())
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
            QList<Namespace> found;
            for (const DirEntry &e : source->list(QStringLiteral("/run/netns")).entries) {
                if (e.kind == DirEntry::Kind::File)
                    found.append({e.name, tr("%1 (ip netns)").arg(e.name), QString()});
            }
            // A namespace made by unshare or a container has no name: the
            // first process holding it stands for it. Other users'
            // processes' links can be read by root only.
            QSet<QString> seen{source->readLink(QStringLiteral("/proc/self/ns/net"))};
            QString error;
            for (const ProcessInfo &p : source->processes(&error)) {
                if (p.kernelThread)
                    continue;
                const QString ns = source->readLink(QStringLiteral("/proc/%1/ns/net").arg(p.pid));
                if (ns.isEmpty() || seen.contains(ns))
                    continue;
                seen.insert(ns);
                found.append({QString::number(p.pid), tr("process %1 (%2), %3").arg(p.pid).arg(p.comm, ns), ns});
            }
            return found;
        },
        [this](const QList<Namespace> &found) { Q_EMIT namespacesListed(found); });
}

void NetlinkController::appendEvents(const PackedEvents &batch)
{
    if (!m_paused) {
        m_events->appendPacked(batch);
        Q_EMIT messagesAdded();
    } else {
        m_pausedMessages += quint64(batch.entries.size());
    }
    Q_EMIT countsChanged();
}

void NetlinkController::retire(const NetlinkStream *stream)
{
    if (!stream)
        return;
    m_retiredMessages += stream->messageCount();
    m_retiredBytes += stream->byteCount();
    if (stream == m_route)
        m_retiredOverflows += stream->overflowCount();
}

void NetlinkController::resetCounts()
{
    m_baseMessages += messageCount();
    m_baseBytes += byteCount();
    m_baseOverflows += overflowCount();
    m_pausedMessages = 0;
    Q_EMIT countsChanged();
}

QString NetlinkController::namespaceLabel() const
{
    if (m_namespace.isEmpty())
        return tr("ours");
    bool pid = false;
    m_namespace.toInt(&pid);
    return pid ? tr("process %1's").arg(m_namespace) : m_namespace;
}

void NetlinkController::setRouteGroups(const QList<int> &groups)
{
    m_routeGroups = groups;
    if (m_route)
        setNamespace(m_namespace);
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
    NetlinkStream *old = m_extra.take(protocol);
    retire(old);
    delete old;
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
    retire(m_route);
    delete m_route;
    m_route = nullptr;
    // Rows from now on are marked with the namespace they came from.
    m_events->setNamespaceLabel(namespaceLabel());
    NetlinkStream::Options options;
    options.groups = m_routeGroups;
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
    quint64 messages = m_retiredMessages + (m_route ? m_route->messageCount() : 0);
    for (const NetlinkStream *s : std::as_const(m_extra))
        messages += s->messageCount();
    return messages - m_baseMessages;
}

quint64 NetlinkController::byteCount() const
{
    quint64 bytes = m_retiredBytes + (m_route ? m_route->byteCount() : 0);
    for (const NetlinkStream *s : std::as_const(m_extra))
        bytes += s->byteCount();
    return bytes - m_baseBytes;
}

quint64 NetlinkController::overflowCount() const
{
    return m_retiredOverflows + (m_route ? m_route->overflowCount() : 0) - m_baseOverflows;
}

} // namespace kc
