// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace kc {

/// What one kind of operation costs on this machine, in nanoseconds per
/// operation: the spread over several batches, each timed as a whole.
struct CostFigure {
    enum class Kind { Function, Vdso, Syscall, ContextSwitch };
    Kind kind = Kind::Function;
    double median = 0; // ns
    double p10 = 0;
    double p90 = 0;
    double min = 0;
    qint64 perBatch = 0; // operations timed together
    int batches = 0;

    /// "function", "vdso", "syscall", "context-switch": for JSON and tests.
    static QString key(Kind kind);
    /// "Function call", "vDSO call" ...
    static QString name(Kind kind);
    /// The code timed: "syscall(SYS_getppid)".
    static QString call(Kind kind);
    static QList<Kind> kinds() { return {Kind::Function, Kind::Vdso, Kind::Syscall, Kind::ContextSwitch}; }
};

/// The outcome of one measurement, with what explains its figures: the
/// clock the vDSO reads and the kernel's mitigations on its entry path.
struct SyscallCostResult {
    QList<CostFigure> figures;
    QString clocksource;      // current_clocksource: whether the vDSO can read the time itself
    bool vdsoMapped = false;  // the kernel gave us a vDSO (AT_SYSINFO_EHDR)
    int cpu = -1;             // the CPU both threads of the ping-pong ran on; -1 when not pinned
    QString pinNote;          // why they could not be pinned
    QStringList mitigations;  // "meltdown: Mitigation: PTI", from /sys/devices/system/cpu/vulnerabilities
    int countersOpen = 0;     // system-wide call counters of this process open while measuring
    bool cancelled = false;
    QString error;

    const CostFigure *figure(CostFigure::Kind kind) const;
};

/// Measures, on the calling thread, what crossing into the kernel costs
/// compared with staying in user space: a plain function call, a vDSO
/// call (clock_gettime), a cheap system call (getppid, made with
/// syscall(2) so the C library cannot answer from a cache) and a context
/// switch (two threads on one CPU handing a byte over pipes). Batches of
/// the four kinds take turns, so a change of CPU speed or a noisy
/// neighbour touches all of them alike. Takes about a second.
class SyscallCost
{
    Q_DECLARE_TR_FUNCTIONS(SyscallCost)
public:
    static constexpr int DefaultBatches = 31;
    /// Called after each batch with how many are done of how many; false
    /// stops the measurement (the result is then marked cancelled).
    using Progress = std::function<bool(int done, int total)>;
    static SyscallCostResult measure(int batches = DefaultBatches, const Progress &progress = {});
};

} // namespace kc
