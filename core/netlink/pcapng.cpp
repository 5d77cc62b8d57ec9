// SPDX-License-Identifier: GPL-2.0-or-later
#include "pcapng.h"

#include <QtEndian>

#include <cstring>

namespace kc {

namespace {

constexpr quint32 SectionHeader = 0x0A0D0D0A;
constexpr quint32 InterfaceDescription = 1;
constexpr quint32 EnhancedPacket = 6;
constexpr quint32 ByteOrderMagic = 0x1A2B3C4D;
constexpr quint16 ArphrdNetlink = 824;

void put32(QByteArray &b, quint32 v)
{
    b.append(reinterpret_cast<const char *>(&v), 4); // written in host (little-endian) order; the magic says so
}

void put16(QByteArray &b, quint16 v)
{
    b.append(reinterpret_cast<const char *>(&v), 2);
}

void putBe16(QByteArray &b, quint16 v)
{
    const quint16 be = qToBigEndian(v);
    b.append(reinterpret_cast<const char *>(&be), 2);
}

// Wraps a block body: type, total length, body, total length.
QByteArray block(quint32 type, const QByteArray &body)
{
    QByteArray b;
    const quint32 total = quint32(12 + body.size());
    put32(b, type);
    put32(b, total);
    b += body;
    put32(b, total);
    return b;
}

} // namespace

QByteArray Pcapng::header()
{
    QByteArray shb;
    put32(shb, ByteOrderMagic);
    put16(shb, 1); // major
    put16(shb, 0); // minor
    const qint64 unknownLength = -1;
    shb.append(reinterpret_cast<const char *>(&unknownLength), 8);
    QByteArray idb;
    put16(idb, LinkTypeNetlink);
    put16(idb, 0);
    put32(idb, 0); // snaplen: no limit
    return block(SectionHeader, shb) + block(InterfaceDescription, idb);
}

QByteArray Pcapng::packet(const NetlinkEvent &event)
{
    QByteArray data;
    // The cooked header, network byte order, as LINKTYPE_NETLINK defines it.
    putBe16(data, 0);            // packet type: to us
    putBe16(data, ArphrdNetlink);
    putBe16(data, 0);            // link-layer address length
    data.append(8, '\0');        // link-layer address
    putBe16(data, quint16(event.protocol));
    data += event.raw;
    const quint32 captured = quint32(data.size());
    data.append((4 - data.size() % 4) % 4, '\0');
    QByteArray body;
    put32(body, 0); // interface 0
    const quint64 usec = quint64(event.msecsSinceEpoch) * 1000;
    put32(body, quint32(usec >> 32));
    put32(body, quint32(usec & 0xffffffffu));
    put32(body, captured);
    put32(body, captured);
    body += data;
    return block(EnhancedPacket, body);
}

QByteArray Pcapng::file(const QList<NetlinkEvent> &events)
{
    QByteArray out = header();
    for (const NetlinkEvent &e : events)
        out += packet(e);
    return out;
}

Pcapng::ReadResult Pcapng::read(QByteArrayView data)
{
    ReadResult r;
    bool swap = false;
    bool netlinkInterface = false;
    qsizetype off = 0;
    auto u32 = [&](qsizetype at) {
        quint32 v;
        std::memcpy(&v, data.data() + at, 4);
        return swap ? qbswap(v) : v;
    };
    auto u16 = [&](qsizetype at) {
        quint16 v;
        std::memcpy(&v, data.data() + at, 2);
        return swap ? qbswap(v) : v;
    };
    if (data.size() < 12) {
        r.error = tr("Not a pcapng file: it is too short.");
        return r;
    }
    while (off + 12 <= data.size()) {
        quint32 type;
        std::memcpy(&type, data.data() + off, 4);
        if (type == SectionHeader) {
            quint32 magic;
            std::memcpy(&magic, data.data() + off + 8, 4);
            if (magic == ByteOrderMagic)
                swap = false;
            else if (qbswap(magic) == ByteOrderMagic)
                swap = true;
            else {
                r.error = tr("Not a pcapng file: the byte-order magic is wrong.");
                return r;
            }
        } else if (off == 0) {
            r.error = tr("Not a pcapng file: it does not start with a section header.");
            return r;
        }
        type = u32(off);
        const quint32 total = u32(off + 4);
        if (total < 12 || total % 4 != 0 || off + total > data.size()) {
            r.error = tr("The block at byte %1 has a bad length (%2); the file may be cut short.").arg(off).arg(total);
            return r;
        }
        const qsizetype body = off + 8;
        if (type == InterfaceDescription) {
            netlinkInterface = total >= 20 && u16(body) == LinkTypeNetlink;
        } else if (type == EnhancedPacket) {
            if (!netlinkInterface || total < 32) {
                ++r.skipped;
            } else {
                const quint32 captured = u32(body + 12);
                const qsizetype pkt = body + 20;
                if (captured < 16 || pkt + captured > off + total - 4) {
                    r.error = tr("The packet at byte %1 claims %2 bytes that are not there.").arg(off).arg(captured);
                    return r;
                }
                NetlinkEvent e;
                const quint64 usec = (quint64(u32(body + 4)) << 32) | u32(body + 8);
                e.msecsSinceEpoch = qint64(usec / 1000);
                e.protocol = qFromBigEndian<quint16>(data.data() + pkt + 14);
                e.raw = QByteArray(data.data() + pkt + 16, int(captured - 16));
                if (e.raw.size() >= 6)
                    std::memcpy(&e.firstType, e.raw.constData() + 4, 2);
                r.events.append(e);
            }
        } else if (type != SectionHeader) {
            ++r.skipped;
        }
        off += total;
    }
    if (off != data.size())
        r.error = tr("%Ln byte(s) at the end do not form a whole block.", nullptr, int(data.size() - off));
    return r;
}

} // namespace kc
