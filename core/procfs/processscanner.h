// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace kc {

/// One process as /proc/PID/stat and cmdline describe it, owned by the
/// owner of /proc/PID.
struct ProcessInfo {
    int pid = 0;
    int ppid = 0;
    char state = '?';
    quint64 rssKiB = 0; // resident set, from statm, as ps and /proc/PID/status count it
    quint64 cpuTicks = 0;   // user + system time, in clock ticks (stat fields 14, 15)
    quint64 startTicks = 0; // when it started, in clock ticks after boot (field 22); 0: not known
    int threads = 0;
    uint uid = 0; // effective user ID (the owner of /proc/PID)
    bool kernelThread = false;
    QString comm;
    QString cmdline; // arguments joined by spaces; empty for kernel threads
};

/// Scans every process in /proc. Cheap enough to run every second: each
/// file is read with one read() into a stack buffer, without Qt file I/O.
class ProcessScanner
{
public:
    static QList<ProcessInfo> scan();
    /// One process, or nullopt-like (pid 0) when it is gone or unreadable.
    static ProcessInfo read(int pid);
    /// Fills `info` from the text of /proc/PID/stat; false when malformed.
    static bool parseStatLine(const char *data, size_t size, ProcessInfo &info);
};

} // namespace kc
