// SPDX-License-Identifier: GPL-2.0-or-later
// The netlink header, and the table that hands each protocol's messages to
// its decoder (nldecoder_<family>.cpp).
#include "nldecoder.h"

#include "nldecodeutil.h"

#include <linux/netlink.h>
#include <linux/rtnetlink.h>

namespace kc {

using namespace nldecode;

namespace {

// One entry per protocol we decode, as Wireshark registers its dissectors;
// a protocol not listed has its messages' payloads shown raw.
const ProtocolDecoder decoders[] = {
    {NETLINK_ROUTE, decodeRoute, nullptr, routeTypeName},
    {NETLINK_GENERIC, decodeGenl, nullptr, genlTypeName},
    {NETLINK_CONNECTOR, decodeConnector, nullptr, nullptr},
    {NETLINK_KOBJECT_UEVENT, nullptr, decodeUevent, nullptr},
};

const ProtocolDecoder *decoderFor(int protocol)
{
    for (const ProtocolDecoder &d : decoders) {
        if (d.protocol == protocol)
            return &d;
    }
    return nullptr;
}

QString typeName(const ProtocolDecoder *decoder, quint16 type)
{
    switch (type) {
    case NLMSG_NOOP: return QStringLiteral("NLMSG_NOOP");
    case NLMSG_ERROR: return QStringLiteral("NLMSG_ERROR");
    case NLMSG_DONE: return QStringLiteral("NLMSG_DONE");
    case NLMSG_OVERRUN: return QStringLiteral("NLMSG_OVERRUN");
    }
    if (decoder && decoder->typeName) {
        if (QString name = decoder->typeName(type); !name.isEmpty())
            return name;
    }
    return QString::number(type);
}

} // namespace

QString NlDecoder::messageTypeName(int protocol, quint16 type)
{
    return typeName(decoderFor(protocol), type);
}

QString NlDecoder::messageFlagNames(quint16 type, quint16 flags)
{
    QStringList out;
    if (flags & NLM_F_REQUEST) out.append(QStringLiteral("NLM_F_REQUEST"));
    if (flags & NLM_F_MULTI) out.append(QStringLiteral("NLM_F_MULTI"));
    if (flags & NLM_F_ACK) out.append(QStringLiteral("NLM_F_ACK"));
    if (flags & NLM_F_ECHO) out.append(QStringLiteral("NLM_F_ECHO"));
    if (flags & NLM_F_DUMP_INTR) out.append(QStringLiteral("NLM_F_DUMP_INTR"));
    // The high byte means different things for new and get requests; in
    // rtnetlink's numbering every fourth type from RTM_BASE is a "new".
    const bool isNew = type >= RTM_BASE && (type - RTM_BASE) % 4 == 0;
    if (isNew) {
        if (flags & NLM_F_REPLACE) out.append(QStringLiteral("NLM_F_REPLACE"));
        if (flags & NLM_F_EXCL) out.append(QStringLiteral("NLM_F_EXCL"));
        if (flags & NLM_F_CREATE) out.append(QStringLiteral("NLM_F_CREATE"));
        if (flags & NLM_F_APPEND) out.append(QStringLiteral("NLM_F_APPEND"));
    } else {
        if (flags & NLM_F_ROOT) out.append(QStringLiteral("NLM_F_ROOT"));
        if (flags & NLM_F_MATCH) out.append(QStringLiteral("NLM_F_MATCH"));
        if (flags & NLM_F_ATOMIC) out.append(QStringLiteral("NLM_F_ATOMIC"));
    }
    return out.join(QLatin1Char('|'));
}

QList<NlMessage> NlDecoder::decode(int protocol, QByteArrayView datagram, const IfNameCache *names)
{
    QList<NlMessage> out;
    const ProtocolDecoder *decoder = decoderFor(protocol);
    if (decoder && decoder->decodeDatagram) {
        out.append(decoder->decodeDatagram(datagram));
        return out;
    }
    constexpr int headerSize = NLMSG_HDRLEN;
    int off = 0;
    const int total = int(datagram.size());
    while (off < total) {
        NlMessage m;
        m.tree.name = tr("netlink message");
        m.tree.children.reserve(3); // nlmsghdr, family header, attributes
        m.tree.offset = off;
        if (total - off < headerSize) {
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
        m.typeName = typeName(decoder, m.type);
        m.flagNames = messageFlagNames(m.type, m.flags);
        NlField hdr = field(QStringLiteral("nlmsghdr"), QString(), off, headerSize, kHeaderKey);
        hdr.children = {field(QStringLiteral("nlmsg_len"), QString::number(len), off, 4),
                        field(QStringLiteral("nlmsg_type"), m.typeName, off + 4, 2),
                        field(QStringLiteral("nlmsg_flags"), m.flagNames.isEmpty() ? QStringLiteral("0") : m.flagNames, off + 6, 2),
                        field(QStringLiteral("nlmsg_seq"), QString::number(m.seq), off + 8, 4),
                        field(QStringLiteral("nlmsg_pid"), QString::number(m.pid), off + 12, 4)};
        m.tree.children.append(std::move(hdr));
        m.tree.value = m.typeName;
        if (len < quint32(headerSize) || len > quint32(total - off)) {
            m.error = tr("malformed: nlmsg_len %1 does not fit the %Ln byte(s) received", nullptr, total - off).arg(len);
            m.tree.children.first().error = true;
            m.tree.error = true;
            m.tree.length = total - off;
            out.append(std::move(m));
            break; // the rest of the datagram cannot be located
        }
        m.tree.length = int(len);
        const QByteArrayView body = datagram.sliced(off + headerSize, len - headerSize);
        if (decoder && decoder->decodeBody)
            decoder->decodeBody(body, off + headerSize, m, names);
        else if (!body.isEmpty())
            m.tree.children.append(payloadField(body, off + headerSize));
        out.append(std::move(m));
        off += NLMSG_ALIGN(int(len));
    }
    return out;
}

} // namespace kc
