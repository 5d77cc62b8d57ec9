// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "socketowners.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kc {

/// One open netlink socket.
struct NetlinkSocketInfo {
    int protocol = 0;
    quint32 portid = 0;      // 0 for the kernel's own socket of a protocol
    quint32 dstPortid = 0;
    quint32 dstGroup = 0;
    quint64 inode = 0;
    QList<int> groups;       // joined multicast groups, numbered from 1
    qint64 rmem = -1;        // bytes queued for reading
    qint64 rcvbuf = -1;
    qint64 wmem = -1;
    qint64 drops = -1;       // messages lost to a full receive buffer
    QList<SocketOwner> owners;

    bool isKernel() const { return portid == 0 && inode != 0 && owners.isEmpty(); }
};

struct NetlinkSocketList {
    QList<NetlinkSocketInfo> sockets;
    QString source;          // "sock_diag" or "/proc/net/netlink"
    int processesHidden = 0; // owners we could not see without root
    QString error;
    bool ok() const { return error.isEmpty(); }
};

/// Lists netlink sockets with NETLINK_SOCK_DIAG (every group, memory and
/// drops), falling back to /proc/net/netlink; owners come from /proc/PID/fd.
class NetlinkSockets
{
    Q_DECLARE_TR_FUNCTIONS(NetlinkSockets)
public:
    static NetlinkSocketList list();
    static NetlinkSocketList fromSockDiag();
    static NetlinkSocketList fromProc();
    /// The sockets of a /proc/net/netlink table (any process's
    /// /proc/PID/net/netlink), without owners. Pure.
    static QList<NetlinkSocketInfo> parseProcTable(QByteArrayView data);
};

} // namespace kc
