// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "netlinkmonitor.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QList>

namespace kc {

/// Netlink captures in pcapng, as Wireshark and tshark read them: one
/// interface of LINKTYPE_NETLINK (253), each packet a 16-byte cooked header
/// (packet type, ARPHRD_NETLINK, address length and address, the netlink
/// protocol) followed by the datagram.
class Pcapng
{
    Q_DECLARE_TR_FUNCTIONS(Pcapng)
public:
    static constexpr quint16 LinkTypeNetlink = 253;

    /// The section and interface headers; write once, first.
    static QByteArray header();
    /// One enhanced packet block.
    static QByteArray packet(const NetlinkEvent &event);
    /// A whole file.
    static QByteArray file(const QList<NetlinkEvent> &events);

    struct ReadResult {
        QList<NetlinkEvent> events;
        QString error; // what stopped the reading; the events before it are kept
        int skipped = 0; // blocks of other kinds or interfaces
    };
    /// Reads a pcapng file of netlink packets (either byte order).
    static ReadResult read(QByteArrayView data);
};

} // namespace kc
