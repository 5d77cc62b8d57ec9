// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// What the trace tests read about a traced call and a traced process.

#include "trace/tracecall.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <cstring>

// The decoded text of a call's argument called `name`; empty if none.
inline QString traceArg(const kc::TraceCall &c, const char *name)
{
    for (const kc::TraceArg &a : c.decoded) {
        if (a.name == QLatin1String(name))
            return a.text;
    }
    return {};
}

// A field of /proc/PID/status ("TracerPid", "State"); empty when the process is gone.
inline QByteArray statusField(int pid, const char *key)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(QByteArray(QByteArray(key) + ':')))
            return line.mid(int(std::strlen(key)) + 1).trimmed();
    }
    return {};
}
