// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <Qt>

namespace kc {

/// Item data roles shared by every model, view and test. Declared once.
enum Role {
    PathRole = Qt::UserRole + 1, // QString: absolute path of a /proc or /sys entry
    SortRole,                    // QString: key that sorts processes numerically
    KindRole,                    // int: DirEntry::Kind
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
};

} // namespace kc
