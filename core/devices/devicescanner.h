// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "devicenode.h"
#include "driverresolver.h"
#include "holderscanner.h"

#include <QHash>

namespace kc {

/// Everything under /dev at one moment.
struct DeviceScan {
    QList<DeviceNode> nodes;
    HolderMap holders;
    bool holdersCounted = false;
    QString error;
};

/// Where a device number leads in sysfs. Cached per scan because many
/// symlinks resolve to the same node.
struct SysfsDevice {
    QString sysfsPath;
    QString subsystem;
    DeviceDriver driver;
};

/// Walks /dev with lstat() and resolves each node through /sys/dev.
class DeviceScanner
{
public:
    static DeviceScan scan(bool countHolders = true, const QString &root = QStringLiteral("/dev"));
    /// One node (or symlink to one), however it was named; the tables are
    /// read when not given.
    static DeviceNode describe(const QString &path, const DriverTables *tables = nullptr);
    /// The sysfs view of a device number, from /sys/dev/{char,block}/MAJ:MIN,
    /// and the driver that serves it (DriverResolver).
    static SysfsDevice sysfsFor(bool block, uint major, uint minor, const DriverTables &tables);
};

} // namespace kc
