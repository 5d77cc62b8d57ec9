// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Pure parsers for /proc file formats: bytes in, tables out. Each accepts
// any bytes (truncated files, garbage) and says what it could not read.

#include "parsedtable.h"

#include <QByteArrayView>

namespace kc::parsers {

// System-wide files (procparsers_system.cpp)
ParsedDoc meminfo(QByteArrayView data);
ParsedDoc stat(QByteArrayView data);
ParsedDoc cpuinfo(QByteArrayView data);
ParsedDoc loadavg(QByteArrayView data);
ParsedDoc uptime(QByteArrayView data);
ParsedDoc vmstat(QByteArrayView data);
ParsedDoc interrupts(QByteArrayView data);
ParsedDoc softirqs(QByteArrayView data);
ParsedDoc diskstats(QByteArrayView data);
ParsedDoc partitions(QByteArrayView data);
ParsedDoc devices(QByteArrayView data);
ParsedDoc filesystems(QByteArrayView data);
ParsedDoc mounts(QByteArrayView data);
ParsedDoc mountinfo(QByteArrayView data);
ParsedDoc modules(QByteArrayView data);
ParsedDoc pressure(QByteArrayView data);

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
