// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <Qt>

namespace kc {

/// Item data roles shared by every model, view and test, declared here
/// and nowhere else; one name means one thing.
enum Role {
    PathRole = Qt::UserRole + 1, // QString: absolute path of a file in /proc, /sys or /dev
    SortRole,                    // QString: key that sorts processes numerically
    EntryKindRole,               // int: DirEntry::Kind of a /proc or /sys entry
    PidRole,                     // int: process or thread ID, -1 otherwise
    KernelThreadRole,            // bool
    NoteRole,                    // QString: why it cannot be read; empty when fine
    IsContainerRole,             // bool: has (or may have) children
    ChangedAtRole,               // qint64 ms since epoch of the last change, 0 if never
    RawValueRole,                // QString: the cell exactly as the kernel wrote it
    UnitRole,                    // QString: unit of the cell
    NumericRole,                 // bool: the cell holds a number
    SubsystemRole,               // QString: a device's subsystem
    SysctlKeyRole,               // QString: dotted sysctl key; empty on a group
    ChangedSinceStartRole,       // bool: differs from its value when the app started
    StartValueRole,              // QString: the value when the app started
    ModeRole,                    // uint: permission bits of the file
    DeviceTypeRole,              // int: DeviceNode::Type of a /dev node
    SysfsRowRole,                // int: SysfsAttributeModel::RowKind, a link or an attribute
    GapRole,                     // bool: the row stands for messages lost, not a message
    FdRole,                      // int: a file descriptor's number
    NetlinkProtocolRole,         // int: a netlink socket's protocol
    ProcessRowRole,              // int: what a row of a process's tree is (a group, a descriptor, other)
    ByteOffsetRole,              // int: where a decoded field starts in its message
    ByteLengthRole,              // int: how many bytes of the message it takes
    FailedRole,                  // bool: the row stands for something that failed (a call that returned an error)
};

} // namespace kc
