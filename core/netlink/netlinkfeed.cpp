// SPDX-License-Identifier: GPL-2.0-or-later
#include "netlinkfeed.h"

#include "netlink/ifnamecache.h"
#include "netlink/netlinkmonitor.h"
#include "source/agentnetlink.h"
#include "source/agentsource.h"

#include <linux/netlink.h>
#include <linux/rtnetlink.h>

namespace kc {

NetlinkFeed::NetlinkFeed(int protocol, QObject *parent)
    : QObject(parent)
    , m_protocol(protocol)
{
}

NetlinkFeed::~NetlinkFeed() = default;

NetlinkFeed *NetlinkFeed::make(const std::shared_ptr<DataSource> &source, int protocol, QObject *parent)
{
    if (auto agent = std::dynamic_pointer_cast<AgentSource>(source))
        return new AgentNetlinkFeed(std::move(agent), protocol, parent);
    return new NetlinkMonitor(protocol, parent);
}

void NetlinkFeed::setInterfaceNames(std::shared_ptr<IfNameCache> names)
{
    if (m_protocol == NETLINK_ROUTE)
        m_names = std::move(names);
}

void NetlinkFeed::setCoalescing(int msec, int stormMsec)
{
    m_paceMs = msec;
    m_stormMs = stormMsec;
}

void NetlinkFeed::learnNames(const NetlinkEvent &event)
{
    if (m_names && (event.firstType == RTM_NEWLINK || event.firstType == RTM_DELLINK))
        m_names->learn(m_protocol, event.raw);
}

} // namespace kc
