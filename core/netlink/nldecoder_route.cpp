// SPDX-License-Identifier: GPL-2.0-or-later
// rtnetlink (NETLINK_ROUTE): links, addresses, routes, neighbours, rules,
// netconf and namespace ids. Numbers people meet (types, scopes, states,
// protocols, flags) are named from the uapi headers' own macros, and each
// message gets one line in the words `ip monitor` uses.
#include "ifnamecache.h"
#include "nldecodeutil.h"

#include <QStringList>
#include <QtEndian>

#include <linux/fib_rules.h>
#include <linux/icmpv6.h>
#include <linux/if.h>
#include <linux/if_addr.h>
#include <linux/if_arp.h>
#include <linux/if_link.h>
#include <linux/lwtunnel.h>
#include <linux/neighbour.h>
#include <linux/net_namespace.h>
#include <linux/netconf.h>
#include <linux/rtnetlink.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace kc::nldecode {

namespace {

// --- names of numbers ------------------------------------------------------

QString linkType(qint64 v, int)
{
    static const NameTable names(
        {KC_VALUE("ARPHRD_", ARPHRD_NETROM), KC_VALUE("ARPHRD_", ARPHRD_ETHER), KC_VALUE("ARPHRD_", ARPHRD_EETHER),
         KC_VALUE("ARPHRD_", ARPHRD_AX25), KC_VALUE("ARPHRD_", ARPHRD_PRONET), KC_VALUE("ARPHRD_", ARPHRD_CHAOS),
         KC_VALUE("ARPHRD_", ARPHRD_IEEE802), KC_VALUE("ARPHRD_", ARPHRD_ARCNET), KC_VALUE("ARPHRD_", ARPHRD_APPLETLK),
         KC_VALUE("ARPHRD_", ARPHRD_DLCI), KC_VALUE("ARPHRD_", ARPHRD_ATM), KC_VALUE("ARPHRD_", ARPHRD_METRICOM),
         KC_VALUE("ARPHRD_", ARPHRD_IEEE1394), KC_VALUE("ARPHRD_", ARPHRD_EUI64), KC_VALUE("ARPHRD_", ARPHRD_INFINIBAND),
         KC_VALUE("ARPHRD_", ARPHRD_SLIP), KC_VALUE("ARPHRD_", ARPHRD_CSLIP), KC_VALUE("ARPHRD_", ARPHRD_SLIP6),
         KC_VALUE("ARPHRD_", ARPHRD_CSLIP6), KC_VALUE("ARPHRD_", ARPHRD_RSRVD), KC_VALUE("ARPHRD_", ARPHRD_ADAPT),
         KC_VALUE("ARPHRD_", ARPHRD_ROSE), KC_VALUE("ARPHRD_", ARPHRD_X25), KC_VALUE("ARPHRD_", ARPHRD_HWX25),
         KC_VALUE("ARPHRD_", ARPHRD_CAN), KC_VALUE("ARPHRD_", ARPHRD_MCTP), KC_VALUE("ARPHRD_", ARPHRD_PPP),
         KC_VALUE("ARPHRD_", ARPHRD_CISCO), KC_VALUE("ARPHRD_", ARPHRD_LAPB), KC_VALUE("ARPHRD_", ARPHRD_DDCMP),
         KC_VALUE("ARPHRD_", ARPHRD_RAWHDLC), KC_VALUE("ARPHRD_", ARPHRD_RAWIP), KC_VALUE("ARPHRD_", ARPHRD_TUNNEL),
         KC_VALUE("ARPHRD_", ARPHRD_TUNNEL6), KC_VALUE("ARPHRD_", ARPHRD_FRAD), KC_VALUE("ARPHRD_", ARPHRD_SKIP),
         KC_VALUE("ARPHRD_", ARPHRD_LOOPBACK), KC_VALUE("ARPHRD_", ARPHRD_LOCALTLK), KC_VALUE("ARPHRD_", ARPHRD_FDDI),
         KC_VALUE("ARPHRD_", ARPHRD_BIF), KC_VALUE("ARPHRD_", ARPHRD_SIT), KC_VALUE("ARPHRD_", ARPHRD_IPDDP),
         KC_VALUE("ARPHRD_", ARPHRD_IPGRE), KC_VALUE("ARPHRD_", ARPHRD_PIMREG), KC_VALUE("ARPHRD_", ARPHRD_HIPPI),
         KC_VALUE("ARPHRD_", ARPHRD_ASH), KC_VALUE("ARPHRD_", ARPHRD_ECONET), KC_VALUE("ARPHRD_", ARPHRD_IRDA),
         KC_VALUE("ARPHRD_", ARPHRD_FCPP), KC_VALUE("ARPHRD_", ARPHRD_FCAL), KC_VALUE("ARPHRD_", ARPHRD_FCPL),
         KC_VALUE("ARPHRD_", ARPHRD_FCFABRIC), KC_VALUE("ARPHRD_", ARPHRD_IEEE802_TR), KC_VALUE("ARPHRD_", ARPHRD_IEEE80211),
         KC_VALUE("ARPHRD_", ARPHRD_IEEE80211_PRISM), KC_VALUE("ARPHRD_", ARPHRD_IEEE80211_RADIOTAP),
         KC_VALUE("ARPHRD_", ARPHRD_IEEE802154), KC_VALUE("ARPHRD_", ARPHRD_IEEE802154_MONITOR),
         KC_VALUE("ARPHRD_", ARPHRD_PHONET), KC_VALUE("ARPHRD_", ARPHRD_PHONET_PIPE), KC_VALUE("ARPHRD_", ARPHRD_CAIF),
         KC_VALUE("ARPHRD_", ARPHRD_IP6GRE), KC_VALUE("ARPHRD_", ARPHRD_NETLINK), KC_VALUE("ARPHRD_", ARPHRD_6LOWPAN),
         KC_VALUE("ARPHRD_", ARPHRD_VSOCKMON), KC_VALUE("ARPHRD_", ARPHRD_VOID), KC_VALUE("ARPHRD_", ARPHRD_NONE)},
        NameTable::Lower);
    return names.name(v);
}

QString ifFlags(qint64 f, int)
{
    static const NameTable names({KC_VALUE("IFF_", IFF_UP), KC_VALUE("IFF_", IFF_BROADCAST), KC_VALUE("IFF_", IFF_DEBUG),
                                  KC_VALUE("IFF_", IFF_LOOPBACK), KC_VALUE("IFF_", IFF_POINTOPOINT), KC_VALUE("IFF_", IFF_NOTRAILERS),
                                  KC_VALUE("IFF_", IFF_RUNNING), KC_VALUE("IFF_", IFF_NOARP), KC_VALUE("IFF_", IFF_PROMISC),
                                  KC_VALUE("IFF_", IFF_ALLMULTI), KC_VALUE("IFF_", IFF_MASTER), KC_VALUE("IFF_", IFF_SLAVE),
                                  KC_VALUE("IFF_", IFF_MULTICAST), KC_VALUE("IFF_", IFF_PORTSEL), KC_VALUE("IFF_", IFF_AUTOMEDIA),
                                  KC_VALUE("IFF_", IFF_DYNAMIC), KC_VALUE("IFF_", IFF_LOWER_UP), KC_VALUE("IFF_", IFF_DORMANT),
                                  KC_VALUE("IFF_", IFF_ECHO)});
    return names.flags(quint64(f));
}

QString linkMode(qint64 v, int)
{
    static const NameTable names({KC_VALUE("IF_LINK_MODE_", IF_LINK_MODE_DEFAULT), KC_VALUE("IF_LINK_MODE_", IF_LINK_MODE_DORMANT),
                                  KC_VALUE("IF_LINK_MODE_", IF_LINK_MODE_TESTING)},
                                 NameTable::Lower);
    return names.name(v);
}

QString linkEvent(qint64 v, int)
{
    static const NameTable names({KC_VALUE("IFLA_EVENT_", IFLA_EVENT_NONE), KC_VALUE("IFLA_EVENT_", IFLA_EVENT_REBOOT),
                                  KC_VALUE("IFLA_EVENT_", IFLA_EVENT_FEATURES), KC_VALUE("IFLA_EVENT_", IFLA_EVENT_BONDING_FAILOVER),
                                  KC_VALUE("IFLA_EVENT_", IFLA_EVENT_NOTIFY_PEERS), KC_VALUE("IFLA_EVENT_", IFLA_EVENT_IGMP_RESEND),
                                  KC_VALUE("IFLA_EVENT_", IFLA_EVENT_BONDING_OPTIONS)},
                                 NameTable::Lower);
    return names.name(v);
}

// IFA_F_*: the header's names.
QString addrFlags(qint64 v, int family)
{
    static const NameTable names({KC_VALUE("IFA_F_", IFA_F_NODAD), KC_VALUE("IFA_F_", IFA_F_OPTIMISTIC),
                                  KC_VALUE("IFA_F_", IFA_F_DADFAILED), KC_VALUE("IFA_F_", IFA_F_HOMEADDRESS),
                                  KC_VALUE("IFA_F_", IFA_F_DEPRECATED), KC_VALUE("IFA_F_", IFA_F_TENTATIVE),
                                  KC_VALUE("IFA_F_", IFA_F_PERMANENT), KC_VALUE("IFA_F_", IFA_F_MANAGETEMPADDR),
                                  KC_VALUE("IFA_F_", IFA_F_NOPREFIXROUTE), KC_VALUE("IFA_F_", IFA_F_MCAUTOJOIN),
                                  KC_VALUE("IFA_F_", IFA_F_STABLE_PRIVACY)});
    // One bit, two names: a secondary IPv4 address, a temporary IPv6 one.
    static const QString secondary = QString::fromLatin1(KC_VALUE("IFA_F_", IFA_F_SECONDARY).name);
    static const QString temporary = QString::fromLatin1(KC_VALUE("IFA_F_", IFA_F_TEMPORARY).name);
    QStringList out;
    if (v & IFA_F_SECONDARY)
        out.append(family == AF_INET6 ? temporary : secondary);
    if (const QString rest = names.flags(quint64(v) & ~quint64(IFA_F_SECONDARY)); !rest.isEmpty())
        out.append(rest);
    return out.isEmpty() ? QStringLiteral("0") : out.join(QLatin1Char(','));
}

QString addrProto(qint64 v, int)
{
    static const NameTable names({KC_VALUE("IFAPROT_", IFAPROT_UNSPEC), KC_VALUE("IFAPROT_", IFAPROT_KERNEL_LO),
                                  KC_VALUE("IFAPROT_", IFAPROT_KERNEL_RA), KC_VALUE("IFAPROT_", IFAPROT_KERNEL_LL)},
                                 NameTable::Lower);
    return names.name(v);
}

// An address lifetime in seconds; INFINITY_LIFE_TIME is "forever".
QString lifetime(qint64 v, int)
{
    return quint32(v) == 0xFFFFFFFFu ? QStringLiteral("forever") : QString::number(v);
}

QString scope(qint64 v, int)
{
    static const NameTable names({KC_VALUE("RT_SCOPE_", RT_SCOPE_UNIVERSE), KC_VALUE("RT_SCOPE_", RT_SCOPE_SITE),
                                  KC_VALUE("RT_SCOPE_", RT_SCOPE_LINK), KC_VALUE("RT_SCOPE_", RT_SCOPE_HOST),
                                  KC_VALUE("RT_SCOPE_", RT_SCOPE_NOWHERE)},
                                 NameTable::Lower);
    return names.name(v);
}

QString routeProtocol(qint64 v, int)
{
    static const NameTable names(
        {KC_VALUE("RTPROT_", RTPROT_UNSPEC), KC_VALUE("RTPROT_", RTPROT_REDIRECT), KC_VALUE("RTPROT_", RTPROT_KERNEL),
         KC_VALUE("RTPROT_", RTPROT_BOOT), KC_VALUE("RTPROT_", RTPROT_STATIC), KC_VALUE("RTPROT_", RTPROT_GATED),
         KC_VALUE("RTPROT_", RTPROT_RA), KC_VALUE("RTPROT_", RTPROT_MRT), KC_VALUE("RTPROT_", RTPROT_ZEBRA),
         KC_VALUE("RTPROT_", RTPROT_BIRD), KC_VALUE("RTPROT_", RTPROT_DNROUTED), KC_VALUE("RTPROT_", RTPROT_XORP),
         KC_VALUE("RTPROT_", RTPROT_NTK), KC_VALUE("RTPROT_", RTPROT_DHCP), KC_VALUE("RTPROT_", RTPROT_MROUTED),
         KC_VALUE("RTPROT_", RTPROT_KEEPALIVED), KC_VALUE("RTPROT_", RTPROT_BABEL), KC_VALUE("RTPROT_", RTPROT_OPENR),
         KC_VALUE("RTPROT_", RTPROT_BGP), KC_VALUE("RTPROT_", RTPROT_ISIS), KC_VALUE("RTPROT_", RTPROT_OSPF),
         KC_VALUE("RTPROT_", RTPROT_RIP), KC_VALUE("RTPROT_", RTPROT_EIGRP)},
        NameTable::Lower);
    return names.name(v);
}

QString routeTable(qint64 v, int = 0)
{
    static const NameTable names({KC_VALUE("RT_TABLE_", RT_TABLE_UNSPEC), KC_VALUE("RT_TABLE_", RT_TABLE_COMPAT),
                                  KC_VALUE("RT_TABLE_", RT_TABLE_DEFAULT), KC_VALUE("RT_TABLE_", RT_TABLE_MAIN),
                                  KC_VALUE("RT_TABLE_", RT_TABLE_LOCAL)},
                                 NameTable::Lower);
    return names.name(v);
}

QString routeType(qint64 v, int)
{
    static const NameTable names({KC_VALUE("RTN_", RTN_UNSPEC), KC_VALUE("RTN_", RTN_UNICAST), KC_VALUE("RTN_", RTN_LOCAL),
                                  KC_VALUE("RTN_", RTN_BROADCAST), KC_VALUE("RTN_", RTN_ANYCAST), KC_VALUE("RTN_", RTN_MULTICAST),
                                  KC_VALUE("RTN_", RTN_BLACKHOLE), KC_VALUE("RTN_", RTN_UNREACHABLE), KC_VALUE("RTN_", RTN_PROHIBIT),
                                  KC_VALUE("RTN_", RTN_THROW), KC_VALUE("RTN_", RTN_NAT), KC_VALUE("RTN_", RTN_XRESOLVE)},
                                 NameTable::Lower);
    return names.name(v);
}

QString routeFlags(qint64 v, int)
{
    static const NameTable names({KC_VALUE("", RTNH_F_DEAD), KC_VALUE("", RTNH_F_PERVASIVE), KC_VALUE("", RTNH_F_ONLINK),
                                  KC_VALUE("", RTNH_F_OFFLOAD), KC_VALUE("", RTNH_F_LINKDOWN), KC_VALUE("", RTNH_F_UNRESOLVED),
                                  KC_VALUE("", RTNH_F_TRAP), KC_VALUE("", RTM_F_NOTIFY), KC_VALUE("", RTM_F_CLONED),
                                  KC_VALUE("", RTM_F_EQUALIZE), KC_VALUE("", RTM_F_PREFIX), KC_VALUE("", RTM_F_LOOKUP_TABLE),
                                  KC_VALUE("", RTM_F_FIB_MATCH), KC_VALUE("", RTM_F_OFFLOAD), KC_VALUE("", RTM_F_TRAP),
                                  KC_VALUE("", RTM_F_OFFLOAD_FAILED)});
    return names.flags(quint64(v), QStringLiteral("0"));
}

QString routePref(qint64 v, int)
{
    static const NameTable names({KC_VALUE("ICMPV6_ROUTER_PREF_", ICMPV6_ROUTER_PREF_LOW),
                                  KC_VALUE("ICMPV6_ROUTER_PREF_", ICMPV6_ROUTER_PREF_MEDIUM),
                                  KC_VALUE("ICMPV6_ROUTER_PREF_", ICMPV6_ROUTER_PREF_HIGH),
                                  KC_VALUE("ICMPV6_ROUTER_PREF_", ICMPV6_ROUTER_PREF_INVALID)},
                                 NameTable::Lower);
    return names.name(v);
}

QString encapType(qint64 v, int)
{
    static const NameTable names({KC_VALUE("LWTUNNEL_ENCAP_", LWTUNNEL_ENCAP_NONE), KC_VALUE("LWTUNNEL_ENCAP_", LWTUNNEL_ENCAP_MPLS),
                                  KC_VALUE("LWTUNNEL_ENCAP_", LWTUNNEL_ENCAP_IP), KC_VALUE("LWTUNNEL_ENCAP_", LWTUNNEL_ENCAP_ILA),
                                  KC_VALUE("LWTUNNEL_ENCAP_", LWTUNNEL_ENCAP_IP6), KC_VALUE("LWTUNNEL_ENCAP_", LWTUNNEL_ENCAP_SEG6),
                                  KC_VALUE("LWTUNNEL_ENCAP_", LWTUNNEL_ENCAP_BPF),
                                  KC_VALUE("LWTUNNEL_ENCAP_", LWTUNNEL_ENCAP_SEG6_LOCAL),
                                  KC_VALUE("LWTUNNEL_ENCAP_", LWTUNNEL_ENCAP_RPL), KC_VALUE("LWTUNNEL_ENCAP_", LWTUNNEL_ENCAP_IOAM6),
                                  KC_VALUE("LWTUNNEL_ENCAP_", LWTUNNEL_ENCAP_XFRM)},
                                 NameTable::Lower);
    return names.name(v);
}

QString ipProtocol(qint64 v, int)
{
    static const NameTable names({KC_VALUE("IPPROTO_", IPPROTO_ICMP), KC_VALUE("IPPROTO_", IPPROTO_IGMP), KC_VALUE("IPPROTO_", IPPROTO_TCP),
                                  KC_VALUE("IPPROTO_", IPPROTO_UDP), KC_VALUE("IPPROTO_", IPPROTO_GRE), KC_VALUE("IPPROTO_", IPPROTO_ESP),
                                  KC_VALUE("IPPROTO_", IPPROTO_AH), KC_VALUE("IPPROTO_", IPPROTO_ICMPV6),
                                  KC_VALUE("IPPROTO_", IPPROTO_SCTP), KC_VALUE("IPPROTO_", IPPROTO_UDPLITE)},
                                 NameTable::Lower);
    return names.name(v);
}

QString neighState(qint64 s, int)
{
    static const NameTable names({KC_VALUE("NUD_", NUD_INCOMPLETE), KC_VALUE("NUD_", NUD_REACHABLE), KC_VALUE("NUD_", NUD_STALE),
                                  KC_VALUE("NUD_", NUD_DELAY), KC_VALUE("NUD_", NUD_PROBE), KC_VALUE("NUD_", NUD_FAILED),
                                  KC_VALUE("NUD_", NUD_NOARP), KC_VALUE("NUD_", NUD_PERMANENT)});
    return names.flags(quint64(s), QStringLiteral("NONE"));
}

QString neighFlags(qint64 f, int)
{
    static const NameTable names({KC_VALUE("NTF_", NTF_USE), KC_VALUE("NTF_", NTF_SELF), KC_VALUE("NTF_", NTF_MASTER),
                                  KC_VALUE("NTF_", NTF_PROXY), KC_VALUE("NTF_", NTF_EXT_LEARNED), KC_VALUE("NTF_", NTF_OFFLOADED),
                                  KC_VALUE("NTF_", NTF_STICKY), KC_VALUE("NTF_", NTF_ROUTER)});
    return names.flags(quint64(f), QStringLiteral("0"));
}

QString neighExtFlags(qint64 v, int)
{
    static const NameTable names({KC_VALUE("NTF_EXT_", NTF_EXT_MANAGED), KC_VALUE("NTF_EXT_", NTF_EXT_LOCKED)});
    return names.flags(quint64(v), QStringLiteral("0"));
}

QString ruleAction(qint64 v, int = 0)
{
    static const NameTable names({KC_VALUE("FR_ACT_", FR_ACT_UNSPEC), KC_VALUE("FR_ACT_", FR_ACT_TO_TBL), KC_VALUE("FR_ACT_", FR_ACT_GOTO),
                                  KC_VALUE("FR_ACT_", FR_ACT_NOP), KC_VALUE("FR_ACT_", FR_ACT_RES3), KC_VALUE("FR_ACT_", FR_ACT_RES4),
                                  KC_VALUE("FR_ACT_", FR_ACT_BLACKHOLE), KC_VALUE("FR_ACT_", FR_ACT_UNREACHABLE),
                                  KC_VALUE("FR_ACT_", FR_ACT_PROHIBIT)},
                                 NameTable::Lower);
    return names.name(v);
}

QString ruleFlags(qint64 v, int)
{
    static const NameTable names({KC_VALUE("FIB_RULE_", FIB_RULE_PERMANENT), KC_VALUE("FIB_RULE_", FIB_RULE_INVERT),
                                  KC_VALUE("FIB_RULE_", FIB_RULE_UNRESOLVED), KC_VALUE("FIB_RULE_", FIB_RULE_IIF_DETACHED),
                                  KC_VALUE("FIB_RULE_", FIB_RULE_OIF_DETACHED), KC_VALUE("FIB_RULE_", FIB_RULE_FIND_SADDR)});
    return names.flags(quint64(v), QStringLiteral("0"));
}

QString hex(qint64 v, int)
{
    return QStringLiteral("0x%1").arg(quint64(v), 0, 16);
}

// Attributes the kernel puts in network byte order.
QString bigEndian16(qint64 v, int)
{
    return QString::number(qFromBigEndian(quint16(v)));
}

QString bigEndian32Hex(qint64 v, int)
{
    return QStringLiteral("0x%1").arg(qFromBigEndian(quint32(v)), 0, 16);
}

QString bigEndian64(qint64 v, int)
{
    return QString::number(qFromBigEndian(quint64(v)));
}

// NETCONFA_IFINDEX: an interface, or the "all" and "default" entries of
// net.ipv4.conf.
QString netconfIndex(qint64 v, int)
{
    switch (v) {
    case NETCONFA_IFINDEX_ALL: return QStringLiteral("all");
    case NETCONFA_IFINDEX_DEFAULT: return QStringLiteral("default");
    default: return QString::number(v);
    }
}

// FRA_SUPPRESS_PREFIXLEN: -1 when the rule has none.
QString suppressPrefixlen(qint64 v, int)
{
    return quint32(v) == 0xFFFFFFFFu ? QStringLiteral("none") : QString::number(v);
}

QString signed32(qint64 v, int)
{
    return QString::number(qint32(quint32(v)));
}

QString nsid(qint64 v, int)
{
    return v == NETNSA_NSID_NOT_ASSIGNED ? QStringLiteral("unassigned") : QString::number(v);
}

// --- structs carried in attributes ----------------------------------------

const StructMember linkStatsMembers[] = {
    KC_MEMBER(rtnl_link_stats, rx_packets), KC_MEMBER(rtnl_link_stats, tx_packets), KC_MEMBER(rtnl_link_stats, rx_bytes),
    KC_MEMBER(rtnl_link_stats, tx_bytes), KC_MEMBER(rtnl_link_stats, rx_errors), KC_MEMBER(rtnl_link_stats, tx_errors),
    KC_MEMBER(rtnl_link_stats, rx_dropped), KC_MEMBER(rtnl_link_stats, tx_dropped), KC_MEMBER(rtnl_link_stats, multicast),
    KC_MEMBER(rtnl_link_stats, collisions), KC_MEMBER(rtnl_link_stats, rx_length_errors),
    KC_MEMBER(rtnl_link_stats, rx_over_errors), KC_MEMBER(rtnl_link_stats, rx_crc_errors),
    KC_MEMBER(rtnl_link_stats, rx_frame_errors), KC_MEMBER(rtnl_link_stats, rx_fifo_errors),
    KC_MEMBER(rtnl_link_stats, rx_missed_errors), KC_MEMBER(rtnl_link_stats, tx_aborted_errors),
    KC_MEMBER(rtnl_link_stats, tx_carrier_errors), KC_MEMBER(rtnl_link_stats, tx_fifo_errors),
    KC_MEMBER(rtnl_link_stats, tx_heartbeat_errors), KC_MEMBER(rtnl_link_stats, tx_window_errors),
    KC_MEMBER(rtnl_link_stats, rx_compressed), KC_MEMBER(rtnl_link_stats, tx_compressed),
    KC_MEMBER(rtnl_link_stats, rx_nohandler), MemberEnd};
const StructDef linkStats = {int(sizeof(rtnl_link_stats)), linkStatsMembers};

const StructMember linkStats64Members[] = {
    KC_MEMBER(rtnl_link_stats64, rx_packets), KC_MEMBER(rtnl_link_stats64, tx_packets), KC_MEMBER(rtnl_link_stats64, rx_bytes),
    KC_MEMBER(rtnl_link_stats64, tx_bytes), KC_MEMBER(rtnl_link_stats64, rx_errors), KC_MEMBER(rtnl_link_stats64, tx_errors),
    KC_MEMBER(rtnl_link_stats64, rx_dropped), KC_MEMBER(rtnl_link_stats64, tx_dropped), KC_MEMBER(rtnl_link_stats64, multicast),
    KC_MEMBER(rtnl_link_stats64, collisions), KC_MEMBER(rtnl_link_stats64, rx_length_errors),
    KC_MEMBER(rtnl_link_stats64, rx_over_errors), KC_MEMBER(rtnl_link_stats64, rx_crc_errors),
    KC_MEMBER(rtnl_link_stats64, rx_frame_errors), KC_MEMBER(rtnl_link_stats64, rx_fifo_errors),
    KC_MEMBER(rtnl_link_stats64, rx_missed_errors), KC_MEMBER(rtnl_link_stats64, tx_aborted_errors),
    KC_MEMBER(rtnl_link_stats64, tx_carrier_errors), KC_MEMBER(rtnl_link_stats64, tx_fifo_errors),
    KC_MEMBER(rtnl_link_stats64, tx_heartbeat_errors), KC_MEMBER(rtnl_link_stats64, tx_window_errors),
    KC_MEMBER(rtnl_link_stats64, rx_compressed), KC_MEMBER(rtnl_link_stats64, tx_compressed),
    KC_MEMBER(rtnl_link_stats64, rx_nohandler), KC_MEMBER(rtnl_link_stats64, rx_otherhost_dropped), MemberEnd};
const StructDef linkStats64 = {int(sizeof(rtnl_link_stats64)), linkStats64Members};

const StructMember linkMapMembers[] = {KC_MEMBER(rtnl_link_ifmap, mem_start), KC_MEMBER(rtnl_link_ifmap, mem_end),
                                       KC_MEMBER(rtnl_link_ifmap, base_addr), KC_MEMBER(rtnl_link_ifmap, irq),
                                       KC_MEMBER(rtnl_link_ifmap, dma), KC_MEMBER(rtnl_link_ifmap, port), MemberEnd};
const StructDef linkMap = {int(sizeof(rtnl_link_ifmap)), linkMapMembers};

const StructMember addrCacheMembers[] = {KC_MEMBER_NAMED(ifa_cacheinfo, ifa_prefered, lifetime),
                                         KC_MEMBER_NAMED(ifa_cacheinfo, ifa_valid, lifetime), KC_MEMBER(ifa_cacheinfo, cstamp),
                                         KC_MEMBER(ifa_cacheinfo, tstamp), MemberEnd};
const StructDef addrCache = {int(sizeof(ifa_cacheinfo)), addrCacheMembers};

const StructMember routeCacheMembers[] = {
    KC_MEMBER(rta_cacheinfo, rta_clntref), KC_MEMBER(rta_cacheinfo, rta_lastuse), KC_MEMBER_NAMED(rta_cacheinfo, rta_expires, signed32),
    KC_MEMBER(rta_cacheinfo, rta_error), KC_MEMBER(rta_cacheinfo, rta_used), KC_MEMBER(rta_cacheinfo, rta_id),
    KC_MEMBER(rta_cacheinfo, rta_ts), KC_MEMBER(rta_cacheinfo, rta_tsage), MemberEnd};
const StructDef routeCache = {int(sizeof(rta_cacheinfo)), routeCacheMembers};

const StructMember mfcStatsMembers[] = {KC_MEMBER(rta_mfc_stats, mfcs_packets), KC_MEMBER(rta_mfc_stats, mfcs_bytes),
                                        KC_MEMBER(rta_mfc_stats, mfcs_wrong_if), MemberEnd};
const StructDef mfcStats = {int(sizeof(rta_mfc_stats)), mfcStatsMembers};

const StructMember neighCacheMembers[] = {KC_MEMBER(nda_cacheinfo, ndm_confirmed), KC_MEMBER(nda_cacheinfo, ndm_used),
                                          KC_MEMBER(nda_cacheinfo, ndm_updated), KC_MEMBER(nda_cacheinfo, ndm_refcnt), MemberEnd};
const StructDef neighCache = {int(sizeof(nda_cacheinfo)), neighCacheMembers};

const StructMember uidRangeMembers[] = {KC_MEMBER(fib_rule_uid_range, start), KC_MEMBER(fib_rule_uid_range, end), MemberEnd};
const StructDef uidRange = {int(sizeof(fib_rule_uid_range)), uidRangeMembers};

const StructMember portRangeMembers[] = {KC_MEMBER(fib_rule_port_range, start), KC_MEMBER(fib_rule_port_range, end), MemberEnd};
const StructDef portRange = {int(sizeof(fib_rule_port_range)), portRangeMembers};

QString family(qint64 v, int)
{
    return familyName(int(v));
}

// --- family headers: the struct after nlmsghdr, each starting with the
// address family; reserved and padding members are left out --------------

const StructMember linkHeaderMembers[] = {
    KC_MEMBER_NAMED(ifinfomsg, ifi_family, family), KC_MEMBER_NAMED(ifinfomsg, ifi_type, linkType),
    KC_MEMBER_NAMED(ifinfomsg, ifi_index, signed32), KC_MEMBER_NAMED(ifinfomsg, ifi_flags, ifFlags),
    KC_MEMBER_NAMED(ifinfomsg, ifi_change, hex), MemberEnd};
const StructDef linkHeader = {int(sizeof(ifinfomsg)), linkHeaderMembers};

const StructMember addrHeaderMembers[] = {
    KC_MEMBER_NAMED(ifaddrmsg, ifa_family, family), KC_MEMBER(ifaddrmsg, ifa_prefixlen),
    KC_MEMBER_NAMED(ifaddrmsg, ifa_flags, addrFlags), KC_MEMBER_NAMED(ifaddrmsg, ifa_scope, scope),
    KC_MEMBER(ifaddrmsg, ifa_index), MemberEnd};
const StructDef addrHeader = {int(sizeof(ifaddrmsg)), addrHeaderMembers};

const StructMember routeHeaderMembers[] = {
    KC_MEMBER_NAMED(rtmsg, rtm_family, family), KC_MEMBER(rtmsg, rtm_dst_len), KC_MEMBER(rtmsg, rtm_src_len),
    KC_MEMBER(rtmsg, rtm_tos), KC_MEMBER_NAMED(rtmsg, rtm_table, routeTable), KC_MEMBER_NAMED(rtmsg, rtm_protocol, routeProtocol),
    KC_MEMBER_NAMED(rtmsg, rtm_scope, scope), KC_MEMBER_NAMED(rtmsg, rtm_type, routeType),
    KC_MEMBER_NAMED(rtmsg, rtm_flags, routeFlags), MemberEnd};
const StructDef routeHeader = {int(sizeof(rtmsg)), routeHeaderMembers};

const StructMember neighHeaderMembers[] = {
    KC_MEMBER_NAMED(ndmsg, ndm_family, family), KC_MEMBER_NAMED(ndmsg, ndm_ifindex, signed32),
    KC_MEMBER_NAMED(ndmsg, ndm_state, neighState), KC_MEMBER_NAMED(ndmsg, ndm_flags, neighFlags),
    KC_MEMBER_NAMED(ndmsg, ndm_type, routeType), MemberEnd};
const StructDef neighHeader = {int(sizeof(ndmsg)), neighHeaderMembers};

const StructMember ruleHeaderMembers[] = {
    KC_MEMBER_NAMED(fib_rule_hdr, family, family), KC_MEMBER(fib_rule_hdr, dst_len), KC_MEMBER(fib_rule_hdr, src_len),
    KC_MEMBER(fib_rule_hdr, tos), KC_MEMBER_NAMED(fib_rule_hdr, table, routeTable), KC_MEMBER_NAMED(fib_rule_hdr, action, ruleAction),
    KC_MEMBER_NAMED(fib_rule_hdr, flags, ruleFlags), MemberEnd};
const StructDef ruleHeader = {int(sizeof(fib_rule_hdr)), ruleHeaderMembers};

const StructMember netconfHeaderMembers[] = {KC_MEMBER_NAMED(netconfmsg, ncm_family, family), MemberEnd};
const StructDef netconfHeader = {int(sizeof(netconfmsg)), netconfHeaderMembers};

const StructMember nsidHeaderMembers[] = {KC_MEMBER_NAMED(rtgenmsg, rtgen_family, family), MemberEnd};
const StructDef nsidHeader = {int(sizeof(rtgenmsg)), nsidHeaderMembers};

// --- attribute tables ------------------------------------------------------

const AttrDef linkInfoAttrs[] = {
    KC_NLA(IFLA_INFO_KIND, String), KC_NLA(IFLA_INFO_DATA, Binary), KC_NLA(IFLA_INFO_XSTATS, Binary),
    KC_NLA(IFLA_INFO_SLAVE_KIND, String), KC_NLA(IFLA_INFO_SLAVE_DATA, Binary), AttrEnd};

const AttrDef propListAttrs[] = {KC_NLA(IFLA_ALT_IFNAME, String), AttrEnd};

// Attributes newer than the headers of the oldest build we support, by
// their fixed numbers (uapi numbers never change).
static_assert(IFLA_DPLL_PIN == 65, "if_link.h numbering");

const AttrDef linkAttrs[] = {
    KC_NLA(IFLA_ADDRESS, Mac), KC_NLA(IFLA_BROADCAST, Mac), KC_NLA(IFLA_IFNAME, String), KC_NLA(IFLA_MTU, U32),
    KC_NLA(IFLA_LINK, U32), KC_NLA(IFLA_QDISC, String), KC_NLA_STRUCT(IFLA_STATS, linkStats), KC_NLA(IFLA_COST, Binary),
    KC_NLA(IFLA_PRIORITY, Binary), KC_NLA(IFLA_MASTER, U32), KC_NLA(IFLA_WIRELESS, Binary), KC_NLA(IFLA_PROTINFO, Binary),
    KC_NLA(IFLA_TXQLEN, U32), KC_NLA_STRUCT(IFLA_MAP, linkMap), KC_NLA(IFLA_WEIGHT, Binary), KC_NLA(IFLA_OPERSTATE, OperState),
    KC_NLA_NAMED(IFLA_LINKMODE, U8, linkMode), KC_NLA_NESTED(IFLA_LINKINFO, linkInfoAttrs), KC_NLA(IFLA_NET_NS_PID, U32),
    KC_NLA(IFLA_IFALIAS, String), KC_NLA(IFLA_NUM_VF, U32), KC_NLA(IFLA_VFINFO_LIST, Binary),
    KC_NLA_STRUCT(IFLA_STATS64, linkStats64), KC_NLA(IFLA_VF_PORTS, Binary), KC_NLA(IFLA_PORT_SELF, Binary),
    KC_NLA(IFLA_AF_SPEC, Binary), KC_NLA(IFLA_GROUP, U32), KC_NLA(IFLA_NET_NS_FD, S32), KC_NLA(IFLA_EXT_MASK, U32),
    KC_NLA(IFLA_PROMISCUITY, U32), KC_NLA(IFLA_NUM_TX_QUEUES, U32), KC_NLA(IFLA_NUM_RX_QUEUES, U32), KC_NLA(IFLA_CARRIER, U8),
    KC_NLA(IFLA_PHYS_PORT_ID, Binary), KC_NLA(IFLA_CARRIER_CHANGES, U32), KC_NLA(IFLA_PHYS_SWITCH_ID, Binary),
    KC_NLA(IFLA_LINK_NETNSID, S32), KC_NLA(IFLA_PHYS_PORT_NAME, String), KC_NLA(IFLA_PROTO_DOWN, U8),
    KC_NLA(IFLA_GSO_MAX_SEGS, U32), KC_NLA(IFLA_GSO_MAX_SIZE, U32), KC_NLA(IFLA_PAD, Binary), KC_NLA(IFLA_XDP, Binary),
    KC_NLA_NAMED(IFLA_EVENT, U32, linkEvent), KC_NLA(IFLA_NEW_NETNSID, S32), KC_NLA(IFLA_TARGET_NETNSID, S32),
    KC_NLA(IFLA_CARRIER_UP_COUNT, U32), KC_NLA(IFLA_CARRIER_DOWN_COUNT, U32), KC_NLA(IFLA_NEW_IFINDEX, S32),
    KC_NLA(IFLA_MIN_MTU, U32), KC_NLA(IFLA_MAX_MTU, U32), KC_NLA_NESTED(IFLA_PROP_LIST, propListAttrs),
    KC_NLA(IFLA_ALT_IFNAME, String), KC_NLA(IFLA_PERM_ADDRESS, Mac), KC_NLA(IFLA_PROTO_DOWN_REASON, Binary),
    KC_NLA(IFLA_PARENT_DEV_NAME, String), KC_NLA(IFLA_PARENT_DEV_BUS_NAME, String), KC_NLA(IFLA_GRO_MAX_SIZE, U32),
    KC_NLA(IFLA_TSO_MAX_SIZE, U32), KC_NLA(IFLA_TSO_MAX_SEGS, U32), KC_NLA(IFLA_ALLMULTI, U32),
    KC_NLA(IFLA_DEVLINK_PORT, Binary), KC_NLA(IFLA_GSO_IPV4_MAX_SIZE, U32), KC_NLA(IFLA_GRO_IPV4_MAX_SIZE, U32),
    KC_NLA(IFLA_DPLL_PIN, Binary), {66, "IFLA_MAX_PACING_OFFLOAD_HORIZON", Kind::UInt}, {67, "IFLA_NETNS_IMMUTABLE", Kind::U8},
    {68, "IFLA_HEADROOM", Kind::U16}, {69, "IFLA_TAILROOM", Kind::U16}, AttrEnd};

const AttrDef addrAttrs[] = {
    KC_NLA(IFA_ADDRESS, Ip), KC_NLA(IFA_LOCAL, Ip), KC_NLA(IFA_LABEL, String), KC_NLA(IFA_BROADCAST, Ip),
    KC_NLA(IFA_ANYCAST, Ip), KC_NLA_STRUCT(IFA_CACHEINFO, addrCache), KC_NLA(IFA_MULTICAST, Ip),
    KC_NLA_NAMED(IFA_FLAGS, U32, addrFlags), KC_NLA(IFA_RT_PRIORITY, U32), KC_NLA(IFA_TARGET_NETNSID, S32),
    KC_NLA_NAMED(IFA_PROTO, U8, addrProto), AttrEnd};

const AttrDef metricsAttrs[] = {
    KC_NLA(RTAX_LOCK, U32), KC_NLA(RTAX_MTU, U32), KC_NLA(RTAX_WINDOW, U32), KC_NLA(RTAX_RTT, U32), KC_NLA(RTAX_RTTVAR, U32),
    KC_NLA(RTAX_SSTHRESH, U32), KC_NLA(RTAX_CWND, U32), KC_NLA(RTAX_ADVMSS, U32), KC_NLA(RTAX_REORDERING, U32),
    KC_NLA(RTAX_HOPLIMIT, U32), KC_NLA(RTAX_INITCWND, U32), KC_NLA(RTAX_FEATURES, U32), KC_NLA(RTAX_RTO_MIN, U32),
    KC_NLA(RTAX_INITRWND, U32), KC_NLA(RTAX_QUICKACK, U32), KC_NLA(RTAX_CC_ALGO, String), KC_NLA(RTAX_FASTOPEN_NO_COOKIE, U32),
    AttrEnd};

const AttrDef routeAttrs[] = {
    KC_NLA(RTA_DST, Ip), KC_NLA(RTA_SRC, Ip), KC_NLA(RTA_IIF, U32), KC_NLA(RTA_OIF, U32), KC_NLA(RTA_GATEWAY, Ip),
    KC_NLA(RTA_PRIORITY, U32), KC_NLA(RTA_PREFSRC, Ip), KC_NLA_NESTED(RTA_METRICS, metricsAttrs), KC_NLA(RTA_MULTIPATH, Binary),
    KC_NLA(RTA_FLOW, U32), KC_NLA_STRUCT(RTA_CACHEINFO, routeCache), KC_NLA_NAMED(RTA_TABLE, U32, routeTable),
    KC_NLA(RTA_MARK, U32), KC_NLA_STRUCT(RTA_MFC_STATS, mfcStats), KC_NLA(RTA_VIA, Binary), KC_NLA(RTA_NEWDST, Binary),
    KC_NLA_NAMED(RTA_PREF, U8, routePref), KC_NLA_NAMED(RTA_ENCAP_TYPE, U16, encapType), KC_NLA(RTA_ENCAP, Binary),
    KC_NLA(RTA_EXPIRES, U32), KC_NLA(RTA_PAD, Binary), KC_NLA(RTA_UID, U32), KC_NLA(RTA_TTL_PROPAGATE, U8),
    KC_NLA_NAMED(RTA_IP_PROTO, U8, ipProtocol), KC_NLA_NAMED(RTA_SPORT, U16, bigEndian16),
    KC_NLA_NAMED(RTA_DPORT, U16, bigEndian16), KC_NLA(RTA_NH_ID, U32), AttrEnd};

const AttrDef neighAttrs[] = {
    KC_NLA(NDA_DST, Ip), KC_NLA(NDA_LLADDR, Mac), KC_NLA_STRUCT(NDA_CACHEINFO, neighCache), KC_NLA(NDA_PROBES, U32),
    KC_NLA(NDA_VLAN, U16), KC_NLA_NAMED(NDA_PORT, U16, bigEndian16), KC_NLA(NDA_VNI, U32), KC_NLA(NDA_IFINDEX, U32),
    KC_NLA(NDA_MASTER, U32), KC_NLA(NDA_LINK_NETNSID, S32), KC_NLA(NDA_SRC_VNI, U32), KC_NLA_NAMED(NDA_PROTOCOL, U8, routeProtocol),
    KC_NLA(NDA_NH_ID, U32), KC_NLA(NDA_FDB_EXT_ATTRS, Binary), KC_NLA_NAMED(NDA_FLAGS_EXT, U32, neighExtFlags),
    KC_NLA(NDA_NDM_STATE_MASK, U16), KC_NLA(NDA_NDM_FLAGS_MASK, U8), AttrEnd};

static_assert(FRA_DSCP == 25, "fib_rules.h numbering");

const AttrDef ruleAttrs[] = {
    KC_NLA(FRA_DST, Ip), KC_NLA(FRA_SRC, Ip), KC_NLA(FRA_IIFNAME, String), KC_NLA(FRA_GOTO, U32), KC_NLA(FRA_PRIORITY, U32),
    KC_NLA_NAMED(FRA_FWMARK, U32, hex), KC_NLA(FRA_FLOW, U32), KC_NLA_NAMED(FRA_TUN_ID, U64, bigEndian64),
    KC_NLA(FRA_SUPPRESS_IFGROUP, U32), KC_NLA_NAMED(FRA_SUPPRESS_PREFIXLEN, U32, suppressPrefixlen), KC_NLA_NAMED(FRA_TABLE, U32, routeTable),
    KC_NLA_NAMED(FRA_FWMASK, U32, hex), KC_NLA(FRA_OIFNAME, String), KC_NLA(FRA_PAD, Binary), KC_NLA(FRA_L3MDEV, U8),
    KC_NLA_STRUCT(FRA_UID_RANGE, uidRange), KC_NLA_NAMED(FRA_PROTOCOL, U8, routeProtocol),
    KC_NLA_NAMED(FRA_IP_PROTO, U8, ipProtocol), KC_NLA_STRUCT(FRA_SPORT_RANGE, portRange),
    KC_NLA_STRUCT(FRA_DPORT_RANGE, portRange), KC_NLA(FRA_DSCP, U8), {26, "FRA_FLOWLABEL", Kind::U32, nullptr, nullptr, bigEndian32Hex},
    {27, "FRA_FLOWLABEL_MASK", Kind::U32, nullptr, nullptr, bigEndian32Hex}, {28, "FRA_SPORT_MASK", Kind::U16, nullptr, nullptr, hex},
    {29, "FRA_DPORT_MASK", Kind::U16, nullptr, nullptr, hex}, {30, "FRA_DSCP_MASK", Kind::U8, nullptr, nullptr, hex}, AttrEnd};

const AttrDef netconfAttrs[] = {
    KC_NLA_NAMED(NETCONFA_IFINDEX, S32, netconfIndex), KC_NLA(NETCONFA_FORWARDING, S32), KC_NLA(NETCONFA_RP_FILTER, S32),
    KC_NLA(NETCONFA_MC_FORWARDING, S32), KC_NLA(NETCONFA_PROXY_NEIGH, S32), KC_NLA(NETCONFA_IGNORE_ROUTES_WITH_LINKDOWN, S32),
    KC_NLA(NETCONFA_INPUT, S32), KC_NLA(NETCONFA_BC_FORWARDING, S32), AttrEnd};

const AttrDef nsidAttrs[] = {KC_NLA_NAMED(NETNSA_NSID, S32, nsid), KC_NLA(NETNSA_PID, U32), KC_NLA(NETNSA_FD, U32),
                             KC_NLA_NAMED(NETNSA_TARGET_NSID, S32, nsid), KC_NLA_NAMED(NETNSA_CURRENT_NSID, S32, nsid), AttrEnd};

// --- summaries -------------------------------------------------------------

const NlField *attr(const QList<NlField> &attrs, const char *name)
{
    for (const NlField &f : attrs) {
        if (f.name == QLatin1String(name))
            return &f;
    }
    return nullptr;
}

// An interface as `ip monitor` names it: the name the cache knows, else its
// number.
QString device(const IfNameCache *names, const QString &index)
{
    bool ok = false;
    const int i = index.toInt(&ok);
    if (ok && names) {
        if (QString name = names->name(i); !name.isEmpty())
            return name;
    }
    return NlDecoder::tr("index %1").arg(index);
}

// An address with its prefix, leaving out a host route's /32 or /128.
QString prefix(const QString &address, int length, int family)
{
    const int full = family == AF_INET6 ? 128 : family == AF_INET ? 32 : -1;
    return length == full ? address : address + QLatin1Char('/') + QString::number(length);
}

// Flags as ip prints them: lower case, one word each, the usual one left out.
QStringList flagWords(const QString &flags, const QString &usual)
{
    QStringList out;
    for (const QString &f : flags.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (f != usual && f != QLatin1String("0"))
            out.append(f.toLower());
    }
    return out;
}

QString linkSummary(const QList<NlField> &header, const QList<NlField> &attrs, const IfNameCache *names)
{
    QString kind;
    if (const NlField *info = attr(attrs, "IFLA_LINKINFO"))
        kind = attrValue(info->children, "IFLA_INFO_KIND");
    QString s = NlDecoder::tr("%1 index %2 %3 mtu %4").arg(attrValue(attrs, "IFLA_IFNAME"), header[2].value,
                                                        attrValue(attrs, "IFLA_OPERSTATE"), attrValue(attrs, "IFLA_MTU"));
    if (!kind.isEmpty())
        s += QLatin1Char(' ') + kind;
    if (const QString master = attrValue(attrs, "IFLA_MASTER"); !master.isEmpty())
        s += QLatin1Char(' ') + NlDecoder::tr("master %1").arg(device(names, master));
    // Its peer lives in another namespace, or it moves to one.
    if (const QString id = attrValue(attrs, "IFLA_LINK_NETNSID"); !id.isEmpty())
        s += QLatin1Char(' ') + NlDecoder::tr("link-netnsid %1").arg(id);
    if (const QString id = attrValue(attrs, "IFLA_NEW_NETNSID"); !id.isEmpty())
        s += QLatin1Char(' ') + NlDecoder::tr("new-netnsid %1").arg(id);
    return s;
}

QString addrSummary(const QList<NlField> &header, const QList<NlField> &attrs, const IfNameCache *names)
{
    const QString local = attrValue(attrs, "IFA_LOCAL");
    const QString address = attrValue(attrs, "IFA_ADDRESS");
    QStringList parts;
    parts.append((local.isEmpty() ? address : local) + QLatin1Char('/') + header[1].value);
    if (!local.isEmpty() && !address.isEmpty() && local != address)
        parts.append(NlDecoder::tr("peer %1").arg(address));
    parts.append(NlDecoder::tr("dev %1").arg(device(names, header[4].value)));
    parts.append(NlDecoder::tr("scope %1").arg(header[3].value));
    // IFA_FLAGS holds all 32 bits; ifa_flags only the low 8.
    const QString flags = attrValue(attrs, "IFA_FLAGS");
    parts += flagWords(flags.isEmpty() ? header[2].value : flags, QStringLiteral("PERMANENT"));
    if (const QString proto = attrValue(attrs, "IFA_PROTO"); !proto.isEmpty())
        parts.append(NlDecoder::tr("proto %1").arg(proto));
    if (const NlField *cache = attr(attrs, "IFA_CACHEINFO")) {
        const QString valid = attrValue(cache->children, "ifa_valid");
        const QString preferred = attrValue(cache->children, "ifa_prefered");
        if (!valid.isEmpty() && valid != QLatin1String("forever"))
            parts.append(NlDecoder::tr("valid_lft %1sec preferred_lft %2sec").arg(valid, preferred));
    }
    return parts.join(QLatin1Char(' '));
}

QString routeSummary(const QList<NlField> &header, const QList<NlField> &attrs, int family, const QByteArrayView d,
                     const IfNameCache *names)
{
    QStringList parts;
    if (const quint8 type = quint8(d[7]); type != RTN_UNICAST)
        parts.append(header[7].value);
    const QString dst = attrValue(attrs, "RTA_DST");
    parts.append(dst.isEmpty() && quint8(d[1]) == 0 ? QStringLiteral("default") : prefix(dst, quint8(d[1]), family));
    if (const QString src = attrValue(attrs, "RTA_SRC"); !src.isEmpty())
        parts.append(NlDecoder::tr("from %1").arg(prefix(src, quint8(d[2]), family)));
    if (const QString gateway = attrValue(attrs, "RTA_GATEWAY"); !gateway.isEmpty())
        parts.append(NlDecoder::tr("via %1").arg(gateway));
    if (const QString oif = attrValue(attrs, "RTA_OIF"); !oif.isEmpty())
        parts.append(NlDecoder::tr("dev %1").arg(device(names, oif)));
    const QString table = attrValue(attrs, "RTA_TABLE");
    parts.append(NlDecoder::tr("table %1").arg(table.isEmpty() ? header[4].value : table));
    if (quint8(d[5]) != RTPROT_BOOT)
        parts.append(NlDecoder::tr("proto %1").arg(header[5].value));
    if (quint8(d[6]) != RT_SCOPE_UNIVERSE)
        parts.append(NlDecoder::tr("scope %1").arg(header[6].value));
    if (const QString prefsrc = attrValue(attrs, "RTA_PREFSRC"); !prefsrc.isEmpty())
        parts.append(NlDecoder::tr("src %1").arg(prefsrc));
    if (const QString metric = attrValue(attrs, "RTA_PRIORITY"); !metric.isEmpty())
        parts.append(NlDecoder::tr("metric %1").arg(metric));
    // In clock ticks (USER_HZ), as the kernel reports every time to us.
    if (const NlField *cache = attr(attrs, "RTA_CACHEINFO")) {
        static const long hz = qMax(1L, ::sysconf(_SC_CLK_TCK));
        if (const int expires = attrValue(cache->children, "rta_expires").toInt(); expires != 0)
            parts.append(NlDecoder::tr("expires %1sec").arg(expires / hz));
    }
    if (readAt<quint32>(d, 8) & RTNH_F_LINKDOWN)
        parts.append(QStringLiteral("linkdown"));
    if (const QString pref = attrValue(attrs, "RTA_PREF"); !pref.isEmpty())
        parts.append(NlDecoder::tr("pref %1").arg(pref));
    return parts.join(QLatin1Char(' '));
}

QString neighSummary(const QList<NlField> &header, const QList<NlField> &attrs, QByteArrayView d, const IfNameCache *names)
{
    QStringList parts;
    const QString dst = attrValue(attrs, "NDA_DST");
    const QString lladdr = attrValue(attrs, "NDA_LLADDR");
    // A bridge's forwarding entry has no IP address: its MAC address leads.
    parts.append(dst.isEmpty() ? lladdr : dst);
    parts.append(NlDecoder::tr("dev %1").arg(device(names, header[1].value)));
    if (const QString master = attrValue(attrs, "NDA_MASTER"); !master.isEmpty())
        parts.append(NlDecoder::tr("master %1").arg(device(names, master)));
    if (!dst.isEmpty() && !lladdr.isEmpty())
        parts.append(NlDecoder::tr("lladdr %1").arg(lladdr));
    const quint8 flags = quint8(d[10]);
    if (flags & NTF_ROUTER)
        parts.append(QStringLiteral("router"));
    if (flags & NTF_PROXY)
        parts.append(QStringLiteral("proxy"));
    parts.append(header[2].value);
    return parts.join(QLatin1Char(' '));
}

QString ruleSummary(const QList<NlField> &attrs, QByteArrayView d, int family)
{
    const QString priority = attrValue(attrs, "FRA_PRIORITY");
    QStringList parts{(priority.isEmpty() ? QStringLiteral("0") : priority) + QLatin1Char(':')};
    const quint32 flags = readAt<quint32>(d, 8);
    if (flags & FIB_RULE_INVERT)
        parts.append(QStringLiteral("not"));
    const QString src = attrValue(attrs, "FRA_SRC");
    parts.append(NlDecoder::tr("from %1").arg(src.isEmpty() ? QStringLiteral("all") : prefix(src, quint8(d[2]), family)));
    if (const QString dst = attrValue(attrs, "FRA_DST"); !dst.isEmpty())
        parts.append(NlDecoder::tr("to %1").arg(prefix(dst, quint8(d[1]), family)));
    if (const quint8 tos = quint8(d[3]))
        parts.append(NlDecoder::tr("tos 0x%1").arg(tos, 2, 16, QLatin1Char('0')));
    if (const QString mark = attrValue(attrs, "FRA_FWMARK"); !mark.isEmpty()) {
        const QString mask = attrValue(attrs, "FRA_FWMASK");
        parts.append(NlDecoder::tr("fwmark %1").arg(mask.isEmpty() || mask == QLatin1String("0xffffffff") ? mark : mark + QLatin1Char('/') + mask));
    }
    if (const QString iif = attrValue(attrs, "FRA_IIFNAME"); !iif.isEmpty())
        parts.append(NlDecoder::tr("iif %1").arg(iif) + (flags & FIB_RULE_IIF_DETACHED ? QStringLiteral(" [detached]") : QString()));
    if (const QString oif = attrValue(attrs, "FRA_OIFNAME"); !oif.isEmpty())
        parts.append(NlDecoder::tr("oif %1").arg(oif) + (flags & FIB_RULE_OIF_DETACHED ? QStringLiteral(" [detached]") : QString()));
    if (attrValue(attrs, "FRA_L3MDEV") == QLatin1String("1"))
        parts.append(QStringLiteral("l3mdev"));
    auto range = [&](const char *name) {
        const NlField *f = attr(attrs, name);
        return f && f->children.size() == 2 ? f->children[0].value + QLatin1Char('-') + f->children[1].value : QString();
    };
    if (const QString uids = range("FRA_UID_RANGE"); !uids.isEmpty())
        parts.append(NlDecoder::tr("uidrange %1").arg(uids));
    if (const QString proto = attrValue(attrs, "FRA_IP_PROTO"); !proto.isEmpty())
        parts.append(NlDecoder::tr("ipproto %1").arg(proto));
    if (const QString ports = range("FRA_SPORT_RANGE"); !ports.isEmpty())
        parts.append(NlDecoder::tr("sport %1").arg(ports));
    if (const QString ports = range("FRA_DPORT_RANGE"); !ports.isEmpty())
        parts.append(NlDecoder::tr("dport %1").arg(ports));
    const quint8 action = quint8(d[7]);
    const QString table = attrValue(attrs, "FRA_TABLE");
    switch (action) {
    case FR_ACT_TO_TBL: parts.append(NlDecoder::tr("lookup %1").arg(table.isEmpty() ? routeTable(quint8(d[4])) : table)); break;
    case FR_ACT_GOTO: parts.append(NlDecoder::tr("goto %1").arg(attrValue(attrs, "FRA_GOTO"))); break;
    default: parts.append(ruleAction(action)); break;
    }
    if (const QString len = attrValue(attrs, "FRA_SUPPRESS_PREFIXLEN"); !len.isEmpty() && len != QLatin1String("none"))
        parts.append(NlDecoder::tr("suppress_prefixlength %1").arg(len));
    if (const QString proto = attrValue(attrs, "FRA_PROTOCOL"); !proto.isEmpty() && proto != QLatin1String("unspec")
        && proto != QLatin1String("kernel"))
        parts.append(NlDecoder::tr("proto %1").arg(proto));
    return parts.join(QLatin1Char(' '));
}

QString netconfSummary(const QList<NlField> &attrs, int family, const IfNameCache *names)
{
    QStringList parts{familyName(family)};
    const QString index = attrValue(attrs, "NETCONFA_IFINDEX");
    if (index == QLatin1String("all") || index == QLatin1String("default"))
        parts.append(index);
    else if (!index.isEmpty())
        parts.append(NlDecoder::tr("dev %1").arg(device(names, index)));
    // The values by their sysctl names, in ip's words.
    auto onOff = [](const QString &v) { return v == QLatin1String("0") ? QStringLiteral("off") : QStringLiteral("on"); };
    static const struct {
        const char *attr;
        const char *key;
    } keys[] = {{"NETCONFA_FORWARDING", "forwarding"}, {"NETCONFA_RP_FILTER", "rp_filter"},
                {"NETCONFA_MC_FORWARDING", "mc_forwarding"}, {"NETCONFA_BC_FORWARDING", "bc_forwarding"},
                {"NETCONFA_PROXY_NEIGH", "proxy_neigh"}, {"NETCONFA_IGNORE_ROUTES_WITH_LINKDOWN", "ignore_routes_with_linkdown"},
                {"NETCONFA_INPUT", "input"}};
    for (const auto &k : keys) {
        const QString v = attrValue(attrs, k.attr);
        if (v.isEmpty())
            continue;
        QString word = onOff(v);
        if (qstrcmp(k.attr, "NETCONFA_RP_FILTER") == 0)
            word = v == QLatin1String("0") ? QStringLiteral("off") : v == QLatin1String("1") ? QStringLiteral("strict")
                : v == QLatin1String("2") ? QStringLiteral("loose") : v;
        parts.append(QLatin1String(k.key) + QLatin1Char(' ') + word);
    }
    return parts.join(QLatin1Char(' '));
}

QString nsidSummary(const QList<NlField> &attrs)
{
    QStringList parts;
    if (const QString id = attrValue(attrs, "NETNSA_NSID"); !id.isEmpty())
        parts.append(NlDecoder::tr("nsid %1").arg(id));
    if (const QString id = attrValue(attrs, "NETNSA_CURRENT_NSID"); !id.isEmpty())
        parts.append(NlDecoder::tr("current-nsid %1").arg(id));
    if (const QString id = attrValue(attrs, "NETNSA_TARGET_NSID"); !id.isEmpty())
        parts.append(NlDecoder::tr("target-nsid %1").arg(id));
    if (const QString pid = attrValue(attrs, "NETNSA_PID"); !pid.isEmpty())
        parts.append(NlDecoder::tr("pid %1").arg(pid));
    if (const QString fd = attrValue(attrs, "NETNSA_FD"); !fd.isEmpty())
        parts.append(NlDecoder::tr("fd %1").arg(fd));
    return parts.join(QLatin1Char(' '));
}

enum class Body { Link, Addr, Route, Neigh, Rule, Netconf, Nsid, Other };

Body bodyOf(int type)
{
    switch (type) {
    case RTM_NEWLINK: case RTM_DELLINK: case RTM_GETLINK: case RTM_SETLINK: return Body::Link;
    case RTM_NEWADDR: case RTM_DELADDR: case RTM_GETADDR: return Body::Addr;
    case RTM_NEWROUTE: case RTM_DELROUTE: case RTM_GETROUTE: return Body::Route;
    case RTM_NEWNEIGH: case RTM_DELNEIGH: case RTM_GETNEIGH: return Body::Neigh;
    case RTM_NEWRULE: case RTM_DELRULE: case RTM_GETRULE: return Body::Rule;
    case RTM_NEWNETCONF: case RTM_DELNETCONF: case RTM_GETNETCONF: return Body::Netconf;
    case RTM_NEWNSID: case RTM_DELNSID: case RTM_GETNSID: return Body::Nsid;
    default: return Body::Other;
    }
}

} // namespace

