// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace kc {

/// A process that has a socket open.
struct SocketOwner {
    int pid = 0;
    QString comm;
    int fd = -1;
};

/// Maps socket inodes to the processes holding them, from the
/// "socket:[INODE]" links in /proc/PID/fd.
struct SocketOwnerMap {
    QHash<quint64, QList<SocketOwner>> byInode;
    int processesHidden = 0; // fd directories we may not read

    static SocketOwnerMap scan();
};

} // namespace kc
