// SPDX-License-Identifier: GPL-2.0-or-later
#include "syscallcost.h"

#include "io/safereader.h"
#include "procfs/dirlister.h"
#include "syscalls/machinecounting.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstring>
#include <thread>

#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <sys/auxv.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

namespace kc {

namespace {

using Clock = std::chrono::steady_clock;

// Not inlined, and called through a pointer the compiler must reload, so
// each iteration is a real call and return.
__attribute__((noinline)) long plainFunction(long x)
{
    asm volatile("" : "+r"(x));
    return x + 1;
}
long (*volatile g_function)(long) = plainFunction;

// The other end of the ping-pong: answers every byte, until told to stop.
struct PingPong {
    int toPartner[2] = {-1, -1};
    int fromPartner[2] = {-1, -1};
    std::thread partner;
    bool ok = false;

    bool start(const cpu_set_t *cpus)
    {
        if (::pipe2(toPartner, O_CLOEXEC) != 0 || ::pipe2(fromPartner, O_CLOEXEC) != 0)
            return false;
        partner = std::thread([this, cpus] {
            if (cpus)
                ::pthread_setaffinity_np(::pthread_self(), sizeof(cpu_set_t), cpus);
            char c = 0;
            while (::read(toPartner[0], &c, 1) == 1 && c != 'q') {
                if (::write(fromPartner[1], &c, 1) != 1)
                    break;
            }
        });
        ok = true;
        return true;
    }
    // One round trip: two hand-overs from one thread to the other.
    bool roundTrip()
    {
        char c = 'p';
        return ::write(toPartner[1], &c, 1) == 1 && ::read(fromPartner[0], &c, 1) == 1;
    }
    ~PingPong()
    {
        if (partner.joinable()) {
            // A 'q' ends it; failing that, the end of its pipe does.
            const char q = 'q';
            if (::write(toPartner[1], &q, 1) != 1) {
                ::close(toPartner[1]);
                toPartner[1] = -1;
            }
            partner.join();
        }
        for (int fd : {toPartner[0], toPartner[1], fromPartner[0], fromPartner[1]}) {
            if (fd >= 0)
                ::close(fd);
        }
    }
};

double percentile(const QList<double> &sorted, double q)
{
    if (sorted.isEmpty())
        return 0;
    return sorted[qsizetype(std::lround(q * double(sorted.size() - 1)))];
}

QString firstLine(const QString &path)
{
    const ReadResult r = SafeReader::read(path, 4096);
    return r.ok() ? QString::fromUtf8(r.data).section(QLatin1Char('\n'), 0, 0).trimmed() : QString();
}

} // namespace

QString CostFigure::key(Kind kind)
{
    switch (kind) {
    case Kind::Function: return QStringLiteral("function");
    case Kind::Vdso: return QStringLiteral("vdso");
    case Kind::Syscall: return QStringLiteral("syscall");
    case Kind::ContextSwitch: return QStringLiteral("context-switch");
    }
    return {};
}

QString CostFigure::name(Kind kind)
{
    switch (kind) {
    case Kind::Function: return SyscallCost::tr("Function call");
    case Kind::Vdso: return SyscallCost::tr("vDSO call");
    case Kind::Syscall: return SyscallCost::tr("System call");
    case Kind::ContextSwitch: return SyscallCost::tr("Context switch");
    }
    return {};
}

QString CostFigure::call(Kind kind)
{
    switch (kind) {
    case Kind::Function: return QStringLiteral("f(x), not inlined");
    case Kind::Vdso: return QStringLiteral("clock_gettime(CLOCK_MONOTONIC)");
    case Kind::Syscall: return QStringLiteral("syscall(SYS_getppid)");
    case Kind::ContextSwitch: return SyscallCost::tr("pipe ping-pong between two threads, per one-way switch");
    }
    return {};
}

const CostFigure *SyscallCostResult::figure(CostFigure::Kind kind) const
{
    for (const CostFigure &f : figures) {
        if (f.kind == kind)
            return &f;
    }
    return nullptr;
}

SyscallCostResult SyscallCost::measure(int batches, const Progress &progress)
{
    SyscallCostResult result;
    batches = std::max(batches, 3);
    result.vdsoMapped = ::getauxval(AT_SYSINFO_EHDR) != 0;
    result.clocksource = firstLine(QStringLiteral("/sys/devices/system/clocksource/clocksource0/current_clocksource"));
    const QString vulnerabilities = QStringLiteral("/sys/devices/system/cpu/vulnerabilities");
    for (const DirEntry &e : DirLister::list(vulnerabilities).entries) {
        const QString state = firstLine(vulnerabilities + QLatin1Char('/') + e.name);
        if (state.startsWith(QLatin1String("Mitigation")))
            result.mitigations.append(e.name + QStringLiteral(": ") + state);
    }
    result.countersOpen = MachineCounting::instance()->counters();

    // Both threads of the ping-pong on the CPU we run on, so that each
    // hand-over is a switch on that CPU and not a wake-up of another one.
    // The thread's own affinity is given back at the end (it may be a
    // thread of a pool that others use).
    cpu_set_t saved;
    CPU_ZERO(&saved);
    const bool haveSaved = ::pthread_getaffinity_np(::pthread_self(), sizeof saved, &saved) == 0;
    cpu_set_t one;
    CPU_ZERO(&one);
    const int cpu = ::sched_getcpu();
    bool pinned = false;
    if (cpu >= 0 && haveSaved) {
        CPU_SET(cpu, &one);
        pinned = ::pthread_setaffinity_np(::pthread_self(), sizeof one, &one) == 0;
    }
    if (pinned)
        result.cpu = cpu;
    else
        result.pinNote = tr("The two threads could not be held on one CPU, so a hand-over may wake another CPU instead of switching.");

    PingPong ping;
    if (!ping.start(pinned ? &one : nullptr)) {
        result.error = tr("Could not make the pipes for the context switch: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        if (pinned)
            ::pthread_setaffinity_np(::pthread_self(), sizeof saved, &saved);
        return result;
    }

    volatile long sink = 0;
    // One operation of a kind, `n` times; nanoseconds per operation.
    auto timeBatch = [&](CostFigure::Kind kind, qint64 n) {
        const auto t0 = Clock::now();
        switch (kind) {
        case CostFigure::Kind::Function: {
            long x = 0;
            for (qint64 i = 0; i < n; ++i)
                x = g_function(x);
            sink = x;
            break;
        }
        case CostFigure::Kind::Vdso: {
            timespec ts {};
            for (qint64 i = 0; i < n; ++i)
                ::clock_gettime(CLOCK_MONOTONIC, &ts);
            sink = ts.tv_nsec;
            break;
        }
        case CostFigure::Kind::Syscall:
            for (qint64 i = 0; i < n; ++i)
                sink = ::syscall(SYS_getppid);
            break;
        case CostFigure::Kind::ContextSwitch:
            for (qint64 i = 0; i < n; ++i) {
                if (!ping.roundTrip())
                    return -1.0;
            }
            break;
        }
        const double ns = double(std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - t0).count());
        // A round trip is two switches, one each way.
        return kind == CostFigure::Kind::ContextSwitch ? ns / double(2 * n) : ns / double(n);
    };

    // Each batch lasts about 4 ms whatever the machine: long enough that
    // reading the clock twice is lost in it, short enough that most
    // batches run without an interruption.
    const double batchNs = 4e6;
    QList<qint64> perBatch;
    for (CostFigure::Kind kind : CostFigure::kinds()) {
        qint64 n = 16;
        double took = 0;
        while (true) {
            const double each = timeBatch(kind, n);
            if (each < 0) {
                result.error = tr("The ping-pong between the two threads broke off.");
                break;
            }
            took = each * double(n) * (kind == CostFigure::Kind::ContextSwitch ? 2 : 1);
            if (took >= 1e6 || n >= (qint64(1) << 30))
                break;
            n *= 4;
        }
        perBatch.append(std::max<qint64>(1, qint64(double(n) * batchNs / std::max(took, 1.0))));
    }

    QList<QList<double>> samples(CostFigure::kinds().size());
    const int total = batches * int(CostFigure::kinds().size());
    int done = 0;
    for (int b = 0; b < batches && result.error.isEmpty() && !result.cancelled; ++b) {
        for (int k = 0; k < CostFigure::kinds().size(); ++k) {
            const double each = timeBatch(CostFigure::kinds()[k], perBatch[k]);
            if (each < 0) {
                result.error = tr("The ping-pong between the two threads broke off.");
                break;
            }
            samples[k].append(each);
            if (progress && !progress(++done, total)) {
                result.cancelled = true;
                break;
            }
        }
    }
    if (pinned)
        ::pthread_setaffinity_np(::pthread_self(), sizeof saved, &saved);
    if (!result.error.isEmpty() || result.cancelled)
        return result;
    for (int k = 0; k < CostFigure::kinds().size(); ++k) {
        QList<double> s = samples[k];
        std::sort(s.begin(), s.end());
        CostFigure f;
        f.kind = CostFigure::kinds()[k];
        f.median = percentile(s, 0.5);
        f.p10 = percentile(s, 0.1);
        f.p90 = percentile(s, 0.9);
        f.min = s.value(0);
        f.perBatch = perBatch[k];
        f.batches = int(s.size());
        result.figures.append(f);
    }
    return result;
}

} // namespace kc
