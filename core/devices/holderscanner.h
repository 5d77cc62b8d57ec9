// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <sys/types.h>

namespace kc {

/// A process that holds a device open: which fd, and how it was opened.
struct Holder {
    int pid = 0;
    QString comm;
    int fd = -1;
    QString access; // "read", "write", "read/write", "path only" (O_PATH) from fdinfo flags, or empty if unreadable
};

/// Which processes hold which device nodes open, from /proc/PID/fd. The
/// fd links are stat()ed, never opened.
struct HolderMap {
    QHash<quint64, QList<Holder>> byDevice; // key: deviceKey()
    int processesHidden = 0; // fd directories we may not read (other users, without root)

    static quint64 deviceKey(bool block, dev_t rdev) { return (quint64(block) << 63) | quint64(rdev); }
    QList<Holder> holdersOf(bool block, dev_t rdev) const { return byDevice.value(deviceKey(block, rdev)); }
};

class HolderScanner
{
public:
    /// Scans every process; with `only` set, records holders of that one
    /// device alone (cheaper for follow).
    static HolderMap scan(const quint64 *only = nullptr);
};

} // namespace kc
