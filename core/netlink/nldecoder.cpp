// SPDX-License-Identifier: GPL-2.0-or-later
#include "nldecoder.h"

#include "io/jsonwriter.h"

#include "genlfamilies.h"

#include <QHash>
#include <QReadWriteLock>

#include <arpa/inet.h>
#include <cstdio>
#include <cstring>
#include <sys/socket.h>

namespace kc {

namespace {

enum class Kind { U8, U16, U32, S32, U64, String, Mac, Ip, Nested, Binary, OperState };

struct AttrDef {
    int type;
    const char *name;
    Kind kind;
};

const AttrDef linkInfoAttrs[] = {
    {1, "IFLA_INFO_KIND", Kind::String}, {2, "IFLA_INFO_DATA", Kind::Binary}, {3, "IFLA_INFO_XSTATS", Kind::Binary},
    {4, "IFLA_INFO_SLAVE_KIND", Kind::String}, {5, "IFLA_INFO_SLAVE_DATA", Kind::Binary}, {0, nullptr, Kind::Binary}};

const AttrDef linkAttrs[] = {
    {1, "IFLA_ADDRESS", Kind::Mac}, {2, "IFLA_BROADCAST", Kind::Mac}, {3, "IFLA_IFNAME", Kind::String},
    {4, "IFLA_MTU", Kind::U32}, {5, "IFLA_LINK", Kind::U32}, {6, "IFLA_QDISC", Kind::String},
    {7, "IFLA_STATS", Kind::Binary}, {10, "IFLA_MASTER", Kind::U32}, {13, "IFLA_TXQLEN", Kind::U32},
    {14, "IFLA_MAP", Kind::Binary}, {16, "IFLA_OPERSTATE", Kind::OperState}, {17, "IFLA_LINKMODE", Kind::U8},
    {18, "IFLA_LINKINFO", Kind::Nested}, {20, "IFLA_IFALIAS", Kind::String}, {21, "IFLA_NUM_VF", Kind::U32},
    {23, "IFLA_STATS64", Kind::Binary}, {26, "IFLA_AF_SPEC", Kind::Binary}, {27, "IFLA_GROUP", Kind::U32},
    {29, "IFLA_EXT_MASK", Kind::U32}, {30, "IFLA_PROMISCUITY", Kind::U32}, {31, "IFLA_NUM_TX_QUEUES", Kind::U32},
    {32, "IFLA_NUM_RX_QUEUES", Kind::U32}, {33, "IFLA_CARRIER", Kind::U8}, {34, "IFLA_PHYS_PORT_ID", Kind::Binary},
    {35, "IFLA_CARRIER_CHANGES", Kind::U32}, {37, "IFLA_PROTO_DOWN", Kind::U8}, {38, "IFLA_GSO_MAX_SEGS", Kind::U32},
    {39, "IFLA_GSO_MAX_SIZE", Kind::U32}, {40, "IFLA_PAD", Kind::Binary}, {41, "IFLA_XDP", Kind::Binary},
    {42, "IFLA_EVENT", Kind::U32}, {43, "IFLA_NEW_NETNSID", Kind::S32}, {45, "IFLA_TARGET_NETNSID", Kind::S32},
    {46, "IFLA_CARRIER_UP_COUNT", Kind::U32}, {47, "IFLA_CARRIER_DOWN_COUNT", Kind::U32},
    {48, "IFLA_NEW_IFINDEX", Kind::S32}, {49, "IFLA_MIN_MTU", Kind::U32}, {50, "IFLA_MAX_MTU", Kind::U32},
    {51, "IFLA_PROP_LIST", Kind::Binary}, {52, "IFLA_ALT_IFNAME", Kind::String}, {53, "IFLA_PERM_ADDRESS", Kind::Mac},
    {55, "IFLA_PARENT_DEV_NAME", Kind::String}, {56, "IFLA_PARENT_DEV_BUS_NAME", Kind::String},
    {57, "IFLA_GRO_MAX_SIZE", Kind::U32}, {58, "IFLA_TSO_MAX_SIZE", Kind::U32}, {59, "IFLA_TSO_MAX_SEGS", Kind::U32},
    {60, "IFLA_ALLMULTI", Kind::U32}, {62, "IFLA_GSO_IPV4_MAX_SIZE", Kind::U32}, {63, "IFLA_GRO_IPV4_MAX_SIZE", Kind::U32},
    {0, nullptr, Kind::Binary}};

const AttrDef addrAttrs[] = {
    {1, "IFA_ADDRESS", Kind::Ip}, {2, "IFA_LOCAL", Kind::Ip}, {3, "IFA_LABEL", Kind::String},
    {4, "IFA_BROADCAST", Kind::Ip}, {5, "IFA_ANYCAST", Kind::Ip}, {6, "IFA_CACHEINFO", Kind::Binary},
    {7, "IFA_MULTICAST", Kind::Ip}, {8, "IFA_FLAGS", Kind::U32}, {9, "IFA_RT_PRIORITY", Kind::U32},
    {10, "IFA_TARGET_NETNSID", Kind::S32}, {11, "IFA_PROTO", Kind::U8}, {0, nullptr, Kind::Binary}};

const AttrDef routeAttrs[] = {
    {1, "RTA_DST", Kind::Ip}, {2, "RTA_SRC", Kind::Ip}, {3, "RTA_IIF", Kind::U32}, {4, "RTA_OIF", Kind::U32},
    {5, "RTA_GATEWAY", Kind::Ip}, {6, "RTA_PRIORITY", Kind::U32}, {7, "RTA_PREFSRC", Kind::Ip},
    {8, "RTA_METRICS", Kind::Binary}, {9, "RTA_MULTIPATH", Kind::Binary}, {11, "RTA_FLOW", Kind::U32},
    {12, "RTA_CACHEINFO", Kind::Binary}, {15, "RTA_TABLE", Kind::U32}, {16, "RTA_MARK", Kind::U32},
    {18, "RTA_VIA", Kind::Binary}, {20, "RTA_PREF", Kind::U8}, {21, "RTA_ENCAP_TYPE", Kind::U16},
    {22, "RTA_ENCAP", Kind::Binary}, {23, "RTA_EXPIRES", Kind::U32}, {24, "RTA_PAD", Kind::Binary},
    {25, "RTA_UID", Kind::U32}, {26, "RTA_TTL_PROPAGATE", Kind::U8}, {27, "RTA_IP_PROTO", Kind::U8},
    {28, "RTA_SPORT", Kind::U16}, {29, "RTA_DPORT", Kind::U16}, {30, "RTA_NH_ID", Kind::U32}, {0, nullptr, Kind::Binary}};

const AttrDef neighAttrs[] = {
    {1, "NDA_DST", Kind::Ip}, {2, "NDA_LLADDR", Kind::Mac}, {3, "NDA_CACHEINFO", Kind::Binary},
    {4, "NDA_PROBES", Kind::U32}, {5, "NDA_VLAN", Kind::U16}, {6, "NDA_PORT", Kind::U16}, {7, "NDA_VNI", Kind::U32},
    {8, "NDA_IFINDEX", Kind::U32}, {9, "NDA_MASTER", Kind::U32}, {10, "NDA_LINK_NETNSID", Kind::S32},
    {11, "NDA_SRC_VNI", Kind::U32}, {12, "NDA_PROTOCOL", Kind::U8}, {13, "NDA_NH_ID", Kind::U32},
    {15, "NDA_FLAGS_EXT", Kind::U32}, {0, nullptr, Kind::Binary}};

const AttrDef ctrlAttrs[] = {
    {1, "CTRL_ATTR_FAMILY_ID", Kind::U16}, {2, "CTRL_ATTR_FAMILY_NAME", Kind::String}, {3, "CTRL_ATTR_VERSION", Kind::U32},
    {4, "CTRL_ATTR_HDRSIZE", Kind::U32}, {5, "CTRL_ATTR_MAXATTR", Kind::U32}, {6, "CTRL_ATTR_OPS", Kind::Binary},
    {7, "CTRL_ATTR_MCAST_GROUPS", Kind::Binary}, {8, "CTRL_ATTR_POLICY", Kind::Binary}, {9, "CTRL_ATTR_OP_POLICY", Kind::Binary},
    {10, "CTRL_ATTR_OP", Kind::U32}, {0, nullptr, Kind::Binary}};

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

NlField field(const QString &name, const QString &value, int offset, int length)
{
    NlField f;
    f.name = name;
    f.value = value;
    f.offset = offset;
    f.length = length;
    return f;
}

// Attribute names are few and repeat in every message: make each QString once.
QString cachedName(const char *name)
{
    static thread_local QHash<const char *, QString> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QString::fromLatin1(name));
    return *it;
}

const AttrDef *findDef(const AttrDef *defs, int type)
{
    for (const AttrDef *d = defs; d && d->name; ++d) {
        if (d->type == type)
            return d;
    }
    return nullptr;
}

// Decodes the attributes in d[from, to); `base` is d's offset in the datagram.
void decodeAttrs(QByteArrayView d, int from, int to, int base, const AttrDef *defs, int family, int depth,
                 QList<NlField> &out, QString *error)
{
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
        const AttrDef *def = findDef(defs, type);
        NlField f = field(def ? cachedName(def->name) : NlDecoder::tr("attribute %1").arg(type), QString(), base + off, len);
        const Kind kind = def ? def->kind : Kind::Binary;
        auto sized = [&](int n) { return payload.size() >= n; };
        switch (kind) {
        case Kind::U8: f.value = sized(1) ? QString::number(quint8(payload[0])) : hexOf(payload); break;
        case Kind::U16: f.value = sized(2) ? QString::number(readAt<quint16>(payload, 0)) : hexOf(payload); break;
        case Kind::U32: f.value = sized(4) ? QString::number(readAt<quint32>(payload, 0)) : hexOf(payload); break;
        case Kind::S32: f.value = sized(4) ? QString::number(readAt<qint32>(payload, 0)) : hexOf(payload); break;
        case Kind::U64: f.value = sized(8) ? QString::number(readAt<quint64>(payload, 0)) : hexOf(payload); break;
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
            f.value = payload.size() <= 32 ? hexOf(payload) : NlDecoder::tr("%n byte(s)", nullptr, int(payload.size()));
            break;
        }
        out.append(std::move(f));
        off += (len + 3) & ~3;
    }
    if (off < to && to - off < 4 && to - off > 0) {
        NlField tail = field(NlDecoder::tr("trailing bytes"), hexOf(d.sliced(off, to - off)), base + off, to - off);
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
        m.tree.children.append(field(NlDecoder::tr("payload"), d.size() <= 64 ? hexOf(d) : NlDecoder::tr("%n byte(s)", nullptr, int(d.size())), base, int(d.size())));
        return;
    }
    {
        NlField h = field(NlDecoder::tr("family header"), QString(), base, hdr);
        h.children = header; // still read below for the summary
        m.tree.children.append(std::move(h));
        decodeAttrs(d, hdr, int(d.size()), base, defs, family, 0, attrs, &m.error);
        NlField a = field(NlDecoder::tr("attributes"), NlDecoder::tr("%n attribute(s)", nullptr, int(attrs.size())), base + hdr, int(d.size()) - hdr);
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
    NlField bad = field(NlDecoder::tr("family header"), m.error, base, int(d.size()));
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
    NlField a = field(NlDecoder::tr("attributes"), NlDecoder::tr("%n attribute(s)", nullptr, int(attrs.size())), base + 4, int(d.size()) - 4);
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
        m.tree.children.append(field(NlDecoder::tr("payload"), hexOf(d.sliced(20)), base + 20, int(d.size()) - 20));
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
                NlField bad = field(NlDecoder::tr("header"), m.error, 0, int(item.size()));
                bad.error = true;
                m.tree.children.append(bad);
                m.tree.error = true;
                return m;
            }
            m.typeName = QString::fromUtf8(item.first(at).data(), at);
            m.tree.children.append(field(NlDecoder::tr("header"), QString::fromUtf8(item.data(), item.size()), 0, int(item.size())));
        } else if (!item.isEmpty()) {
            const qsizetype eq = item.indexOf('=');
            NlField f = field(eq > 0 ? QString::fromUtf8(item.first(eq).data(), eq) : NlDecoder::tr("entry"),
                              eq > 0 ? QString::fromUtf8(item.sliced(eq + 1).data(), item.size() - eq - 1) : QString::fromUtf8(item.data(), item.size()),
                              int(pos), int(item.size()));
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

} // namespace

