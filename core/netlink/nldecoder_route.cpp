// SPDX-License-Identifier: GPL-2.0-or-later
// rtnetlink (NETLINK_ROUTE): links, addresses, routes and neighbours.
#include "nldecodeutil.h"

#include <linux/if.h>
#include <linux/if_addr.h>
#include <linux/if_link.h>
#include <linux/neighbour.h>
#include <linux/rtnetlink.h>
#include <sys/socket.h>

namespace kc::nldecode {

namespace {

const AttrDef linkInfoAttrs[] = {
    KC_NLA(IFLA_INFO_KIND, String), KC_NLA(IFLA_INFO_DATA, Binary), KC_NLA(IFLA_INFO_XSTATS, Binary),
    KC_NLA(IFLA_INFO_SLAVE_KIND, String), KC_NLA(IFLA_INFO_SLAVE_DATA, Binary), AttrEnd};

// Attributes newer than the headers of the oldest build we support, by
// their fixed numbers (uapi numbers never change).
static_assert(IFLA_DPLL_PIN == 65, "if_link.h numbering");

const AttrDef linkAttrs[] = {
    KC_NLA(IFLA_ADDRESS, Mac), KC_NLA(IFLA_BROADCAST, Mac), KC_NLA(IFLA_IFNAME, String), KC_NLA(IFLA_MTU, U32),
    KC_NLA(IFLA_LINK, U32), KC_NLA(IFLA_QDISC, String), KC_NLA(IFLA_STATS, Binary), KC_NLA(IFLA_COST, Binary),
    KC_NLA(IFLA_PRIORITY, Binary), KC_NLA(IFLA_MASTER, U32), KC_NLA(IFLA_WIRELESS, Binary), KC_NLA(IFLA_PROTINFO, Binary),
    KC_NLA(IFLA_TXQLEN, U32), KC_NLA(IFLA_MAP, Binary), KC_NLA(IFLA_WEIGHT, Binary), KC_NLA(IFLA_OPERSTATE, OperState),
    KC_NLA(IFLA_LINKMODE, U8), KC_NLA_NESTED(IFLA_LINKINFO, linkInfoAttrs), KC_NLA(IFLA_NET_NS_PID, U32),
    KC_NLA(IFLA_IFALIAS, String), KC_NLA(IFLA_NUM_VF, U32), KC_NLA(IFLA_VFINFO_LIST, Binary), KC_NLA(IFLA_STATS64, Binary),
    KC_NLA(IFLA_VF_PORTS, Binary), KC_NLA(IFLA_PORT_SELF, Binary), KC_NLA(IFLA_AF_SPEC, Binary), KC_NLA(IFLA_GROUP, U32),
    KC_NLA(IFLA_NET_NS_FD, S32), KC_NLA(IFLA_EXT_MASK, U32), KC_NLA(IFLA_PROMISCUITY, U32),
    KC_NLA(IFLA_NUM_TX_QUEUES, U32), KC_NLA(IFLA_NUM_RX_QUEUES, U32), KC_NLA(IFLA_CARRIER, U8),
    KC_NLA(IFLA_PHYS_PORT_ID, Binary), KC_NLA(IFLA_CARRIER_CHANGES, U32), KC_NLA(IFLA_PHYS_SWITCH_ID, Binary),
    KC_NLA(IFLA_LINK_NETNSID, S32), KC_NLA(IFLA_PHYS_PORT_NAME, String), KC_NLA(IFLA_PROTO_DOWN, U8),
    KC_NLA(IFLA_GSO_MAX_SEGS, U32), KC_NLA(IFLA_GSO_MAX_SIZE, U32), KC_NLA(IFLA_PAD, Binary), KC_NLA(IFLA_XDP, Binary),
    KC_NLA(IFLA_EVENT, U32), KC_NLA(IFLA_NEW_NETNSID, S32), KC_NLA(IFLA_TARGET_NETNSID, S32),
    KC_NLA(IFLA_CARRIER_UP_COUNT, U32), KC_NLA(IFLA_CARRIER_DOWN_COUNT, U32), KC_NLA(IFLA_NEW_IFINDEX, S32),
    KC_NLA(IFLA_MIN_MTU, U32), KC_NLA(IFLA_MAX_MTU, U32), KC_NLA(IFLA_PROP_LIST, Binary), KC_NLA(IFLA_ALT_IFNAME, String),
    KC_NLA(IFLA_PERM_ADDRESS, Mac), KC_NLA(IFLA_PROTO_DOWN_REASON, Binary), KC_NLA(IFLA_PARENT_DEV_NAME, String),
    KC_NLA(IFLA_PARENT_DEV_BUS_NAME, String), KC_NLA(IFLA_GRO_MAX_SIZE, U32), KC_NLA(IFLA_TSO_MAX_SIZE, U32),
    KC_NLA(IFLA_TSO_MAX_SEGS, U32), KC_NLA(IFLA_ALLMULTI, U32), KC_NLA(IFLA_DEVLINK_PORT, Binary),
    KC_NLA(IFLA_GSO_IPV4_MAX_SIZE, U32), KC_NLA(IFLA_GRO_IPV4_MAX_SIZE, U32), KC_NLA(IFLA_DPLL_PIN, Binary),
    {66, "IFLA_MAX_PACING_OFFLOAD_HORIZON", Kind::UInt}, {67, "IFLA_NETNS_IMMUTABLE", Kind::U8},
    {68, "IFLA_HEADROOM", Kind::U16}, {69, "IFLA_TAILROOM", Kind::U16}, AttrEnd};

const AttrDef addrAttrs[] = {
    KC_NLA(IFA_ADDRESS, Ip), KC_NLA(IFA_LOCAL, Ip), KC_NLA(IFA_LABEL, String), KC_NLA(IFA_BROADCAST, Ip),
    KC_NLA(IFA_ANYCAST, Ip), KC_NLA(IFA_CACHEINFO, Binary), KC_NLA(IFA_MULTICAST, Ip), KC_NLA(IFA_FLAGS, U32),
    KC_NLA(IFA_RT_PRIORITY, U32), KC_NLA(IFA_TARGET_NETNSID, S32), KC_NLA(IFA_PROTO, U8), AttrEnd};

const AttrDef routeAttrs[] = {
    KC_NLA(RTA_DST, Ip), KC_NLA(RTA_SRC, Ip), KC_NLA(RTA_IIF, U32), KC_NLA(RTA_OIF, U32), KC_NLA(RTA_GATEWAY, Ip),
    KC_NLA(RTA_PRIORITY, U32), KC_NLA(RTA_PREFSRC, Ip), KC_NLA(RTA_METRICS, Binary), KC_NLA(RTA_MULTIPATH, Binary),
    KC_NLA(RTA_FLOW, U32), KC_NLA(RTA_CACHEINFO, Binary), KC_NLA(RTA_TABLE, U32), KC_NLA(RTA_MARK, U32),
    KC_NLA(RTA_MFC_STATS, Binary), KC_NLA(RTA_VIA, Binary), KC_NLA(RTA_NEWDST, Binary), KC_NLA(RTA_PREF, U8),
    KC_NLA(RTA_ENCAP_TYPE, U16), KC_NLA(RTA_ENCAP, Binary), KC_NLA(RTA_EXPIRES, U32), KC_NLA(RTA_PAD, Binary),
    KC_NLA(RTA_UID, U32), KC_NLA(RTA_TTL_PROPAGATE, U8), KC_NLA(RTA_IP_PROTO, U8), KC_NLA(RTA_SPORT, U16),
    KC_NLA(RTA_DPORT, U16), KC_NLA(RTA_NH_ID, U32), AttrEnd};

const AttrDef neighAttrs[] = {
    KC_NLA(NDA_DST, Ip), KC_NLA(NDA_LLADDR, Mac), KC_NLA(NDA_CACHEINFO, Binary), KC_NLA(NDA_PROBES, U32),
    KC_NLA(NDA_VLAN, U16), KC_NLA(NDA_PORT, U16), KC_NLA(NDA_VNI, U32), KC_NLA(NDA_IFINDEX, U32), KC_NLA(NDA_MASTER, U32),
    KC_NLA(NDA_LINK_NETNSID, S32), KC_NLA(NDA_SRC_VNI, U32), KC_NLA(NDA_PROTOCOL, U8), KC_NLA(NDA_NH_ID, U32),
    KC_NLA(NDA_FDB_EXT_ATTRS, Binary), KC_NLA(NDA_FLAGS_EXT, U32), KC_NLA(NDA_NDM_STATE_MASK, U16),
    KC_NLA(NDA_NDM_FLAGS_MASK, U8), AttrEnd};

QString ifFlags(quint32 f)
{
    // enum net_device_flags in <linux/if.h>: one bit each, in order.
    static const char *const names[] = {"UP", "BROADCAST", "DEBUG", "LOOPBACK", "POINTOPOINT", "NOTRAILERS",
                                        "RUNNING", "NOARP", "PROMISC", "ALLMULTI", "MASTER", "SLAVE",
                                        "MULTICAST", "PORTSEL", "AUTOMEDIA", "DYNAMIC", "LOWER_UP", "DORMANT", "ECHO"};
    static_assert(IFF_UP == 1 << 0 && IFF_ECHO == 1 << 18, "if.h numbering");
    QStringList out;
    for (int b = 0; b < int(sizeof names / sizeof names[0]); ++b) {
        if (f & (1u << b))
            out.append(QString::fromLatin1(names[b]));
    }
    return out.join(QLatin1Char(','));
}

QString routeTable(quint32 t)
{
    switch (t) {
    case RT_TABLE_DEFAULT: return QStringLiteral("default");
    case RT_TABLE_MAIN: return QStringLiteral("main");
    case RT_TABLE_LOCAL: return QStringLiteral("local");
    default: return QString::number(t);
    }
}

QString routeType(quint8 t)
{
    // enum of RTN_* in <linux/rtnetlink.h>, in order.
    static const char *const names[] = {"unspec", "unicast", "local", "broadcast", "anycast", "multicast",
                                        "blackhole", "unreachable", "prohibit", "throw", "nat", "xresolve"};
    static_assert(RTN_XRESOLVE == 11, "rtnetlink.h numbering");
    return t <= RTN_XRESOLVE ? QString::fromLatin1(names[t]) : QString::number(t);
}

QString neighState(quint16 s)
{
    // NUD_* in <linux/neighbour.h>: one bit each, in order.
    static const char *const names[] = {"INCOMPLETE", "REACHABLE", "STALE", "DELAY", "PROBE", "FAILED", "NOARP", "PERMANENT"};
    static_assert(NUD_INCOMPLETE == 0x01 && NUD_PERMANENT == 0x80, "neighbour.h numbering");
    QStringList out;
    for (int b = 0; b < 8; ++b) {
        if (s & (1u << b))
            out.append(QString::fromLatin1(names[b]));
    }
    return out.isEmpty() ? QStringLiteral("NONE") : out.join(QLatin1Char(','));
}

QString familyName(int family)
{
    return family == AF_INET ? QStringLiteral("AF_INET") : family == AF_INET6 ? QStringLiteral("AF_INET6") : QString::number(family);
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
    N(RTM_NEWNETCONF); N(RTM_DELNETCONF);
    N(RTM_NEWNSID); N(RTM_DELNSID);
    default: return {};
    }
#undef N
}

// The family header (ifinfomsg, ifaddrmsg, rtmsg, ndmsg), then its
// attributes, and one line a table can show.
void decodeRoute(QByteArrayView d, int base, NlMessage &m)
{
    const int type = m.type;
    QList<NlField> header;
    QList<NlField> attrs;
    attrs.reserve(48);
    int family = 0;
    int hdr = 0;
    const AttrDef *defs = nullptr;
    if (type >= RTM_NEWLINK && type < RTM_NEWADDR) {
        hdr = sizeof(ifinfomsg);
        if (d.size() < hdr)
            goto shortHeader;
        family = quint8(d[0]);
        header = {field(QStringLiteral("ifi_family"), QString::number(family), base, 1),
                  field(QStringLiteral("ifi_type"), QString::number(readAt<quint16>(d, 2)), base + 2, 2),
                  field(QStringLiteral("ifi_index"), QString::number(readAt<qint32>(d, 4)), base + 4, 4),
                  field(QStringLiteral("ifi_flags"), ifFlags(readAt<quint32>(d, 8)), base + 8, 4),
                  field(QStringLiteral("ifi_change"), QStringLiteral("0x%1").arg(readAt<quint32>(d, 12), 0, 16), base + 12, 4)};
        defs = linkAttrs;
    } else if (type >= RTM_NEWADDR && type < RTM_NEWROUTE) {
        hdr = sizeof(ifaddrmsg);
        if (d.size() < hdr)
            goto shortHeader;
        family = quint8(d[0]);
        header = {field(QStringLiteral("ifa_family"), familyName(family), base, 1),
                  field(QStringLiteral("ifa_prefixlen"), QString::number(quint8(d[1])), base + 1, 1),
                  field(QStringLiteral("ifa_flags"), QString::number(quint8(d[2])), base + 2, 1),
                  field(QStringLiteral("ifa_scope"), QString::number(quint8(d[3])), base + 3, 1),
                  field(QStringLiteral("ifa_index"), QString::number(readAt<quint32>(d, 4)), base + 4, 4)};
        defs = addrAttrs;
    } else if (type >= RTM_NEWROUTE && type < RTM_NEWNEIGH) {
        hdr = sizeof(rtmsg);
        if (d.size() < hdr)
            goto shortHeader;
        family = quint8(d[0]);
        header = {field(QStringLiteral("rtm_family"), familyName(family), base, 1),
                  field(QStringLiteral("rtm_dst_len"), QString::number(quint8(d[1])), base + 1, 1),
                  field(QStringLiteral("rtm_src_len"), QString::number(quint8(d[2])), base + 2, 1),
                  field(QStringLiteral("rtm_tos"), QString::number(quint8(d[3])), base + 3, 1),
                  field(QStringLiteral("rtm_table"), routeTable(quint8(d[4])), base + 4, 1),
                  field(QStringLiteral("rtm_protocol"), QString::number(quint8(d[5])), base + 5, 1),
                  field(QStringLiteral("rtm_scope"), QString::number(quint8(d[6])), base + 6, 1),
                  field(QStringLiteral("rtm_type"), routeType(quint8(d[7])), base + 7, 1),
                  field(QStringLiteral("rtm_flags"), QStringLiteral("0x%1").arg(readAt<quint32>(d, 8), 0, 16), base + 8, 4)};
        defs = routeAttrs;
    } else if (type >= RTM_NEWNEIGH && type <= RTM_GETNEIGH) {
        hdr = sizeof(ndmsg);
        if (d.size() < hdr)
            goto shortHeader;
        family = quint8(d[0]);
        header = {field(QStringLiteral("ndm_family"), QString::number(family), base, 1),
                  field(QStringLiteral("ndm_ifindex"), QString::number(readAt<qint32>(d, 4)), base + 4, 4),
                  field(QStringLiteral("ndm_state"), neighState(readAt<quint16>(d, 8)), base + 8, 2),
                  field(QStringLiteral("ndm_flags"), QString::number(quint8(d[10])), base + 10, 1),
                  field(QStringLiteral("ndm_type"), routeType(quint8(d[11])), base + 11, 1)};
        defs = neighAttrs;
    } else {
        m.tree.children.append(payloadField(d, base));
        return;
    }
    {
        NlField h = field(NlDecoder::tr("family header"), QString(), base, hdr, kFamilyHeaderKey);
        h.children = header; // still read below for the summary
        m.tree.children.append(std::move(h));
        decodeAttrs(d, hdr, int(d.size()), base, defs, family, 0, attrs, &m.error);
        NlField a = field(NlDecoder::tr("attributes"), NlDecoder::tr("%Ln attribute(s)", nullptr, int(attrs.size())), base + hdr, int(d.size()) - hdr,
                          kAttributesKey);
        a.children = attrs; // still read below for the summary
        m.tree.children.append(std::move(a));
        // One line a table can show.
        if (defs == linkAttrs) {
            QString kind;
            for (const NlField &f : attrs) {
                if (f.name == QLatin1String("IFLA_LINKINFO"))
                    kind = attrValue(f.children, "IFLA_INFO_KIND");
            }
            m.summary = NlDecoder::tr("%1 index %2 %3 mtu %4").arg(attrValue(attrs, "IFLA_IFNAME"), header[2].value,
                                                                  attrValue(attrs, "IFLA_OPERSTATE"), attrValue(attrs, "IFLA_MTU"));
            if (!kind.isEmpty())
                m.summary += QLatin1Char(' ') + kind;
        } else if (defs == addrAttrs) {
            const QString a1 = attrValue(attrs, "IFA_LOCAL").isEmpty() ? attrValue(attrs, "IFA_ADDRESS") : attrValue(attrs, "IFA_LOCAL");
            m.summary = NlDecoder::tr("%1/%2 on index %3").arg(a1, header[1].value, header[4].value);
        } else if (defs == routeAttrs) {
            const QString dst = attrValue(attrs, "RTA_DST");
            m.summary = (dst.isEmpty() ? QStringLiteral("default") : dst + QLatin1Char('/') + header[1].value);
            if (!attrValue(attrs, "RTA_GATEWAY").isEmpty())
                m.summary += NlDecoder::tr(" via %1").arg(attrValue(attrs, "RTA_GATEWAY"));
            if (!attrValue(attrs, "RTA_OIF").isEmpty())
                m.summary += NlDecoder::tr(" dev index %1").arg(attrValue(attrs, "RTA_OIF"));
            m.summary += NlDecoder::tr(" table %1 %2").arg(routeTable(attrValue(attrs, "RTA_TABLE").toUInt()), header[7].value);
        } else if (defs == neighAttrs) {
            m.summary = NlDecoder::tr("%1 lladdr %2 index %3 %4").arg(attrValue(attrs, "NDA_DST"), attrValue(attrs, "NDA_LLADDR"),
                                                                      header[1].value, header[2].value);
        }
    }
    return;
shortHeader:
    m.error = NlDecoder::tr("malformed: %1 bytes are too few for the family header").arg(d.size());
    NlField bad = field(NlDecoder::tr("family header"), m.error, base, int(d.size()), kFamilyHeaderKey);
    bad.error = true;
    m.tree.children.append(bad);
}

} // namespace kc::nldecode
