// SPDX-License-Identifier: GPL-2.0-or-later
#include "sysctlbootconfig.h"

#include "source/datasource.h"

#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>

namespace kc {

QList<SysctlBootSetting> SysctlBootConfig::parse(const QByteArray &text, const QString &file)
{
    QList<SysctlBootSetting> out;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString line = QString::fromUtf8(lines[n]).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq < 0)
            continue;
        QString key = line.left(eq).trimmed();
        if (key.startsWith(QLatin1Char('-')))
            key = key.mid(1).trimmed();
        // sysctl(8): a key with '/' and no '.' before it uses '/' as the separator.
        if (const qsizetype slash = key.indexOf(QLatin1Char('/')), dot = key.indexOf(QLatin1Char('.'));
            slash >= 0 && (dot < 0 || slash < dot)) {
            key.replace(QLatin1Char('.'), QLatin1Char('\x01'));
            key.replace(QLatin1Char('/'), QLatin1Char('.'));
            key.replace(QLatin1Char('\x01'), QLatin1Char('/'));
        }
        if (key.isEmpty())
            continue;
        out.append({key, line.mid(eq + 1).trimmed(), file, int(n + 1)});
    }
    return out;
}

QStringList SysctlBootConfig::folders()
{
    return {QStringLiteral("/etc/sysctl.d"), QStringLiteral("/run/sysctl.d"), QStringLiteral("/usr/local/lib/sysctl.d"),
            QStringLiteral("/usr/lib/sysctl.d"), QStringLiteral("/lib/sysctl.d")};
}

QHash<QString, SysctlBootSetting> SysctlBootConfig::read(DataSource *source, const QStringList &dirs, const QString &conf)
{
    // By name: the first folder holding a name wins; a link to /dev/null masks it.
    QMap<QString, QString> files;
    bool confLinked = false;
    for (const QString &dir : dirs) {
        const DirListing listing = source->list(dir);
        for (const DirEntry &e : listing.entries) {
            if (!e.name.endsWith(QLatin1String(".conf")) || files.contains(e.name))
                continue;
            if (e.kind == DirEntry::Kind::Symlink && e.linkTarget == QLatin1String("/dev/null")) {
                files.insert(e.name, QString());
                continue;
            }
            if (e.kind == DirEntry::Kind::Symlink && QFileInfo(e.linkTarget).fileName() == QFileInfo(conf).fileName())
                confLinked = true;
            files.insert(e.name, e.path);
        }
    }
    QStringList order;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (!it.value().isEmpty())
            order.append(it.value());
    }
    if (!confLinked && !conf.isEmpty())
        order.append(conf);
    QHash<QString, SysctlBootSetting> settings;
    for (const QString &file : std::as_const(order)) {
        const ReadResult r = source->read(file);
        if (!r.ok())
            continue;
        for (const SysctlBootSetting &s : parse(r.data, file))
            settings.insert(s.key, s);
    }
    return settings;
}

const SysctlBootSetting *SysctlBootConfig::find(const QHash<QString, SysctlBootSetting> &settings, const QString &key)
{
    if (auto it = settings.constFind(key); it != settings.cend())
        return &it.value();
    for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
        if (!it.key().contains(QLatin1Char('*')) && !it.key().contains(QLatin1Char('?')))
            continue;
        const QRegularExpression glob(QRegularExpression::wildcardToRegularExpression(it.key(), QRegularExpression::NonPathWildcardConversion));
        if (glob.match(key).hasMatch())
            return &it.value();
    }
    return nullptr;
}

QString SysctlBootConfig::persistLine(const QString &key, const QString &value)
{
    return QStringLiteral("%1 = %2").arg(key, value);
}

QString SysctlBootConfig::persistFile()
{
    return QStringLiteral("/etc/sysctl.d/99-kernel-channels.conf");
}

} // namespace kc
