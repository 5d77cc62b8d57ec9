// SPDX-License-Identifier: GPL-2.0-or-later
#include "addressspace.h"

#include "procfs/parseutil.h"
#include "source/datasource.h"

#include <QRegularExpression>

namespace kc {

using namespace parse;

namespace {

// smaps can be long (a browser has thousands of regions, about 1.3 KiB
// each); what it costs the kernel to write it does not grow with the cap.
constexpr qint64 SmapsCap = 64 * 1024 * 1024;

quint64 hexValue(QByteArrayView v, bool *ok)
{
    return QByteArray(v.data(), v.size()).toULongLong(ok, 16);
}

// "Rss:                 123 kB" -> ("Rss", 123); false for other lines.
bool sizeLine(QByteArrayView line, QByteArrayView &key, quint64 &kb)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return false;
    key = line.first(colon);
    const QList<QByteArrayView> f = fields(line.sliced(colon + 1));
    if (f.size() != 2 || f[1] != "kB" || !isUnsigned(f[0]))
        return false;
    kb = QByteArray(f[0].data(), f[0].size()).toULongLong();
    return true;
}

bool isLibrary(const QString &path)
{
    static const QRegularExpression so(QStringLiteral("\\.so(\\.[0-9.]+)?( \\(deleted\\))?$"));
    return so.match(path).hasMatch();
}

} // namespace

QString MemoryRegion::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::ProgramText: return QStringLiteral("text");
    case Kind::ProgramData: return QStringLiteral("data");
    case Kind::ProgramReadOnly: return QStringLiteral("rodata");
    case Kind::Bss: return QStringLiteral("bss");
    case Kind::Heap: return QStringLiteral("heap");
    case Kind::Anonymous: return QStringLiteral("anonymous");
    case Kind::LibraryText: return QStringLiteral("library-text");
    case Kind::LibraryData: return QStringLiteral("library-data");
    case Kind::LibraryReadOnly: return QStringLiteral("library-rodata");
    case Kind::File: return QStringLiteral("file");
    case Kind::SharedMemory: return QStringLiteral("shared-memory");
    case Kind::Stack: return QStringLiteral("stack");
    case Kind::Vdso: return QStringLiteral("vdso");
    case Kind::Vvar: return QStringLiteral("vvar");
    case Kind::Vsyscall: return QStringLiteral("vsyscall");
    case Kind::Guard: return QStringLiteral("guard");
    case Kind::Other: return QStringLiteral("other");
    }
    return {};
}

QString MemoryRegion::kindName(Kind kind)
{
    switch (kind) {
    case Kind::ProgramText: return AddressSpace::tr("Program text");
    case Kind::ProgramData: return AddressSpace::tr("Program data");
    case Kind::ProgramReadOnly: return AddressSpace::tr("Program read-only data");
    case Kind::Bss: return AddressSpace::tr("Program bss");
    case Kind::Heap: return AddressSpace::tr("Heap");
    case Kind::Anonymous: return AddressSpace::tr("Anonymous");
    case Kind::LibraryText: return AddressSpace::tr("Library text");
    case Kind::LibraryData: return AddressSpace::tr("Library data");
    case Kind::LibraryReadOnly: return AddressSpace::tr("Library read-only data");
    case Kind::File: return AddressSpace::tr("File");
    case Kind::SharedMemory: return AddressSpace::tr("Shared memory");
    case Kind::Stack: return AddressSpace::tr("Stack");
    case Kind::Vdso: return AddressSpace::tr("vDSO");
    case Kind::Vvar: return AddressSpace::tr("vvar");
    case Kind::Vsyscall: return AddressSpace::tr("vsyscall");
    case Kind::Guard: return AddressSpace::tr("Guard (no access)");
    case Kind::Other: return AddressSpace::tr("Other");
    }
    return {};
}

