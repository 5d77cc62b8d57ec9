// SPDX-License-Identifier: GPL-2.0-or-later
// bench/trace-overhead: `dd if=/dev/zero of=/dev/null bs=1 count=N` (two
// system calls per byte) run plain, traced in full by our ptrace backend,
// by `strace -f -o /dev/null`, and by our backend stopping only on openat
// (a seccomp filter). Medians of the wall time from start to exit over
// several runs, alternated so load hits each alike; prints each slowdown
// against plain, the calls we counted and dropped, and
// "ratio = R" = our all-calls slowdown / strace's.
// KC_BENCH_COUNT (default 50000) and KC_BENCH_REPS (default 3) change the work.
#include "benchrunner.h"
#include "trace/ptracetracer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <sys/syscall.h>

namespace {

struct OurRun {
    double wallMs = 0;
    qint64 calls = 0;
    qint64 dropped = 0;
    int exitCode = -1;
};

OurRun traced(const QStringList &command, const QSet<int> &only)
{
    kc::PtraceTracer tracer;
    kc::TraceOptions options;
    options.onlyCalls = only;
    options.stdinPath = QStringLiteral("/dev/null");
    options.stdoutPath = QStringLiteral("/dev/null");
    options.stderrPath = QStringLiteral("/dev/null");
    OurRun r;
    QEventLoop loop;
    QObject::connect(&tracer, &kc::PtraceTracer::callsReady, [&r](const QList<kc::TraceCall> &calls) { r.calls += calls.size(); });
    QObject::connect(&tracer, &kc::PtraceTracer::finished, &loop, [&](const kc::TraceEnd &end) {
        r.dropped = end.dropped;
        r.exitCode = end.exitCode;
        if (!end.error.isEmpty())
            std::fprintf(stderr, "trace-overhead: %s\n", qPrintable(end.error));
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!tracer.start(command, options, &error)) {
        std::fprintf(stderr, "trace-overhead: %s\n", qPrintable(error));
        return r;
    }
    loop.exec();
    r.wallMs = double(timer.nsecsElapsed()) / 1e6;
    return r;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = qEnvironmentVariableIsSet("KC_BENCH_COUNT") ? qEnvironmentVariableIntValue("KC_BENCH_COUNT") : 50000;
    const int reps = qEnvironmentVariableIsSet("KC_BENCH_REPS") ? qEnvironmentVariableIntValue("KC_BENCH_REPS") : 3;
    const std::string countArg = "count=" + std::to_string(count);
    const std::vector<std::string> dd = {"dd", "if=/dev/zero", "of=/dev/null", "bs=1", countArg};
    const QStringList ddQt = {QStringLiteral("dd"), QStringLiteral("if=/dev/zero"), QStringLiteral("of=/dev/null"),
                              QStringLiteral("bs=1"), QString::fromStdString(countArg)};
    const bool haveStrace = !QStandardPaths::findExecutable(QStringLiteral("strace")).isEmpty();
    std::vector<double> plain, ours, strace, filtered;
    qint64 calls = 0, dropped = 0, filteredCalls = 0;
    for (int rep = 0; rep < reps; ++rep) {
        plain.push_back(kcbench::run(dd).wallMs);
        const OurRun all = traced(ddQt, {});
        ours.push_back(all.wallMs);
        calls = all.calls;
        dropped += all.dropped;
        if (haveStrace) {
            std::vector<std::string> s = {"strace", "-f", "-o", "/dev/null"};
            s.insert(s.end(), dd.begin(), dd.end());
            strace.push_back(kcbench::run(s).wallMs);
        }
        const OurRun few = traced(ddQt, {int(SYS_openat)});
        filtered.push_back(few.wallMs);
        filteredCalls = few.calls;
        dropped += few.dropped;
        std::printf("run %d: plain %.1f ms, ours %.1f ms, strace %s ms, ours (openat only) %.1f ms\n", rep + 1, plain.back(),
                    ours.back(), haveStrace ? QByteArray::number(strace.back(), 'f', 1).constData() : "-", filtered.back());
        std::fflush(stdout);
    }
    const double p = median(plain), o = median(ours), f = median(filtered);
    std::printf("trace-overhead: dd bs=1 count=%d (%d system calls), %d runs, medians of wall time\n", count, 2 * count, reps);
    std::printf("  plain                                %9.1f ms\n", p);
    std::printf("  ours: ptrace, every call             %9.1f ms  %6.2fx plain  (%lld calls delivered, %lld dropped)\n", o, o / p,
                static_cast<long long>(calls), static_cast<long long>(dropped));
    std::printf("  ours: ptrace + seccomp, openat only  %9.1f ms  %6.2fx plain  (%lld calls delivered)\n", f, f / p,
                static_cast<long long>(filteredCalls));
    if (!haveStrace) {
        std::printf("  peer: strace -f                      not available here\n");
        return 1;
    }
    const double s = median(strace);
    std::printf("  peer: strace -f -o /dev/null         %9.1f ms  %6.2fx plain\n", s, s / p);
    std::printf("ratio = %.3f\n", (o / p) / (s / p));
    return 0;
}
