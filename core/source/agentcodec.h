// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "netlink/genlfamilies.h"
#include "netlink/netlinkfeed.h"
#include "netlink/netlinksockets.h"
#include "source/datasource.h"
#include "syscalls/syscallcounter.h"

#include <QCborArray>
#include <QCborMap>

namespace kc::agent {

/// What each request's answer carries, both ways. Lists are arrays of
/// rows (one array per process or entry), not maps, to keep a scan of
/// thousands of processes small and quick to encode.
QCborMap encodeHello(const SourceInfo &info);
/// False (and why) when `hello` is not an agent's hello or speaks
/// another version of the protocol.
bool decodeHello(const QCborMap &hello, SourceInfo *info, QString *error);

QCborMap encodeRead(const ReadResult &r);
ReadResult decodeRead(const QCborMap &m);

QCborMap encodeListing(const DirListing &listing);
DirListing decodeListing(const QCborMap &m);

QCborMap encodeSysfs(const SysfsObject &object);
SysfsObject decodeSysfs(const QCborMap &m);

QCborMap encodeChannels(const ProcessChannels &pc);
ProcessChannels decodeChannels(const QCborMap &m);

QCborMap encodeDevices(const DeviceScan &scan);
DeviceScan decodeDevices(const QCborMap &m);
QCborMap encodeFollow(const FollowResult &r);
FollowResult decodeFollow(const QCborMap &m);

QCborArray encodeSysctl(const std::vector<SysctlEntry> &entries);
std::vector<SysctlEntry> decodeSysctl(const QCborArray &rows);

QCborArray encodeProcesses(const QList<ProcessInfo> &list);
/// False when a row is not a process row.
bool decodeProcesses(const QCborArray &rows, QList<ProcessInfo> *list);

/// A stream frame's datagrams in one byte string: for each, its length
/// (4 bytes) and time in ms (8 bytes), little-endian, then its bytes.
QByteArray encodeNetlinkEvents(const QList<NetlinkEvent> &batch);
/// The datagrams of `protocol` in a frame; false when the bytes are not such a string.
bool decodeNetlinkEvents(const QByteArray &bytes, int protocol, QList<NetlinkEvent> *batch);

QCborMap encodeNetlinkSockets(const NetlinkSocketList &list);
NetlinkSocketList decodeNetlinkSockets(const QCborMap &m);
QCborMap encodeGenlFamilies(const GenlFamilyList &list);
GenlFamilyList decodeGenlFamilies(const QCborMap &m);

QCborMap encodeSyscallTable(const SyscallTable &table);
SyscallTable decodeSyscallTable(const QCborMap &m);
/// The request that opens a "syscalls" stream: the calls named counted
/// for process `pid` (or every process, -1), reported every `intervalMs`.
QCborMap syscallsStreamRequest(const QStringList &calls, int pid, int intervalMs, bool byProcess);
/// One interval of system call counting: calls per second of those that
/// moved, totals of those counted at least once.
QCborMap encodeCallCounts(const QHash<QString, double> &rates, const QHash<QString, quint64> &totals);
void decodeCallCounts(const QCborMap &m, QHash<QString, double> *rates, QHash<QString, quint64> *totals);
QCborArray encodeCallRates(const QList<ProcessCallRate> &processes);
QList<ProcessCallRate> decodeCallRates(const QCborArray &rows);
QCborMap encodeWhy(const WhyAnswer &answer);
WhyAnswer decodeWhy(const QCborMap &m);

} // namespace kc::agent
