// SPDX-License-Identifier: GPL-2.0-or-later
#include "processoverview.h"

#include "source/datasource.h"

#include <unistd.h>

namespace kc {

ProcessOverview ProcessOverview::read(DataSource &source, int pid)
{
    // The process's own files, not a scan of every process: this is read
    // every few seconds while the pane shows the process.
    const QString dir = QStringLiteral("/proc/%1/").arg(pid);
    const ReadResult stat = source.read(dir + QStringLiteral("stat"), 4096);
    ProcessInfo self;
    if (!stat.ok() || !ProcessScanner::parseStatLine(stat.data.constData(), size_t(stat.data.size()), self))
        return {};
    self.pid = pid;
    // ps's user is the effective one: the second of status's Uid line.
    const ReadResult status = source.read(dir + QStringLiteral("status"), 64 * 1024);
    for (const QByteArray &line : status.data.split('\n')) {
        if (line.startsWith("Uid:")) {
            const QList<QByteArray> ids = line.mid(4).simplified().split(' ');
            self.uid = ids.value(1).toUInt();
        }
    }
    if (!self.kernelThread) {
        // Resident memory as ps counts it: statm's second number, in pages.
        const ReadResult statm = source.read(dir + QStringLiteral("statm"), 4096);
        const QList<QByteArray> pages = statm.data.simplified().split(' ');
        self.rssKiB = pages.value(1).toULongLong() * quint64(::sysconf(_SC_PAGESIZE) / 1024);
        QByteArray args = source.read(dir + QStringLiteral("cmdline"), 32 * 1024).data;
        while (args.endsWith('\0'))
            args.chop(1);
        args.replace('\0', ' ');
        self.cmdline = QString::fromUtf8(args);
    }
    QList<ProcessInfo> known{self};
    if (self.ppid > 0) {
        ProcessInfo parent;
        parent.pid = self.ppid;
        const ReadResult comm = source.read(QStringLiteral("/proc/%1/comm").arg(self.ppid), 4096);
        if (comm.ok()) {
            parent.comm = QString::fromUtf8(comm.data.trimmed());
            known.append(parent);
        }
    }
    const ReadResult uptime = source.read(QStringLiteral("/proc/uptime"));
    const ReadResult passwd = source.read(QStringLiteral("/etc/passwd"));
    bool ok = false;
    const double seconds = uptime.data.left(uptime.data.indexOf(' ')).toDouble(&ok);
    return from(known, pid, ok ? seconds : -1, passwd.data);
}

ProcessOverview ProcessOverview::from(const QList<ProcessInfo> &scan, int pid, double uptimeSeconds, const QByteArray &passwd)
{
    ProcessOverview o;
    const ProcessInfo *self = nullptr;
    for (const ProcessInfo &p : scan) {
        if (p.pid == pid)
            self = &p;
    }
    if (!self)
        return o;
    o.valid = true;
    o.cmdline = self->cmdline;
    o.uid = self->uid;
    o.user = userName(passwd, self->uid);
    o.ppid = self->ppid;
    o.rssKiB = self->rssKiB;
    for (const ProcessInfo &p : scan) {
        if (p.pid == self->ppid)
            o.parentComm = p.comm;
    }
    // An agent too old to send the times says nothing of the CPU.
    if (self->startTicks > 0 && uptimeSeconds > 0)
        o.cpuPermille = psCpuPermille(self->cpuTicks, self->startTicks, uptimeSeconds, ::sysconf(_SC_CLK_TCK));
    return o;
}

int ProcessOverview::psCpuPermille(quint64 cpuTicks, quint64 startTicks, double uptimeSeconds, long ticksPerSecond)
{
    if (ticksPerSecond <= 0)
        return -1;
    // procps: seconds = uptime - start / Hertz, in whole seconds; then
    // total * 1000 / Hertz / seconds.
    const qint64 seconds = qint64(uptimeSeconds) - qint64(startTicks / quint64(ticksPerSecond));
    if (seconds <= 0)
        return 0;
    return int(cpuTicks * 1000 / quint64(ticksPerSecond) / quint64(seconds));
}

QString ProcessOverview::userName(const QByteArray &passwd, uint uid)
{
    // name:password:uid:gid:gecos:home:shell
    for (const QByteArray &line : passwd.split('\n')) {
        const QList<QByteArray> fields = line.split(':');
        bool ok = false;
        if (fields.size() >= 3 && fields.at(2).toUInt(&ok) == uid && ok)
            return QString::fromUtf8(fields.at(0));
    }
    return {};
}

QString ProcessOverview::cpuText(int permille)
{
    return tr("%1.%2 %").arg(permille / 10).arg(permille % 10);
}

} // namespace kc
