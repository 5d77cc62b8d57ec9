// SPDX-License-Identifier: GPL-2.0-or-later
// kchan sample and map: numbers of /proc and /sys over time, and the
// channel map's figures.
#include "clicommands.h"
#include "clisupport.h"
#include "clitable.h"

#include "crosschannel/channelmap.h"
#include "io/jsonwriter.h"
#include "sampling/sampler.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QThread>

#include <cstdio>

namespace kc {

using namespace cli;

int CliCommands::sample(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption interval(QStringLiteral("interval"), tr("Seconds between samples (default 1)."), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption count(QStringLiteral("count"), tr("Stop after N samples."), QStringLiteral("N"));
    p.addOptions({interval, count});
    CommandSpec spec(QStringLiteral("sample"),
                     tr("Sample numbers from /proc and /sys: counters as rates per second, levels as they are.\n"
                        "Keys: meminfo:MemFree, stat:cpu.user, stat:ctxt, stat:intr, vmstat:pgfault,\n"
                        "net/dev:IFACE.rx_bytes, diskstats:DEV.read_bytes, interrupts:IRQ|total,\n"
                        "pressure/cpu:some.total, loadavg:1, sysctl:KEY, or a path holding a number."),
                     {Argument(QStringLiteral("KEY"), tr("What to sample"), QStringLiteral("KEY..."))});
    spec.maxArguments = CommandSpec::Unbounded;
    spec.json = tr("Print one JSON object per sample.");
    int code = 0;
    if (!parseArgs(p, args, spec, &code))
        return code;
    const QStringList keys = p.positionalArguments();
    double seconds = 0;
    qint64 samples = -1;
    if (!intervalOption(p, interval, QStringLiteral("sample"), seconds) || !countOption(p, count, QStringLiteral("sample"), samples))
        return 2;
    Sampler sampler;
    sampler.setSource(sharedSource());
    sampler.setKeys(keys);
    for (int i = 0; i < keys.size(); ++i) {
        if (!sampler.source(i).ok()) {
            err(tr("kchan sample: %1").arg(sampler.source(i).error));
            return 2;
        }
    }
    const bool asJson = p.isSet(QStringLiteral("json"));
    if (!asJson) {
        QByteArray head = "time";
        for (int i = 0; i < keys.size(); ++i) {
            const QString unit = sampler.source(i).displayUnit();
            head += '\t' + tsvCell(unit.isEmpty() ? keys[i] : keys[i] + QStringLiteral(" (") + unit + QLatin1Char(')'));
        }
        out(head + '\n');
    }
    QElapsedTimer clock;
    clock.start();
    // Counters need two readings: the first tick primes them and prints
    // only when every key is a level.
    bool anyCounter = false;
    for (int i = 0; i < keys.size(); ++i)
        anyCounter = anyCounter || sampler.source(i).kind == SampleKind::Counter;
    const qint64 step = qint64(seconds * 1000);
    qint64 printed = 0;
    qint64 base = 0;
    for (qint64 tick = 0;; ++tick) {
        const qint64 due = base + tick * step;
        if (const qint64 wait = due - clock.elapsed(); wait > 0)
            QThread::msleep(quint64(wait));
        const qint64 now = clock.elapsed();
        const QList<SamplePoint> points = sampler.sample(now);
        if (tick == 0 && anyCounter) {
            // Priming may take a while (opening syscall counters): the
            // first interval starts when it is done, so it is a whole one.
            base = clock.elapsed();
            continue;
        }
        const QString time = QDateTime::currentDateTime().toString(Qt::ISODateWithMs);
        QByteArray line;
        if (asJson) {
            line = "{\"time\":";
            json::appendString(line, time);
            line += ",\"values\":{";
            for (int i = 0; i < points.size(); ++i) {
                if (i)
                    line += ',';
                json::appendString(line, points[i].key);
                line += ':' + (points[i].valid ? QByteArray::number(points[i].value, 'g', 12) : QByteArray("null"));
            }
            line += "}}\n";
        } else {
            line = time.toUtf8();
            for (const SamplePoint &pt : points)
                line += '\t' + (pt.valid ? QByteArray::number(pt.value, 'f', 3) : QByteArray("-"));
            line += '\n';
        }
        out(line);
        std::fflush(stdout);
        for (const SamplePoint &pt : points) {
            if (!pt.error.isEmpty())
                err(tr("kchan sample: %1: %2").arg(pt.key, pt.error));
        }
        if (samples > 0 && ++printed >= samples)
            return 0;
    }
}

int CliCommands::map(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption interval(QStringLiteral("interval"), tr("Seconds over which rates are measured (default 1)."), QStringLiteral("S"),
                                      QStringLiteral("1"));
    p.addOption(interval);
    int code = 0;
    if (!parseArgs(p, args,
                   CommandSpec(QStringLiteral("map"),
                               tr("The channel map's figures: processes, device nodes, netlink sockets, sysctl keys, sysfs devices and "
                                  "system calls, with interrupts, context switches and system calls per second (the last needs root and tracefs).")),
                   &code))
        return code;
    double seconds = 1;
    if (!intervalOption(p, interval, QStringLiteral("map"), seconds))
        return 2;
    const QStringList keys = {QStringLiteral("interrupts:total"), QStringLiteral("stat:ctxt"), QStringLiteral("syscall:all")};
    Sampler sampler;
    sampler.setKeys(keys);
    QElapsedTimer clock;
    clock.start();
    sampler.sample(0);
    const ChannelMapFigures f = ChannelMapFigures::read();
    const qint64 rest = qint64(seconds * 1000) - clock.elapsed();
    if (rest > 0)
        QThread::msleep(quint64(rest));
    const QList<SamplePoint> rates = sampler.sample(clock.elapsed());
    const char *names[] = {"interrupts_per_s", "context_switches_per_s", "syscalls_per_s"};

    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject r;
        for (int i = 0; i < rates.size() && i < 3; ++i) {
            r.insert(QLatin1String(names[i]), rates[i].valid ? QJsonValue(rates[i].value) : QJsonValue());
            if (!rates[i].valid && !rates[i].error.isEmpty())
                r.insert(QLatin1String(names[i]) + QStringLiteral("_error"), rates[i].error);
        }
        QJsonObject o{{QStringLiteral("processes"), f.processes},
                      {QStringLiteral("device_nodes"), f.deviceNodes},
                      {QStringLiteral("netlink_sockets"), f.netlinkSockets},
                      {QStringLiteral("sysctl_keys"), f.sysctlKeys},
                      {QStringLiteral("sysfs_devices"), f.sysfsDevices},
                      {QStringLiteral("syscalls_in_table"), f.syscalls},
                      {QStringLiteral("interval"), seconds},
                      {QStringLiteral("rates"), r}};
        if (!f.hiddenProcesses.isEmpty())
            o.insert(QStringLiteral("hidden_processes"), f.hiddenProcesses);
        outJson(o);
        return 0;
    }
    // One figure a row: its JSON name, its value and a note.
    Table t({{{}, "FIGURE"}, {{}, "VALUE"}, {{}, "NOTE"}});
    t.setTsvHeader(false);
    auto row = [&t](const char *key, const QString &value, const QString &note = {}) {
        t.addRow().text(QLatin1String(key)).text(value).text(note);
    };
    row("processes", QString::number(f.processes), f.hiddenProcesses);
    row("device_nodes", QString::number(f.deviceNodes));
    row("netlink_sockets", QString::number(f.netlinkSockets));
    row("sysctl_keys", QString::number(f.sysctlKeys));
    row("sysfs_devices", QString::number(f.sysfsDevices));
    row("syscalls_in_table", QString::number(f.syscalls));
    for (int i = 0; i < rates.size() && i < 3; ++i)
        row(names[i], rates[i].valid ? QString::number(rates[i].value, 'f', 1) : QStringLiteral("-"), rates[i].valid ? QString() : rates[i].error);
    out(t.tsv());
    return 0;
}

} // namespace kc
