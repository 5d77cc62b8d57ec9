// SPDX-License-Identifier: GPL-2.0-or-later
#include "processcontroller.h"

#include "procfs/processscanner.h"
#include "source/datasource.h"
#include "syscalls/syscallmonitor.h"

namespace kc {

ProcessController::ProcessController(std::shared_ptr<DataSource> source, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_monitor(new SyscallMonitor(this))
{
    connect(m_monitor, &SyscallMonitor::counted, this, [this](const QHash<QString, double> &rates, const QHash<QString, quint64> &totals) {
        if (m_countPid > 0)
            Q_EMIT callsCounted(rates.value(QStringLiteral("all"), 0), totals.value(QStringLiteral("all")));
    });
    connect(m_monitor, &SyscallMonitor::failed, this, [this](const QString &reason) {
        if (m_countPid > 0)
            Q_EMIT countingFailed(reason);
    });
    m_monitor->setSource(m_source);
}

void ProcessController::setSource(std::shared_ptr<DataSource> source)
{
    m_source = std::move(source);
    m_reading.cancel();
    m_monitor->setSource(m_source); // counting stops; the pane starts it again
    if (m_readPid > 0)
        read(m_readPid);
}

void ProcessController::read(int pid)
{
    if (pid != m_readPid)
        m_reading.cancel(); // an answer about the process before is stale
    m_readPid = pid;
    m_reading.runIfIdle(
        [pid, source = m_source] {
            ProcessChannels pc = source->processChannels(pid);
            if (!pc.gone && pc.error.isEmpty())
                pc.overview = ProcessOverview::read(*source, pid);
            return pc;
        },
                        [this](const ProcessChannels &pc) { Q_EMIT channelsRead(pc); });
}

void ProcessController::readAddressSpace(int pid)
{
    m_mapping.run([pid, source = m_source] { return AddressSpace::read(*source, pid); },
                  [this](const AddressSpace &space) { Q_EMIT addressSpaceRead(space); });
}

void ProcessController::listProcesses()
{
    m_listing.run(
        [source = m_source] {
            return source->processes();
        },
        [this](const QList<ProcessInfo> &list) {
            QStringList names;
            for (const ProcessInfo &p : list)
                names.append(QStringLiteral("%1 %2").arg(p.pid).arg(p.comm));
            Q_EMIT processesScanned(list);
            Q_EMIT processesListed(names);
        });
}

void ProcessController::startCounting(int pid)
{
    m_countPid = pid;
    // Finding tracefs is file system work too: off the GUI thread.
    runFor(
        this,
        [] {
            SyscallTable table;
            table.tracefs = SyscallTable::findTracefs();
            table.calls = {SyscallTable::allCalls(table.tracefs)};
            return table;
        },
        [this, pid](const SyscallTable &table) {
            if (pid == m_countPid)
                m_monitor->start(table, pid, 1000);
        });
}

void ProcessController::stopCounting()
{
    m_countPid = 0;
    m_monitor->stop();
}

} // namespace kc
