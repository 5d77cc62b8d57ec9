// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Pure parsers for /proc file formats: bytes in, tables out. Each accepts
// any bytes (truncated files, garbage) and says what it could not read.

#include "parsedtable.h"

#include <QByteArrayView>
#include <QHash>
#include <QString>

namespace kc::parsers {

/// The named numbers of a file, in base units (bytes, seconds; pressure
/// shares in percent), as the sampler charts them: "MemFree", "cpu1.user",
/// "lo.rx_bytes", "sda.read_bytes", "some.avg10", "1" (the 1-minute load).
/// Each comes from the same line reader as the file's table, so the two
/// never disagree about which lines are whole.
using ProcNumbers = QHash<QString, double>;
ProcNumbers meminfoNumbers(QByteArrayView data);
ProcNumbers statNumbers(QByteArrayView data);       // cpu times in seconds
ProcNumbers loadavgNumbers(QByteArrayView data);    // 1 5 15 running total
ProcNumbers vmstatNumbers(QByteArrayView data);
ProcNumbers interruptsNumbers(QByteArrayView data); // per source summed over CPUs, and "total"
ProcNumbers diskstatsNumbers(QByteArrayView data);  // sectors as bytes, ms as seconds
ProcNumbers pressureNumbers(QByteArrayView data);   // total in seconds
ProcNumbers netDevNumbers(QByteArrayView data);

/// The names of a row's numbers, in column order after the row's name:
/// /proc/stat's cpu times, /proc/diskstats' counters after major, minor
/// and name, /proc/net/dev's counters, a pressure line's values.
extern const char *const statCpuFields[10];
extern const char *const diskstatsFields[17];
extern const char *const netDevFields[16];
extern const char *const pressureFields[4];

// System-wide files (procparsers_system.cpp)
ParsedDoc meminfo(QByteArrayView data);
ParsedDoc stat(QByteArrayView data);
ParsedDoc cpuinfo(QByteArrayView data);
ParsedDoc loadavg(QByteArrayView data);
ParsedDoc uptime(QByteArrayView data);
ParsedDoc vmstat(QByteArrayView data);

// Counters per CPU and per device, and pressure (procparsers_counters.cpp)
ParsedDoc interrupts(QByteArrayView data);
ParsedDoc softirqs(QByteArrayView data);
ParsedDoc diskstats(QByteArrayView data);
ParsedDoc pressure(QByteArrayView data);

// Devices, filesystems, mounts and modules (procparsers_devices.cpp)
ParsedDoc partitions(QByteArrayView data);
ParsedDoc devices(QByteArrayView data);
ParsedDoc filesystems(QByteArrayView data);
ParsedDoc mounts(QByteArrayView data);
ParsedDoc mountinfo(QByteArrayView data);
ParsedDoc modules(QByteArrayView data);

// Per-process files (procparsers_process.cpp)
ParsedDoc pidStatus(QByteArrayView data);
ParsedDoc pidStat(QByteArrayView data);
ParsedDoc pidMaps(QByteArrayView data);
ParsedDoc pidLimits(QByteArrayView data);
ParsedDoc pidIo(QByteArrayView data);
ParsedDoc pidEnviron(QByteArrayView data);
ParsedDoc pidCmdline(QByteArrayView data);
ParsedDoc pidSyscall(QByteArrayView data);

// Network files (procparsers_net.cpp)
ParsedDoc netDev(QByteArrayView data);
ParsedDoc netNetlink(QByteArrayView data);
ParsedDoc netTcp(QByteArrayView data);   // tcp and tcp6
ParsedDoc netUdp(QByteArrayView data);   // udp and udp6
ParsedDoc netUnix(QByteArrayView data);
/// "stream", "dgram", "seqpacket" for a unix socket's type number.
QString unixSocketType(int type);

/// "127.0.0.1:8080" or "[::1]:631" from the kernel's hex "0100007F:1F90".
QString decodeInetAddress(QByteArrayView hex);
/// "LISTEN", "ESTABLISHED" ... from the kernel's hex TCP state.
QString tcpStateName(int state);

} // namespace kc::parsers
