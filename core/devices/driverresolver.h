// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "devicenode.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kc {

/// A minor range a tty driver registered, one line of /proc/tty/drivers.
struct TtyRange {
    uint major = 0;
    uint first = 0;
    uint last = 0;
    QString region; // the name /proc/devices shows for it: ttyS, /dev/ptmx
    QString driver; // the tty driver's own name: serial, pty_slave; empty when the kernel has none
};

/// The kernel's lists that name drivers, read once and asked for many
/// device numbers: /proc/devices, /proc/tty/drivers, whether loadable
/// modules exist, and /sys/class/misc when sysfs has no /sys/dev link.
struct DriverTables {
    QHash<quint64, QStringList> names; // key HolderMap::deviceKey(block, major); registrations in minor order
    QList<TtyRange> tty;
    bool modulesSupported = true; // the kernel has /proc/modules
    QString error;                // why /proc/devices could not be read

    QStringList namesOf(bool block, uint major) const;
    /// This kernel's tables.
    static DriverTables read();
    /// The same from the files' contents: for tests on fixtures.
    static DriverTables parse(QByteArrayView procDevices, QByteArrayView ttyDrivers, bool modulesSupported = true);
    /// /proc/tty/drivers alone.
    static QList<TtyRange> parseTtyDrivers(QByteArrayView data);

    mutable std::optional<QHash<uint, QString>> miscMinors; // read when first needed
};

/// The one place that says which driver serves a device number.
class DriverResolver
{
public:
    /// Which registration under the major holds the minor, and what the
    /// minor is called. Pure: `sysfsName` is the device's directory name
    /// in sysfs ("null", "tty0"), empty when sysfs has none.
    static DeviceDriver pick(const DriverTables &tables, bool block, uint major, uint minor, const QString &sysfsName);
    /// pick(), then the driver bound in sysfs and its module. `sysfsPath`
    /// is where /sys/dev/{char,block}/MAJ:MIN leads, empty when nowhere.
    /// Reads /sys only; never opens a node.
    static DeviceDriver resolve(const DriverTables &tables, bool block, uint major, uint minor, const QString &sysfsPath);
};

} // namespace kc
