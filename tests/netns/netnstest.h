// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Shared by the tests that need a private network namespace.

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>

#include <unistd.h>

/// Why a network-namespace test cannot run here, or empty when it can.
inline QString netnsSkipReason()
{
    if (::geteuid() != 0)
        return QStringLiteral("needs root to create a network namespace and veth devices");
    if (QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("ip")).isEmpty())
        return QStringLiteral("needs unshare (util-linux) and ip (iproute2)");
    QProcess probe;
    probe.start(QStringLiteral("unshare"), {QStringLiteral("-n"), QStringLiteral("true")});
    probe.waitForFinished(30000);
    if (probe.exitCode() != 0)
        return QStringLiteral("cannot create a network namespace here (unshare -n failed)");
    return {};
}

/// unshare's mount options for a private mount namespace: the default
/// makes every mount private, which fails where / is not a mount point (the
/// dev build root's chroot); where no mount is shared to begin with,
/// leaving propagation as it is gives the same private mounts.
inline QStringList mountPropagation()
{
    QFile mountinfo(QStringLiteral("/proc/self/mountinfo"));
    if (mountinfo.open(QIODevice::ReadOnly) && !mountinfo.readAll().contains("shared:"))
        return {QStringLiteral("--propagation"), QStringLiteral("unchanged")};
    return {};
}

/// Runs `script` with sh inside a new network namespace; $0 is kchan and
/// $1, $2 are `arg1`, `arg2`. Returns the exit code, -1 on timeout.
inline int runInNetns(const QString &script, const QString &arg1, const QString &arg2, QByteArray *stdoutData = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("unshare"), {QStringLiteral("-n"), QStringLiteral("sh"), QStringLiteral("-c"), script,
                                        QStringLiteral(KC_KCHAN), arg1, arg2});
    if (!p.waitForFinished(90000))
        return -1;
    if (stdoutData)
        *stdoutData = p.readAllStandardOutput();
    return p.exitCode();
}