QString MemoryRegion::kindMeaning(Kind kind)
{
    switch (kind) {
    case Kind::ProgramText: return AddressSpace::tr("The program's machine code, mapped from its executable, read and execute only.");
    case Kind::ProgramData: return AddressSpace::tr("The program's initialised global variables, copied on write from its executable.");
    case Kind::ProgramReadOnly: return AddressSpace::tr("The program's constants and the tables the loader reads, from its executable.");
    case Kind::Bss: return AddressSpace::tr("The program's zero-initialised globals: anonymous memory right after its data.");
    case Kind::Heap: return AddressSpace::tr("Where brk() grows the heap; malloc() takes small blocks from here.");
    case Kind::Anonymous: return AddressSpace::tr("Memory of no file: large malloc() blocks, thread stacks, arenas, JIT code; zero until written.");
    case Kind::LibraryText: return AddressSpace::tr("A shared library's machine code, shared with every process that maps it.");
    case Kind::LibraryData: return AddressSpace::tr("A shared library's writable data, copied on write for this process.");
    case Kind::LibraryReadOnly: return AddressSpace::tr("A shared library's constants, and data made read-only after relocation (RELRO).");
    case Kind::File: return AddressSpace::tr("A file mapped with mmap(): its pages come from the page cache.");
    case Kind::SharedMemory: return AddressSpace::tr("Memory shared with other processes (shm, memfd, a shared mapping).");
    case Kind::Stack: return AddressSpace::tr("The main thread's stack; it grows down as calls nest.");
    case Kind::Vdso: return AddressSpace::tr("Code the kernel maps into every process so that calls such as clock_gettime() need not enter the kernel.");
    case Kind::Vvar: return AddressSpace::tr("Data the kernel keeps up to date for the vDSO to read: clocks, time namespace.");
    case Kind::Vsyscall: return AddressSpace::tr("The old fixed-address page for time calls, in the kernel's half; kept for very old programs.");
    case Kind::Guard: return AddressSpace::tr("Reserved with no access: a guard below a thread's stack, or padding between a library's parts; a touch faults.");
    case Kind::Other: return AddressSpace::tr("A special mapping the kernel made.");
    }
    return {};
}

QString AddressSpace::hex(quint64 address)
{
    return QStringLiteral("0x") + QString::number(address, 16).rightJustified(16, QLatin1Char('0'));
}

QList<MemoryRegion> AddressSpace::parseSmaps(QByteArrayView data, int *bad)
{
    QList<MemoryRegion> regions;
    int skipped = 0;
    for (QByteArrayView line : lines(data)) {
        const QList<QByteArrayView> f = fields(line);
        if (f.isEmpty())
            continue;
        const qsizetype dash = f[0].indexOf('-');
        if (dash > 0 && f.size() >= 5 && isHex(f[0].first(dash)) && isHex(f[0].sliced(dash + 1)) && f[1].size() == 4) {
            MemoryRegion r;
            bool okStart = false, okEnd = false, okOffset = false;
            r.start = hexValue(f[0].first(dash), &okStart);
            r.end = hexValue(f[0].sliced(dash + 1), &okEnd);
            r.offset = hexValue(f[2], &okOffset);
            if (!okStart || !okEnd || !okOffset || r.end < r.start || !isUnsigned(f[4])) {
                ++skipped;
                continue;
            }
            r.perms = str(f[1]);
            r.device = str(f[3]);
            r.inode = QByteArray(f[4].data(), f[4].size()).toULongLong();
            // The path is the rest of the line and may hold spaces.
            if (f.size() > 5)
                r.path = str(line.sliced(f[5].data() - line.data()));
            r.mapsLine = str(line);
            regions.append(r);
            continue;
        }
        QByteArrayView key;
        quint64 kb = 0;
        if (!regions.isEmpty() && sizeLine(line, key, kb)) {
            MemoryRegion &r = regions.last();
            if (key == "Rss")
                r.rssKb = kb;
            else if (key == "Pss")
                r.pssKb = kb;
            else if (key == "Swap")
                r.swapKb = kb;
            else if (key == "Anonymous")
                r.anonymousKb = kb;
            continue;
        }
        // VmFlags, THPeligible, ProtectionKey and the like.
        if (regions.isEmpty() || line.indexOf(':') <= 0)
            ++skipped;
    }
    if (bad)
        *bad = skipped;
    return regions;
}

MemoryTotals AddressSpace::parseRollup(QByteArrayView data)
{
    MemoryTotals t;
    for (QByteArrayView line : lines(data)) {
        QByteArrayView key;
        quint64 kb = 0;
        if (!sizeLine(line, key, kb))
            continue;
        if (key == "Rss")
            t.rssKb = kb;
        else if (key == "Pss")
            t.pssKb = kb;
        else if (key == "Swap")
            t.swapKb = kb;
        else if (key == "Anonymous")
            t.anonymousKb = kb;
    }
    return t;
}

