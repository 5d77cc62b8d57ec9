// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace kc {

/// Who serves a device number: one answer for the Devices table, the follow
/// chain, Why? and a process's descriptors. The kernel hands open() on a
/// node to the driver that registered the number's major *and* minor range
/// (fs/char_dev.c keeps several registrations under one major: major 5 is
/// /dev/tty, /dev/console and /dev/ptmx); /proc/devices names them without
/// their ranges, so the range is told from /proc/tty/drivers, sysfs or the
/// well-known minors. DriverResolver fills it.
struct DeviceDriver {
    Q_DECLARE_TR_FUNCTIONS(DeviceDriver)
public:
    /// How the registration was picked among those under the same major.
    enum class Basis {
        None,          // no driver registered this major
        OnlyOne,       // the major has one registration
        TtyDrivers,    // /proc/tty/drivers gives the minor range
        Remaining,     // the one registration left once the tty ranges are set aside
        SysfsName,     // the sysfs device's name matches the registration's
        KnownMinors,   // the kernel's fixed minors (Documentation/admin-guide/devices.txt)
        Ambiguous,     // several fit: `name` lists them
        MinorNotRegistered // the major is registered, but no range holds this minor
    };
    /// Where the driver's code is.
    enum class Origin { Unknown, BuiltIn, Module };

    QString name;          // as /proc/devices names it: mem, /dev/ptmx, ttyS, misc, virtblk
    Basis basis = Basis::None;
    QStringList majorNames; // every registration under the major, in minor order
    QString minorName;     // what the minor is called there: null, ptmx, fuse, ttyS0
    QString ttyDriver;     // tty drivers: the tty driver's own name (serial, pty_slave)
    QString bound;         // the driver bound in sysfs, to the device or a parent (virtio_blk)
    QString boundPath;     // that driver in sysfs
    bool boundFromParent = false;
    QString module;        // the module the driver is in (fuse, loop), built in or loadable
    Origin origin = Origin::Unknown;

    bool registered() const { return !name.isEmpty() && basis != Basis::Ambiguous; }
    /// The name and, when it says more, what the minor is called:
    /// "mem (null)", "misc (fuse)", "/dev/ptmx", "ttyS".
    QString label() const;
    /// "built in", "module fuse", "likely built in"; empty when nothing is known.
    QString originText() const;
    /// How the registration was picked, one sentence.
    QString basisText(bool block, uint major, uint minor) const;
    /// How the module answer was found, one sentence.
    QString originDetail() const;
    /// "virtio_blk", "port (parent)"; empty when none is bound.
    QString boundText() const;
    /// "none", "tty-drivers" ... for JSON.
    static QString basisKey(Basis basis);
    bool operator==(const DeviceDriver &o) const;
};

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
    QString sysfsPath;  // /sys/devices/virtual/mem/null
    QString subsystem;  // mem, tty, block, input ...
    DeviceDriver driver; // who serves the number
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
