// SPDX-License-Identifier: GPL-2.0-or-later
// Parsers for the system-wide files of /proc.
#include "procparsers.h"
#include "parseutil.h"

#include <iterator>

#include <unistd.h>

namespace kc::parsers {

using namespace kc::parse;

namespace {

const FieldHelp meminfoHelp[] = {
    {"MemTotal", QT_TRANSLATE_NOOP("kc::FieldHelp", "Usable RAM: physical memory minus what the kernel reserved at boot")},
    {"MemFree", QT_TRANSLATE_NOOP("kc::FieldHelp", "RAM not used for anything at all")},
    {"MemAvailable", QT_TRANSLATE_NOOP("kc::FieldHelp", "Estimate of RAM a new program can get without swapping")},
    {"Buffers", QT_TRANSLATE_NOOP("kc::FieldHelp", "Cache of raw block-device data (metadata, not file pages)")},
    {"Cached", QT_TRANSLATE_NOOP("kc::FieldHelp", "Page cache: file contents kept in RAM, freed under pressure")},
    {"SwapCached", QT_TRANSLATE_NOOP("kc::FieldHelp", "Memory swapped out and read back, still also in swap")},
    {"Active", QT_TRANSLATE_NOOP("kc::FieldHelp", "Recently used memory, reclaimed last")},
    {"Inactive", QT_TRANSLATE_NOOP("kc::FieldHelp", "Less recently used memory, first to be reclaimed")},
    {"Active(anon)", QT_TRANSLATE_NOOP("kc::FieldHelp", "Recently used anonymous memory (heaps, stacks)")},
    {"Inactive(anon)", QT_TRANSLATE_NOOP("kc::FieldHelp", "Anonymous memory that is a candidate for swap")},
    {"Active(file)", QT_TRANSLATE_NOOP("kc::FieldHelp", "Recently used file-backed pages")},
    {"Inactive(file)", QT_TRANSLATE_NOOP("kc::FieldHelp", "File-backed pages that can be dropped first")},
    {"Unevictable", QT_TRANSLATE_NOOP("kc::FieldHelp", "Pages that cannot be reclaimed (e.g. mlocked, ramfs)")},
    {"Mlocked", QT_TRANSLATE_NOOP("kc::FieldHelp", "Pages locked in RAM with mlock()")},
    {"SwapTotal", QT_TRANSLATE_NOOP("kc::FieldHelp", "Total swap space")},
    {"SwapFree", QT_TRANSLATE_NOOP("kc::FieldHelp", "Unused swap space")},
    {"Zswap", QT_TRANSLATE_NOOP("kc::FieldHelp", "RAM used by the compressed swap cache")},
    {"Zswapped", QT_TRANSLATE_NOOP("kc::FieldHelp", "Data held compressed in zswap, before compression")},
    {"Dirty", QT_TRANSLATE_NOOP("kc::FieldHelp", "File pages changed in RAM and waiting to be written to disk")},
    {"Writeback", QT_TRANSLATE_NOOP("kc::FieldHelp", "Pages being written to disk right now")},
    {"AnonPages", QT_TRANSLATE_NOOP("kc::FieldHelp", "Anonymous pages mapped into user page tables")},
    {"Mapped", QT_TRANSLATE_NOOP("kc::FieldHelp", "Files mapped into memory with mmap(), such as libraries")},
    {"Shmem", QT_TRANSLATE_NOOP("kc::FieldHelp", "Shared memory and tmpfs contents")},
    {"KReclaimable", QT_TRANSLATE_NOOP("kc::FieldHelp", "Kernel memory it can give back under pressure")},
    {"Slab", QT_TRANSLATE_NOOP("kc::FieldHelp", "Kernel data-structure caches (slab allocator)")},
    {"SReclaimable", QT_TRANSLATE_NOOP("kc::FieldHelp", "Part of Slab that can be reclaimed, e.g. dentry and inode caches")},
    {"SUnreclaim", QT_TRANSLATE_NOOP("kc::FieldHelp", "Part of Slab that cannot be reclaimed")},
    {"KernelStack", QT_TRANSLATE_NOOP("kc::FieldHelp", "Kernel stacks of all threads")},
    {"PageTables", QT_TRANSLATE_NOOP("kc::FieldHelp", "Memory used by page tables that map virtual to physical memory")},
    {"SecPageTables", QT_TRANSLATE_NOOP("kc::FieldHelp", "Secondary page tables, e.g. for KVM guests")},
    {"NFS_Unstable", QT_TRANSLATE_NOOP("kc::FieldHelp", "Always zero on current kernels")},
    {"Bounce", QT_TRANSLATE_NOOP("kc::FieldHelp", "Memory used for block-device bounce buffers")},
    {"WritebackTmp", QT_TRANSLATE_NOOP("kc::FieldHelp", "Memory used by FUSE for temporary writeback buffers")},
    {"CommitLimit", QT_TRANSLATE_NOOP("kc::FieldHelp", "How much memory may be promised to programs under strict overcommit")},
    {"Committed_AS", QT_TRANSLATE_NOOP("kc::FieldHelp", "Memory promised to programs so far, whether used or not")},
    {"VmallocTotal", QT_TRANSLATE_NOOP("kc::FieldHelp", "Size of the kernel's vmalloc address range")},
    {"VmallocUsed", QT_TRANSLATE_NOOP("kc::FieldHelp", "Part of the vmalloc range in use")},
    {"VmallocChunk", QT_TRANSLATE_NOOP("kc::FieldHelp", "Largest free block of the vmalloc range")},
    {"Percpu", QT_TRANSLATE_NOOP("kc::FieldHelp", "Memory for per-CPU kernel variables")},
    {"HardwareCorrupted", QT_TRANSLATE_NOOP("kc::FieldHelp", "RAM the kernel found faulty and took out of use")},
    {"AnonHugePages", QT_TRANSLATE_NOOP("kc::FieldHelp", "Anonymous memory backed by transparent huge pages")},
    {"ShmemHugePages", QT_TRANSLATE_NOOP("kc::FieldHelp", "Shared memory backed by huge pages")},
    {"FileHugePages", QT_TRANSLATE_NOOP("kc::FieldHelp", "File cache backed by huge pages")},
    {"HugePages_Total", QT_TRANSLATE_NOOP("kc::FieldHelp", "Size of the reserved huge page pool, in pages")},
    {"HugePages_Free", QT_TRANSLATE_NOOP("kc::FieldHelp", "Huge pages in the pool not yet allocated")},
    {"HugePages_Rsvd", QT_TRANSLATE_NOOP("kc::FieldHelp", "Huge pages promised but not yet faulted in")},
    {"HugePages_Surp", QT_TRANSLATE_NOOP("kc::FieldHelp", "Huge pages above the configured pool size")},
    {"Hugepagesize", QT_TRANSLATE_NOOP("kc::FieldHelp", "Size of one default huge page")},
    {"Hugetlb", QT_TRANSLATE_NOOP("kc::FieldHelp", "Memory taken by huge pages of all sizes")},
    {"DirectMap4k", QT_TRANSLATE_NOOP("kc::FieldHelp", "Kernel's direct map of RAM using 4 KiB pages")},
    {"DirectMap2M", QT_TRANSLATE_NOOP("kc::FieldHelp", "Kernel's direct map of RAM using 2 MiB pages")},
    {"DirectMap1G", QT_TRANSLATE_NOOP("kc::FieldHelp", "Kernel's direct map of RAM using 1 GiB pages")},
    {nullptr, nullptr}};

const FieldHelp cpuTimeHelp[] = {
    {"user", QT_TRANSLATE_NOOP("kc::FieldHelp", "Time running programs in user mode")},
    {"nice", QT_TRANSLATE_NOOP("kc::FieldHelp", "User-mode time of programs with lowered priority (nice > 0)")},
    {"system", QT_TRANSLATE_NOOP("kc::FieldHelp", "Time in the kernel, e.g. serving system calls")},
    {"idle", QT_TRANSLATE_NOOP("kc::FieldHelp", "Time with nothing to do")},
    {"iowait", QT_TRANSLATE_NOOP("kc::FieldHelp", "Idle time while disk I/O was outstanding")},
    {"irq", QT_TRANSLATE_NOOP("kc::FieldHelp", "Time serving hardware interrupts")},
    {"softirq", QT_TRANSLATE_NOOP("kc::FieldHelp", "Time serving deferred interrupt work (softirqs)")},
    {"steal", QT_TRANSLATE_NOOP("kc::FieldHelp", "Time a hypervisor gave to other guests")},
    {"guest", QT_TRANSLATE_NOOP("kc::FieldHelp", "Time running a virtual machine's CPU")},
    {"guest_nice", QT_TRANSLATE_NOOP("kc::FieldHelp", "Time running a niced virtual machine's CPU")},
    {nullptr, nullptr}};

const FieldHelp statHelp[] = {
    {"intr", QT_TRANSLATE_NOOP("kc::FieldHelp", "Interrupts served since boot, all sources")},
    {"ctxt", QT_TRANSLATE_NOOP("kc::FieldHelp", "Context switches since boot")},
    {"btime", QT_TRANSLATE_NOOP("kc::FieldHelp", "Boot time, in seconds since 1970-01-01 UTC")},
    {"processes", QT_TRANSLATE_NOOP("kc::FieldHelp", "Processes and threads created since boot (fork/clone)")},
    {"procs_running", QT_TRANSLATE_NOOP("kc::FieldHelp", "Threads running or ready to run now")},
    {"procs_blocked", QT_TRANSLATE_NOOP("kc::FieldHelp", "Threads blocked waiting for I/O now")},
    {"softirq", QT_TRANSLATE_NOOP("kc::FieldHelp", "Softirqs served since boot, all kinds")},
    {nullptr, nullptr}};

const FieldHelp vmstatHelp[] = {
    {"nr_free_pages", QT_TRANSLATE_NOOP("kc::FieldHelp", "Free pages of RAM")},
    {"nr_dirty", QT_TRANSLATE_NOOP("kc::FieldHelp", "Pages waiting to be written back to disk")},
    {"nr_writeback", QT_TRANSLATE_NOOP("kc::FieldHelp", "Pages being written back now")},
    {"nr_mapped", QT_TRANSLATE_NOOP("kc::FieldHelp", "Pages mapped into processes from files")},
    {"nr_anon_pages", QT_TRANSLATE_NOOP("kc::FieldHelp", "Anonymous pages in use")},
    {"nr_slab_reclaimable", QT_TRANSLATE_NOOP("kc::FieldHelp", "Reclaimable kernel slab pages")},
    {"nr_slab_unreclaimable", QT_TRANSLATE_NOOP("kc::FieldHelp", "Kernel slab pages that cannot be reclaimed")},
    {"pgpgin", QT_TRANSLATE_NOOP("kc::FieldHelp", "Data read from block devices since boot, in KiB")},
    {"pgpgout", QT_TRANSLATE_NOOP("kc::FieldHelp", "Data written to block devices since boot, in KiB")},
    {"pswpin", QT_TRANSLATE_NOOP("kc::FieldHelp", "Pages read in from swap since boot")},
    {"pswpout", QT_TRANSLATE_NOOP("kc::FieldHelp", "Pages written out to swap since boot")},
    {"pgfault", QT_TRANSLATE_NOOP("kc::FieldHelp", "Page faults since boot, minor and major")},
    {"pgmajfault", QT_TRANSLATE_NOOP("kc::FieldHelp", "Major page faults (needed disk I/O) since boot")},
    {"pgfree", QT_TRANSLATE_NOOP("kc::FieldHelp", "Pages freed since boot")},
    {"oom_kill", QT_TRANSLATE_NOOP("kc::FieldHelp", "Processes killed by the out-of-memory killer since boot")},
    {"pgsteal_kswapd", QT_TRANSLATE_NOOP("kc::FieldHelp", "Pages reclaimed by the background kswapd thread")},
    {"pgsteal_direct", QT_TRANSLATE_NOOP("kc::FieldHelp", "Pages reclaimed directly by allocating programs (a sign of pressure)")},
    {"thp_fault_alloc", QT_TRANSLATE_NOOP("kc::FieldHelp", "Transparent huge pages allocated on a page fault")},
    {nullptr, nullptr}};

const FieldHelp loadavgHelp[] = {
    {"load1", QT_TRANSLATE_NOOP("kc::FieldHelp", "Average number of runnable or uninterruptible threads over 1 minute")},
    {"load5", QT_TRANSLATE_NOOP("kc::FieldHelp", "The same average over 5 minutes")},
    {"load15", QT_TRANSLATE_NOOP("kc::FieldHelp", "The same average over 15 minutes")},
    {"running", QT_TRANSLATE_NOOP("kc::FieldHelp", "Threads runnable right now")},
    {"threads", QT_TRANSLATE_NOOP("kc::FieldHelp", "Threads that exist right now")},
    {"last_pid", QT_TRANSLATE_NOOP("kc::FieldHelp", "The most recently assigned process ID")},
    {nullptr, nullptr}};

// "name number", the lines of vmstat.
bool nameNumberLine(const QList<QByteArrayView> &f)
{
    return f.size() == 2 && isSigned(f[1]);
}

} // namespace

namespace {

// One "Key:  number [kB]" line of /proc/meminfo; false for anything else.
bool meminfoLine(QByteArrayView line, QByteArrayView &key, QByteArrayView &value, bool &kB)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return false;
    const auto f = fields(line.sliced(colon + 1));
    if (f.isEmpty() || !isUnsigned(f[0]) || f.size() > 2 || (f.size() == 2 && f[1] != "kB"))
        return false;
    key = line.first(colon).trimmed();
    value = f[0];
    kB = f.size() == 2;
    return true;
}

} // namespace

