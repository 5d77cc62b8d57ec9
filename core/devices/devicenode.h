// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kc {

/// One entry under /dev, described from stat() and sysfs alone: the node
/// itself is never opened.
struct DeviceNode {
    enum class Type { Char, Block, Symlink, Other };

    QString path;       // /dev/input/event0
    QString name;       // relative to /dev: input/event0
    Type type = Type::Other;
    bool blockDevice = false;  // a block node, or a link to one
    bool pointsToNode = false; // a link that ends at a device node
    uint major = 0;
    uint minor = 0;
    uint mode = 0;
    uint uid = 0;
    uint gid = 0;
    QString linkTarget; // symlinks: as written
    QString resolved;   // symlinks: the node they end at
    QString majorName;  // the driver name registered for the major, /proc/devices
    QString sysfsPath;  // /sys/devices/virtual/mem/null
    QString subsystem;  // mem, tty, block, input ...
    QString driver;     // bound driver, or the nearest parent's
    QString driverPath; // that driver in sysfs
    bool driverFromParent = false;
    QString module;     // kernel module of the driver; empty when built in or none
    int holders = -1;   // processes holding it open; -1 when not counted
    int holderFds = -1; // their file descriptors on it

    bool isNode() const { return type == Type::Char || type == Type::Block; }
    QString majMin() const { return QStringLiteral("%1:%2").arg(major).arg(minor); }
};

/// Translated names for the node types, users and groups.
class DeviceText
{
    Q_DECLARE_TR_FUNCTIONS(DeviceText)
public:
    static QString typeName(DeviceNode::Type type);
    static QString userName(uint uid);
    static QString groupName(uint gid);
};

} // namespace kc
