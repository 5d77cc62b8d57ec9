// SPDX-License-Identifier: GPL-2.0-or-later
#include "netlinkstream.h"

#include "netlink/ifnamecache.h"
#include "netlink/netlinkreadloop.h"

#include <linux/netlink.h>

namespace kc {

namespace {

NetlinkFeed *makeFeed(int protocol, const NetlinkStream::Options &options, const std::shared_ptr<IfNameCache> &names)
{
    NetlinkFeed *feed = NetlinkFeed::make(options.source, protocol);
    feed->setGroups(options.groups);
    feed->setNetworkNamespace(options.netns);
    feed->setResyncDumps(options.resyncDumps);
    feed->setInterfaceNames(names);
    feed->setCoalescing(NetlinkReadLoop::ViewMs, NetlinkReadLoop::ViewStormMs);
    return feed;
}

} // namespace

NetlinkStream::NetlinkStream(int protocol, const Options &options, QObject *parent)
    : QObject(parent)
    , m_protocol(protocol)
    , m_names(protocol == NETLINK_ROUTE ? std::make_shared<IfNameCache>() : nullptr)
    , m_monitor(makeFeed(protocol, options, m_names))
    , m_thread(QStringLiteral("netlink-%1").arg(protocol), m_monitor, this)
{
    qRegisterMetaType<kc::PackedEvents>();
    // Packed where received; the signal crosses to our thread queued.
    connect(m_monitor, &NetlinkFeed::eventsArrived, m_monitor, [this](const QList<NetlinkEvent> &batch) {
        Q_EMIT eventsArrived(EventStore::pack(batch));
    });
    connect(m_monitor, &NetlinkFeed::overflowed, this, &NetlinkStream::overflowed);
    connect(m_monitor, &NetlinkFeed::dumpFailed, this, &NetlinkStream::dumpFailed);
    connect(m_monitor, &NetlinkFeed::ended, this, &NetlinkStream::ended);
}

quint64 NetlinkStream::messageCount() const
{
    return m_monitor->messageCount();
}

quint64 NetlinkStream::byteCount() const
{
    return m_monitor->byteCount();
}

quint64 NetlinkStream::overflowCount() const
{
    return m_monitor->overflowCount();
}

quint64 NetlinkStream::lostCount() const
{
    return m_monitor->lostCount();
}

NetlinkStream::~NetlinkStream()
{
    // Close the socket on its own thread before the thread ends.
    m_thread.call([m = m_monitor] { m->stop(); });
}

bool NetlinkStream::start()
{
    bool ok = false;
    QString error;
    m_thread.call([m = m_monitor, &ok, &error] {
        ok = m->start();
        error = m->errorString();
    });
    m_error = error;
    return ok;
}

bool NetlinkStream::requestDump(quint16 type, int family)
{
    bool ok = false;
    QString error;
    m_thread.call([m = m_monitor, type, family, &ok, &error] {
        ok = m->requestDump(type, family);
        error = m->errorString();
    });
    if (!ok)
        m_error = error;
    return ok;
}

void NetlinkStream::dumpState()
{
    m_thread.call([m = m_monitor] { m->dumpState(); });
}

} // namespace kc
