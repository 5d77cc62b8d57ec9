// SPDX-License-Identifier: GPL-2.0-or-later
#include "netlinknames.h"

#include "genlfamilies.h"

#include <linux/connector.h>
#include <linux/netlink.h>

namespace kc {

QString NetlinkNames::protocol(int protocol)
{
#define P(name) \
    case name: return QStringLiteral(#name)
    switch (protocol) {
    P(NETLINK_ROUTE);
    P(NETLINK_UNUSED);
    P(NETLINK_USERSOCK);
    P(NETLINK_FIREWALL);
    P(NETLINK_SOCK_DIAG);
    P(NETLINK_NFLOG);
    P(NETLINK_XFRM);
    P(NETLINK_SELINUX);
    P(NETLINK_ISCSI);
    P(NETLINK_AUDIT);
    P(NETLINK_FIB_LOOKUP);
    P(NETLINK_CONNECTOR);
    P(NETLINK_NETFILTER);
    P(NETLINK_IP6_FW);
    P(NETLINK_DNRTMSG);
    P(NETLINK_KOBJECT_UEVENT);
    P(NETLINK_GENERIC);
    P(NETLINK_SCSITRANSPORT);
    P(NETLINK_ECRYPTFS);
    P(NETLINK_RDMA);
    P(NETLINK_CRYPTO);
    P(NETLINK_SMC);
    default: return {};
    }
#undef P
}

QString NetlinkNames::protocolDescription(int protocol)
{
    switch (protocol) {
    case NETLINK_ROUTE: return tr("Routing: links, addresses, routes, neighbours, rules, traffic control (ip, NetworkManager)");
    case NETLINK_USERSOCK: return tr("Reserved for user-space protocols between programs");
    case NETLINK_FIREWALL: return tr("Old IPv4 packet queueing to user space; removed from the kernel long ago");
    case NETLINK_SOCK_DIAG: return tr("Socket monitoring: lists sockets of every family (ss)");
    case NETLINK_NFLOG: return tr("Old netfilter packet logging; replaced by nfnetlink_log");
    case NETLINK_XFRM: return tr("IPsec: security associations and policies (ip xfrm)");
    case NETLINK_SELINUX: return tr("SELinux policy and enforcement notifications");
    case NETLINK_ISCSI: return tr("Open-iSCSI transport");
    case NETLINK_AUDIT: return tr("Kernel audit: rules and audit records (auditd)");
    case NETLINK_FIB_LOOKUP: return tr("Routing table lookups on behalf of user space");
    case NETLINK_CONNECTOR: return tr("Kernel connector: process events (fork, exec, exit) and a few drivers");
    case NETLINK_NETFILTER: return tr("Netfilter: connection tracking, nftables, queues and logs");
    case NETLINK_IP6_FW: return tr("Old IPv6 firewall queueing; removed");
    case NETLINK_DNRTMSG: return tr("DECnet routing messages; removed");
    case NETLINK_KOBJECT_UEVENT: return tr("Device events (uevents): devices added, removed and changed");
    case NETLINK_GENERIC: return tr("Generic netlink: a bus of named families (nl80211, taskstats, devlink ...)");
    case NETLINK_SCSITRANSPORT: return tr("SCSI transport events");
    case NETLINK_ECRYPTFS: return tr("eCryptfs key management");
    case NETLINK_RDMA: return tr("RDMA (InfiniBand) devices");
    case NETLINK_CRYPTO: return tr("Kernel crypto API configuration");
    case NETLINK_SMC: return tr("SMC sockets monitoring");
    default: return {};
    }
}

QString NetlinkNames::group(int protocol, int group)
{
    if (protocol == NETLINK_ROUTE) {
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
    if (protocol == NETLINK_KOBJECT_UEVENT) {
        // No uapi names: the kernel sends to group 1, udev re-sends to 2.
        if (group == 1)
            return tr("kernel events");
        if (group == 2)
            return tr("udev events");
    }
    if (protocol == NETLINK_CONNECTOR && group == CN_IDX_PROC)
        return tr("CN_IDX_PROC (process events)");
    return QString::number(group);
}

QString NetlinkNames::group(int protocol, int group, const GenlFamilyList &families)
{
    if (protocol == NETLINK_GENERIC) {
        const QString n = families.groupName(quint32(group));
        if (!n.isEmpty())
            return n;
    }
    return NetlinkNames::group(protocol, group);
}

} // namespace kc
