// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The kernel hooks this process holds: BPF programs, links and maps, and
// perf events, as /proc/self/fd names them (anon_inode:bpf-prog,
// anon_inode:bpf_link, anon_inode:[perf_event], ...).

#include <QDir>
#include <QStringList>

#include <unistd.h>

inline QStringList kernelHookDescriptors()
{
    QStringList hooks;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &fd : fds.entryList(QDir::System | QDir::NoDotAndDotDot)) {
        char target[256];
        const ssize_t n = ::readlink(fds.filePath(fd).toLocal8Bit().constData(), target, sizeof target);
        const QByteArray name = QByteArray(target, n > 0 ? int(n) : 0);
        if (name.startsWith("anon_inode:") && (name.contains("bpf") || name.contains("perf_event")))
            hooks.append(fd + QLatin1Char(' ') + QString::fromLatin1(name));
    }
    return hooks;
}
