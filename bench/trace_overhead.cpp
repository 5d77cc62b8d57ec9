// SPDX-License-Identifier: GPL-2.0-or-later
// bench/trace-overhead: `dd if=/dev/zero of=/dev/null bs=1 count=N` (two
// system calls per byte) run plain, traced in full by our BPF backend (as
// root), by `perf trace`, by our ptrace backend, by `strace -f -o
// /dev/null`, and by our ptrace backend stopping only on openat (a
// seccomp filter). Medians of the wall time from start to exit over
// several runs, alternated so load hits each alike; prints each slowdown
// against plain, the calls we counted and dropped, and "ratio = R" = our
// BPF slowdown / perf trace's (where either cannot run: our ptrace
// slowdown / strace's).
// KC_BENCH_COUNT (default 50000) and KC_BENCH_REPS (default 3) change the work.
#include "benchrunner.h"
#include "trace/tracer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <sys/syscall.h>

namespace {

struct OurRun {
    double wallMs = 0;
    qint64 calls = 0;
    qint64 dropped = 0;
    int exitCode = -1;
};

OurRun traced(const QStringList &command, const QSet<int> &only, kc::TraceOptions::Backend backend)
{
    const std::unique_ptr<kc::Tracer> made(kc::Tracer::make(backend));
    kc::Tracer &tracer = *made;
    kc::TraceOptions options;
    options.onlyCalls = only;
    options.stdinPath = QStringLiteral("/dev/null");
    options.stdoutPath = QStringLiteral("/dev/null");
    options.stderrPath = QStringLiteral("/dev/null");
    OurRun r;
    QEventLoop loop;
    QObject::connect(&tracer, &kc::Tracer::callsReady, [&r](const QList<kc::TraceCall> &calls) { r.calls += calls.size(); });
    QObject::connect(&tracer, &kc::Tracer::finished, &loop, [&](const kc::TraceEnd &end) {
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
    const bool bpf = kc::Tracer::bpfUnavailable().isEmpty();
    const bool havePerf = bpf && !QStandardPaths::findExecutable(QStringLiteral("perf")).isEmpty();
    using Backend = kc::TraceOptions::Backend;
    std::vector<double> plain, ours, strace, filtered, oursBpf, perf;
    qint64 calls = 0, dropped = 0, filteredCalls = 0, bpfCalls = 0, bpfDropped = 0;
    auto ms = [](const std::vector<double> &v) { return v.empty() ? QByteArray("-") : QByteArray::number(v.back(), 'f', 1); };
    for (int rep = 0; rep < reps; ++rep) {
        plain.push_back(kcbench::run(dd).wallMs);
        if (bpf) {
            const OurRun r = traced(ddQt, {}, Backend::Bpf);
            oursBpf.push_back(r.wallMs);
            bpfCalls = r.calls;
            bpfDropped += r.dropped;
        }
        if (havePerf) {
            std::vector<std::string> s = {"perf", "trace", "-o", "/dev/null", "--"};
            s.insert(s.end(), dd.begin(), dd.end());
            perf.push_back(kcbench::run(s).wallMs);
        }
        const OurRun all = traced(ddQt, {}, Backend::Ptrace);
        ours.push_back(all.wallMs);
        calls = all.calls;
        dropped += all.dropped;
        if (haveStrace) {
            std::vector<std::string> s = {"strace", "-f", "-o", "/dev/null"};
            s.insert(s.end(), dd.begin(), dd.end());
            strace.push_back(kcbench::run(s).wallMs);
        }
        const OurRun few = traced(ddQt, {int(SYS_openat)}, Backend::Ptrace);
        filtered.push_back(few.wallMs);
        filteredCalls = few.calls;
        dropped += few.dropped;
        std::printf("run %d: plain %.1f ms, ours BPF %s ms, perf trace %s ms, ours ptrace %.1f ms, strace %s ms, "
                    "ours ptrace (openat only) %.1f ms\n",
                    rep + 1, plain.back(), ms(oursBpf).constData(), ms(perf).constData(), ours.back(), ms(strace).constData(),
                    filtered.back());
        std::fflush(stdout);
    }
    const double p = median(plain), o = median(ours), f = median(filtered);
    std::printf("trace-overhead: dd bs=1 count=%d (%d system calls), %d runs, medians of wall time\n", count, 2 * count, reps);
    std::printf("  plain                                %9.1f ms\n", p);
    double b = 0, pf = 0;
    if (bpf) {
        b = median(oursBpf);
        std::printf("  ours: BPF, every call                %9.1f ms  %6.2fx plain  (%lld calls delivered, %lld dropped)\n", b, b / p,
                    static_cast<long long>(bpfCalls), static_cast<long long>(bpfDropped));
    } else {
        std::printf("  ours: BPF                            not here: %s\n", qPrintable(kc::Tracer::bpfUnavailable()));
    }
    if (havePerf) {
        pf = median(perf);
        std::printf("  peer: perf trace -o /dev/null        %9.1f ms  %6.2fx plain\n", pf, pf / p);
    }
    std::printf("  ours: ptrace, every call             %9.1f ms  %6.2fx plain  (%lld calls delivered, %lld dropped)\n", o, o / p,
                static_cast<long long>(calls), static_cast<long long>(dropped));
    std::printf("  ours: ptrace + seccomp, openat only  %9.1f ms  %6.2fx plain  (%lld calls delivered)\n", f, f / p,
                static_cast<long long>(filteredCalls));
    double s = 0;
    if (haveStrace) {
        s = median(strace);
        std::printf("  peer: strace -f -o /dev/null         %9.1f ms  %6.2fx plain\n", s, s / p);
        std::printf("  ptrace ratio (ours / strace)         %9.3f\n", (o / p) / (s / p));
    }
    if (bpf && havePerf) {
        std::printf("ratio = %.3f\n", (b / p) / (pf / p));
        return 0;
    }
    if (!haveStrace) {
        std::printf("  peer: strace -f                      not available here\n");
        return 1;
    }
    std::printf("ratio = %.3f\n", (o / p) / (s / p));
    return 0;
}
