// SPDX-License-Identifier: GPL-2.0-or-later
#include "nldecodeutil.h"

#include <QHash>

#include <arpa/inet.h>
#include <linux/if.h>
#include <linux/netlink.h>
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

NlField payloadField(QByteArrayView d, int base)
{
    return field(NlDecoder::tr("payload"), d.size() <= 64 ? hexOf(d) : NlDecoder::tr("%Ln byte(s)", nullptr, int(d.size())), base,
                 int(d.size()), kPayloadKey);
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