ParsedDoc meminfo(QByteArrayView data)
{
    ParsedDoc doc;
    doc.formatId = QStringLiteral("meminfo");
    ParsedTable t = keyValueTable(Text::tr("Memory"));
    int bad = 0;
    QByteArrayView key, value;
    bool kB = false;
    for (QByteArrayView line : lines(data)) {
        if (!meminfoLine(line, key, value, kB)) {
            bad += line.trimmed().isEmpty() ? 0 : 1;
            continue;
        }
        t.rows.append({str(key), str(value), kB ? QStringLiteral("kB") : QString(), helpFor(meminfoHelp, key)});
    }
    doc.tables.append(t);
    finish(doc, bad, Text::tr("/proc/meminfo (\"Key: number kB\" lines)"));
    return doc;
}

ProcNumbers meminfoNumbers(QByteArrayView data)
{
    ProcNumbers out;
    QByteArrayView key, value;
    bool kB = false;
    for (QByteArrayView line : lines(data)) {
        if (meminfoLine(line, key, value, kB))
            out.insert(str(key), number(value) * (kB ? 1024 : 1));
    }
    return out;
}

namespace {

enum class StatLine { Blank, Cpu, Counter, Bad };

// A line of /proc/stat: a cpu line with at least four times, all numbers,
// or a counter whose first number is its value (intr and softirq carry a
// total and then one count per source; the detail is in /proc/interrupts
// and /proc/softirqs).
StatLine statLine(QByteArrayView line, QList<QByteArrayView> &f)
{
    f = fields(line);
    if (f.isEmpty())
        return StatLine::Blank;
    if (f[0].startsWith("cpu")) {
        if (f.size() < 5)
            return StatLine::Bad;
        for (qsizetype i = 1; i < f.size() && i <= qsizetype(std::size(statCpuFields)); ++i) {
            if (!isUnsigned(f[i]))
                return StatLine::Bad;
        }
        return StatLine::Cpu;
    }
    return f.size() >= 2 && isUnsigned(f[1]) ? StatLine::Counter : StatLine::Bad;
}

double clockTicks()
{
    static const double hz = [] {
        const long t = ::sysconf(_SC_CLK_TCK);
        return t > 0 ? double(t) : 100.0;
    }();
    return hz;
}

} // namespace

