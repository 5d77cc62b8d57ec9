// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "crosschannel/addressspace.h"
#include "crosschannel/processchannels.h"
#include "io/async.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace kc {

class DataSource;
class SyscallMonitor;

/// One process's channels: its descriptors by channel, namespaces and
/// limits (read off the GUI thread), its address space, the list of
/// processes to pick from, and its system calls per second (counted in
/// the kernel for it alone).
class ProcessController : public QObject
{
    Q_OBJECT
public:
    /// Reads processes through `source`: this kernel, or an agent's.
    explicit ProcessController(std::shared_ptr<DataSource> source, QObject *parent = nullptr);
    /// Reads through `source` from now on (after a reconnect).
    void setSource(std::shared_ptr<DataSource> source);

    /// Reads process `pid`; channelsRead() follows. Skipped while a read
    /// runs, unless `pid` is not the process of that read.
    void read(int pid);
    /// Reads the address space of `pid` (smaps, smaps_rollup, the split);
    /// addressSpaceRead() follows. A read still running for another
    /// process is dropped.
    void readAddressSpace(int pid);
    /// "PID name" of every process, scanned now; processesListed() and
    /// processesScanned() follow.
    void listProcesses();
    /// Counts the calls of `pid` (every thread); callsCounted() each second.
    void startCounting(int pid);
    void stopCounting();

Q_SIGNALS:
    void channelsRead(const kc::ProcessChannels &channels);
    void processesListed(const QStringList &processes);
    /// The same scan, whole: each process's command line, start time ...
    void processesScanned(const QList<kc::ProcessInfo> &processes);
    void addressSpaceRead(const kc::AddressSpace &space);
    void callsCounted(double perSecond, quint64 total);
    void countingFailed(const QString &reason);

private:
    std::shared_ptr<DataSource> m_source;
    Async<ProcessChannels> m_reading{this};
    Async<QList<ProcessInfo>> m_listing{this};
    Async<AddressSpace> m_mapping{this};
    SyscallMonitor *m_monitor;
    int m_readPid = 0;
    int m_countPid = 0;
};

} // namespace kc
