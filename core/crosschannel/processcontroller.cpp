// SPDX-License-Identifier: GPL-2.0-or-later
#include "processcontroller.h"

#include "procfs/processscanner.h"
#include "syscalls/syscallmonitor.h"

namespace kc {

ProcessController::ProcessController(QObject *parent)
    : QObject(parent)
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
}

void ProcessController::read(int pid)
{
    if (pid != m_readPid)
        m_reading.cancel(); // an answer about the process before is stale
    m_readPid = pid;
    m_reading.runIfIdle([pid] { return ProcessChannels::read(pid); }, [this](const ProcessChannels &pc) { Q_EMIT channelsRead(pc); });
}

void ProcessController::listProcesses()
{
    m_listing.run(
        [] {
            QStringList names;
            for (const ProcessInfo &p : ProcessScanner::scan())
                names.append(QStringLiteral("%1 %2").arg(p.pid).arg(p.comm));
            return names;
        },
        [this](const QStringList &names) { Q_EMIT processesListed(names); });
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