const char *const statCpuFields[10] = {"user", "nice", "system", "idle", "iowait", "irq", "softirq", "steal", "guest", "guest_nice"};

ParsedDoc stat(QByteArrayView data)
{
    ParsedDoc doc;
    doc.formatId = QStringLiteral("stat");
    ParsedTable cpu;
    cpu.title = Text::tr("CPU time");
    cpu.columns.append(col(Text::tr("CPU"), Text::tr("\"cpu\" is all CPUs together; cpuN is one CPU")));
    for (const char *f : statCpuFields)
        cpu.columns.append(col(QString::fromLatin1(f), helpFor(cpuTimeHelp, f), QStringLiteral("ticks"), true));
    ParsedTable counters = keyValueTable(Text::tr("Counters"));
    int bad = 0;
    QList<QByteArrayView> f;
    for (QByteArrayView line : lines(data)) {
        switch (statLine(line, f)) {
        case StatLine::Blank:
            break;
        case StatLine::Bad:
            ++bad;
            break;
        case StatLine::Cpu: {
            QStringList row{str(f[0])};
            for (qsizetype i = 1; i < f.size() && i <= qsizetype(std::size(statCpuFields)); ++i)
                row.append(str(f[i]));
            while (row.size() < cpu.columns.size())
                row.append(QString());
            cpu.rows.append(row);
            break;
        }
        case StatLine::Counter: {
            const QString unit = f[0] == "btime" ? QStringLiteral("s") : QString();
            counters.rows.append({str(f[0]), str(f[1]), unit, helpFor(statHelp, f[0])});
            break;
        }
        }
    }
    doc.tables = {cpu, counters};
    finish(doc, bad, Text::tr("/proc/stat (cpu lines and counters)"));
    if (doc.ok())
        doc.notes.append(Text::tr("Times are in clock ticks (USER_HZ, normally 1/100 s) since boot."));
    return doc;
}

