// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace kc {

/// Starting our own agent on the host from inside a Flatpak sandbox. The
/// host has none of the runtime's libraries, so the app's kchan runs
/// through the runtime's dynamic loader with the runtime's and the app's
/// library directories, all named by their host paths (the [Instance]
/// app-path and runtime-path of /.flatpak-info), and flatpak-spawn --host
/// --watch-bus starts it there and ends it with the app. Nothing extra is
/// shipped and the agent is always the app's own version.
class FlatpakHost
{
    Q_DECLARE_TR_FUNCTIONS(FlatpakHost)
public:
    struct Paths {
        QString appPath;     // the host directory the sandbox sees as /app
        QString runtimePath; // the host directory the sandbox sees as /usr
    };
    /// From the text of /.flatpak-info; false with *error when it names
    /// neither path (a flatpak older than 0.6.10 or no sandbox at all).
    static bool instancePaths(const QByteArray &flatpakInfo, Paths *paths, QString *error);
    /// A path inside the sandbox as the host sees it: /usr/... under
    /// runtime-path, /app/... under app-path, any other unchanged.
    static QString hostPath(const QString &sandboxPath, const Paths &paths);

    /// The dynamic loader and the library directories a process runs
    /// with, from the text of its /proc/PID/maps, in the order mapped.
    struct Linkage {
        QString loader;
        QStringList libraryDirs;
    };
    static Linkage linkage(const QByteArray &maps);

    /// flatpak-spawn --host --watch-bus LOADER --library-path DIRS KCHAN agent --stdio,
    /// with every path a host path. `asRoot`: through pkexec on the host
    /// (which asks for an administrator's password there), after --watch-bus.
    static QStringList agentCommand(const Paths &paths, const Linkage &linkage, const QString &kchan,
                                    const QString &spawn = QStringLiteral("flatpak-spawn"), bool asRoot = false);
    /// The command for this process, whose kchan is beside its executable;
    /// empty with *error when it cannot be made. /.flatpak-info is read
    /// where RuntimeInfo::flatpakInfoPath() says.
    static QStringList agentCommandHere(QString *error, bool asRoot = false);
};

} // namespace kc
