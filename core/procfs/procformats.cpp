// SPDX-License-Identifier: GPL-2.0-or-later
#include "procformats.h"
#include "procparsers.h"

#include <QRegularExpression>

#include <utility>

namespace kc {

namespace {

const QString KeyValueSyntax = QStringLiteral("Proc Key Value");
const QString TableSyntax = QStringLiteral("Proc Table");
const QString MapsSyntax = QStringLiteral("Proc Maps");
const QString MountinfoSyntax = QStringLiteral("Proc Mountinfo");

struct Entry {
    ProcFormat format;
    QRegularExpression re;
};

// Files under /proc/PID (or self, thread-self, PID/task/TID).
QString perProcess(const char *tail)
{
    return QStringLiteral("^/proc/(?:\\d+|self|thread-self)(?:/task/\\d+)?/") + QString::fromLatin1(tail) + QLatin1Char('$');
}

// Files that exist both system-wide and per process (mounts, net/*).
QString anyLevel(const char *tail)
{
    return QStringLiteral("^/proc/(?:(?:\\d+|self|thread-self)(?:/task/\\d+)?/)?") + QString::fromLatin1(tail) + QLatin1Char('$');
}

QString topLevel(const char *tail)
{
    return QStringLiteral("^/proc/") + QString::fromLatin1(tail) + QLatin1Char('$');
}

const QList<Entry> &entries()
{
    using namespace kc::parsers;
    static const QList<Entry> list = [] {
        QList<Entry> l;
        auto add = [&l](const char *id, const char *pattern, const QString &title, const QString &syntax,
                        ParsedDoc (*fn)(QByteArrayView), const QString &re) {
            ProcFormat f;
            f.id = QString::fromLatin1(id);
            f.pattern = QString::fromLatin1(pattern);
            f.title = title;
            f.syntax = syntax;
            f.parse = fn;
            l.append({f, QRegularExpression(re)});
        };
        add("meminfo", "/proc/meminfo", ProcFormats::tr("Memory use, system-wide"), KeyValueSyntax, meminfo, topLevel("meminfo"));
        add("stat", "/proc/stat", ProcFormats::tr("CPU time and kernel activity counters"), TableSyntax, stat, topLevel("stat"));
        add("cpuinfo", "/proc/cpuinfo", ProcFormats::tr("Processors and their features"), KeyValueSyntax, cpuinfo, topLevel("cpuinfo"));
        add("loadavg", "/proc/loadavg", ProcFormats::tr("Load averages and thread counts"), TableSyntax, loadavg, topLevel("loadavg"));
        add("uptime", "/proc/uptime", ProcFormats::tr("Time since boot"), TableSyntax, uptime, topLevel("uptime"));
        add("vmstat", "/proc/vmstat", ProcFormats::tr("Virtual memory counters"), TableSyntax, vmstat, topLevel("vmstat"));
        add("interrupts", "/proc/interrupts", ProcFormats::tr("Interrupts per CPU and source"), TableSyntax, interrupts, topLevel("interrupts"));
        add("softirqs", "/proc/softirqs", ProcFormats::tr("Deferred interrupt work per CPU"), TableSyntax, softirqs, topLevel("softirqs"));
        add("diskstats", "/proc/diskstats", ProcFormats::tr("I/O counters per block device"), TableSyntax, diskstats, topLevel("diskstats"));
        add("partitions", "/proc/partitions", ProcFormats::tr("Block devices and partitions"), TableSyntax, partitions, topLevel("partitions"));
        add("devices", "/proc/devices", ProcFormats::tr("Device major numbers and their drivers"), TableSyntax, devices, topLevel("devices"));
        add("filesystems", "/proc/filesystems", ProcFormats::tr("Filesystem types this kernel knows"), TableSyntax, filesystems, topLevel("filesystems"));
        add("mounts", "/proc/PID/mounts", ProcFormats::tr("Mounted filesystems"), MountinfoSyntax, mounts, anyLevel("mounts"));
        add("mountinfo", "/proc/PID/mountinfo", ProcFormats::tr("Mounts with IDs and propagation"), MountinfoSyntax, mountinfo, anyLevel("mountinfo"));
        add("modules", "/proc/modules", ProcFormats::tr("Loaded kernel modules"), TableSyntax, modules, topLevel("modules"));
        add("pressure", "/proc/pressure/*", ProcFormats::tr("Pressure stall information"), TableSyntax, pressure, topLevel("pressure/(?:cpu|io|memory|irq)"));
        add("net-dev", "/proc/net/dev", ProcFormats::tr("Traffic counters per network interface"), TableSyntax, netDev, anyLevel("net/dev"));
        add("net-netlink", "/proc/net/netlink", ProcFormats::tr("Open netlink sockets"), TableSyntax, netNetlink, anyLevel("net/netlink"));
        add("net-tcp", "/proc/net/tcp, /proc/net/tcp6", ProcFormats::tr("TCP sockets"), TableSyntax, netTcp, anyLevel("net/tcp6?"));
        add("net-udp", "/proc/net/udp, /proc/net/udp6", ProcFormats::tr("UDP sockets"), TableSyntax, netUdp, anyLevel("net/udp6?"));
        add("net-unix", "/proc/net/unix", ProcFormats::tr("Unix domain sockets"), TableSyntax, netUnix, anyLevel("net/unix"));
        add("pid-status", "/proc/PID/status", ProcFormats::tr("A process's state, IDs, memory and capabilities"), KeyValueSyntax, pidStatus, perProcess("status"));
        add("pid-stat", "/proc/PID/stat", ProcFormats::tr("A process's scheduler statistics, one line"), TableSyntax, pidStat, perProcess("stat"));
        add("pid-maps", "/proc/PID/maps", ProcFormats::tr("A process's memory mappings"), MapsSyntax, pidMaps, perProcess("maps"));
        add("pid-limits", "/proc/PID/limits", ProcFormats::tr("A process's resource limits"), TableSyntax, pidLimits, perProcess("limits"));
        add("pid-io", "/proc/PID/io", ProcFormats::tr("A process's I/O counters"), KeyValueSyntax, pidIo, perProcess("io"));
        add("pid-environ", "/proc/PID/environ", ProcFormats::tr("A process's environment at start"), KeyValueSyntax, pidEnviron, perProcess("environ"));
        add("pid-syscall", "/proc/PID/syscall", ProcFormats::tr("The system call a task is in now"), TableSyntax, pidSyscall, perProcess("syscall"));
        add("pid-cmdline", "/proc/PID/cmdline", ProcFormats::tr("A process's command line"), TableSyntax, pidCmdline, perProcess("cmdline"));
        // The files the sampler charts give their numbers too.
        const std::pair<const char *, ProcNumbers (*)(QByteArrayView)> numbers[] = {
            {"meminfo", meminfoNumbers}, {"stat", statNumbers},           {"loadavg", loadavgNumbers},
            {"vmstat", vmstatNumbers},   {"interrupts", interruptsNumbers}, {"diskstats", diskstatsNumbers},
            {"pressure", pressureNumbers}, {"net-dev", netDevNumbers}};
        for (const auto &[id, fn] : numbers) {
            for (Entry &e : l) {
                if (e.format.id == QLatin1String(id))
                    e.format.numbers = fn;
            }
        }
        return l;
    }();
    return list;
}

} // namespace

const QList<ProcFormat> &ProcFormats::all()
{
    static const QList<ProcFormat> formats = [] {
        QList<ProcFormat> out;
        for (const Entry &e : entries())
            out.append(e.format);
        return out;
    }();
    return formats;
}

const ProcFormat *ProcFormats::forPath(const QString &path)
{
    for (const Entry &e : entries()) {
        if (e.re.match(path).hasMatch())
            return &e.format;
    }
    return nullptr;
}

const ProcFormat *ProcFormats::byId(const QString &id)
{
    for (const Entry &e : entries()) {
        if (e.format.id == id)
            return &e.format;
    }
    return nullptr;
}

QString ProcFormats::syntaxForPath(const QString &path)
{
    if (const ProcFormat *f = forPath(path))
        return f->syntax;
    if (path.startsWith(QLatin1String("/proc/sys/")) || path.startsWith(QLatin1String("/sys/")))
        return TableSyntax;
    return TableSyntax;
}

ParsedDoc ProcFormats::parse(const QString &path, QByteArrayView data)
{
    if (const ProcFormat *f = forPath(path))
        return f->parse(data);
    ParsedDoc doc;
    doc.error = tr("There is no parser for %1; it is shown as text.").arg(path);
    return doc;
}

QHash<QString, double> ProcFormats::numbers(const QString &id, QByteArrayView data)
{
    const ProcFormat *f = byId(id);
    return f && f->numbers ? f->numbers(data) : QHash<QString, double>();
}

} // namespace kc