ProcNumbers statNumbers(QByteArrayView data)
{
    ProcNumbers out;
    QList<QByteArrayView> f;
    for (QByteArrayView line : lines(data)) {
        switch (statLine(line, f)) {
        case StatLine::Cpu: {
            const QString name = str(f[0]) + QLatin1Char('.');
            for (qsizetype i = 1; i < f.size() && i <= qsizetype(std::size(statCpuFields)); ++i)
                out.insert(name + QLatin1String(statCpuFields[i - 1]), number(f[i]) / clockTicks());
            break;
        }
        case StatLine::Counter:
            out.insert(str(f[0]), number(f[1]));
            break;
        default:
            break;
        }
    }
    return out;
}

ParsedDoc cpuinfo(QByteArrayView data)
{
    ParsedDoc doc;
    doc.formatId = QStringLiteral("cpuinfo");
    // Blocks separated by blank lines, one per processor; shown with
    // processors as columns so that a difference between CPUs stands out.
    QList<QList<QPair<QString, QString>>> blocks;
    QList<QPair<QString, QString>> current;
    int bad = 0;
    for (QByteArrayView line : lines(data)) {
        if (line.trimmed().isEmpty()) {
            if (!current.isEmpty())
                blocks.append(current);
            current.clear();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        bool printable = true;
        for (char c : line)
            printable = printable && (c == '\t' || (c >= 0x20 && c < 0x7f));
        if (colon <= 0 || !printable) {
            ++bad;
            continue;
        }
        current.append({str(line.first(colon).trimmed()), str(line.sliced(colon + 1).trimmed())});
    }
    if (!current.isEmpty())
        blocks.append(current);
    ParsedTable t;
    t.title = Text::tr("Processors");
    t.columns.append(col(Text::tr("Field")));
    QStringList keys;
    for (const auto &b : blocks) {
        for (const auto &kv : b) {
            if (!keys.contains(kv.first))
                keys.append(kv.first);
        }
    }
    for (int i = 0; i < blocks.size(); ++i) {
        QString name = Text::tr("CPU %1").arg(i);
        for (const auto &kv : blocks[i]) {
            if (kv.first == QLatin1String("processor"))
                name = Text::tr("CPU %1").arg(kv.second);
        }
        t.columns.append(col(name));
    }
    for (const QString &k : keys) {
        QStringList row{k};
        for (const auto &b : blocks) {
            QString v;
            for (const auto &kv : b) {
                if (kv.first == k)
                    v = kv.second;
            }
            row.append(v);
        }
        t.rows.append(row);
    }
    doc.tables.append(t);
    finish(doc, bad, Text::tr("/proc/cpuinfo (\"key : value\" blocks)"));
    return doc;
}

namespace {

// The one line of /proc/loadavg, "0.10 0.20 0.30 1/234 5678"; false when
// it is not that.
bool loadavgLine(QByteArrayView data, QList<QByteArrayView> &f, QByteArrayView &running, QByteArrayView &threads)
{
    const auto ls = lines(data);
    f = ls.isEmpty() ? QList<QByteArrayView>() : fields(ls.first());
    if (f.size() != 5 || !isDecimal(f[0]) || !isDecimal(f[1]) || !isDecimal(f[2]) || f[3].indexOf('/') <= 0
        || !isUnsigned(f[4]))
        return false;
    const qsizetype slash = f[3].indexOf('/');
    running = f[3].first(slash);
    threads = f[3].sliced(slash + 1);
    return isUnsigned(running) && isUnsigned(threads);
}

} // namespace

ParsedDoc loadavg(QByteArrayView data)
{
    ParsedDoc doc;
    doc.formatId = QStringLiteral("loadavg");
    QList<QByteArrayView> f;
    QByteArrayView running, threads;
    if (!loadavgLine(data, f, running, threads))
        return nothingUnderstood(doc.formatId, Text::tr("/proc/loadavg (\"0.10 0.20 0.30 1/234 5678\")"));
    ParsedTable t = keyValueTable(Text::tr("Load average"));
    t.rows = {
        {QStringLiteral("load1"), str(f[0]), QString(), helpFor(loadavgHelp, "load1")},
        {QStringLiteral("load5"), str(f[1]), QString(), helpFor(loadavgHelp, "load5")},
        {QStringLiteral("load15"), str(f[2]), QString(), helpFor(loadavgHelp, "load15")},
        {QStringLiteral("running"), str(running), QString(), helpFor(loadavgHelp, "running")},
        {QStringLiteral("threads"), str(threads), QString(), helpFor(loadavgHelp, "threads")},
        {QStringLiteral("last_pid"), str(f[4]), QString(), helpFor(loadavgHelp, "last_pid")},
    };
    doc.tables.append(t);
    return doc;
}

ProcNumbers loadavgNumbers(QByteArrayView data)
{
    QList<QByteArrayView> f;
    QByteArrayView running, threads;
    if (!loadavgLine(data, f, running, threads))
        return {};
    return {{QStringLiteral("1"), number(f[0])},
            {QStringLiteral("5"), number(f[1])},
            {QStringLiteral("15"), number(f[2])},
            {QStringLiteral("running"), number(running)},
            {QStringLiteral("total"), number(threads)}};
}

ParsedDoc uptime(QByteArrayView data)
{
    ParsedDoc doc;
    doc.formatId = QStringLiteral("uptime");
    const auto ls = lines(data);
    const auto f = ls.isEmpty() ? QList<QByteArrayView>() : fields(ls.first());
    if (f.size() != 2 || !isDecimal(f[0]) || !isDecimal(f[1]))
        return nothingUnderstood(doc.formatId, Text::tr("/proc/uptime (two numbers of seconds)"));
    ParsedTable t = keyValueTable(Text::tr("Uptime"));
    t.rows = {
        {QStringLiteral("uptime"), str(f[0]), QStringLiteral("s"), Text::tr("Time since boot, including time suspended")},
        {QStringLiteral("idle"), str(f[1]), QStringLiteral("s"), Text::tr("Idle time summed over all CPUs, so it can exceed uptime")},
    };
    doc.tables.append(t);
    return doc;
}

ParsedDoc vmstat(QByteArrayView data)
{
    ParsedDoc doc;
    doc.formatId = QStringLiteral("vmstat");
    ParsedTable t = keyValueTable(Text::tr("Virtual memory counters"));
    int bad = 0;
    for (QByteArrayView line : lines(data)) {
        const auto f = fields(line);
        if (f.isEmpty())
            continue;
        if (!nameNumberLine(f)) {
            ++bad;
            continue;
        }
        const QString unit = f[0].startsWith("nr_") && !f[0].startsWith("nr_vmscan") ? QStringLiteral("pages") : QString();
        t.rows.append({str(f[0]), str(f[1]), unit, helpFor(vmstatHelp, f[0])});
    }
    doc.tables.append(t);
    finish(doc, bad, Text::tr("/proc/vmstat (\"name number\" lines)"));
    return doc;
}

ProcNumbers vmstatNumbers(QByteArrayView data)
{
    ProcNumbers out;
    for (QByteArrayView line : lines(data)) {
        const auto f = fields(line);
        if (nameNumberLine(f))
            out.insert(str(f[0]), number(f[1]));
    }
    return out;
}

} // namespace kc::parsers