void AddressSpace::classify(QList<MemoryRegion> &regions, const QString &exe)
{
    using Kind = MemoryRegion::Kind;
    const QString deletedExe = exe + QStringLiteral(" (deleted)");
    quint64 programEnd = 0; // the end of the program's last mapping so far
    auto perm = [](const QString &perms, int i) { return i < perms.size() ? perms.at(i) : QChar(); };
    for (MemoryRegion &r : regions) {
        const bool x = perm(r.perms, 2) == QLatin1Char('x');
        const bool w = perm(r.perms, 1) == QLatin1Char('w');
        const bool none = r.perms.startsWith(QLatin1String("---"));
        const QString &p = r.path;
        if (p == QLatin1String("[heap]"))
            r.kind = Kind::Heap;
        else if (p == QLatin1String("[stack]"))
            r.kind = Kind::Stack;
        else if (p == QLatin1String("[vdso]"))
            r.kind = Kind::Vdso;
        else if (p.startsWith(QLatin1String("[vvar")))
            r.kind = Kind::Vvar;
        else if (p == QLatin1String("[vsyscall]"))
            r.kind = Kind::Vsyscall;
        else if (p.startsWith(QLatin1String("[anon_shmem:")))
            r.kind = Kind::SharedMemory;
        else if (p.startsWith(QLatin1String("[anon:")))
            r.kind = none ? Kind::Guard : Kind::Anonymous;
        else if (p.startsWith(QLatin1Char('[')))
            r.kind = Kind::Other;
        else if (none)
            r.kind = Kind::Guard;
        else if (p.isEmpty() && r.inode == 0)
            r.kind = (w && programEnd != 0 && r.start == programEnd) ? Kind::Bss : Kind::Anonymous;
        else if (!exe.isEmpty() && (p == exe || p == deletedExe))
            r.kind = x ? Kind::ProgramText : w ? Kind::ProgramData : Kind::ProgramReadOnly;
        else if (perm(r.perms, 3) == QLatin1Char('s') || p.startsWith(QLatin1String("/memfd:")) || p.startsWith(QLatin1String("/SYSV"))
                 || p.startsWith(QLatin1String("/dev/shm/")))
            r.kind = Kind::SharedMemory;
        else if (isLibrary(p))
            r.kind = x ? Kind::LibraryText : w ? Kind::LibraryData : Kind::LibraryReadOnly;
        else
            r.kind = Kind::File;
        const bool program = r.kind == Kind::ProgramText || r.kind == Kind::ProgramData || r.kind == Kind::ProgramReadOnly;
        if (program || r.kind == Kind::Bss)
            programEnd = r.end;
    }
}

UserSplit AddressSpace::userSplit(const QString &machine, QByteArrayView cpuinfo, quint64 highestUserEnd)
{
    UserSplit s;
    const QString highest = hex(highestUserEnd ? highestUserEnd - 1 : 0);
    if (machine == QLatin1String("x86_64")) {
        bool haveFlags = false;
        bool la57 = false;
        for (QByteArrayView line : lines(cpuinfo)) {
            if (!line.startsWith("flags"))
                continue;
            haveFlags = true;
            for (QByteArrayView f : fields(line.sliced(line.indexOf(':') + 1)))
                la57 = la57 || f == "la57";
            break;
        }
        const bool above47 = highestUserEnd > (quint64(1) << 47);
        const bool fiveLevel = la57 || above47;
        s.virtualBits = fiveLevel ? 57 : 48;
        s.userEnd = fiveLevel ? (quint64(1) << 56) - 1 : (quint64(1) << 47) - 1;
        s.kernelStart = ~s.userEnd;
        s.paging = fiveLevel ? tr("5-level paging") : tr("4-level paging");
        if (la57)
            s.decidedBy = tr("/proc/cpuinfo lists the la57 flag: the kernel uses 5-level paging, so user space ends at %1.").arg(hex(s.userEnd));
        else if (above47)
            s.decidedBy = tr("A mapping reaches %1, above the 47-bit limit: the kernel uses 5-level paging.").arg(highest);
        else if (haveFlags)
            s.decidedBy = tr("/proc/cpuinfo does not list la57 (the kernel drops the flag when it does not use 5-level paging) and the "
                             "highest mapping ends at %1: 4-level paging, user space ends at %2.")
                              .arg(highest, hex(s.userEnd));
        else
            s.decidedBy = tr("/proc/cpuinfo could not be read; the highest mapping ends at %1, below the 47-bit limit: taken as "
                             "4-level paging.").arg(highest);
        return s;
    }
    // Elsewhere the size of the user half is a kernel build choice (39,
    // 42, 48 or 52 bits on ARM64): the smallest that holds every mapping.
    int bits = 64;
    for (int b : {32, 39, 42, 47, 48, 52, 56}) {
        if (highestUserEnd <= (quint64(1) << b)) {
            bits = b;
            break;
        }
    }
    s.virtualBits = bits;
    s.userEnd = bits >= 64 ? ~quint64(0) : (quint64(1) << bits) - 1;
    s.kernelStart = bits >= 64 ? ~quint64(0) : ~s.userEnd;
    s.paging = tr("%1-bit user addresses").arg(bits);
    s.decidedBy = tr("On %1 the size of user space is chosen when the kernel is built; the highest mapping ends at %2, so user "
                     "space reaches at least %3.")
                      .arg(machine, highest, hex(s.userEnd));
    return s;
}

