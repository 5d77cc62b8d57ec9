// SPDX-License-Identifier: GPL-2.0-or-later
// The netlink half of the agent codec: stream datagrams, the socket list
// and the generic netlink families.
#include "agentcodec.h"

#include <QCborValue>
#include <QtEndian>

#include <cstring>
#include <linux/netlink.h>

namespace kc::agent {

namespace {

QCborArray intList(const QList<int> &values)
{
    QCborArray a;
    for (int v : values)
        a.append(v);
    return a;
}

QList<int> intList(const QCborArray &a)
{
    QList<int> values;
    values.reserve(a.size());
    for (const QCborValue &v : a)
        values.append(int(v.toInteger()));
    return values;
}

} // namespace

QByteArray encodeNetlinkEvents(const QList<NetlinkEvent> &batch)
{
    // One byte string per frame, not a CBOR item per datagram: a burst of
    // thousands costs a copy, not thousands of values to build and parse.
    qsizetype size = 0;
    for (const NetlinkEvent &e : batch)
        size += 12 + e.raw.size();
    QByteArray bytes;
    bytes.reserve(size);
    for (const NetlinkEvent &e : batch) {
        const quint32 length = qToLittleEndian(quint32(e.raw.size()));
        const qint64 time = qToLittleEndian(e.msecsSinceEpoch);
        bytes.append(reinterpret_cast<const char *>(&length), 4);
        bytes.append(reinterpret_cast<const char *>(&time), 8);
        bytes.append(e.raw);
    }
    return bytes;
}

bool decodeNetlinkEvents(const QByteArray &bytes, int protocol, QList<NetlinkEvent> *batch)
{
    for (qsizetype at = 0; at < bytes.size();) {
        if (bytes.size() - at < 12)
            return false;
        const quint32 length = qFromLittleEndian<quint32>(bytes.constData() + at);
        const qint64 time = qFromLittleEndian<qint64>(bytes.constData() + at + 4);
        at += 12;
        if (length > quint32(bytes.size() - at))
            return false;
        NetlinkEvent e;
        e.msecsSinceEpoch = time;
        e.protocol = protocol;
        e.raw = bytes.mid(at, length);
        at += length;
        // As NetlinkMonitor reads it; uevents have no netlink header.
        if (protocol != NETLINK_KOBJECT_UEVENT && e.raw.size() >= 6)
            std::memcpy(&e.firstType, e.raw.constData() + 4, 2);
        batch->append(std::move(e));
    }
    return true;
}

QCborMap encodeNetlinkSockets(const NetlinkSocketList &list)
{
    QCborArray rows;
    for (const NetlinkSocketInfo &s : list.sockets) {
        QCborArray owners;
        for (const SocketOwner &o : s.owners)
            owners.append(QCborArray{o.pid, o.comm, o.fd});
        rows.append(QCborArray{s.protocol, qint64(s.portid), qint64(s.dstPortid), qint64(s.dstGroup), qint64(s.inode), intList(s.groups),
                               s.rmem, s.rcvbuf, s.wmem, s.drops, owners});
    }
    return QCborMap{{QStringLiteral("sockets"), rows},
                    {QStringLiteral("source"), list.source},
                    {QStringLiteral("hidden"), list.processesHidden},
                    {QStringLiteral("failed"), list.error}};
}

NetlinkSocketList decodeNetlinkSockets(const QCborMap &m)
{
    NetlinkSocketList list;
    list.source = m.value(QStringLiteral("source")).toString();
    list.processesHidden = int(m.value(QStringLiteral("hidden")).toInteger());
    list.error = m.value(QStringLiteral("failed")).toString();
    for (const QCborValue &v : m.value(QStringLiteral("sockets")).toArray()) {
        const QCborArray r = v.toArray();
        if (r.size() != 11)
            continue;
        NetlinkSocketInfo s;
        s.protocol = int(r[0].toInteger());
        s.portid = quint32(r[1].toInteger());
        s.dstPortid = quint32(r[2].toInteger());
        s.dstGroup = quint32(r[3].toInteger());
        s.inode = quint64(r[4].toInteger());
        s.groups = intList(r[5].toArray());
        s.rmem = r[6].toInteger(-1);
        s.rcvbuf = r[7].toInteger(-1);
        s.wmem = r[8].toInteger(-1);
        s.drops = r[9].toInteger(-1);
        for (const QCborValue &o : r[10].toArray()) {
            const QCborArray a = o.toArray();
            s.owners.append(SocketOwner{int(a[0].toInteger()), a[1].toString(), int(a[2].toInteger(-1))});
        }
        list.sockets.append(std::move(s));
    }
    return list;
}

QCborMap encodeGenlFamilies(const GenlFamilyList &list)
{
    QCborArray families;
    for (const GenlFamily &f : list.families) {
        QCborArray ops, groups, policies;
        for (const GenlOperation &o : f.operations)
            ops.append(QCborArray{qint64(o.id), qint64(o.flags), o.doPolicy, o.dumpPolicy});
        for (const GenlGroup &g : f.groups)
            groups.append(QCborArray{qint64(g.id), g.name});
        for (auto it = f.policies.cbegin(); it != f.policies.cend(); ++it) {
            QCborArray attrs;
            for (const GenlPolicyAttr &a : it.value())
                attrs.append(QCborArray{qint64(a.attr), qint64(a.type), a.range, a.nestedPolicy});
            policies.append(QCborArray{qint64(it.key()), attrs});
        }
        families.append(QCborArray{f.id, f.name, qint64(f.version), qint64(f.headerSize), qint64(f.maxAttribute), ops, groups, policies});
    }
    return QCborMap{{QStringLiteral("families"), families}, {QStringLiteral("failed"), list.error}};
}

GenlFamilyList decodeGenlFamilies(const QCborMap &m)
{
    GenlFamilyList list;
    list.error = m.value(QStringLiteral("failed")).toString();
    for (const QCborValue &v : m.value(QStringLiteral("families")).toArray()) {
        const QCborArray r = v.toArray();
        if (r.size() != 8)
            continue;
        GenlFamily f;
        f.id = quint16(r[0].toInteger());
        f.name = r[1].toString();
        f.version = quint32(r[2].toInteger());
        f.headerSize = quint32(r[3].toInteger());
        f.maxAttribute = quint32(r[4].toInteger());
        for (const QCborValue &o : r[5].toArray()) {
            const QCborArray a = o.toArray();
            f.operations.append(GenlOperation{quint32(a[0].toInteger()), quint32(a[1].toInteger()), a[2].toInteger(-1), a[3].toInteger(-1)});
        }
        for (const QCborValue &g : r[6].toArray()) {
            const QCborArray a = g.toArray();
            f.groups.append(GenlGroup{quint32(a[0].toInteger()), a[1].toString()});
        }
        for (const QCborValue &p : r[7].toArray()) {
            const QCborArray a = p.toArray();
            QList<GenlPolicyAttr> attrs;
            for (const QCborValue &x : a[1].toArray()) {
                const QCborArray y = x.toArray();
                attrs.append(GenlPolicyAttr{quint32(y[0].toInteger()), quint32(y[1].toInteger()), y[2].toString(), y[3].toInteger(-1)});
            }
            f.policies.insert(quint32(a[0].toInteger()), attrs);
        }
        list.families.append(std::move(f));
    }
    return list;
}

} // namespace kc::agent
