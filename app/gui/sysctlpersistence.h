// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace kc {

struct SysctlBootSetting;

/// The part of the sysctl details that says where a key's value comes
/// from and how long a change lasts: the value at start, the sysctl.d
/// file that sets it at boot, and the line that would keep a change.
class SysctlPersistence
{
    Q_DECLARE_TR_FUNCTIONS(SysctlPersistence)
public:
    /// The link in html() that asks to copy the line.
    static QString copyLink() { return QStringLiteral("copy:persist"); }
    /// `startValue`: what the key held when we started; `boot`: the file
    /// setting, nullptr when none; `bootKnown`: whether the files were read.
    static QString html(const QString &key, const QString &value, const QString &startValue,
                        const SysctlBootSetting *boot, bool bootKnown, bool writable);
    /// The line to copy for `key` = `value`.
    static QString line(const QString &key, const QString &value);
};

} // namespace kc
