// SPDX-License-Identifier: GPL-2.0-or-later
#include "netlinkstream.h"

#include <linux/netlink.h>

namespace kc {

NetlinkStream::NetlinkStream(int protocol, const Options &options, QObject *parent)
    : QObject(parent)
    , m_protocol(protocol)
    , m_monitor(new NetlinkMonitor(protocol))
    , m_thread(QStringLiteral("netlink-%1").arg(protocol), m_monitor, this)
{
    qRegisterMetaType<kc::PackedEvents>();
    m_monitor->setGroups(options.groups);
    m_monitor->setNetworkNamespace(options.netns);
    m_monitor->setResyncDumps(options.resyncDumps);
    if (protocol == NETLINK_ROUTE) {
        m_names = std::make_shared<IfNameCache>();
        m_monitor->setInterfaceNames(m_names);
    }
    m_monitor->setCoalescing(NetlinkReadLoop::ViewMs, NetlinkReadLoop::ViewStormMs);
    // Packed where received; the signal crosses to our thread queued.
    connect(m_monitor, &NetlinkMonitor::eventsArrived, m_monitor, [this](const QList<NetlinkEvent> &batch) {
        Q_EMIT eventsArrived(EventStore::pack(batch));
    });
    connect(m_monitor, &NetlinkMonitor::overflowed, this, &NetlinkStream::overflowed);
    connect(m_monitor, &NetlinkMonitor::dumpFailed, this, &NetlinkStream::dumpFailed);
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
