// SPDX-License-Identifier: GPL-2.0-or-later
#include "syscalltable.h"

#include "io/safereader.h"

#include <QDir>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cctype>

namespace kc {

namespace {

struct Compiled {
    int number;
    const char *name;
};

const Compiled compiledTable[] =
#include "syscallnumbers.inc"
    ;

} // namespace

QList<SyscallInfo> SyscallTable::compiled()
{
    QList<SyscallInfo> out;
    out.reserve(int(std::size(compiledTable)));
    for (const Compiled &c : compiledTable) {
        SyscallInfo s;
        s.number = c.number;
        s.name = QString::fromLatin1(c.name);
        out.append(s);
    }
    return out;
}

QList<SyscallInfo> SyscallTable::select(const QStringList &names) const
{
    QList<SyscallInfo> wanted;
    for (const SyscallInfo &c : calls) {
        if (names.contains(c.name))
            wanted.append(c);
    }
    if (names.contains(QStringLiteral("all")))
        wanted.append(allCalls(tracefs));
    return wanted;
}

SyscallInfo SyscallTable::allCalls(const QString &tracefs)
{
    SyscallInfo all;
    all.name = QStringLiteral("all");
    if (tracefs.isEmpty())
        return all;
    const ReadResult id = SafeReader::read(tracefs + QStringLiteral("/events/raw_syscalls/sys_enter/id"), 64);
    bool ok = false;
    const int tracepoint = QString::fromLatin1(id.data).trimmed().toInt(&ok);
    if (id.ok() && ok)
        all.tracepointId = tracepoint;
    return all;
}

QString SyscallTable::nameOf(int number)
{
    for (const Compiled &c : compiledTable) {
        if (c.number == number)
            return QString::fromLatin1(c.name);
    }
    return {};
}

QString SyscallTable::findTracefs()
{
    for (const char *root : {"/sys/kernel/tracing", "/sys/kernel/debug/tracing"}) {
        const QString r = QString::fromLatin1(root);
        if (QDir(r + QStringLiteral("/events/syscalls")).exists())
            return r;
    }
    return {};
}

std::optional<SyscallInfo> SyscallTable::parseFormat(QByteArrayView data)
{
    SyscallInfo s;
    bool sawName = false;
    qsizetype start = 0;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        const QByteArrayView line = data.sliced(start, end - start).trimmed();
        start = end + 1;
        if (line.startsWith("name: ")) {
            const QByteArrayView name = line.sliced(6).trimmed();
            if (!name.startsWith("sys_enter_") && !name.startsWith("sys_exit_"))
                return std::nullopt;
            s.name = QString::fromLatin1(name.sliced(name.indexOf('_', 4) + 1));
            sawName = true;
        } else if (line.startsWith("ID: ")) {
            bool ok = false;
            s.tracepointId = line.sliced(4).toByteArray().toInt(&ok);
            if (!ok)
                s.tracepointId = -1;
        } else if (line.startsWith("field:")) {
            // "field:const char * filename;\toffset:24;..."
            const qsizetype semi = line.indexOf(';');
            if (semi < 0)
                continue;
            const QByteArray decl = line.sliced(6, semi - 6).trimmed().toByteArray();
            qsizetype split = decl.size();
            while (split > 0 && (std::isalnum(static_cast<unsigned char>(decl[split - 1])) || decl[split - 1] == '_'))
                --split;
            const QByteArray name = decl.mid(split);
            const QByteArray type = decl.left(split).trimmed();
            if (name.isEmpty() || type.isEmpty() || name.startsWith("common_") || name == "__syscall_nr")
                continue;
            s.args.append({QString::fromLatin1(type), QString::fromLatin1(name)});
        }
    }
    if (!sawName || s.name.isEmpty())
        return std::nullopt;
    s.argsKnown = true;
    return s;
}

SyscallTable SyscallTable::load()
{
    SyscallTable t;
    t.calls = compiled();
    QHash<QString, int> byName;
    for (int i = 0; i < t.calls.size(); ++i)
        byName.insert(t.calls[i].name, i);
    t.tracefs = findTracefs();
    if (t.tracefs.isEmpty()) {
        t.note = tr("tracefs is not mounted, so argument lists are not shown and calls can be counted only as root "
                    "(with BPF); numbers and names come from this build's kernel headers.");
    } else {
        const QDir events(t.tracefs + QStringLiteral("/events/syscalls"));
        const QStringList dirs = events.entryList({QStringLiteral("sys_enter_*")}, QDir::Dirs);
        int unreadable = 0;
        for (const QString &d : dirs) {
            const ReadResult r = SafeReader::read(events.filePath(d) + QStringLiteral("/format"), 64 * 1024);
            const auto f = r.ok() ? parseFormat(r.data) : std::nullopt;
            if (!f) {
                ++unreadable;
                continue;
            }
            // Some tracepoints are named after the kernel function, not the
            // call: sys_enter_newfstat is fstat.
            static const QHash<QString, QString> aliases{
                {QStringLiteral("newfstat"), QStringLiteral("fstat")}, {QStringLiteral("newlstat"), QStringLiteral("lstat")},
                {QStringLiteral("newstat"), QStringLiteral("stat")}, {QStringLiteral("newuname"), QStringLiteral("uname")},
                {QStringLiteral("sendfile64"), QStringLiteral("sendfile")}, {QStringLiteral("umount"), QStringLiteral("umount2")},
            };
            const auto it = byName.constFind(aliases.value(f->name, f->name));
            if (it == byName.cend()) {
                // A call newer than our headers: listed, without a number.
                t.calls.append(*f);
                continue;
            }
            SyscallInfo &s = t.calls[it.value()];
            s.args = f->args;
            s.argsKnown = true;
            s.tracepointId = f->tracepointId;
        }
        if (dirs.isEmpty() || unreadable == dirs.size())
            t.note = tr("tracefs at %1 cannot be read (it needs root), so argument lists are not shown and calls can be counted only as root.").arg(t.tracefs);
    }
    std::stable_sort(t.calls.begin(), t.calls.end(), [](const SyscallInfo &a, const SyscallInfo &b) {
        if ((a.number < 0) != (b.number < 0))
            return b.number < 0;
        return a.number != b.number ? a.number < b.number : a.name < b.name;
    });
    return t;
}

