// SPDX-License-Identifier: GPL-2.0-or-later
// Parsers for the per-process files under /proc/PID.
#include "procparsers.h"
#include "parseutil.h"

#include "syscalls/syscalltable.h"

namespace kc::parsers {

using namespace kc::parse;

namespace {

const FieldHelp statusHelp[] = {
    {"Name", QT_TRANSLATE_NOOP("kc::FieldHelp", "Command name (comm), at most 15 characters")},
    {"Umask", QT_TRANSLATE_NOOP("kc::FieldHelp", "File mode creation mask")},
    {"State", QT_TRANSLATE_NOOP("kc::FieldHelp", "Scheduler state: R running, S sleeping, D disk wait, Z zombie, T stopped, I idle")},
    {"Tgid", QT_TRANSLATE_NOOP("kc::FieldHelp", "Thread group ID: the process ID users see")},
    {"Ngid", QT_TRANSLATE_NOOP("kc::FieldHelp", "NUMA group ID, 0 when unused")},
    {"Pid", QT_TRANSLATE_NOOP("kc::FieldHelp", "Thread ID (equals Tgid for the main thread)")},
    {"PPid", QT_TRANSLATE_NOOP("kc::FieldHelp", "Process ID of the parent")},
    {"TracerPid", QT_TRANSLATE_NOOP("kc::FieldHelp", "Process tracing this one with ptrace, 0 if none")},
    {"Uid", QT_TRANSLATE_NOOP("kc::FieldHelp", "User IDs: real, effective, saved, filesystem")},
    {"Gid", QT_TRANSLATE_NOOP("kc::FieldHelp", "Group IDs: real, effective, saved, filesystem")},
    {"FDSize", QT_TRANSLATE_NOOP("kc::FieldHelp", "Slots in the file descriptor table right now")},
    {"Groups", QT_TRANSLATE_NOOP("kc::FieldHelp", "Supplementary groups")},
    {"NStgid", QT_TRANSLATE_NOOP("kc::FieldHelp", "Thread group ID in each nested PID namespace")},
    {"NSpid", QT_TRANSLATE_NOOP("kc::FieldHelp", "Thread ID in each nested PID namespace")},
    {"NSpgid", QT_TRANSLATE_NOOP("kc::FieldHelp", "Process group ID in each nested PID namespace")},
    {"NSsid", QT_TRANSLATE_NOOP("kc::FieldHelp", "Session ID in each nested PID namespace")},
    {"Kthread", QT_TRANSLATE_NOOP("kc::FieldHelp", "1 for a kernel thread, 0 for a user process")},
    {"VmPeak", QT_TRANSLATE_NOOP("kc::FieldHelp", "Largest virtual memory size so far")},
    {"VmSize", QT_TRANSLATE_NOOP("kc::FieldHelp", "Virtual memory size: everything mapped")},
    {"VmLck", QT_TRANSLATE_NOOP("kc::FieldHelp", "Memory locked with mlock()")},
    {"VmPin", QT_TRANSLATE_NOOP("kc::FieldHelp", "Memory pinned so it cannot move (e.g. for DMA)")},
    {"VmHWM", QT_TRANSLATE_NOOP("kc::FieldHelp", "Largest resident set so far (high water mark)")},
    {"VmRSS", QT_TRANSLATE_NOOP("kc::FieldHelp", "Resident set: memory in RAM now (anon + file + shmem)")},
    {"RssAnon", QT_TRANSLATE_NOOP("kc::FieldHelp", "Resident anonymous memory (heap, stack)")},
    {"RssFile", QT_TRANSLATE_NOOP("kc::FieldHelp", "Resident file mappings (code, libraries)")},
    {"RssShmem", QT_TRANSLATE_NOOP("kc::FieldHelp", "Resident shared memory")},
    {"VmData", QT_TRANSLATE_NOOP("kc::FieldHelp", "Size of data and heap segments")},
    {"VmStk", QT_TRANSLATE_NOOP("kc::FieldHelp", "Size of the main thread's stack")},
    {"VmExe", QT_TRANSLATE_NOOP("kc::FieldHelp", "Size of the program's code")},
    {"VmLib", QT_TRANSLATE_NOOP("kc::FieldHelp", "Size of shared library code")},
    {"VmPTE", QT_TRANSLATE_NOOP("kc::FieldHelp", "Memory used by this process's page tables")},
    {"VmSwap", QT_TRANSLATE_NOOP("kc::FieldHelp", "Anonymous memory swapped out")},
    {"HugetlbPages", QT_TRANSLATE_NOOP("kc::FieldHelp", "Memory in hugetlbfs huge pages")},
    {"CoreDumping", QT_TRANSLATE_NOOP("kc::FieldHelp", "1 while the process is writing a core dump")},
    {"THP_enabled", QT_TRANSLATE_NOOP("kc::FieldHelp", "Whether transparent huge pages may be used")},
    {"Threads", QT_TRANSLATE_NOOP("kc::FieldHelp", "Number of threads")},
    {"SigQ", QT_TRANSLATE_NOOP("kc::FieldHelp", "Queued signals / limit of queued signals")},
    {"SigPnd", QT_TRANSLATE_NOOP("kc::FieldHelp", "Signals pending for this thread (bit mask)")},
    {"ShdPnd", QT_TRANSLATE_NOOP("kc::FieldHelp", "Signals pending for the whole process (bit mask)")},
    {"SigBlk", QT_TRANSLATE_NOOP("kc::FieldHelp", "Blocked signals (bit mask)")},
    {"SigIgn", QT_TRANSLATE_NOOP("kc::FieldHelp", "Ignored signals (bit mask)")},
    {"SigCgt", QT_TRANSLATE_NOOP("kc::FieldHelp", "Signals with a handler installed (bit mask)")},
    {"CapInh", QT_TRANSLATE_NOOP("kc::FieldHelp", "Inheritable capabilities (bit mask)")},
    {"CapPrm", QT_TRANSLATE_NOOP("kc::FieldHelp", "Permitted capabilities (bit mask)")},
    {"CapEff", QT_TRANSLATE_NOOP("kc::FieldHelp", "Effective capabilities: what the kernel checks (bit mask)")},
    {"CapBnd", QT_TRANSLATE_NOOP("kc::FieldHelp", "Capability bounding set (bit mask)")},
    {"CapAmb", QT_TRANSLATE_NOOP("kc::FieldHelp", "Ambient capabilities kept across execve (bit mask)")},
    {"NoNewPrivs", QT_TRANSLATE_NOOP("kc::FieldHelp", "1 when execve can never grant more privileges")},
    {"Seccomp", QT_TRANSLATE_NOOP("kc::FieldHelp", "System call filter: 0 off, 1 strict, 2 filter")},
    {"Seccomp_filters", QT_TRANSLATE_NOOP("kc::FieldHelp", "Number of seccomp filters attached")},
    {"Speculation_Store_Bypass", QT_TRANSLATE_NOOP("kc::FieldHelp", "Mitigation state for Spectre variant 4")},
    {"SpeculationIndirectBranch", QT_TRANSLATE_NOOP("kc::FieldHelp", "Mitigation state for indirect branch speculation")},
    {"Cpus_allowed", QT_TRANSLATE_NOOP("kc::FieldHelp", "CPUs this task may run on (bit mask)")},
    {"Cpus_allowed_list", QT_TRANSLATE_NOOP("kc::FieldHelp", "CPUs this task may run on (list)")},
    {"Mems_allowed", QT_TRANSLATE_NOOP("kc::FieldHelp", "NUMA nodes it may allocate from (bit mask)")},
    {"Mems_allowed_list", QT_TRANSLATE_NOOP("kc::FieldHelp", "NUMA nodes it may allocate from (list)")},
    {"voluntary_ctxt_switches", QT_TRANSLATE_NOOP("kc::FieldHelp", "Times it gave up the CPU itself, e.g. to wait")},
    {"nonvoluntary_ctxt_switches", QT_TRANSLATE_NOOP("kc::FieldHelp", "Times the scheduler took the CPU away")},
    {"x86_Thread_features", QT_TRANSLATE_NOOP("kc::FieldHelp", "x86 features enabled for this thread")},
    {"x86_Thread_features_locked", QT_TRANSLATE_NOOP("kc::FieldHelp", "x86 thread features that can no longer change")},
    {"untag_mask", QT_TRANSLATE_NOOP("kc::FieldHelp", "Address bits used for pointer tagging")},
    {nullptr, nullptr}};

// Field names of /proc/PID/stat, in order, from proc_pid_stat(5).
const FieldHelp pidStatFields[] = {
    {"pid", QT_TRANSLATE_NOOP("kc::FieldHelp", "Process ID")},
    {"comm", QT_TRANSLATE_NOOP("kc::FieldHelp", "Command name, in parentheses in the file")},
    {"state", QT_TRANSLATE_NOOP("kc::FieldHelp", "R running, S sleeping, D disk wait, Z zombie, T stopped, I idle")},
    {"ppid", QT_TRANSLATE_NOOP("kc::FieldHelp", "Parent process ID")},
    {"pgrp", QT_TRANSLATE_NOOP("kc::FieldHelp", "Process group ID")},
    {"session", QT_TRANSLATE_NOOP("kc::FieldHelp", "Session ID")},
    {"tty_nr", QT_TRANSLATE_NOOP("kc::FieldHelp", "Controlling terminal as a device number, 0 if none")},
    {"tpgid", QT_TRANSLATE_NOOP("kc::FieldHelp", "Foreground process group of the terminal")},
    {"flags", QT_TRANSLATE_NOOP("kc::FieldHelp", "Kernel PF_* flags (0x200000 marks a kernel thread)")},
    {"minflt", QT_TRANSLATE_NOOP("kc::FieldHelp", "Minor page faults (no disk I/O needed)")},
    {"cminflt", QT_TRANSLATE_NOOP("kc::FieldHelp", "Minor faults of waited-for children")},
    {"majflt", QT_TRANSLATE_NOOP("kc::FieldHelp", "Major page faults (needed disk I/O)")},
    {"cmajflt", QT_TRANSLATE_NOOP("kc::FieldHelp", "Major faults of waited-for children")},
    {"utime", QT_TRANSLATE_NOOP("kc::FieldHelp", "CPU time in user mode")},
    {"stime", QT_TRANSLATE_NOOP("kc::FieldHelp", "CPU time in kernel mode")},
    {"cutime", QT_TRANSLATE_NOOP("kc::FieldHelp", "User time of waited-for children")},
    {"cstime", QT_TRANSLATE_NOOP("kc::FieldHelp", "Kernel time of waited-for children")},
    {"priority", QT_TRANSLATE_NOOP("kc::FieldHelp", "Scheduling priority as the kernel stores it")},
    {"nice", QT_TRANSLATE_NOOP("kc::FieldHelp", "Nice value, -20 (favoured) to 19")},
    {"num_threads", QT_TRANSLATE_NOOP("kc::FieldHelp", "Number of threads")},
    {"itrealvalue", QT_TRANSLATE_NOOP("kc::FieldHelp", "Obsolete, always 0")},
    {"starttime", QT_TRANSLATE_NOOP("kc::FieldHelp", "Start time after boot")},
    {"vsize", QT_TRANSLATE_NOOP("kc::FieldHelp", "Virtual memory size")},
    {"rss", QT_TRANSLATE_NOOP("kc::FieldHelp", "Resident set size")},
    {"rsslim", QT_TRANSLATE_NOOP("kc::FieldHelp", "Soft limit on resident set size")},
    {"startcode", QT_TRANSLATE_NOOP("kc::FieldHelp", "Address where program code starts")},
    {"endcode", QT_TRANSLATE_NOOP("kc::FieldHelp", "Address where program code ends")},
    {"startstack", QT_TRANSLATE_NOOP("kc::FieldHelp", "Bottom of the main stack")},
    {"kstkesp", QT_TRANSLATE_NOOP("kc::FieldHelp", "Stack pointer (hidden, 0)")},
    {"kstkeip", QT_TRANSLATE_NOOP("kc::FieldHelp", "Instruction pointer (hidden, 0)")},
    {"signal", QT_TRANSLATE_NOOP("kc::FieldHelp", "Obsolete pending-signal mask; see status")},
    {"blocked", QT_TRANSLATE_NOOP("kc::FieldHelp", "Obsolete blocked-signal mask; see status")},
    {"sigignore", QT_TRANSLATE_NOOP("kc::FieldHelp", "Obsolete ignored-signal mask; see status")},
    {"sigcatch", QT_TRANSLATE_NOOP("kc::FieldHelp", "Obsolete caught-signal mask; see status")},
    {"wchan", QT_TRANSLATE_NOOP("kc::FieldHelp", "0 or 1; the wait channel name is in /proc/PID/wchan")},
    {"nswap", QT_TRANSLATE_NOOP("kc::FieldHelp", "Not maintained, 0")},
    {"cnswap", QT_TRANSLATE_NOOP("kc::FieldHelp", "Not maintained, 0")},
    {"exit_signal", QT_TRANSLATE_NOOP("kc::FieldHelp", "Signal sent to the parent at exit")},
    {"processor", QT_TRANSLATE_NOOP("kc::FieldHelp", "CPU it last ran on")},
    {"rt_priority", QT_TRANSLATE_NOOP("kc::FieldHelp", "Real-time priority, 0 for normal tasks")},
    {"policy", QT_TRANSLATE_NOOP("kc::FieldHelp", "Scheduling policy (0 normal, 1 FIFO, 2 RR, 3 batch, 5 idle, 6 deadline)")},
    {"delayacct_blkio_ticks", QT_TRANSLATE_NOOP("kc::FieldHelp", "Time waiting for block I/O")},
    {"guest_time", QT_TRANSLATE_NOOP("kc::FieldHelp", "Time running a guest virtual CPU")},
    {"cguest_time", QT_TRANSLATE_NOOP("kc::FieldHelp", "Guest time of waited-for children")},
    {"start_data", QT_TRANSLATE_NOOP("kc::FieldHelp", "Address where initialised data starts")},
    {"end_data", QT_TRANSLATE_NOOP("kc::FieldHelp", "Address where initialised data ends")},
    {"start_brk", QT_TRANSLATE_NOOP("kc::FieldHelp", "Start of the heap (brk)")},
    {"arg_start", QT_TRANSLATE_NOOP("kc::FieldHelp", "Address of the command-line arguments")},
    {"arg_end", QT_TRANSLATE_NOOP("kc::FieldHelp", "End of the command-line arguments")},
    {"env_start", QT_TRANSLATE_NOOP("kc::FieldHelp", "Address of the environment")},
    {"env_end", QT_TRANSLATE_NOOP("kc::FieldHelp", "End of the environment")},
    {"exit_code", QT_TRANSLATE_NOOP("kc::FieldHelp", "Exit status as waitpid() reports it")},
    {nullptr, nullptr}};

QString pidStatUnit(const char *key)
{
    const QByteArrayView k(key);
    if (k == "utime" || k == "stime" || k == "cutime" || k == "cstime" || k == "starttime" || k == "delayacct_blkio_ticks"
        || k == "guest_time" || k == "cguest_time")
        return QStringLiteral("ticks");
    if (k == "vsize")
        return QStringLiteral("B");
    if (k == "rss")
        return QStringLiteral("pages");
    if (k == "rsslim")
        return QStringLiteral("B");
    return {};
}

const FieldHelp ioHelp[] = {
    {"rchar", QT_TRANSLATE_NOOP("kc::FieldHelp", "Bytes read through read()-like calls, cache hits included")},
    {"wchar", QT_TRANSLATE_NOOP("kc::FieldHelp", "Bytes written through write()-like calls")},
    {"syscr", QT_TRANSLATE_NOOP("kc::FieldHelp", "Read system calls made")},
    {"syscw", QT_TRANSLATE_NOOP("kc::FieldHelp", "Write system calls made")},
    {"read_bytes", QT_TRANSLATE_NOOP("kc::FieldHelp", "Bytes really fetched from storage")},
    {"write_bytes", QT_TRANSLATE_NOOP("kc::FieldHelp", "Bytes sent towards storage")},
    {"cancelled_write_bytes", QT_TRANSLATE_NOOP("kc::FieldHelp", "Written bytes that never reached storage (file truncated first)")},
    {nullptr, nullptr}};

} // namespace

ParsedDoc pidStatus(QByteArrayView data)
{
    ParsedDoc doc;
    doc.formatId = QStringLiteral("pid-status");
    ParsedTable t = keyValueTable(Text::tr("Process status"));
    int bad = 0;
    for (QByteArrayView line : lines(data)) {
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        const QByteArrayView key = colon > 0 ? line.first(colon) : QByteArrayView();
        if (colon <= 0 || key.indexOf(' ') >= 0 || !looksLikeText(line)) {
            ++bad;
            continue;
        }
        QByteArrayView value = line.sliced(colon + 1).trimmed();
        QString unit;
        if (value.endsWith(" kB")) {
            value = value.chopped(3).trimmed();
            unit = QStringLiteral("kB");
        }
        // Tab-separated multi-values (Uid, Gid) read better with spaces.
        QString v = str(value);
        v.replace(QLatin1Char('\t'), QLatin1Char(' '));
        t.rows.append({str(key), v, unit, helpFor(statusHelp, key)});
    }
    doc.tables.append(t);
    finish(doc, bad, Text::tr("/proc/PID/status (\"Key:<TAB>value\" lines)"));
    return doc;
}

ParsedDoc pidStat(QByteArrayView data)
{
    ParsedDoc doc;
    doc.formatId = QStringLiteral("pid-stat");
    const QString expected = Text::tr("/proc/PID/stat (\"pid (comm) state ...\")");
    // comm may contain spaces and parentheses: it ends at the last ')'.
    const qsizetype open = data.indexOf('(');
    const qsizetype close = data.lastIndexOf(')');
    if (open <= 0 || close < open)
        return nothingUnderstood(doc.formatId, expected);
    const QByteArrayView pid = data.first(open).trimmed();
    const QByteArrayView comm = data.sliced(open + 1, close - open - 1);
    const auto rest = fields(data.sliced(close + 1).trimmed());
    if (!isUnsigned(pid) || rest.size() < 20)
        return nothingUnderstood(doc.formatId, expected);
    ParsedTable t = keyValueTable(Text::tr("Process statistics"));
    t.columns.insert(0, col(QStringLiteral("#"), Text::tr("Field number, as in proc_pid_stat(5)"), {}, true));
    t.unitColumn = 3;
    QList<QByteArrayView> values{pid, comm};
    values.append(rest);
    int i = 0;
    for (const FieldHelp *h = pidStatFields; h->key && i < values.size(); ++h, ++i) {
        t.rows.append({QString::number(i + 1), QString::fromLatin1(h->key), str(values[i]), pidStatUnit(h->key),
                       QCoreApplication::translate("kc::FieldHelp", h->text)});
    }
    for (; i < values.size(); ++i)
        t.rows.append({QString::number(i + 1), Text::tr("field %1").arg(i + 1), str(values[i]), QString(), QString()});
    doc.tables.append(t);
    return doc;
}

ParsedDoc pidMaps(QByteArrayView data)
{
    ParsedDoc doc;
    doc.formatId = QStringLiteral("pid-maps");
    ParsedTable t;
    t.title = Text::tr("Memory mappings");
    t.columns = {col(Text::tr("Start"), Text::tr("First address of the mapping")),
                 col(Text::tr("End"), Text::tr("Address just past the mapping")),
                 col(Text::tr("Size"), Text::tr("Length of the mapping"), QStringLiteral("kB"), true),
                 col(Text::tr("Perms"), Text::tr("r read, w write, x execute, p private (copy-on-write) or s shared")),
                 col(Text::tr("Offset"), Text::tr("Offset into the mapped file")),
                 col(Text::tr("Device"), Text::tr("major:minor of the file's device")),
                 col(Text::tr("Inode"), Text::tr("Inode of the mapped file, 0 for anonymous memory"), {}, true),
                 col(Text::tr("Path"), Text::tr("Mapped file, or [heap], [stack], [vdso] ...; empty for anonymous"))};
    int bad = 0;
    for (QByteArrayView line : lines(data)) {
        const auto f = fields(line);
        if (f.isEmpty())
            continue;
        const qsizetype dash = f[0].indexOf('-');
        if (f.size() < 5 || dash <= 0 || f[1].size() != 4 || !isHex(f[0].first(dash)) || !isHex(f[0].sliced(dash + 1))
            || !isUnsigned(f[4])) {
            ++bad;
            continue;
        }
        const QByteArrayView start = f[0].first(dash), end = f[0].sliced(dash + 1);
        const quint64 size = (QByteArray(end.data(), end.size()).toULongLong(nullptr, 16)
                              - QByteArray(start.data(), start.size()).toULongLong(nullptr, 16)) / 1024;
        // The path is the rest of the line after the inode and may hold spaces.
        QString path;
        if (f.size() > 5) {
            const qsizetype at = f[5].data() - line.data();
            path = str(line.sliced(at));
        }
        t.rows.append({str(start), str(end), QString::number(size), str(f[1]), str(f[2]), str(f[3]), str(f[4]), path});
    }
    doc.tables.append(t);
    finish(doc, bad, Text::tr("/proc/PID/maps (\"start-end perms offset dev inode path\")"));
    return doc;
}

ParsedDoc pidLimits(QByteArrayView data)
{
    ParsedDoc doc;
    doc.formatId = QStringLiteral("pid-limits");
    const auto ls = lines(data);
    if (ls.isEmpty() || !ls.first().startsWith("Limit"))
        return nothingUnderstood(doc.formatId, Text::tr("/proc/PID/limits (a table headed \"Limit  Soft Limit ...\")"));
    // Fixed-width columns: find them from the header.
    const QByteArrayView header = ls.first();
    const qsizetype softAt = header.indexOf("Soft Limit");
    const qsizetype hardAt = header.indexOf("Hard Limit");
    const qsizetype unitsAt = header.indexOf("Units");
    if (softAt <= 0 || hardAt <= softAt || unitsAt <= hardAt)
        return nothingUnderstood(doc.formatId, Text::tr("/proc/PID/limits (a table headed \"Limit  Soft Limit ...\")"));
    ParsedTable t;
    t.title = Text::tr("Resource limits");
    t.columns = {col(Text::tr("Limit"), Text::tr("The resource, as setrlimit(2) names it")),
                 col(Text::tr("Soft"), Text::tr("Limit enforced now; the process may raise it up to the hard limit")),
                 col(Text::tr("Hard"), Text::tr("Ceiling for the soft limit; only privileged processes raise it")),
                 col(Text::tr("Unit"))};
    int bad = 0;
    for (qsizetype i = 1; i < ls.size(); ++i) {
        const QByteArrayView l = ls[i];
        if (l.trimmed().isEmpty())
            continue;
        if (l.size() <= hardAt) {
            ++bad;
            continue;
        }
        const auto soft = l.sliced(softAt, hardAt - softAt).trimmed();
        const auto hard = l.sliced(hardAt, qMin(unitsAt, l.size()) - hardAt).trimmed();
        const auto units = l.size() > unitsAt ? l.sliced(unitsAt).trimmed() : QByteArrayView();
        auto valueOk = [](QByteArrayView v) { return v == "unlimited" || isUnsigned(v); };
        if (!valueOk(soft) || !valueOk(hard)) {
            ++bad;
            continue;
        }
        t.rows.append({str(l.first(softAt).trimmed()), str(soft), str(hard), str(units)});
    }
    doc.tables.append(t);
    finish(doc, bad, Text::tr("/proc/PID/limits"));
    return doc;
}

ParsedDoc pidIo(QByteArrayView data)
{
    ParsedDoc doc;
    doc.formatId = QStringLiteral("pid-io");
    ParsedTable t = keyValueTable(Text::tr("I/O counters"));
    int bad = 0;
    for (QByteArrayView line : lines(data)) {
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        const QByteArrayView value = colon > 0 ? line.sliced(colon + 1).trimmed() : QByteArrayView();
        if (colon <= 0 || !isUnsigned(value)) {
            ++bad;
            continue;
        }
        const QByteArrayView key = line.first(colon);
        const QString unit = key.startsWith("sysc") ? QString() : QStringLiteral("B");
        t.rows.append({str(key), str(value), unit, helpFor(ioHelp, key)});
    }
    doc.tables.append(t);
    finish(doc, bad, Text::tr("/proc/PID/io (\"name: number\" lines)"));
    return doc;
}

ParsedDoc pidEnviron(QByteArrayView data)
{
    ParsedDoc doc;
    doc.formatId = QStringLiteral("pid-environ");
    ParsedTable t;
    t.title = Text::tr("Environment");
    t.columns = {col(Text::tr("Variable")), col(Text::tr("Value"))};
    int bad = 0;
    for (QByteArrayView entry : splitOn(data, '\0')) {
        if (entry.isEmpty())
            continue;
        const qsizetype eq = entry.indexOf('=');
        if (eq <= 0 || !looksLikeText(entry)) {
            ++bad;
            continue;
        }
        t.rows.append({str(entry.first(eq)), str(entry.sliced(eq + 1))});
    }
    doc.tables.append(t);
    finish(doc, bad, Text::tr("an environment (NUL-separated NAME=value entries)"));
    return doc;
}

ParsedDoc pidSyscall(QByteArrayView data)
{
    ParsedDoc doc;
    doc.formatId = QStringLiteral("pid-syscall");
    const auto s = SyscallTable::parseProcSyscall(data);
    if (!s) {
        doc.error = Text::tr("This is not a /proc/PID/syscall line (\"running\", \"-1 sp pc\", or a number, six arguments, sp and pc).");
        return doc;
    }
    ParsedTable t = keyValueTable(Text::tr("System call now"));
    auto row = [&t](const QString &key, const QString &value, const QString &meaning) { t.rows.append({key, value, QString(), meaning}); };
    auto hex = [](quint64 v) { return QStringLiteral("0x") + QString::number(v, 16); };
    row(Text::tr("state"), SyscallTable::describe(*s), Text::tr("What the task is doing at the moment of reading"));
    if (s->state == ProcSyscall::State::InSyscall) {
        row(Text::tr("number"), QString::number(s->number), Text::tr("System call number on this architecture"));
        row(Text::tr("name"), SyscallTable::nameOf(s->number), Text::tr("The call, from this build's kernel headers"));
        for (int i = 0; i < 6; ++i)
            row(Text::tr("argument %1").arg(i + 1), hex(s->args[i]), Text::tr("Register value; unused arguments hold leftovers"));
    }
    if (s->state != ProcSyscall::State::Running) {
        row(Text::tr("stack pointer"), hex(s->stackPointer), Text::tr("User stack pointer when it entered the kernel"));
        row(Text::tr("program counter"), hex(s->programCounter), Text::tr("User address it will return to"));
    }
    doc.tables.append(t);
    return doc;
}

ParsedDoc pidCmdline(QByteArrayView data)
{
    ParsedDoc doc;
    doc.formatId = QStringLiteral("pid-cmdline");
    ParsedTable t;
    t.title = Text::tr("Command line");
    t.columns = {col(QStringLiteral("#"), Text::tr("Position: argv[0] is the program as it was started"), {}, true),
                 col(Text::tr("Argument"))};
    if (data.endsWith('\0'))
        data.chop(1);
    if (data.isEmpty()) {
        ParsedDoc empty;
        empty.formatId = doc.formatId;
        empty.error = Text::tr("The command line is empty: this is a kernel thread or a zombie process.");
        return empty;
    }
    int i = 0;
    for (QByteArrayView arg : splitOn(data, '\0'))
        t.rows.append({QString::number(i++), str(arg)});
    doc.tables.append(t);
    return doc;
}

} // namespace kc::parsers
