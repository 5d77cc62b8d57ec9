// SPDX-License-Identifier: GPL-2.0-or-later
#include "flatpakhost.h"

#include "crosschannel/runtimeinfo.h"
#include "io/safereader.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace kc {

bool FlatpakHost::instancePaths(const QByteArray &flatpakInfo, Paths *paths, QString *error)
{
    bool instance = false;
    *paths = {};
    for (const QByteArray &raw : flatpakInfo.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.startsWith('[')) {
            instance = line == "[Instance]";
            continue;
        }
        if (!instance)
            continue;
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = line.left(eq).trimmed();
        const QString value = QString::fromUtf8(line.mid(eq + 1).trimmed());
        if (key == "app-path")
            paths->appPath = value;
        else if (key == "runtime-path")
            paths->runtimePath = value;
    }
    if (paths->runtimePath.isEmpty() || paths->appPath.isEmpty()) {
        *error = tr("/.flatpak-info names no app-path and runtime-path, so the host cannot be told where the app and its "
                    "libraries are");
        return false;
    }
    return true;
}

QString FlatpakHost::hostPath(const QString &sandboxPath, const Paths &paths)
{
    const auto under = [&](const QLatin1String prefix, const QString &host) -> QString {
        if (sandboxPath == prefix)
            return host;
        if (sandboxPath.startsWith(prefix + QLatin1Char('/')))
            return host + sandboxPath.mid(prefix.size());
        return {};
    };
    if (QString p = under(QLatin1String("/usr"), paths.runtimePath); !p.isEmpty())
        return p;
    if (QString p = under(QLatin1String("/app"), paths.appPath); !p.isEmpty())
        return p;
    return sandboxPath;
}

FlatpakHost::Linkage FlatpakHost::linkage(const QByteArray &maps)
{
    Linkage l;
    for (const QByteArray &line : maps.split('\n')) {
        // address perms offset dev inode path: the path starts at the first '/'.
        const qsizetype slash = line.indexOf('/');
        if (slash < 0)
            continue;
        const QString path = QString::fromUtf8(line.mid(slash));
        const QString name = path.section(QLatin1Char('/'), -1);
        if (!name.contains(QLatin1String(".so")))
            continue;
        if (name.startsWith(QLatin1String("ld-linux")) || name.startsWith(QLatin1String("ld64.so")) || name.startsWith(QLatin1String("ld-musl"))) {
            if (l.loader.isEmpty())
                l.loader = path;
            continue;
        }
        const QString dir = path.section(QLatin1Char('/'), 0, -2);
        if (!dir.isEmpty() && !l.libraryDirs.contains(dir))
            l.libraryDirs.append(dir);
    }
    return l;
}

QStringList FlatpakHost::agentCommand(const Paths &paths, const Linkage &linkage, const QString &kchan, const QString &spawn, bool asRoot)
{
    QStringList dirs;
    for (const QString &d : linkage.libraryDirs)
        dirs.append(hostPath(d, paths));
    QStringList command{spawn, QStringLiteral("--host"), QStringLiteral("--watch-bus")};
    // pkexec runs the loader, an absolute path, with a clean environment:
    // everything the agent needs is on its command line.
    if (asRoot)
        command.append(QStringLiteral("pkexec"));
    command << hostPath(linkage.loader, paths) << QStringLiteral("--library-path") << dirs.join(QLatin1Char(':'))
            << hostPath(kchan, paths) << QStringLiteral("agent") << QStringLiteral("--stdio");
    return command;
}

QStringList FlatpakHost::agentCommandHere(QString *error, bool asRoot)
{
    const ReadResult info = SafeReader::read(RuntimeInfo::flatpakInfoPath(), 64 * 1024);
    if (!info.ok()) {
        *error = info.reason;
        return {};
    }
    Paths paths;
    if (!instancePaths(info.data, &paths, error))
        return {};
    const ReadResult maps = SafeReader::read(QStringLiteral("/proc/self/maps"));
    const Linkage l = linkage(maps.data);
    if (l.loader.isEmpty()) {
        *error = tr("cannot tell which dynamic loader this process runs with (/proc/self/maps names none)");
        return {};
    }
    const QString kchan = QCoreApplication::applicationDirPath() + QStringLiteral("/kchan");
    if (!QFileInfo(kchan).isExecutable()) {
        *error = tr("%1 is missing, and the agent is that program").arg(kchan);
        return {};
    }
    const QString spawn = QStandardPaths::findExecutable(QStringLiteral("flatpak-spawn"));
    if (spawn.isEmpty()) {
        *error = tr("flatpak-spawn is not in the sandbox, so nothing can be started on the host");
        return {};
    }
    return agentCommand(paths, l, kchan, spawn, asRoot);
}

} // namespace kc