QString routeTypeName(quint16 type)
{
#define N(t) \
    case t: return QStringLiteral(#t)
    switch (type) {
    N(RTM_NEWLINK); N(RTM_DELLINK); N(RTM_GETLINK); N(RTM_SETLINK);
    N(RTM_NEWADDR); N(RTM_DELADDR); N(RTM_GETADDR);
    N(RTM_NEWROUTE); N(RTM_DELROUTE); N(RTM_GETROUTE);
    N(RTM_NEWNEIGH); N(RTM_DELNEIGH); N(RTM_GETNEIGH);
    N(RTM_NEWRULE); N(RTM_DELRULE); N(RTM_GETRULE);
    N(RTM_NEWQDISC); N(RTM_DELQDISC); N(RTM_GETQDISC);
    N(RTM_NEWNETCONF); N(RTM_DELNETCONF); N(RTM_GETNETCONF);
    N(RTM_NEWNSID); N(RTM_DELNSID); N(RTM_GETNSID);
    default: return {};
    }
#undef N
}

// The family header (ifinfomsg, ifaddrmsg, rtmsg, ndmsg, fib_rule_hdr,
// netconfmsg, rtgenmsg), then its attributes, and one line a table can show.
void decodeRoute(QByteArrayView d, int base, NlMessage &m, const IfNameCache *names)
{
    const Body body = bodyOf(m.type);
    QList<NlField> header;
    QList<NlField> attrs;
    attrs.reserve(48);
    if (body == Body::Other) {
        m.tree.children.append(payloadField(d, base));
        return;
    }
    struct Layout {
        const StructDef *header;
        const AttrDef *attrs;
    };
    static const Layout layouts[] = {{&linkHeader, linkAttrs},   {&addrHeader, addrAttrs}, {&routeHeader, routeAttrs},
                                     {&neighHeader, neighAttrs}, {&ruleHeader, ruleAttrs}, {&netconfHeader, netconfAttrs},
                                     {&nsidHeader, nsidAttrs}};
    const Layout &layout = layouts[int(body)];
    if (d.size() < layout.header->size) {
        m.error = NlDecoder::tr("malformed: %1 bytes are too few for the family header").arg(d.size());
        NlField bad = field(NlDecoder::tr("family header"), m.error, base, int(d.size()), kFamilyHeaderKey);
        bad.error = true;
        m.tree.children.append(bad);
        return;
    }
    // The attributes start at the header's size rounded up to four:
    // netconfmsg and rtgenmsg are one byte, and a request may stop after it.
    const int hdr = NLMSG_ALIGN(layout.header->size);
    const int shown = int(qMin<qsizetype>(d.size(), hdr));
    const int family = quint8(d[0]);
    const AttrDef *defs = layout.attrs;
    decodeStruct(d.first(layout.header->size), base, *layout.header, family, header);
    NlField h = field(NlDecoder::tr("family header"), QString(), base, shown, kFamilyHeaderKey);
    h.children = header; // still read below for the summary
    m.tree.children.append(std::move(h));
    if (d.size() <= hdr && hdr > shown)
        return; // a request that ends with its family byte
    decodeAttrs(d, hdr, int(d.size()), base, defs, family, 0, attrs, &m.error);
    NlField a = field(NlDecoder::tr("attributes"), NlDecoder::tr("%Ln attribute(s)", nullptr, int(attrs.size())), base + hdr,
                      int(d.size()) - hdr, kAttributesKey);
    a.children = attrs; // still read below for the summary
    m.tree.children.append(std::move(a));
    switch (body) {
    case Body::Link: m.summary = linkSummary(header, attrs, names); break;
    case Body::Addr: m.summary = addrSummary(header, attrs, names); break;
    case Body::Route: m.summary = routeSummary(header, attrs, family, d, names); break;
    case Body::Neigh: m.summary = neighSummary(header, attrs, d, names); break;
    case Body::Rule: m.summary = ruleSummary(attrs, d, family); break;
    case Body::Netconf: m.summary = netconfSummary(attrs, family, names); break;
    case Body::Nsid: m.summary = nsidSummary(attrs); break;
    case Body::Other: break;
    }
}

} // namespace kc::nldecode
