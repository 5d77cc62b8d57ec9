// SPDX-License-Identifier: GPL-2.0-or-later
#include "netlinknames.h"

#include "genlfamilies.h"
#include "procfs/procparsers.h"

namespace kc {

QString NetlinkNames::protocol(int protocol)
{
    return parsers::netlinkProtocolName(protocol);
}

QString NetlinkNames::protocolDescription(int protocol)
{
    switch (protocol) {
    case 0: return tr("Routing: links, addresses, routes, neighbours, rules, traffic control (ip, NetworkManager)");
    case 2: return tr("Reserved for user-space protocols between programs");
    case 3: return tr("Old IPv4 packet queueing to user space; removed from the kernel long ago");
    case 4: return tr("Socket monitoring: lists sockets of every family (ss)");
    case 5: return tr("Old netfilter packet logging; replaced by nfnetlink_log");
    case 6: return tr("IPsec: security associations and policies (ip xfrm)");
    case 7: return tr("SELinux policy and enforcement notifications");
    case 8: return tr("Open-iSCSI transport");
    case 9: return tr("Kernel audit: rules and audit records (auditd)");
    case 10: return tr("Routing table lookups on behalf of user space");
    case 11: return tr("Kernel connector: process events (fork, exec, exit) and a few drivers");
    case 12: return tr("Netfilter: connection tracking, nftables, queues and logs");
    case 13: return tr("Old IPv6 firewall queueing; removed");
    case 14: return tr("DECnet routing messages; removed");
    case 15: return tr("Device events (uevents): devices added, removed and changed");
    case 16: return tr("Generic netlink: a bus of named families (nl80211, taskstats, devlink ...)");
    case 18: return tr("SCSI transport events");
    case 19: return tr("eCryptfs key management");
    case 20: return tr("RDMA (InfiniBand) devices");
    case 21: return tr("Kernel crypto API configuration");
    case 22: return tr("SMC sockets monitoring");
    default: return {};
    }
}

QString NetlinkNames::group(int protocol, int group)
{
    if (protocol == 0) {
        // enum rtnetlink_groups in <linux/rtnetlink.h>; group numbers never change.
        static const char *const names[] = {
            "RTNLGRP_NONE", "RTNLGRP_LINK", "RTNLGRP_NOTIFY", "RTNLGRP_NEIGH", "RTNLGRP_TC", "RTNLGRP_IPV4_IFADDR",
            "RTNLGRP_IPV4_MROUTE", "RTNLGRP_IPV4_ROUTE", "RTNLGRP_IPV4_RULE", "RTNLGRP_IPV6_IFADDR", "RTNLGRP_IPV6_MROUTE",
            "RTNLGRP_IPV6_ROUTE", "RTNLGRP_IPV6_IFINFO", "RTNLGRP_DECnet_IFADDR", "RTNLGRP_NOP2", "RTNLGRP_DECnet_ROUTE",
            "RTNLGRP_DECnet_RULE", "RTNLGRP_NOP4", "RTNLGRP_IPV6_PREFIX", "RTNLGRP_IPV6_RULE", "RTNLGRP_ND_USEROPT",
            "RTNLGRP_PHONET_IFADDR", "RTNLGRP_PHONET_ROUTE", "RTNLGRP_DCB", "RTNLGRP_IPV4_NETCONF", "RTNLGRP_IPV6_NETCONF",
            "RTNLGRP_MDB", "RTNLGRP_MPLS_ROUTE", "RTNLGRP_NSID", "RTNLGRP_MPLS_NETCONF", "RTNLGRP_IPV4_MROUTE_R",
            "RTNLGRP_IPV6_MROUTE_R", "RTNLGRP_NEXTHOP", "RTNLGRP_BRVLAN", "RTNLGRP_MCTP_IFADDR", "RTNLGRP_TUNNEL",
            "RTNLGRP_STATS"};
        if (group >= 0 && group < int(sizeof(names) / sizeof(names[0])))
            return QString::fromLatin1(names[group]);
    }
    if (protocol == 15) {
        if (group == 1)
            return tr("kernel events");
        if (group == 2)
            return tr("udev events");
    }
    if (protocol == 11 && group == 1)
        return tr("CN_IDX_PROC (process events)");
    return QString::number(group);
}

QString NetlinkNames::group(int protocol, int group, const GenlFamilyList &families)
{
    if (protocol == 16) {
        const QString n = families.groupName(quint32(group));
        if (!n.isEmpty())
            return n;
    }
    return NetlinkNames::group(protocol, group);
}

} // namespace kc
