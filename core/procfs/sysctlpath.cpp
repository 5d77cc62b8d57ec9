// SPDX-License-Identifier: GPL-2.0-or-later
#include "sysctlpath.h"

#include <QStringList>

#include <climits>
#include <cstdlib>
#include <sys/stat.h>

namespace kc {

QString SysctlPath::keyForPath(const QString &relative)
{
    QStringList parts = relative.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (QString &p : parts)
        p.replace(QLatin1Char('.'), QLatin1Char('/'));
    return parts.join(QLatin1Char('.'));
}

QString SysctlPath::pathForKey(const QString &key, const QString &root)
{
    QStringList parts = key.split(QLatin1Char('.'));
    for (QString &p : parts)
        p.replace(QLatin1Char('/'), QLatin1Char('.'));
    return root + QLatin1Char('/') + parts.join(QLatin1Char('/'));
}

QString SysctlPath::resolve(const QString &key, QString *error, const QString &root)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QString();
    };
    QString k = key;
    // An absolute path under the root is accepted as well.
    if (k.startsWith(root + QLatin1Char('/')))
        k = keyForPath(k.mid(root.size() + 1));
    if (k.isEmpty())
        return fail(tr("No key given."));
    for (const QChar c : k) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return fail(tr("A sysctl key cannot contain control characters."));
    }
    for (const QString &p : k.split(QLatin1Char('.'))) {
        if (p.isEmpty() || p.startsWith(QLatin1Char('/')) || p.endsWith(QLatin1Char('/')) || p.contains(QLatin1String("//")))
            return fail(tr("\"%1\" is not a sysctl key: a part of it is empty or climbs out with \"..\".").arg(key));
    }
    if (k.contains(QLatin1String("/./")) || k.contains(QLatin1String("/../")) || k.contains(QLatin1String(".."))
        || k.startsWith(QLatin1Char('/')))
        return fail(tr("\"%1\" is not a sysctl key: a part of it is empty or climbs out with \"..\".").arg(key));
    const QString path = pathForKey(k, root);
    char real[PATH_MAX];
    if (!::realpath(path.toLocal8Bit().constData(), real))
        return fail(tr("There is no sysctl key %1 on this kernel.").arg(key));
    char realRoot[PATH_MAX];
    if (!::realpath(root.toLocal8Bit().constData(), realRoot))
        return fail(tr("%1 cannot be opened.").arg(root));
    const QString resolved = QString::fromLocal8Bit(real);
    const QString rootPrefix = QString::fromLocal8Bit(realRoot) + QLatin1Char('/');
    if (!resolved.startsWith(rootPrefix))
        return fail(tr("\"%1\" leads outside %2.").arg(key, root));
    struct stat st {};
    if (::stat(real, &st) != 0 || !S_ISREG(st.st_mode))
        return fail(tr("%1 is a group of keys, not a key.").arg(key));
    return resolved;
}

} // namespace kc
