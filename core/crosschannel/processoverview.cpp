// SPDX-License-Identifier: GPL-2.0-or-later
#include "processoverview.h"

#include "source/datasource.h"

#include <unistd.h>

namespace kc {

ProcessOverview ProcessOverview::read(DataSource &source, int pid)
{
    const QList<ProcessInfo> scan = source.processes();
    const ReadResult uptime = source.read(QStringLiteral("/proc/uptime"));
    const ReadResult passwd = source.read(QStringLiteral("/etc/passwd"));
    bool ok = false;
    const double seconds = uptime.data.left(uptime.data.indexOf(' ')).toDouble(&ok);
    return from(scan, pid, ok ? seconds : -1, passwd.data);
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