void NlDecoder::appendJson(QByteArray &out, const NlMessage &m, const QString &time, const QString &protocol)
{
    out += "{\"time\":";
    json::appendString(out, time);
    out += ",\"protocol\":";
    json::appendString(out, protocol);
    out += ",\"type\":";
    json::appendString(out, m.typeName);
    out += ",\"flags\":";
    json::appendString(out, m.flagNames);
    out += ",\"seq\":" + QByteArray::number(m.seq) + ",\"pid\":" + QByteArray::number(m.pid) + ",\"summary\":";
    json::appendString(out, m.summary);
    if (!m.error.isEmpty()) {
        out += ",\"error\":";
        json::appendString(out, m.error);
    }
    out += ",\"tree\":";
    appendField(out, m.tree);
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
        m.tree.offset = off;
        if (total - off < 16) {
            m.error = tr("malformed: %n byte(s) left, too few for a 16-byte netlink header", nullptr, total - off);
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
        NlField hdr = field(QStringLiteral("nlmsghdr"), QString(), off, 16);
        hdr.children = {field(QStringLiteral("nlmsg_len"), QString::number(len), off, 4),
                        field(QStringLiteral("nlmsg_type"), m.typeName, off + 4, 2),
                        field(QStringLiteral("nlmsg_flags"), m.flagNames.isEmpty() ? QStringLiteral("0") : m.flagNames, off + 6, 2),
                        field(QStringLiteral("nlmsg_seq"), QString::number(m.seq), off + 8, 4),
                        field(QStringLiteral("nlmsg_pid"), QString::number(m.pid), off + 12, 4)};
        m.tree.children.append(std::move(hdr));
        m.tree.value = m.typeName;
        if (len < 16 || len > quint32(total - off)) {
            m.error = tr("malformed: nlmsg_len %1 does not fit the %n byte(s) received", nullptr, total - off).arg(len);
            m.tree.children.first().error = true;
            m.tree.error = true;
            m.tree.length = total - off;
            out.append(m);
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
            m.tree.children.append(field(tr("payload"), body.size() <= 64 ? hexOf(body) : tr("%n byte(s)", nullptr, int(body.size())), off + 16, int(body.size())));
        out.append(m);
        off += (int(len) + 3) & ~3;
    }
    return out;
}

} // namespace kc
