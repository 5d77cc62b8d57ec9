// SPDX-License-Identifier: GPL-2.0-or-later
#include "nldecoder.h"

#include "io/jsonwriter.h"

#include "genlfamilies.h"

#include <QHash>
#include <QReadWriteLock>

#include <arpa/inet.h>
#include <cstdio>
#include <cstring>
#include <linux/genetlink.h>
#include <linux/if_addr.h>
#include <linux/if_link.h>
#include <linux/neighbour.h>
#include <linux/rtnetlink.h>
#include <sys/socket.h>

namespace kc {

namespace {

enum class Kind { U8, U16, U32, S32, U64, UInt, String, Mac, Ip, Nested, Binary, OperState };

struct AttrDef {
    int type;
    const char *name;
    Kind kind;
};

// Numbers come from the build's uapi headers, so a name can never drift
// from its number; A(IFLA_MTU, U32) is {IFLA_MTU, "IFLA_MTU", Kind::U32}.
#define A(name, kind) {name, #name, Kind::kind}
constexpr AttrDef End = {0, nullptr, Kind::Binary};

const AttrDef linkInfoAttrs[] = {
    A(IFLA_INFO_KIND, String), A(IFLA_INFO_DATA, Binary), A(IFLA_INFO_XSTATS, Binary),
    A(IFLA_INFO_SLAVE_KIND, String), A(IFLA_INFO_SLAVE_DATA, Binary), End};

// Attributes newer than the headers of the oldest build we support, by
// their fixed numbers (uapi numbers never change).
static_assert(IFLA_DPLL_PIN == 65, "if_link.h numbering");

const AttrDef linkAttrs[] = {
    A(IFLA_ADDRESS, Mac), A(IFLA_BROADCAST, Mac), A(IFLA_IFNAME, String), A(IFLA_MTU, U32), A(IFLA_LINK, U32),
    A(IFLA_QDISC, String), A(IFLA_STATS, Binary), A(IFLA_COST, Binary), A(IFLA_PRIORITY, Binary), A(IFLA_MASTER, U32),
    A(IFLA_WIRELESS, Binary), A(IFLA_PROTINFO, Binary), A(IFLA_TXQLEN, U32), A(IFLA_MAP, Binary), A(IFLA_WEIGHT, Binary),
    A(IFLA_OPERSTATE, OperState), A(IFLA_LINKMODE, U8), A(IFLA_LINKINFO, Nested), A(IFLA_NET_NS_PID, U32),
    A(IFLA_IFALIAS, String), A(IFLA_NUM_VF, U32), A(IFLA_VFINFO_LIST, Binary), A(IFLA_STATS64, Binary),
    A(IFLA_VF_PORTS, Binary), A(IFLA_PORT_SELF, Binary), A(IFLA_AF_SPEC, Binary), A(IFLA_GROUP, U32),
    A(IFLA_NET_NS_FD, S32), A(IFLA_EXT_MASK, U32), A(IFLA_PROMISCUITY, U32), A(IFLA_NUM_TX_QUEUES, U32),
    A(IFLA_NUM_RX_QUEUES, U32), A(IFLA_CARRIER, U8), A(IFLA_PHYS_PORT_ID, Binary), A(IFLA_CARRIER_CHANGES, U32),
    A(IFLA_PHYS_SWITCH_ID, Binary), A(IFLA_LINK_NETNSID, S32), A(IFLA_PHYS_PORT_NAME, String), A(IFLA_PROTO_DOWN, U8),
    A(IFLA_GSO_MAX_SEGS, U32), A(IFLA_GSO_MAX_SIZE, U32), A(IFLA_PAD, Binary), A(IFLA_XDP, Binary), A(IFLA_EVENT, U32),
    A(IFLA_NEW_NETNSID, S32), A(IFLA_TARGET_NETNSID, S32), A(IFLA_CARRIER_UP_COUNT, U32),
    A(IFLA_CARRIER_DOWN_COUNT, U32), A(IFLA_NEW_IFINDEX, S32), A(IFLA_MIN_MTU, U32), A(IFLA_MAX_MTU, U32),
    A(IFLA_PROP_LIST, Binary), A(IFLA_ALT_IFNAME, String), A(IFLA_PERM_ADDRESS, Mac), A(IFLA_PROTO_DOWN_REASON, Binary),
    A(IFLA_PARENT_DEV_NAME, String), A(IFLA_PARENT_DEV_BUS_NAME, String), A(IFLA_GRO_MAX_SIZE, U32),
    A(IFLA_TSO_MAX_SIZE, U32), A(IFLA_TSO_MAX_SEGS, U32), A(IFLA_ALLMULTI, U32), A(IFLA_DEVLINK_PORT, Binary),
    A(IFLA_GSO_IPV4_MAX_SIZE, U32), A(IFLA_GRO_IPV4_MAX_SIZE, U32), A(IFLA_DPLL_PIN, Binary),
    {66, "IFLA_MAX_PACING_OFFLOAD_HORIZON", Kind::UInt}, {67, "IFLA_NETNS_IMMUTABLE", Kind::U8},
    {68, "IFLA_HEADROOM", Kind::U16}, {69, "IFLA_TAILROOM", Kind::U16}, End};

const AttrDef addrAttrs[] = {
    A(IFA_ADDRESS, Ip), A(IFA_LOCAL, Ip), A(IFA_LABEL, String), A(IFA_BROADCAST, Ip), A(IFA_ANYCAST, Ip),
    A(IFA_CACHEINFO, Binary), A(IFA_MULTICAST, Ip), A(IFA_FLAGS, U32), A(IFA_RT_PRIORITY, U32),
    A(IFA_TARGET_NETNSID, S32), A(IFA_PROTO, U8), End};

const AttrDef routeAttrs[] = {
    A(RTA_DST, Ip), A(RTA_SRC, Ip), A(RTA_IIF, U32), A(RTA_OIF, U32), A(RTA_GATEWAY, Ip), A(RTA_PRIORITY, U32),
    A(RTA_PREFSRC, Ip), A(RTA_METRICS, Binary), A(RTA_MULTIPATH, Binary), A(RTA_FLOW, U32), A(RTA_CACHEINFO, Binary),
    A(RTA_TABLE, U32), A(RTA_MARK, U32), A(RTA_MFC_STATS, Binary), A(RTA_VIA, Binary), A(RTA_NEWDST, Binary),
    A(RTA_PREF, U8), A(RTA_ENCAP_TYPE, U16), A(RTA_ENCAP, Binary), A(RTA_EXPIRES, U32), A(RTA_PAD, Binary),
    A(RTA_UID, U32), A(RTA_TTL_PROPAGATE, U8), A(RTA_IP_PROTO, U8), A(RTA_SPORT, U16), A(RTA_DPORT, U16),
    A(RTA_NH_ID, U32), End};

const AttrDef neighAttrs[] = {
    A(NDA_DST, Ip), A(NDA_LLADDR, Mac), A(NDA_CACHEINFO, Binary), A(NDA_PROBES, U32), A(NDA_VLAN, U16),
    A(NDA_PORT, U16), A(NDA_VNI, U32), A(NDA_IFINDEX, U32), A(NDA_MASTER, U32), A(NDA_LINK_NETNSID, S32),
    A(NDA_SRC_VNI, U32), A(NDA_PROTOCOL, U8), A(NDA_NH_ID, U32), A(NDA_FDB_EXT_ATTRS, Binary), A(NDA_FLAGS_EXT, U32),
    A(NDA_NDM_STATE_MASK, U16), A(NDA_NDM_FLAGS_MASK, U8), End};

const AttrDef ctrlAttrs[] = {
    A(CTRL_ATTR_FAMILY_ID, U16), A(CTRL_ATTR_FAMILY_NAME, String), A(CTRL_ATTR_VERSION, U32), A(CTRL_ATTR_HDRSIZE, U32),
    A(CTRL_ATTR_MAXATTR, U32), A(CTRL_ATTR_OPS, Binary), A(CTRL_ATTR_MCAST_GROUPS, Binary), A(CTRL_ATTR_POLICY, Binary),
    A(CTRL_ATTR_OP_POLICY, Binary), A(CTRL_ATTR_OP, U32), End};
#undef A

template<typename T>
T readAt(QByteArrayView d, int off)
{
    T v;
    std::memcpy(&v, d.data() + off, sizeof v);
    return v;
}

QString hexOf(QByteArrayView d)
{
    return QString::fromLatin1(QByteArray(d.data(), d.size()).toHex(' '));
}

QString ipOf(QByteArrayView d, int family)
{
    char text[INET6_ADDRSTRLEN] = {};
    if (d.size() == 4 && (family == AF_INET || family == 0))
        inet_ntop(AF_INET, d.data(), text, sizeof text);
    else if (d.size() == 16)
        inet_ntop(AF_INET6, d.data(), text, sizeof text);
    else
        return hexOf(d);
    return QString::fromLatin1(text);
}

QString macOf(QByteArrayView d)
{
    return QString::fromLatin1(QByteArray(d.data(), d.size()).toHex(':'));
}

QString operState(quint8 v)
{
    static const char *const names[] = {"UNKNOWN", "NOTPRESENT", "DOWN", "LOWERLAYERDOWN", "TESTING", "DORMANT", "UP"};
    return v < 7 ? QString::fromLatin1(names[v]) : QString::number(v);
}

QString ifFlags(quint32 f)
{
    static const char *const names[] = {"UP", "BROADCAST", "DEBUG", "LOOPBACK", "POINTOPOINT", "NOTRAILERS",
                                        "RUNNING", "NOARP", "PROMISC", "ALLMULTI", "MASTER", "SLAVE",
                                        "MULTICAST", "PORTSEL", "AUTOMEDIA", "DYNAMIC", "LOWER_UP", "DORMANT", "ECHO"};
    QStringList out;
    for (int b = 0; b < 19; ++b) {
        if (f & (1u << b))
            out.append(QString::fromLatin1(names[b]));
    }
    return out.join(QLatin1Char(','));
}

QString routeTable(quint32 t)
{
    switch (t) {
    case 253: return QStringLiteral("default");
    case 254: return QStringLiteral("main");
    case 255: return QStringLiteral("local");
    default: return QString::number(t);
    }
}

QString routeType(quint8 t)
{
    static const char *const names[] = {"unspec", "unicast", "local", "broadcast", "anycast", "multicast",
                                        "blackhole", "unreachable", "prohibit", "throw", "nat", "xresolve"};
    return t < 12 ? QString::fromLatin1(names[t]) : QString::number(t);
}

QString neighState(quint16 s)
{
    static const char *const names[] = {"INCOMPLETE", "REACHABLE", "STALE", "DELAY", "PROBE", "FAILED", "NOARP", "PERMANENT"};
    QStringList out;
    for (int b = 0; b < 8; ++b) {
        if (s & (1u << b))
            out.append(QString::fromLatin1(names[b]));
    }
    return out.isEmpty() ? QStringLiteral("NONE") : out.join(QLatin1Char(','));
}

NlField field(QString name, QString value, int offset, int length, const char *key = nullptr)
{
    NlField f;
    f.name = std::move(name);
    f.value = std::move(value);
    f.key = key;
    f.offset = offset;
    f.length = length;
    return f;
}

// JSON keys of the nodes whose display names are translated.
constexpr char kHeaderKey[] = "nlmsghdr";
constexpr char kFamilyHeaderKey[] = "family_header";
constexpr char kAttributesKey[] = "attributes";
constexpr char kPayloadKey[] = "payload";
constexpr char kUeventHeaderKey[] = "header";
constexpr char kEntryKey[] = "entry";
constexpr char kTrailingKey[] = "trailing_bytes";

// An attribute table indexed by type, with each name made into a QString
// once: names repeat in every message, and a scan of the table per
// attribute cost more than the rest of decoding it.
struct AttrIndex {
    QList<const AttrDef *> byType;
    QList<QString> names;
};

const AttrIndex &attrIndex(const AttrDef *defs)
{
    static thread_local QHash<const AttrDef *, AttrIndex> cache;
    auto it = cache.find(defs);
    if (it != cache.end())
        return *it;
    AttrIndex index;
    for (const AttrDef *d = defs; d->name; ++d) {
        if (d->type >= index.byType.size()) {
            index.byType.resize(d->type + 1, nullptr);
            index.names.resize(d->type + 1);
        }
        if (!index.byType[d->type]) { // the first of two names for one number wins
            index.byType[d->type] = d;
            index.names[d->type] = QString::fromLatin1(d->name);
        }
    }
    return *cache.insert(defs, std::move(index));
}

// Decodes the attributes in d[from, to); `base` is d's offset in the datagram.
void decodeAttrs(QByteArrayView d, int from, int to, int base, const AttrDef *defs, int family, int depth,
                 QList<NlField> &out, QString *error)
{
    const AttrIndex *index = defs ? &attrIndex(defs) : nullptr;
    int off = from;
    while (off + 4 <= to) {
        const quint16 len = readAt<quint16>(d, off);
        const quint16 rawType = readAt<quint16>(d, off + 2);
        const quint16 type = rawType & 0x3fff; // drop NLA_F_NESTED / NET_BYTEORDER
        if (len < 4 || off + len > to) {
            NlField bad = field(QStringLiteral("attribute"), NlDecoder::tr("malformed: length %1 at offset %2 runs past the message").arg(len).arg(base + off), base + off, to - off);
            bad.error = true;
            out.append(bad);
            if (error && error->isEmpty())
                *error = bad.value;
            return; // a zero or bad length would loop or overrun: stop here
        }
        const QByteArrayView payload = d.sliced(off + 4, len - 4);
        const AttrDef *def = index && type < index->byType.size() ? index->byType[type] : nullptr;
        NlField f = field(def ? index->names[type] : NlDecoder::tr("attribute %1").arg(type), QString(), base + off, len,
                          def ? def->name : nullptr);
        f.attrType = type;
        const Kind kind = def ? def->kind : Kind::Binary;
        auto sized = [&](int n) { return payload.size() >= n; };
        switch (kind) {
        case Kind::U8: f.value = sized(1) ? QString::number(quint8(payload[0])) : hexOf(payload); break;
        case Kind::U16: f.value = sized(2) ? QString::number(readAt<quint16>(payload, 0)) : hexOf(payload); break;
        case Kind::U32: f.value = sized(4) ? QString::number(readAt<quint32>(payload, 0)) : hexOf(payload); break;
        case Kind::S32: f.value = sized(4) ? QString::number(readAt<qint32>(payload, 0)) : hexOf(payload); break;
        case Kind::U64: f.value = sized(8) ? QString::number(readAt<quint64>(payload, 0)) : hexOf(payload); break;
        case Kind::UInt: // NLA_UINT: 4 or 8 bytes
            f.value = payload.size() == 8 ? QString::number(readAt<quint64>(payload, 0))
                : payload.size() == 4 ? QString::number(readAt<quint32>(payload, 0)) : hexOf(payload);
            break;
        case Kind::String: {
            QByteArrayView s = payload;
            const qsizetype nul = s.indexOf('\0');
            if (nul >= 0)
                s = s.first(nul);
            f.value = QString::fromUtf8(s.data(), s.size());
            break;
        }
        case Kind::Mac: f.value = macOf(payload); break;
        case Kind::Ip: f.value = ipOf(payload, family); break;
        case Kind::OperState: f.value = sized(1) ? operState(quint8(payload[0])) : hexOf(payload); break;
        case Kind::Nested:
            if (depth < 8)
                decodeAttrs(d, off + 4, off + len, base, defs == linkAttrs ? linkInfoAttrs : nullptr, family, depth + 1, f.children, error);
            break;
        case Kind::Binary:
            f.value = payload.size() <= 32 ? hexOf(payload) : NlDecoder::tr("%Ln byte(s)", nullptr, int(payload.size()));
            break;
        }
        out.append(std::move(f));
        off += (len + 3) & ~3;
    }
    if (off < to && to - off < 4 && to - off > 0) {
        NlField tail = field(NlDecoder::tr("trailing bytes"), hexOf(d.sliced(off, to - off)), base + off, to - off, kTrailingKey);
        tail.error = true;
        out.append(tail);
    }
}

QString attrValue(const QList<NlField> &attrs, const char *name)
{
    for (const NlField &f : attrs) {
        if (f.name == QLatin1String(name))
            return f.value;
    }
    return {};
}

void decodeRoute(QByteArrayView d, int base, NlMessage &m)
{
    const int type = m.type;
    QList<NlField> header;
    QList<NlField> attrs;
    attrs.reserve(48);
    int family = 0;
    int hdr = 0;
    const AttrDef *defs = nullptr;
    if (type >= 16 && type <= 19) { // LINK
        hdr = 16;
        if (d.size() < hdr)
            goto shortHeader;
        family = quint8(d[0]);
        header = {field(QStringLiteral("ifi_family"), QString::number(family), base, 1),
                  field(QStringLiteral("ifi_type"), QString::number(readAt<quint16>(d, 2)), base + 2, 2),
                  field(QStringLiteral("ifi_index"), QString::number(readAt<qint32>(d, 4)), base + 4, 4),
                  field(QStringLiteral("ifi_flags"), ifFlags(readAt<quint32>(d, 8)), base + 8, 4),
                  field(QStringLiteral("ifi_change"), QStringLiteral("0x%1").arg(readAt<quint32>(d, 12), 0, 16), base + 12, 4)};
        defs = linkAttrs;
    } else if (type >= 20 && type <= 23) { // ADDR
        hdr = 8;
        if (d.size() < hdr)
            goto shortHeader;
        family = quint8(d[0]);
        header = {field(QStringLiteral("ifa_family"), family == AF_INET ? QStringLiteral("AF_INET") : family == AF_INET6 ? QStringLiteral("AF_INET6") : QString::number(family), base, 1),
                  field(QStringLiteral("ifa_prefixlen"), QString::number(quint8(d[1])), base + 1, 1),
                  field(QStringLiteral("ifa_flags"), QString::number(quint8(d[2])), base + 2, 1),
                  field(QStringLiteral("ifa_scope"), QString::number(quint8(d[3])), base + 3, 1),
                  field(QStringLiteral("ifa_index"), QString::number(readAt<quint32>(d, 4)), base + 4, 4)};
        defs = addrAttrs;
    } else if (type >= 24 && type <= 27) { // ROUTE
        hdr = 12;
        if (d.size() < hdr)
            goto shortHeader;
        family = quint8(d[0]);
        header = {field(QStringLiteral("rtm_family"), family == AF_INET ? QStringLiteral("AF_INET") : family == AF_INET6 ? QStringLiteral("AF_INET6") : QString::number(family), base, 1),
                  field(QStringLiteral("rtm_dst_len"), QString::number(quint8(d[1])), base + 1, 1),
                  field(QStringLiteral("rtm_src_len"), QString::number(quint8(d[2])), base + 2, 1),
                  field(QStringLiteral("rtm_tos"), QString::number(quint8(d[3])), base + 3, 1),
                  field(QStringLiteral("rtm_table"), routeTable(quint8(d[4])), base + 4, 1),
                  field(QStringLiteral("rtm_protocol"), QString::number(quint8(d[5])), base + 5, 1),
                  field(QStringLiteral("rtm_scope"), QString::number(quint8(d[6])), base + 6, 1),
                  field(QStringLiteral("rtm_type"), routeType(quint8(d[7])), base + 7, 1),
                  field(QStringLiteral("rtm_flags"), QStringLiteral("0x%1").arg(readAt<quint32>(d, 8), 0, 16), base + 8, 4)};
        defs = routeAttrs;
    } else if (type >= 28 && type <= 30) { // NEIGH
        hdr = 12;
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
        m.tree.children.append(field(NlDecoder::tr("payload"), d.size() <= 64 ? hexOf(d) : NlDecoder::tr("%Ln byte(s)", nullptr, int(d.size())), base, int(d.size()), kPayloadKey));
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

// Generic netlink: genlmsghdr (cmd, version), then the family's attributes;
// the controller's own are named, other families' are shown raw.
void decodeGenl(QByteArrayView d, int base, NlMessage &m)
{
    if (d.size() < 4) {
        m.error = NlDecoder::tr("malformed: %1 bytes are too few for the generic netlink header").arg(d.size());
        NlField bad = field(QStringLiteral("genlmsghdr"), m.error, base, int(d.size()));
        bad.error = true;
        m.tree.children.append(bad);
        return;
    }
    const quint8 cmd = quint8(d[0]);
    NlField h = field(QStringLiteral("genlmsghdr"), QString(), base, 4);
    const QString cmdName = m.type == 16 ? GenlFamilies::controllerCommand(cmd) : QString();
    h.children = {field(QStringLiteral("cmd"), cmdName.isEmpty() ? QString::number(cmd) : cmdName, base, 1),
                  field(QStringLiteral("version"), QString::number(quint8(d[1])), base + 1, 1)};
    m.tree.children.append(std::move(h));
    QList<NlField> attrs;
    decodeAttrs(d, 4, int(d.size()), base, m.type == 16 ? ctrlAttrs : nullptr, 0, 0, attrs, &m.error);
    if (m.type == 16) {
        m.typeName = cmdName.isEmpty() ? m.typeName : cmdName;
        m.summary = attrValue(attrs, "CTRL_ATTR_FAMILY_NAME");
        if (!m.summary.isEmpty())
            m.summary += NlDecoder::tr(" (family %1)").arg(attrValue(attrs, "CTRL_ATTR_FAMILY_ID"));
    } else {
        m.summary = NlDecoder::tr("command %1").arg(cmd);
    }
    NlField a = field(NlDecoder::tr("attributes"), NlDecoder::tr("%Ln attribute(s)", nullptr, int(attrs.size())), base + 4, int(d.size()) - 4,
                      kAttributesKey);
    a.children = std::move(attrs);
    m.tree.children.append(std::move(a));
}

// The process connector: cn_msg, then a proc_event whose payload depends
// on what happened.
void decodeConnector(QByteArrayView d, int base, NlMessage &m)
{
    if (d.size() < 20) {
        m.error = NlDecoder::tr("malformed: %1 bytes are too few for a connector message").arg(d.size());
        NlField bad = field(QStringLiteral("cn_msg"), m.error, base, int(d.size()));
        bad.error = true;
        m.tree.children.append(bad);
        return;
    }
    const quint32 idx = readAt<quint32>(d, 0), val = readAt<quint32>(d, 4);
    const quint16 len = readAt<quint16>(d, 16);
    NlField cn = field(QStringLiteral("cn_msg"), QString(), base, 20);
    cn.children = {field(QStringLiteral("id.idx"), idx == 1 ? QStringLiteral("CN_IDX_PROC") : QString::number(idx), base, 4),
                   field(QStringLiteral("id.val"), QString::number(val), base + 4, 4),
                   field(QStringLiteral("seq"), QString::number(readAt<quint32>(d, 8)), base + 8, 4),
                   field(QStringLiteral("ack"), QString::number(readAt<quint32>(d, 12)), base + 12, 4),
                   field(QStringLiteral("len"), QString::number(len), base + 16, 2),
                   field(QStringLiteral("flags"), QString::number(readAt<quint16>(d, 18)), base + 18, 2)};
    m.tree.children.append(std::move(cn));
    if (idx != 1 || d.size() < 20 + 16) {
        m.tree.children.append(field(NlDecoder::tr("payload"), hexOf(d.sliced(20)), base + 20, int(d.size()) - 20, kPayloadKey));
        return;
    }
    const QByteArrayView ev = d.sliced(20);
    const quint32 what = readAt<quint32>(ev, 0);
    struct Kind {
        quint32 what;
        const char *name;
        QList<const char *> fields;
    };
    static const Kind kinds[] = {
        {0x0, "PROC_EVENT_NONE", {"err"}},
        {0x1, "PROC_EVENT_FORK", {"parent_pid", "parent_tgid", "child_pid", "child_tgid"}},
        {0x2, "PROC_EVENT_EXEC", {"process_pid", "process_tgid"}},
        {0x4, "PROC_EVENT_UID", {"process_pid", "process_tgid", "ruid", "euid"}},
        {0x40, "PROC_EVENT_GID", {"process_pid", "process_tgid", "rgid", "egid"}},
        {0x80, "PROC_EVENT_SID", {"process_pid", "process_tgid"}},
        {0x100, "PROC_EVENT_PTRACE", {"process_pid", "process_tgid", "tracer_pid", "tracer_tgid"}},
        {0x200, "PROC_EVENT_COMM", {"process_pid", "process_tgid"}},
        {0x40000000, "PROC_EVENT_COREDUMP", {"process_pid", "process_tgid", "parent_pid", "parent_tgid"}},
        {0x80000000, "PROC_EVENT_EXIT", {"process_pid", "process_tgid", "exit_code", "exit_signal", "parent_pid", "parent_tgid"}},
    };
    const Kind *kind = nullptr;
    for (const Kind &k : kinds) {
        if (k.what == (what & ~0x20000000u)) // PROC_EVENT_NONZERO_EXIT is a flag on exit
            kind = &k;
    }
    NlField pe = field(QStringLiteral("proc_event"), QString(), base + 20, int(ev.size()));
    pe.children = {field(QStringLiteral("what"), kind ? QString::fromLatin1(kind->name) : QStringLiteral("0x%1").arg(what, 0, 16), base + 20, 4),
                   field(QStringLiteral("cpu"), QString::number(readAt<quint32>(ev, 4)), base + 24, 4),
                   field(QStringLiteral("timestamp_ns"), QString::number(readAt<quint64>(ev, 8)), base + 28, 8)};
    QStringList summary;
    if (kind) {
        int off = 16;
        for (const char *name : kind->fields) {
            if (off + 4 > ev.size())
                break;
            const QString v = QString::number(readAt<qint32>(ev, off));
            pe.children.append(field(QString::fromLatin1(name), v, base + 20 + off, 4));
            summary.append(QString::fromLatin1(name) + QLatin1Char('=') + v);
            off += 4;
        }
        if (kind->what == 0x200 && ev.size() >= 16 + 8 + 16) {
            QByteArrayView comm = ev.sliced(24, 16);
            if (const qsizetype nul = comm.indexOf('\0'); nul >= 0)
                comm = comm.first(nul);
            pe.children.append(field(QStringLiteral("comm"), QString::fromUtf8(comm.data(), comm.size()), base + 20 + 24, 16));
            summary.append(QStringLiteral("comm=") + pe.children.last().value);
        }
        m.typeName = QString::fromLatin1(kind->name);
    }
    m.summary = summary.join(QLatin1Char(' '));
    m.tree.children.append(std::move(pe));
}

// A kernel uevent is no nlmsghdr message: "ACTION@DEVPATH" and NUL-separated
// KEY=VALUE strings, each shown with its bytes.
NlMessage decodeUevent(QByteArrayView d)
{
    NlMessage m;
    m.tree.name = QStringLiteral("uevent");
    m.tree.length = int(d.size());
    qsizetype pos = 0;
    while (pos < d.size()) {
        qsizetype end = d.indexOf('\0', pos);
        if (end < 0)
            end = d.size();
        const QByteArrayView item = d.sliced(pos, end - pos);
        if (pos == 0) {
            const qsizetype at = item.indexOf('@');
            if (at <= 0 || item.startsWith("libudev")) {
                m.error = at <= 0 ? NlDecoder::tr("malformed: a kernel uevent starts with ACTION@DEVPATH")
                                  : NlDecoder::tr("a message from udev (libudev header), not from the kernel");
                NlField bad = field(NlDecoder::tr("header"), m.error, 0, int(item.size()), kUeventHeaderKey);
                bad.error = true;
                m.tree.children.append(bad);
                m.tree.error = true;
                return m;
            }
            m.typeName = QString::fromUtf8(item.first(at).data(), at);
            m.tree.children.append(field(NlDecoder::tr("header"), QString::fromUtf8(item.data(), item.size()), 0, int(item.size()), kUeventHeaderKey));
        } else if (!item.isEmpty()) {
            const qsizetype eq = item.indexOf('=');
            NlField f = field(eq > 0 ? QString::fromUtf8(item.first(eq).data(), eq) : NlDecoder::tr("entry"),
                              eq > 0 ? QString::fromUtf8(item.sliced(eq + 1).data(), item.size() - eq - 1) : QString::fromUtf8(item.data(), item.size()),
                              int(pos), int(item.size()), eq > 0 ? nullptr : kEntryKey);
            f.error = eq <= 0;
            m.tree.children.append(std::move(f));
        }
        pos = end + 1;
    }
    m.summary = attrValue(m.tree.children, "DEVPATH") + QStringLiteral(" (") + attrValue(m.tree.children, "SUBSYSTEM") + QLatin1Char(')');
    m.tree.value = m.typeName;
    return m;
}

} // namespace

namespace {
QReadWriteLock genlNamesLock;
QHash<quint16, QString> genlNames;
} // namespace

void NlDecoder::setGenlFamilyNames(const QHash<quint16, QString> &names)
{
    QWriteLocker lock(&genlNamesLock);
    genlNames = names;
}

QString NlDecoder::messageTypeName(int protocol, quint16 type)
{
    switch (type) {
    case 1: return QStringLiteral("NLMSG_NOOP");
    case 2: return QStringLiteral("NLMSG_ERROR");
    case 3: return QStringLiteral("NLMSG_DONE");
    case 4: return QStringLiteral("NLMSG_OVERRUN");
    }
    if (protocol == 16) {
        if (type == 16)
            return QStringLiteral("GENL_ID_CTRL");
        {
            QReadLocker lock(&genlNamesLock);
            if (const QString name = genlNames.value(type); !name.isEmpty())
                return NlDecoder::tr("%1 (genl family %2)").arg(name).arg(type);
        }
        return NlDecoder::tr("genl family %1").arg(type);
    }
    if (protocol == 0) {
        static const char *const names[] = {"RTM_NEWLINK", "RTM_DELLINK", "RTM_GETLINK", "RTM_SETLINK",
                                            "RTM_NEWADDR", "RTM_DELADDR", "RTM_GETADDR", nullptr,
                                            "RTM_NEWROUTE", "RTM_DELROUTE", "RTM_GETROUTE", nullptr,
                                            "RTM_NEWNEIGH", "RTM_DELNEIGH", "RTM_GETNEIGH", nullptr,
                                            "RTM_NEWRULE", "RTM_DELRULE", "RTM_GETRULE", nullptr,
                                            "RTM_NEWQDISC", "RTM_DELQDISC", "RTM_GETQDISC", nullptr};
        if (type >= 16 && type < 16 + 24 && names[type - 16])
            return QString::fromLatin1(names[type - 16]);
        if (type == 80)
            return QStringLiteral("RTM_NEWNETCONF");
        if (type == 81)
            return QStringLiteral("RTM_DELNETCONF");
        if (type == 88)
            return QStringLiteral("RTM_NEWNSID");
        if (type == 89)
            return QStringLiteral("RTM_DELNSID");
    }
    return QString::number(type);
}

QString NlDecoder::messageFlagNames(quint16 type, quint16 flags)
{
    QStringList out;
    if (flags & 0x1) out.append(QStringLiteral("NLM_F_REQUEST"));
    if (flags & 0x2) out.append(QStringLiteral("NLM_F_MULTI"));
    if (flags & 0x4) out.append(QStringLiteral("NLM_F_ACK"));
    if (flags & 0x8) out.append(QStringLiteral("NLM_F_ECHO"));
    if (flags & 0x10) out.append(QStringLiteral("NLM_F_DUMP_INTR"));
    // The high byte means different things for new and get requests.
    const bool isNew = type >= 16 && (type - 16) % 4 == 0;
    if (isNew) {
        if (flags & 0x100) out.append(QStringLiteral("NLM_F_REPLACE"));
        if (flags & 0x200) out.append(QStringLiteral("NLM_F_EXCL"));
        if (flags & 0x400) out.append(QStringLiteral("NLM_F_CREATE"));
        if (flags & 0x800) out.append(QStringLiteral("NLM_F_APPEND"));
    } else {
        if (flags & 0x100) out.append(QStringLiteral("NLM_F_ROOT"));
        if (flags & 0x200) out.append(QStringLiteral("NLM_F_MATCH"));
        if (flags & 0x400) out.append(QStringLiteral("NLM_F_ATOMIC"));
    }
    return out.join(QLatin1Char('|'));
}

namespace {

void appendField(QByteArray &out, const NlField &f)
{
    out += "{\"name\":";
    json::appendString(out, f.name);
    out += ",\"value\":";
    json::appendString(out, f.value);
    out += ",\"offset\":" + QByteArray::number(f.offset) + ",\"length\":" + QByteArray::number(f.length);
    if (f.error)
        out += ",\"error\":true";
    if (!f.children.isEmpty()) {
        out += ",\"children\":[";
        for (qsizetype i = 0; i < f.children.size(); ++i) {
            if (i)
                out += ',';
            appendField(out, f.children[i]);
        }
        out += ']';
    }
    out += '}';
}

// Keys are static names (compared by address: each is one string, in an
// attribute table or a constant above), unnamed attribute types, or the
// field's own name.
bool sameKey(const NlField &a, const NlField &b)
{
    if (a.key || b.key)
        return a.key == b.key;
    if (a.attrType >= 0 || b.attrType >= 0)
        return a.attrType == b.attrType;
    return a.name == b.name;
}

void appendKey(QByteArray &out, const NlField &f)
{
    out += '"';
    if (f.key) {
        out += f.key; // identifiers from our tables: nothing to escape
        out += "\":";
        return;
    }
    if (f.attrType >= 0) {
        out += "attr_" + QByteArray::number(f.attrType) + "\":";
        return;
    }
    out.chop(1);
    json::appendString(out, f.name);
    out += ':';
}

void appendObject(QByteArray &out, const QList<NlField> &fields, const char *skip);

void appendValue(QByteArray &out, const NlField &f)
{
    if (f.children.isEmpty())
        json::appendString(out, f.value);
    else
        appendObject(out, f.children, nullptr);
}

// True when `fields` are attributes of types below 256, none repeated: the
// common case, written without looking for repeats pairwise.
bool distinctSmallTypes(const QList<NlField> &fields)
{
    quint64 seen[4] = {};
    for (const NlField &f : fields) {
        if (f.attrType < 0 || f.attrType >= 256)
            return false;
        quint64 &word = seen[f.attrType >> 6];
        const quint64 bit = quint64(1) << (f.attrType & 63);
        if (word & bit)
            return false;
        word |= bit;
    }
    return true;
}

void appendObject(QByteArray &out, const QList<NlField> &fields, const char *skip)
{
    out += '{';
    bool first = true;
    const qsizetype n = fields.size();
    if (!skip && distinctSmallTypes(fields)) {
        for (const NlField &f : fields) {
            if (!first)
                out += ',';
            first = false;
            appendKey(out, f);
            appendValue(out, f);
        }
        out += '}';
        return;
    }
    for (qsizetype i = 0; i < n; ++i) {
        const NlField &f = fields[i];
        if (skip && f.key == skip)
            continue;
        bool repeat = false;
        for (qsizetype j = 0; j < i && !repeat; ++j)
            repeat = sameKey(fields[j], f);
        if (repeat)
            continue; // written with its first occurrence
        qsizetype count = 1;
        for (qsizetype j = i + 1; j < n; ++j)
            count += sameKey(fields[j], f);
        if (!first)
            out += ',';
        first = false;
        appendKey(out, f);
        if (count == 1) {
            appendValue(out, f);
            continue;
        }
        out += '[';
        appendValue(out, f);
        for (qsizetype j = i + 1; j < n; ++j) {
            if (sameKey(fields[j], f)) {
                out += ',';
                appendValue(out, fields[j]);
            }
        }
        out += ']';
    }
    out += '}';
}

} // namespace

void NlDecoder::appendJson(QByteArray &out, const NlMessage &m, const QString &time, const QString &protocol, JsonShape shape)
{
    out += "{\"time\":";
    json::appendString(out, time);
    out += ",\"protocol\":";
    json::appendString(out, protocol);
    out += ",\"type\":";
    json::appendString(out, m.typeName);
    out += ",\"flags\":";
    json::appendString(out, m.flagNames);
    out += ",\"seq\":" + QByteArray::number(m.seq) + ",\"pid\":" + QByteArray::number(m.pid)
        + ",\"length\":" + QByteArray::number(m.tree.length) + ",\"summary\":";
    json::appendString(out, m.summary);
    if (!m.error.isEmpty()) {
        out += ",\"error\":";
        json::appendString(out, m.error);
    }
    if (shape == JsonShape::Tree) {
        out += ",\"tree\":";
        appendField(out, m.tree);
    } else {
        out += ",\"fields\":";
        appendObject(out, m.tree.children, kHeaderKey);
    }
    out += "}\n";
}

QList<NlMessage> NlDecoder::decode(int protocol, QByteArrayView datagram)
{
    QList<NlMessage> out;
    if (protocol == 15) { // NETLINK_KOBJECT_UEVENT carries no netlink header
        out.append(decodeUevent(datagram));
        return out;
    }
    int off = 0;
    const int total = int(datagram.size());
    while (off < total) {
        NlMessage m;
        m.tree.name = tr("netlink message");
        m.tree.children.reserve(3); // nlmsghdr, family header, attributes
        m.tree.offset = off;
        if (total - off < 16) {
            m.error = tr("malformed: %Ln byte(s) left, too few for a 16-byte netlink header", nullptr, total - off);
            m.tree.value = m.error;
            m.tree.length = total - off;
            m.tree.error = true;
            out.append(m);
            break;
        }
        const quint32 len = readAt<quint32>(datagram, off);
        m.type = readAt<quint16>(datagram, off + 4);
        m.flags = readAt<quint16>(datagram, off + 6);
        m.seq = readAt<quint32>(datagram, off + 8);
        m.pid = readAt<quint32>(datagram, off + 12);
        m.typeName = messageTypeName(protocol, m.type);
        m.flagNames = messageFlagNames(m.type, m.flags);
        NlField hdr = field(QStringLiteral("nlmsghdr"), QString(), off, 16, kHeaderKey);
        hdr.children = {field(QStringLiteral("nlmsg_len"), QString::number(len), off, 4),
                        field(QStringLiteral("nlmsg_type"), m.typeName, off + 4, 2),
                        field(QStringLiteral("nlmsg_flags"), m.flagNames.isEmpty() ? QStringLiteral("0") : m.flagNames, off + 6, 2),
                        field(QStringLiteral("nlmsg_seq"), QString::number(m.seq), off + 8, 4),
                        field(QStringLiteral("nlmsg_pid"), QString::number(m.pid), off + 12, 4)};
        m.tree.children.append(std::move(hdr));
        m.tree.value = m.typeName;
        if (len < 16 || len > quint32(total - off)) {
            m.error = tr("malformed: nlmsg_len %1 does not fit the %Ln byte(s) received", nullptr, total - off).arg(len);
            m.tree.children.first().error = true;
            m.tree.error = true;
            m.tree.length = total - off;
            out.append(std::move(m));
            break; // the rest of the datagram cannot be located
        }
        m.tree.length = int(len);
        const QByteArrayView body = datagram.sliced(off + 16, len - 16);
        if (protocol == 0)
            decodeRoute(body, off + 16, m);
        else if (protocol == 16 && m.type >= 16)
            decodeGenl(body, off + 16, m);
        else if (protocol == 11)
            decodeConnector(body, off + 16, m);
        else if (len > 16)
            m.tree.children.append(field(tr("payload"), body.size() <= 64 ? hexOf(body) : tr("%Ln byte(s)", nullptr, int(body.size())), off + 16,
                                         int(body.size()), kPayloadKey));
        out.append(std::move(m));
        off += (int(len) + 3) & ~3;
    }
    return out;
}

} // namespace kc
