// SPDX-License-Identifier: GPL-2.0-or-later
#include "nldecodeutil.h"

#include <QHash>
#include <QStringList>

#include <arpa/inet.h>
#include <linux/if.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <sys/socket.h>

namespace kc::nldecode {

QString hexOf(QByteArrayView d)
{
    return QString::fromLatin1(QByteArray(d.data(), d.size()).toHex(' '));
}

QString macOf(QByteArrayView d)
{
    return QString::fromLatin1(QByteArray(d.data(), d.size()).toHex(':'));
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

NameTable::NameTable(std::initializer_list<ValueName> names, Case c)
{
    m_names.reserve(qsizetype(names.size()));
    for (const ValueName &n : names) {
        const QString text = QString::fromLatin1(n.name);
        m_names.append({n.value, c == Lower ? text.toLower() : text});
    }
}

QString NameTable::find(qint64 value) const
{
    for (const auto &[v, name] : m_names) {
        if (v == value)
            return name;
    }
    return {};
}

QString NameTable::name(qint64 value) const
{
    const QString n = find(value);
    return n.isEmpty() ? QString::number(value) : n;
}

QString NameTable::flags(quint64 value, const QString &none) const
{
    if (value == 0)
        return none;
    QStringList out;
    quint64 left = value;
    for (const auto &[v, name] : m_names) {
        const quint64 bit = quint64(v);
        if (bit && (left & bit) == bit) {
            out.append(name);
            left &= ~bit;
        }
    }
    if (left)
        out.append(QStringLiteral("0x%1").arg(left, 0, 16));
    return out.join(QLatin1Char(','));
}

QString familyName(int family)
{
    static const NameTable names = {KC_VALUE("", AF_UNSPEC), KC_VALUE("", AF_INET), KC_VALUE("", AF_INET6), KC_VALUE("", AF_BRIDGE),
                                    KC_VALUE("", AF_PACKET), KC_VALUE("", AF_MPLS), KC_VALUE("", RTNL_FAMILY_IPMR),
                                    KC_VALUE("", RTNL_FAMILY_IP6MR)};
    return names.name(family);
}

NlField payloadField(QByteArrayView d, int base)
{
    return field(NlDecoder::tr("payload"), d.size() <= 64 ? hexOf(d) : NlDecoder::tr("%Ln byte(s)", nullptr, int(d.size())), base,
                 int(d.size()), kPayloadKey);
}

void decodeStruct(QByteArrayView d, int base, const StructDef &layout, int family, QList<NlField> &out)
{
    // Member names made into QStrings once per struct, as attribute names
    // are (see attrIndex): a link message carries two struct of 25.
    static thread_local QHash<const StructDef *, QList<QString>> cache;
    auto names = cache.find(&layout);
    if (names == cache.end()) {
        QList<QString> list;
        for (const StructMember *m = layout.members; m->name; ++m)
            list.append(QString::fromLatin1(m->name));
        names = cache.insert(&layout, list);
    }
    out.reserve(out.size() + names->size() + 1);
    qsizetype i = 0;
    for (const StructMember *m = layout.members; m->name; ++m, ++i) {
        if (m->offset + m->size > d.size())
            break;
        quint64 v = 0;
        switch (m->size) {
        case 1: v = quint8(d[m->offset]); break;
        case 2: v = readAt<quint16>(d, m->offset); break;
        case 4: v = readAt<quint32>(d, m->offset); break;
        case 8: v = readAt<quint64>(d, m->offset); break;
        default: continue;
        }
        out.append(field(names->at(i), m->namer ? m->namer(qint64(v), family) : QString::number(v), base + m->offset, m->size, m->name));
    }
    if (d.size() > layout.size)
        out.append(field(NlDecoder::tr("bytes after the struct"), hexOf(d.sliced(layout.size)), base + layout.size,
                         int(d.size()) - layout.size, kMoreKey));
}

namespace {

QString operState(quint8 v)
{
    // enum if_oper in <linux/if.h>, in order.
    static const char *const names[] = {"UNKNOWN", "NOTPRESENT", "DOWN", "LOWERLAYERDOWN", "TESTING", "DORMANT", "UP"};
    static_assert(IF_OPER_UP == 6, "if.h numbering");
    return v <= IF_OPER_UP ? QString::fromLatin1(names[v]) : QString::number(v);
}

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

} // namespace

void decodeAttrs(QByteArrayView d, int from, int to, int base, const AttrDef *defs, int family, int depth,
                 QList<NlField> &out, QString *error)
{
    const AttrIndex *index = defs ? &attrIndex(defs) : nullptr;
    int off = from;
    while (off + NLA_HDRLEN <= to) {
        const quint16 len = readAt<quint16>(d, off);
        const quint16 rawType = readAt<quint16>(d, off + 2);
        const quint16 type = rawType & NLA_TYPE_MASK; // drop NLA_F_NESTED / NET_BYTEORDER
        if (len < NLA_HDRLEN || off + len > to) {
            NlField bad = field(QStringLiteral("attribute"), NlDecoder::tr("malformed: length %1 at offset %2 runs past the message").arg(len).arg(base + off), base + off, to - off);
            bad.error = true;
            out.append(bad);
            if (error && error->isEmpty())
                *error = bad.value;
            return; // a zero or bad length would loop or overrun: stop here
        }
        const QByteArrayView payload = d.sliced(off + NLA_HDRLEN, len - NLA_HDRLEN);
        const AttrDef *def = index && type < index->byType.size() ? index->byType[type] : nullptr;
        NlField f = field(def ? index->names[type] : NlDecoder::tr("attribute %1").arg(type), QString(), base + off, len,
                          def ? def->name : nullptr);
        f.attrType = type;
        const Kind kind = def ? def->kind : Kind::Binary;
        auto sized = [&](int n) { return payload.size() >= n; };
        // A number, named when the table says how.
        auto number = [&](qint64 v) { return def && def->namer ? def->namer(v, family) : QString::number(v); };
        switch (kind) {
        case Kind::U8: f.value = sized(1) ? number(quint8(payload[0])) : hexOf(payload); break;
        case Kind::U16: f.value = sized(2) ? number(readAt<quint16>(payload, 0)) : hexOf(payload); break;
        case Kind::U32: f.value = sized(4) ? number(readAt<quint32>(payload, 0)) : hexOf(payload); break;
        case Kind::S32: f.value = sized(4) ? number(readAt<qint32>(payload, 0)) : hexOf(payload); break;
        case Kind::U64:
            f.value = !sized(8) ? hexOf(payload)
                : def && def->namer ? number(qint64(readAt<quint64>(payload, 0))) : QString::number(readAt<quint64>(payload, 0));
            break;
        case Kind::UInt: // NLA_UINT: 4 or 8 bytes
            f.value = payload.size() == 8 ? QString::number(readAt<quint64>(payload, 0))
                : payload.size() == 4 ? number(readAt<quint32>(payload, 0)) : hexOf(payload);
            break;
        case Kind::Struct: decodeStruct(payload, base + off + NLA_HDRLEN, *def->layout, family, f.children); break;
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
                decodeAttrs(d, off + NLA_HDRLEN, off + len, base, def->nested, family, depth + 1, f.children, error);
            break;
        case Kind::Binary:
            f.value = payload.size() <= 32 ? hexOf(payload) : NlDecoder::tr("%Ln byte(s)", nullptr, int(payload.size()));
            break;
        }
        out.append(std::move(f));
        off += NLA_ALIGN(len);
    }
    if (off < to && to - off < NLA_HDRLEN && to - off > 0) {
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

} // namespace kc::nldecode