QString SyscallInfo::signature() const
{
    if (!argsKnown)
        return name + QStringLiteral("(…)");
    QStringList parts;
    for (const SyscallArg &a : args)
        parts.append(a.type.endsWith(QLatin1Char('*')) ? QString(a.type + a.name) : QString(a.type + QLatin1Char(' ') + a.name));
    return name + QLatin1Char('(') + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
}

std::optional<ProcSyscall> SyscallTable::parseProcSyscall(QByteArrayView data)
{
    const QByteArray text = data.trimmed().toByteArray();
    ProcSyscall s;
    if (text == "running") {
        s.state = ProcSyscall::State::Running;
        return s;
    }
    const QList<QByteArray> w = text.split(' ');
    bool ok = false;
    const int nr = w.value(0).toInt(&ok);
    if (!ok)
        return std::nullopt;
    auto hex = [&ok](const QByteArray &b) {
        const QByteArray digits = b.startsWith("0x") ? b.mid(2) : b;
        return digits.toULongLong(&ok, 16);
    };
    if (nr == -1 && w.size() == 3) {
        s.state = ProcSyscall::State::NotInSyscall;
        s.stackPointer = hex(w[1]);
        s.programCounter = ok ? hex(w[2]) : 0;
        return ok ? std::optional(s) : std::nullopt;
    }
    if (nr < 0 || w.size() != 9)
        return std::nullopt;
    s.state = ProcSyscall::State::InSyscall;
    s.number = nr;
    for (int i = 0; i < 6 && ok; ++i)
        s.args[i] = hex(w[1 + i]);
    if (ok)
        s.stackPointer = hex(w[7]);
    if (ok)
        s.programCounter = hex(w[8]);
    return ok ? std::optional(s) : std::nullopt;
}

QString SyscallTable::describe(const ProcSyscall &s)
{
    switch (s.state) {
    case ProcSyscall::State::Running:
        return tr("running on a CPU now");
    case ProcSyscall::State::NotInSyscall:
        return tr("blocked in the kernel, but not in a system call (for example a page fault)");
    case ProcSyscall::State::Unknown:
        return tr("unknown");
    case ProcSyscall::State::InSyscall:
        break;
    }
    QString name = nameOf(s.number);
    if (name.isEmpty())
        name = tr("system call %1").arg(s.number);
    QStringList args;
    for (quint64 a : s.args)
        args.append(a < 4096 ? QString::number(a) : QStringLiteral("0x") + QString::number(a, 16));
    return tr("in %1(%2)").arg(name, args.join(QStringLiteral(", ")));
}

ProcessCallState ProcessCallState::read(int pid, const std::function<ReadResult(const QString &path, qint64 cap)> &reader)
{
    const auto read = [&reader](const QString &path, qint64 cap) { return reader ? reader(path, cap) : SafeReader::read(path, cap); };
    ProcessCallState st;
    const QString base = QStringLiteral("/proc/%1/").arg(pid);
    const ReadResult comm = read(base + QStringLiteral("comm"), 4096);
    if (comm.ok())
        st.comm = QString::fromUtf8(comm.data.trimmed());
    else
        st.commError = comm.reason;
    const ReadResult sc = read(base + QStringLiteral("syscall"), 4096);
    if (sc.ok()) {
        st.call = SyscallTable::parseProcSyscall(sc.data);
        if (!st.call)
            st.callError = tr("/proc/%1/syscall holds something unexpected: %2").arg(pid).arg(QString::fromUtf8(sc.data.trimmed()));
    } else {
        st.callError = sc.reason;
    }
    const ReadResult wchan = read(base + QStringLiteral("wchan"), 4096);
    if (wchan.ok())
        st.wchan = QString::fromUtf8(wchan.data.trimmed());
    const ReadResult status = read(base + QStringLiteral("status"), 64 * 1024);
    QByteArray state, parent;
    for (const QByteArray &line : status.data.split('\n')) {
        if (line.startsWith("State:"))
            state = line.mid(6).trimmed();
        else if (line.startsWith("PPid:"))
            parent = line.mid(5).trimmed();
        else if (line.startsWith("voluntary_ctxt_switches:"))
            st.voluntarySwitches = QString::fromLatin1(line.mid(24).trimmed());
        else if (line.startsWith("nonvoluntary_ctxt_switches:"))
            st.involuntarySwitches = QString::fromLatin1(line.mid(27).trimmed());
    }
    // An ended process is in no call: a zombie waits for its parent to
    // collect its exit status (its /proc/PID/syscall reads as "not in a
    // system call", which would say it is blocked).
    if (state.startsWith('Z')) {
        st.call.reset();
        st.callError = tr("exited, not yet reaped by its parent, process %1").arg(QString::fromLatin1(parent));
    } else if (state.startsWith('X')) {
        st.call.reset();
        st.callError = tr("exited");
    }
    return st;
}

} // namespace kc
