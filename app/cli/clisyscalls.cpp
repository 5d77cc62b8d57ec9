// SPDX-License-Identifier: GPL-2.0-or-later
// kchan syscalls and syscall-of: this kernel's system calls, how often
// they are made, and the one a process is in.
#include "clicommands.h"
#include "clisupport.h"
#include "clitable.h"

#include "syscalls/syscallcost.h"
#include "syscalls/syscallcounter.h"
#include "syscalls/syscalltable.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace kc {

using namespace cli;

int CliCommands::syscalls(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption rates(QStringLiteral("rates"), tr("Count calls and print them per interval."));
    const QCommandLineOption pid(QStringLiteral("pid"), tr("Count only the threads of this process."), QStringLiteral("PID"));
    const QCommandLineOption interval(QStringLiteral("interval"), tr("Seconds per line of --rates (default 1)."), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption count(QStringLiteral("count"), tr("Stop after N intervals."), QStringLiteral("N"));
    const QCommandLineOption mount(QStringLiteral("mount-tracefs"), tr("Mount tracefs at /sys/kernel/tracing first if it is not mounted (root; every program on the machine sees the mount)."));
    const QCommandLineOption method(QStringLiteral("method"), tr("How --rates counts: bpf, perf, or best (default: bpf when it can be had)."),
                                    QStringLiteral("M"), QStringLiteral("best"));
    const QCommandLineOption byProcess(QStringLiteral("by-process"), tr("With --rates on every CPU: also the ten processes that made the most calls (BPF only)."));
    p.addOptions({rates, pid, interval, count, mount, method, byProcess});
    CommandSpec spec(QStringLiteral("syscalls"),
                     tr("The system calls of this kernel and architecture, or with --rates how often each is made,\n"
                        "counted exactly by the kernel: by a BPF program on the sys_enter tracepoint (root), else\n"
                        "by perf events on the syscalls tracepoints (needs tracefs, and root or\n"
                        "kernel.perf_event_paranoid=-1)."));
    spec.json = tr("Print JSON.");
    int code = 0;
    if (!parseArgs(p, args, spec, &code))
        return code;
    if (p.isSet(mount) && SyscallTable::findTracefs().isEmpty()) {
        QString error;
        if (!SyscallCounter::mountTracefs(&error)) {
            err(tr("kchan syscalls: %1").arg(error));
            return 1;
        }
    }
    const SyscallTable table = SyscallTable::load();
    const bool asJson = p.isSet(QStringLiteral("json"));
    if (!p.isSet(rates)) {
        if (!table.note.isEmpty())
            err(tr("kchan syscalls: %1").arg(table.note));
        if (asJson) {
            QJsonArray array;
            for (const SyscallInfo &c : table.calls) {
                QJsonObject o{{QStringLiteral("number"), c.number >= 0 ? QJsonValue(c.number) : QJsonValue()},
                              {QStringLiteral("name"), c.name}};
                if (c.argsKnown) {
                    QJsonArray argList;
                    for (const auto &arg : c.args)
                        argList.append(QJsonObject{{QStringLiteral("type"), arg.type}, {QStringLiteral("name"), arg.name}});
                    o.insert(QStringLiteral("args"), argList);
                } else {
                    o.insert(QStringLiteral("args"), QJsonValue::Null);
                }
                if (const QString d = c.description(); !d.isEmpty())
                    o.insert(QStringLiteral("description"), d);
                array.append(o);
            }
            outJson(array);
            return 0;
        }
        Table t({{{}, "number"}, {{}, "name"}, {{}, "signature"}, {{}, "description"}});
        for (const SyscallInfo &c : table.calls) {
            t.addRow()
                .text(c.number >= 0 ? QString::number(c.number) : QStringLiteral("-"))
                .text(c.name)
                .text(c.signature())
                .text(c.description());
        }
        out(t.tsv());
        return 0;
    }

    int target = 0;
    if (!pidOption(p, pid, QStringLiteral("syscalls"), target))
        return 2;
    if (target == 0)
        target = -1; // every process
    double seconds = 0;
    qint64 intervals = -1;
    if (!intervalOption(p, interval, QStringLiteral("syscalls"), seconds) || !countOption(p, count, QStringLiteral("syscalls"), intervals))
        return 2;
    const std::optional<SyscallCounter::Method> named = SyscallCounter::methodNamed(p.value(method));
    if (!named) {
        err(tr("kchan syscalls: --method takes bpf, perf or best"));
        return 2;
    }
    const SyscallCounter::Method how = *named;
    SyscallCounter counter;
    if (!counter.open(table.calls, target, how, p.isSet(byProcess))) {
        err(tr("kchan syscalls: %1").arg(counter.error()));
        if (table.tracefs.isEmpty() && how != SyscallCounter::Method::Bpf)
            err(tr("kchan syscalls: to count with perf events, mount tracefs: mount -t tracefs nodev /sys/kernel/tracing (or pass --mount-tracefs)."));
        return 1;
    }
    // Said once every counter is open: from here on no call is missed.
    QHash<int, quint64> lastByProcess = counter.callsByProcess();
    if (p.isSet(byProcess) && (target > 0 || counter.method() != SyscallCounter::Method::Bpf)) {
        err(tr("kchan syscalls: --by-process needs every CPU counted with BPF (root, no --pid, no --method perf)"));
        return 1;
    }
    const QString with = counter.method() == SyscallCounter::Method::Bpf ? tr("a BPF program") : tr("perf events");
    err(target > 0 ? tr("kchan syscalls: counting %1 system calls of process %2 with %3").arg(counter.calls().size()).arg(target).arg(with)
                   : tr("kchan syscalls: counting %1 system calls on every CPU with %2").arg(counter.calls().size()).arg(with));
    QElapsedTimer clock;
    clock.start();
    QList<quint64> last = counter.read();
    qint64 lastMs = 0;
    const qint64 step = qint64(seconds * 1000);
    for (qint64 n = 1;; ++n) {
        if (const qint64 wait = n * step - clock.elapsed(); wait > 0)
            QThread::msleep(quint64(wait));
        const QList<quint64> now = counter.read();
        const qint64 nowMs = clock.elapsed();
        const double dt = double(nowMs - lastMs) / 1000.0;
        QList<QPair<quint64, int>> moved = SyscallCounter::moved(last, now);
        std::sort(moved.begin(), moved.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        QList<ProcessCallRate> busiest;
        if (p.isSet(byProcess)) {
            const QHash<int, quint64> byProcessNow = counter.callsByProcess();
            busiest = SyscallCounter::busiest(lastByProcess, byProcessNow, dt, 10);
            lastByProcess = byProcessNow;
        }
        const QString time = QDateTime::currentDateTime().toString(Qt::ISODateWithMs);
        QByteArray line;
        if (asJson) {
            // One object per line, as every streaming command writes.
            QJsonObject counts;
            for (const auto &m : std::as_const(moved))
                counts.insert(counter.calls()[m.second].name, qint64(m.first));
            QJsonObject record{{QStringLiteral("time"), time}, {QStringLiteral("seconds"), std::round(dt * 1000.0) / 1000.0},
                               {QStringLiteral("counts"), counts}};
            if (p.isSet(byProcess)) {
                QJsonArray processes;
                for (const ProcessCallRate &b : std::as_const(busiest))
                    processes.append(QJsonObject{{QStringLiteral("pid"), b.pid}, {QStringLiteral("comm"), b.comm}, {QStringLiteral("calls"), qint64(b.calls)}});
                record.insert(QStringLiteral("processes"), processes);
            }
            line = QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
        } else {
            quint64 total = 0;
            for (const auto &m : moved)
                total += m.first;
            line = time.toUtf8() + "\ttotal\t" + QByteArray::number(double(total) / dt, 'f', 1) + "/s";
            for (int m = 0; m < moved.size() && m < 10; ++m)
                line += '\t' + counter.calls()[moved[m].second].name.toUtf8() + ' ' + QByteArray::number(double(moved[m].first) / dt, 'f', 1) + "/s";
            line += '\n';
            if (p.isSet(byProcess)) {
                line += time.toUtf8() + "\tprocesses";
                for (const ProcessCallRate &b : std::as_const(busiest))
                    line += '\t' + QByteArray::number(b.pid) + ' ' + tsvCell(b.comm) + ' ' + QByteArray::number(b.perSecond, 'f', 1) + "/s";
                line += '\n';
            }
        }
        out(line);
        std::fflush(stdout);
        last = now;
        lastMs = nowMs;
        if (intervals > 0 && n >= intervals)
            return 0;
        if (counter.targetExited()) {
            err(tr("kchan syscalls: process %1 has exited").arg(target));
            return 0;
        }
    }
}

int CliCommands::syscallOf(const QStringList &args)
{
    QCommandLineParser p;
    int code = 0;
    if (!parseArgs(p, args,
                   CommandSpec(QStringLiteral("syscall-of"), tr("What system call a process is in now, from /proc/PID/syscall and wchan."),
                               {Argument(QStringLiteral("PID"), tr("A process ID."))}),
                   &code))
        return code;
    int pid = 0;
    if (!pidArgument(p.positionalArguments().first(), QStringLiteral("syscall-of"), pid))
        return 2;
    const ProcessCallState task = ProcessCallState::read(pid);
    if (!task.call) {
        err(tr("kchan syscall-of: %1").arg(task.callError));
        return 1;
    }
    const auto &s = task.call;
    const QString &wait = task.wchan;
    const QString name = s->state == ProcSyscall::State::InSyscall ? SyscallTable::nameOf(s->number) : QString();
    if (p.isSet(QStringLiteral("json"))) {
        const char *state = s->state == ProcSyscall::State::Running ? "running"
            : s->state == ProcSyscall::State::InSyscall ? "syscall" : "not-in-syscall";
        QJsonObject o{{QStringLiteral("pid"), pid}, {QStringLiteral("state"), QLatin1String(state)}};
        if (s->state == ProcSyscall::State::InSyscall) {
            QJsonArray callArgs;
            for (int i = 0; i < 6; ++i)
                callArgs.append(qint64(s->args[i]));
            o.insert(QStringLiteral("number"), s->number);
            o.insert(QStringLiteral("name"), name);
            o.insert(QStringLiteral("args"), callArgs);
        }
        o.insert(QStringLiteral("wchan"), wait);
        o.insert(QStringLiteral("summary"), SyscallTable::describe(*s));
        outJson(o);
        return 0;
    }
    out(SyscallTable::describe(*s).toUtf8() + (wait.isEmpty() || wait == QLatin1String("0") ? QByteArray() : " — waiting in " + wait.toUtf8()) + '\n');
    return 0;
}

int CliCommands::syscallCost(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption batchesOption(QStringLiteral("batches"), tr("Batches of each kind, at least 3 (default %1).").arg(SyscallCost::DefaultBatches),
                                           QStringLiteral("N"), QString::number(SyscallCost::DefaultBatches));
    p.addOption(batchesOption);
    CommandSpec spec(QStringLiteral("syscall-cost"),
                     tr("What crossing into the kernel costs on this machine, measured now: a plain function call, a vDSO call\n"
                        "(clock_gettime(CLOCK_MONOTONIC), answered in user space), a cheap system call (getppid through\n"
                        "syscall(2), so the C library cannot answer from a cache) and a context switch (two threads on one CPU\n"
                        "handing a byte to each other over pipes, per one-way switch). Each in nanoseconds: the median, 10th\n"
                        "and 90th percentile of batches of about 4 ms, the four kinds taking turns."));
    int code = 0;
    if (!parseArgs(p, args, spec, &code))
        return code;
    bool number = false;
    const int batches = p.value(batchesOption).toInt(&number);
    if (!number || batches < 3 || batches > 10000) {
        err(tr("kchan syscall-cost: --batches takes a number from 3 to 10000"));
        return 2;
    }
    const SyscallCostResult r = SyscallCost::measure(batches);
    if (!r.error.isEmpty()) {
        err(tr("kchan syscall-cost: %1").arg(r.error));
        return 1;
    }
    auto rounded = [](double ns) { return std::round(ns * 10.0) / 10.0; };
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray figures;
        for (const CostFigure &f : r.figures) {
            figures.append(QJsonObject{{QStringLiteral("what"), CostFigure::key(f.kind)},
                                       {QStringLiteral("name"), CostFigure::name(f.kind)},
                                       {QStringLiteral("call"), CostFigure::call(f.kind)},
                                       {QStringLiteral("median_ns"), rounded(f.median)},
                                       {QStringLiteral("p10_ns"), rounded(f.p10)},
                                       {QStringLiteral("p90_ns"), rounded(f.p90)},
                                       {QStringLiteral("min_ns"), rounded(f.min)},
                                       {QStringLiteral("per_batch"), f.perBatch},
                                       {QStringLiteral("batches"), f.batches}});
        }
        QJsonObject o{{QStringLiteral("figures"), figures},
                      {QStringLiteral("clocksource"), r.clocksource},
                      {QStringLiteral("vdso"), r.vdsoMapped},
                      {QStringLiteral("cpu"), r.cpu >= 0 ? QJsonValue(r.cpu) : QJsonValue()},
                      {QStringLiteral("mitigations"), QJsonArray::fromStringList(r.mitigations)}};
        if (!r.pinNote.isEmpty())
            o.insert(QStringLiteral("note"), r.pinNote);
        outJson(o);
        return 0;
    }
    Table t({{{}, "what"}, {{}, "median_ns"}, {{}, "p10_ns"}, {{}, "p90_ns"}, {{}, "per_batch"}, {{}, "call"}});
    for (const CostFigure &f : r.figures) {
        t.addRow()
            .text(CostFigure::key(f.kind))
            .text(QString::number(rounded(f.median), 'f', 1))
            .text(QString::number(rounded(f.p10), 'f', 1))
            .text(QString::number(rounded(f.p90), 'f', 1))
            .text(QString::number(f.perBatch))
            .text(CostFigure::call(f.kind));
    }
    out(t.tsv());
    err(tr("kchan syscall-cost: clock source %1; both threads of the ping-pong on CPU %2").arg(r.clocksource).arg(r.cpu));
    if (!r.pinNote.isEmpty())
        err(tr("kchan syscall-cost: %1").arg(r.pinNote));
    if (!r.mitigations.isEmpty())
        err(tr("kchan syscall-cost: on the kernel's entry path: %1").arg(r.mitigations.join(QStringLiteral("; "))));
    return 0;
}

} // namespace kc