bool AddressSpace::totalsMatchRollup() const
{
    if (!haveRollup)
        return false;
    return totals.rssKb == rollup.rssKb && totals.swapKb == rollup.swapKb && totals.anonymousKb == rollup.anonymousKb
        && totals.pssKb <= rollup.pssKb && rollup.pssKb - totals.pssKb <= quint64(regions.size());
}

AddressSpace AddressSpace::read(DataSource &source, int pid)
{
    AddressSpace a;
    a.pid = pid;
    const QString dir = QStringLiteral("/proc/%1/").arg(pid);
    const ReadResult comm = source.read(dir + QStringLiteral("comm"), 4096);
    if (comm.status == ReadStatus::ProcessGone || comm.status == ReadStatus::NotFound) {
        a.gone = true;
        a.error = tr("Process %1 does not exist (or has exited).").arg(pid);
        return a;
    }
    a.comm = QString::fromUtf8(comm.data).trimmed();
    a.exe = source.readLink(dir + QStringLiteral("exe"));

    const ReadResult smaps = source.read(dir + QStringLiteral("smaps"), SmapsCap);
    if (!smaps.ok()) {
        switch (smaps.status) {
        case ReadStatus::ProcessGone:
        case ReadStatus::NotFound:
            a.gone = true;
            a.error = tr("Process %1 exited while its memory map was being read.").arg(pid);
            break;
        case ReadStatus::PermissionDenied:
            a.error = tr("Not allowed to read the memory map of process %1 (%2): /proc/%1/smaps is open only to those "
                         "who may trace the process (its own user, within the ptrace scope, or root).")
                          .arg(pid).arg(a.comm);
            break;
        default:
            a.error = tr("Could not read /proc/%1/smaps: %2").arg(pid).arg(smaps.reason);
        }
        return a;
    }
    a.regions = parseSmaps(smaps.data);
    if (a.regions.isEmpty()) {
        const ReadResult stat = source.read(dir + QStringLiteral("stat"), 4096);
        if (stat.status == ReadStatus::ProcessGone || stat.status == ReadStatus::NotFound) {
            a.gone = true;
            a.error = tr("Process %1 exited while its memory map was being read.").arg(pid);
        } else {
            const QByteArray s = stat.data;
            const QByteArray state = s.mid(s.lastIndexOf(')') + 2, 1);
            a.error = state == "Z" ? tr("Process %1 (%2) is a zombie: it has exited and its memory is freed; only its exit "
                                        "status waits for its parent.").arg(pid).arg(a.comm)
                                   : tr("Process %1 (%2) is a kernel thread: it has no user address space, only the kernel's.")
                                         .arg(pid).arg(a.comm);
        }
        return a;
    }
    if (smaps.truncated)
        a.rollupNote = tr("/proc/%1/smaps is longer than %2 MiB; the regions after that are not shown.").arg(pid).arg(SmapsCap >> 20);
    const ReadResult rollup = source.read(dir + QStringLiteral("smaps_rollup"), 65536);
    if (rollup.ok()) {
        a.rollup = parseRollup(rollup.data);
        a.haveRollup = true;
    } else if (rollup.status == ReadStatus::ProcessGone || rollup.status == ReadStatus::NotFound) {
        a.gone = true;
        a.error = tr("Process %1 exited while its memory map was being read.").arg(pid);
        return a;
    } else if (a.rollupNote.isEmpty()) {
        a.rollupNote = tr("No smaps_rollup to check the totals against: %1").arg(rollup.reason);
    }
    classify(a.regions, a.exe);
    quint64 highestUser = 0;
    for (const MemoryRegion &r : std::as_const(a.regions)) {
        a.totals.rssKb += r.rssKb;
        a.totals.pssKb += r.pssKb;
        a.totals.swapKb += r.swapKb;
        a.totals.anonymousKb += r.anonymousKb;
        if (r.kind != MemoryRegion::Kind::Vsyscall)
            highestUser = std::max(highestUser, r.end);
    }
    const ReadResult cpuinfo = source.read(QStringLiteral("/proc/cpuinfo"));
    a.split = userSplit(source.info().machine, cpuinfo.ok() ? QByteArrayView(cpuinfo.data) : QByteArrayView(), highestUser);
    return a;
}

} // namespace kc
