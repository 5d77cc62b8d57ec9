// SPDX-License-Identifier: GPL-2.0-or-later
// Parsers for /proc/net files.
#include "procparsers.h"
#include "parseutil.h"

#include "netlink/netlinknames.h"

#include <arpa/inet.h>
#include <cstring>
#include <iterator>

namespace kc::parsers {

using namespace kc::parse;

QString tcpStateName(int state)
{
    static const char *const names[] = {nullptr,      "ESTABLISHED", "SYN_SENT", "SYN_RECV",   "FIN_WAIT1",
                                        "FIN_WAIT2",  "TIME_WAIT",   "CLOSE",    "CLOSE_WAIT", "LAST_ACK",
                                        "LISTEN",     "CLOSING",     "NEW_SYN_RECV", "BOUND_INACTIVE"};
    if (state > 0 && state < int(sizeof(names) / sizeof(names[0])))
        return QString::fromLatin1(names[state]);
    return QString::number(state);
}

QString decodeInetAddress(QByteArrayView hex)
{
    const qsizetype colon = hex.indexOf(':');
    if (colon < 0)
        return {};
    const QByteArrayView addr = hex.first(colon), port = hex.sliced(colon + 1);
    if (!isHex(addr) || !isHex(port) || (addr.size() != 8 && addr.size() != 32))
        return {};
    const quint16 p = quint16(QByteArray(port.data(), port.size()).toUInt(nullptr, 16));
    // The kernel prints each 32-bit word of the network-order address as a
    // host-order number, so the word's in-memory bytes are the address bytes.
    unsigned char bytes[16];
    for (qsizetype w = 0; w < addr.size() / 8; ++w) {
        const QByteArrayView word = addr.sliced(w * 8, 8);
        const quint32 v = QByteArray(word.data(), word.size()).toUInt(nullptr, 16);
        memcpy(bytes + w * 4, &v, 4);
    }
    char text[INET6_ADDRSTRLEN] = {};
    if (addr.size() == 8) {
        inet_ntop(AF_INET, bytes, text, sizeof text);
        return QString::fromLatin1(text) + QLatin1Char(':') + QString::number(p);
    }
    inet_ntop(AF_INET6, bytes, text, sizeof text);
    return QLatin1Char('[') + QString::fromLatin1(text) + QStringLiteral("]:") + QString::number(p);
}

namespace {

enum class NetDevLine { Skip, Interface, Bad };

// A line of /proc/net/dev: "iface: 16 counters", or one of the two header
// lines (they hold '|'), skipped.
NetDevLine netDevLine(QByteArrayView line, QByteArrayView &iface, QList<QByteArrayView> &f)
{
    if (line.trimmed().isEmpty() || line.indexOf('|') >= 0)
        return NetDevLine::Skip;
    const qsizetype colon = line.indexOf(':');
    f = colon > 0 ? fields(line.sliced(colon + 1)) : QList<QByteArrayView>();
    if (f.size() != qsizetype(std::size(netDevFields)))
        return NetDevLine::Bad;
    for (auto v : f) {
        if (!isUnsigned(v))
            return NetDevLine::Bad;
    }
    iface = line.first(colon).trimmed();
    return NetDevLine::Interface;
}

} // namespace

const char *const netDevFields[16] = {"rx_bytes", "rx_packets", "rx_errs", "rx_drop", "rx_fifo", "rx_frame",
                                      "rx_compressed", "rx_multicast", "tx_bytes", "tx_packets", "tx_errs",
                                      "tx_drop", "tx_fifo", "tx_colls", "tx_carrier", "tx_compressed"};

ParsedDoc netDev(QByteArrayView data)
{
    ParsedDoc doc;
    doc.formatId = QStringLiteral("net-dev");
    ParsedTable t;
    t.title = Text::tr("Network interfaces");
    t.columns = {col(Text::tr("Interface")),
                 col(Text::tr("RX bytes"), Text::tr("Bytes received"), QStringLiteral("B"), true),
                 col(Text::tr("RX packets"), Text::tr("Packets received"), {}, true),
                 col(Text::tr("RX errors"), Text::tr("Receive errors reported by the driver"), {}, true),
                 col(Text::tr("RX dropped"), Text::tr("Received packets dropped, e.g. no buffer space"), {}, true),
                 col(Text::tr("RX FIFO"), Text::tr("Receive FIFO overruns"), {}, true),
                 col(Text::tr("RX frame"), Text::tr("Frame alignment or CRC errors"), {}, true),
                 col(Text::tr("RX compressed"), Text::tr("Compressed packets received"), {}, true),
                 col(Text::tr("RX multicast"), Text::tr("Multicast packets received"), {}, true),
                 col(Text::tr("TX bytes"), Text::tr("Bytes sent"), QStringLiteral("B"), true),
                 col(Text::tr("TX packets"), Text::tr("Packets sent"), {}, true),
                 col(Text::tr("TX errors"), Text::tr("Transmit errors"), {}, true),
                 col(Text::tr("TX dropped"), Text::tr("Packets dropped before sending"), {}, true),
                 col(Text::tr("TX FIFO"), Text::tr("Transmit FIFO errors"), {}, true),
                 col(Text::tr("Collisions"), Text::tr("Collisions on the medium"), {}, true),
                 col(Text::tr("TX carrier"), Text::tr("Carrier losses while sending"), {}, true),
                 col(Text::tr("TX compressed"), Text::tr("Compressed packets sent"), {}, true)};
    int bad = 0;
    QByteArrayView iface;
    QList<QByteArrayView> f;
    for (QByteArrayView line : lines(data)) {
        switch (netDevLine(line, iface, f)) {
        case NetDevLine::Skip:
            break;
        case NetDevLine::Bad:
            ++bad;
            break;
        case NetDevLine::Interface: {
            QStringList row{str(iface)};
            for (auto v : f)
                row.append(str(v));
            t.rows.append(row);
            break;
        }
        }
    }
    doc.tables.append(t);
    finish(doc, bad, Text::tr("/proc/net/dev (\"iface: 16 counters\")"));
    return doc;
}

ProcNumbers netDevNumbers(QByteArrayView data)
{
    ProcNumbers out;
    QByteArrayView iface;
    QList<QByteArrayView> f;
    for (QByteArrayView line : lines(data)) {
        if (netDevLine(line, iface, f) != NetDevLine::Interface)
            continue;
        const QString name = str(iface) + QLatin1Char('.');
        for (int i = 0; i < int(std::size(netDevFields)); ++i)
            out.insert(name + QLatin1String(netDevFields[i]), number(f[i]));
    }
    return out;
}

ParsedDoc netNetlink(QByteArrayView data)
{
    ParsedDoc doc;
    doc.formatId = QStringLiteral("net-netlink");
    ParsedTable t;
    t.title = Text::tr("Netlink sockets");
    t.columns = {col(Text::tr("Socket"), Text::tr("Kernel address of the socket (hashed)")),
                 col(Text::tr("Protocol"), Text::tr("Netlink protocol family")),
                 col(Text::tr("Port ID"), Text::tr("Netlink address; for user sockets usually the owner's PID"), {}, true),
                 col(Text::tr("Groups"), Text::tr("Bit mask of the first 32 multicast groups joined")),
                 col(Text::tr("Rmem"), Text::tr("Bytes queued for reading"), QStringLiteral("B"), true),
                 col(Text::tr("Wmem"), Text::tr("Bytes queued for sending"), QStringLiteral("B"), true),
                 col(Text::tr("Dump"), Text::tr("1 while a dump is in progress"), {}, true),
                 col(Text::tr("Locks"), Text::tr("Reference count of the socket"), {}, true),
                 col(Text::tr("Drops"), Text::tr("Messages lost because the receive buffer was full"), {}, true),
                 col(Text::tr("Inode"), Text::tr("Socket inode; matches socket:[N] in /proc/PID/fd"), {}, true)};
    int bad = 0;
    const auto ls = lines(data);
    for (qsizetype i = 0; i < ls.size(); ++i) {
        const auto f = fields(ls[i]);
        if (f.isEmpty() || (i == 0 && f[0] == "sk"))
            continue;
        bool good = f.size() == 10 && isHex(f[0]) && isHex(f[3]);
        for (int c : {1, 2, 4, 5, 6, 7, 8, 9})
            good = good && c < f.size() && isSigned(f[c]);
        if (!good) {
            ++bad;
            continue;
        }
        const int proto = f[1].toInt();
        QString protoName = NetlinkNames::protocol(proto);
        protoName = protoName.isEmpty() ? str(f[1]) : protoName + QStringLiteral(" (") + str(f[1]) + QLatin1Char(')');
        t.rows.append({str(f[0]), protoName, str(f[2]), str(f[3]), str(f[4]), str(f[5]), str(f[6]), str(f[7]), str(f[8]),
                       str(f[9])});
    }
    doc.tables.append(t);
    finish(doc, bad, Text::tr("/proc/net/netlink"));
    return doc;
}

namespace {

ParsedDoc inetSockets(QByteArrayView data, const QString &id, const QString &title, bool tcp)
{
    ParsedDoc doc;
    doc.formatId = id;
    ParsedTable t;
    t.title = title;
    t.columns = {col(Text::tr("Slot"), Text::tr("Position in the kernel's hash table"), {}, true),
                 col(Text::tr("Local address"), Text::tr("Address and port on this machine")),
                 col(Text::tr("Remote address"), Text::tr("Peer address and port; zero when not connected")),
                 col(Text::tr("State"), tcp ? Text::tr("TCP connection state") : Text::tr("Socket state (7 = unconnected)")),
                 col(Text::tr("Send queue"), Text::tr("Bytes waiting to be sent or acknowledged"), QStringLiteral("B"), true),
                 col(Text::tr("Receive queue"), Text::tr("Bytes received but not yet read"), QStringLiteral("B"), true),
                 col(Text::tr("UID"), Text::tr("Owner's user ID"), {}, true),
                 col(Text::tr("Inode"), Text::tr("Socket inode; matches socket:[N] in /proc/PID/fd"), {}, true)};
    int bad = 0;
    const auto ls = lines(data);
    for (qsizetype i = 0; i < ls.size(); ++i) {
        const auto f = fields(ls[i]);
        if (f.isEmpty() || (i == 0 && f[0] == "sl"))
            continue;
        const QString local = f.size() > 2 ? decodeInetAddress(f[1]) : QString();
        const QString remote = f.size() > 2 ? decodeInetAddress(f[2]) : QString();
        const qsizetype qcolon = f.size() > 4 ? f[4].indexOf(':') : -1;
        if (f.size() < 10 || !f[0].endsWith(':') || local.isEmpty() || remote.isEmpty() || !isHex(f[3]) || qcolon < 0
            || !isUnsigned(f[7]) || !isUnsigned(f[9])) {
            ++bad;
            continue;
        }
        const int st = QByteArray(f[3].data(), f[3].size()).toInt(nullptr, 16);
        const auto hexNum = [](QByteArrayView v) { return QString::number(QByteArray(v.data(), v.size()).toULongLong(nullptr, 16)); };
        t.rows.append({str(f[0].chopped(1)), local, remote, tcp ? tcpStateName(st) : QString::number(st),
                       hexNum(f[4].first(qcolon)), hexNum(f[4].sliced(qcolon + 1)), str(f[7]), str(f[9])});
    }
    doc.tables.append(t);
    finish(doc, bad, title);
    return doc;
}

} // namespace

ParsedDoc netTcp(QByteArrayView data)
{
    return inetSockets(data, QStringLiteral("net-tcp"), Text::tr("TCP sockets"), true);
}

ParsedDoc netUdp(QByteArrayView data)
{
    return inetSockets(data, QStringLiteral("net-udp"), Text::tr("UDP sockets"), false);
}

QString unixSocketType(int type)
{
    switch (type) {
    case 1: return QStringLiteral("stream");
    case 2: return QStringLiteral("dgram");
    case 5: return QStringLiteral("seqpacket");
    default: return QString::number(type);
    }
}

ParsedDoc netUnix(QByteArrayView data)
{
    ParsedDoc doc;
    doc.formatId = QStringLiteral("net-unix");
    ParsedTable t;
    t.title = Text::tr("Unix domain sockets");
    t.columns = {col(Text::tr("Socket"), Text::tr("Kernel address of the socket (hashed)")),
                 col(Text::tr("References"), Text::tr("Reference count of the socket"), {}, true),
                 col(Text::tr("Listening"), Text::tr("1 when the socket accepts connections (__SO_ACCEPTCON)"), {}, true),
                 col(Text::tr("Type"), Text::tr("stream, dgram or seqpacket")),
                 col(Text::tr("State"), Text::tr("1 unconnected, 2 connecting, 3 connected, 4 disconnecting"), {}, true),
                 col(Text::tr("Inode"), Text::tr("Socket inode; matches socket:[N] in /proc/PID/fd"), {}, true),
                 col(Text::tr("Path"), Text::tr("Bound address: a file, @name in the abstract namespace, or empty"))};
    int bad = 0;
    const auto ls = lines(data);
    for (qsizetype i = 0; i < ls.size(); ++i) {
        const auto f = fields(ls[i]);
        if (f.isEmpty() || (i == 0 && f[0] == "Num"))
            continue;
        if (f.size() < 7 || !f[0].endsWith(':') || !isHex(f[1]) || !isHex(f[3]) || !isHex(f[4]) || !isHex(f[5]) || !isUnsigned(f[6])) {
            ++bad;
            continue;
        }
        const auto hex = [](QByteArrayView v) { return QByteArray(v.data(), v.size()).toUInt(nullptr, 16); };
        const bool listening = hex(f[3]) & 0x10000; // __SO_ACCEPTCON
        t.rows.append({str(f[0].chopped(1)), QString::number(hex(f[1])), listening ? QStringLiteral("1") : QStringLiteral("0"),
                       unixSocketType(int(hex(f[4]))), QString::number(hex(f[5])), str(f[6]), f.size() > 7 ? str(f[7]) : QString()});
    }
    doc.tables.append(t);
    finish(doc, bad, Text::tr("/proc/net/unix"));
    return doc;
}

} // namespace kc::parsers
