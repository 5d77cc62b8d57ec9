// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace kc {

/// Where a sysctl key lives under /proc/sys. The sysctl channel reads and
/// writes the keys; sampling charts them; both find their files here.
class SysctlPath
{
    Q_DECLARE_TR_FUNCTIONS(Sysctl)
public:
    static QString defaultRoot() { return QStringLiteral("/proc/sys"); }

    /// The dotted key of a path relative to the root ("net/ipv4/ip_forward").
    static QString keyForPath(const QString &relative);
    /// The file of a key, unchecked: for display.
    static QString pathForKey(const QString &key, const QString &root = defaultRoot());
    /// The file of a key, checked: no empty, "." or ".." component, no
    /// control characters, and it resolves to a regular file under `root`.
    /// Returns the path, or an empty path and the sentence in `error`.
    static QString resolve(const QString &key, QString *error, const QString &root = defaultRoot());
};

} // namespace kc
