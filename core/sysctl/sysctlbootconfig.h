// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace kc {

class DataSource;

/// One "key = value" line of a sysctl.d file.
struct SysctlBootSetting {
    QString key;   // dotted
    QString value;
    QString file;  // where it is set
    int line = 0;
};

/// What the sysctl.d files set at boot (systemd-sysctl, sysctl --system):
/// the files of /etc/sysctl.d, /run/sysctl.d, /usr/local/lib/sysctl.d,
/// /usr/lib/sysctl.d and /lib/sysctl.d, a name in an earlier folder hiding
/// the same name in a later one, read in the order of their names, then
/// /etc/sysctl.conf; a later setting of a key wins.
class SysctlBootConfig
{
    Q_DECLARE_TR_FUNCTIONS(SysctlBootConfig)
public:
    /// The settings of one file's text: comments (# ;) and blank lines
    /// skipped, a leading '-' (ignore errors) dropped, '/' in keys read as
    /// '.' as sysctl(8) does.
    static QList<SysctlBootSetting> parse(const QByteArray &text, const QString &file);
    /// The folders read, the first one winning over the later ones.
    static QStringList folders();
    /// Reads every file through `source` (this machine or an agent's):
    /// the setting that wins for each key.
    static QHash<QString, SysctlBootSetting> read(DataSource *source, const QStringList &dirs = folders(),
                                                  const QString &conf = QStringLiteral("/etc/sysctl.conf"));
    /// The setting for `key` in `settings`, exact or through a glob
    /// (net.ipv4.conf.*.rp_filter); nullptr when none.
    static const SysctlBootSetting *find(const QHash<QString, SysctlBootSetting> &settings, const QString &key);
    /// The line that makes `value` stay after a reboot, and the file for it.
    static QString persistLine(const QString &key, const QString &value);
    static QString persistFile();
};

} // namespace kc
