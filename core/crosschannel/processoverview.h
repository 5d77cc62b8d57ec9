// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "procfs/processscanner.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kc {

class DataSource;

/// Who a process is, as `ps -o pid,ppid,user,rss,pcpu,args` tells it: its
/// command line, user, parent, resident memory and CPU share since it
/// started, read through the data source (here or an agent's machine).
struct ProcessOverview {
    Q_DECLARE_TR_FUNCTIONS(ProcessOverview)
public:
    bool valid = false;    // false: its stat could not be read (gone, or hidden)
    QString cmdline;       // arguments joined by spaces; empty for kernel threads
    uint uid = 0;
    QString user;          // the name /etc/passwd there gives uid, or empty
    int ppid = 0;
    QString parentComm;    // empty when the parent is gone or unknown (pid 0)
    quint64 rssKiB = 0;
    int cpuPermille = -1;  // ps's %CPU times ten; -1 when the source does not say

    /// Reads `pid` through `source`: its stat, status, statm and cmdline,
    /// its parent's comm, /proc/uptime and /etc/passwd there. Does I/O:
    /// off the GUI thread.
    static ProcessOverview read(DataSource &source, int pid);
    /// Fills it from a scan (the process and its parent) and the machine's
    /// uptime; pure.
    static ProcessOverview from(const QList<ProcessInfo> &scan, int pid, double uptimeSeconds, const QByteArray &passwd);
    /// ps's %CPU: CPU time over the time since the process started, in
    /// tenths of a per cent, computed as procps does (whole seconds).
    static int psCpuPermille(quint64 cpuTicks, quint64 startTicks, double uptimeSeconds, long ticksPerSecond);
    /// The user name of `uid` in a passwd file's text, or empty.
    static QString userName(const QByteArray &passwd, uint uid);
    /// "12.3 %" from cpuPermille.
    static QString cpuText(int permille);
};

} // namespace kc
