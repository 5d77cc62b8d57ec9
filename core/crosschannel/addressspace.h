// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kc {

class DataSource;

/// One mapping of a process, as /proc/PID/smaps gives it: the maps line
/// and the memory behind it, in kB as the kernel counts it.
struct MemoryRegion {
    enum class Kind {
        ProgramText, ProgramData, ProgramReadOnly, Bss, Heap, Anonymous, LibraryText, LibraryData, LibraryReadOnly,
        File, SharedMemory, Stack, Vdso, Vvar, Vsyscall, Guard, Other
    };
    quint64 start = 0;
    quint64 end = 0; // just past the last byte
    QString perms;   // "r-xp"
    quint64 offset = 0;
    QString device;  // "fd:01"
    quint64 inode = 0;
    QString path;    // a file, [heap], [stack] ...; empty for anonymous memory
    QString mapsLine; // the line exactly as /proc/PID/maps has it
    quint64 rssKb = 0;
    quint64 pssKb = 0;
    quint64 swapKb = 0;
    quint64 anonymousKb = 0; // pages of its own, not (or no longer) the file's
    Kind kind = Kind::Other;

    quint64 size() const { return end - start; }
    /// Backed by a file (the page cache), not anonymous memory.
    bool fileBacked() const { return inode != 0 || path.startsWith(QLatin1Char('/')); }
    /// "text", "data", "heap" ...: for JSON and tests.
    static QString kindKey(Kind kind);
    /// "Program text", "Heap" ...
    static QString kindName(Kind kind);
    /// What a kind of region holds, one sentence.
    static QString kindMeaning(Kind kind);
};

/// The sums that smaps_rollup gives for a whole process, in kB.
struct MemoryTotals {
    quint64 rssKb = 0;
    quint64 pssKb = 0;
    quint64 swapKb = 0;
    quint64 anonymousKb = 0;
};

/// Where user space ends on this machine: the top of the lower half of
/// the address space, set by the paging mode, and how that was decided.
struct UserSplit {
    quint64 userEnd = 0;     // the last user address: 0x00007fffffffffff with 4-level paging
    quint64 kernelStart = 0; // the first address of the kernel's half
    int virtualBits = 0;     // 48 (4-level) or 57 (5-level) on x86-64
    QString paging;          // "4-level paging"
    QString decidedBy;       // a sentence: what was read and what it showed
};

/// One process's virtual memory: every region from /proc/PID/smaps in
/// address order, their totals beside smaps_rollup, and the user/kernel
/// split. Reads through a DataSource, so it serves an agent's machine too;
/// a process that is gone, denied or a kernel thread gives a sentence.
struct AddressSpace {
    Q_DECLARE_TR_FUNCTIONS(AddressSpace)
public:
    int pid = 0;
    QString comm;
    QString exe;
    QList<MemoryRegion> regions;
    MemoryTotals totals;    // the regions' sums
    MemoryTotals rollup;    // smaps_rollup, read right after smaps
    bool haveRollup = false;
    QString rollupNote;     // why there is no rollup
    UserSplit split;
    QString error;          // nothing to show, and why
    bool gone = false;      // the process exited before or while it was read

    /// The regions' sums equal smaps_rollup: RSS, swap and anonymous to
    /// the kB; PSS too, but for what each region's line rounds down (under
    /// 1 kB a region).
    bool totalsMatchRollup() const;

    static AddressSpace read(DataSource &source, int pid);
    /// Parses /proc/PID/smaps (or maps: then without memory figures).
    /// Lines it cannot read are counted in *bad.
    static QList<MemoryRegion> parseSmaps(QByteArrayView data, int *bad = nullptr);
    static MemoryTotals parseRollup(QByteArrayView data);
    /// Names each region's kind, knowing which file is the program.
    static void classify(QList<MemoryRegion> &regions, const QString &exe);
    /// The split for `machine` (uname -m) from /proc/cpuinfo and the
    /// highest user mapping's end.
    static UserSplit userSplit(const QString &machine, QByteArrayView cpuinfo, quint64 highestUserEnd);
    /// "0x00007fffffffffff": 16 hex digits, as addresses are printed.
    static QString hex(quint64 address);
};

} // namespace kc
