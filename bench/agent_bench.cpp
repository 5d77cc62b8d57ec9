// SPDX-License-Identifier: GPL-2.0-or-later
// bench/agent: what reading through the agent costs, with 500 extra
// sleeping processes. First, one connection kept open, as the GUI keeps
// it: 30 process scans through `kchan agent --stdio` (the agent scans and
// frames the list in CBOR, we decode it) against 30 scans of this kernel
// in this process, CPU of both ends. Then the line the ratio is taken
// from: `kchan --agent 'kchan agent --stdio' procs` against `kchan procs`,
// 20 repetitions each, medians of CPU time of client and agent together
// (a second kchan process starts for every run). Goal: ratio <= 1.5.
#include "benchrunner.h"

#include "source/agentsource.h"

#include <QFile>
#include <QStringList>

#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

namespace {

double selfCpuMs()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000.0 + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000.0;
}

/// utime + stime of a process we started, from /proc/PID/stat.
double processCpuMs(pid_t pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = f.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    // Fields from state (3): utime is 14, stime 15.
    const double ticks = fields.value(11).toDouble() + fields.value(12).toDouble();
    return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

} // namespace

int main()
{
    const std::vector<int> children = kcbench::spawnSleepers(500, false);
    std::printf("started %zu sleeping processes\n", children.size());

    constexpr int scans = 30;
    QString error;
    auto agent = kc::AgentSource::start({QStringLiteral("kchan"), QStringLiteral("agent"), QStringLiteral("--stdio")}, &error);
    if (!agent) {
        std::fprintf(stderr, "cannot start the agent: %s\n", qPrintable(error));
        kcbench::killSleepers(children);
        return 1;
    }
    agent->processes(); // warm-up, both ends
    kc::DataSource::local()->processes();
    double self0 = selfCpuMs(), agent0 = processCpuMs(agent->pid());
    qsizetype seen = 0;
    for (int i = 0; i < scans; ++i)
        seen += agent->processes().size();
    const double throughAgent = (selfCpuMs() - self0) + (processCpuMs(agent->pid()) - agent0);
    self0 = selfCpuMs();
    for (int i = 0; i < scans; ++i)
        seen += kc::DataSource::local()->processes().size();
    const double here = selfCpuMs() - self0;
    agent.reset();
    std::printf("one connection kept open, %d scans of about %lld processes each:\n", scans, (long long)(seen / (2 * scans)));
    std::printf("  through the agent: %7.2f ms CPU per scan (both ends)\n", throughAgent / scans);
    std::printf("  read here:         %7.2f ms CPU per scan\n", here / scans);
    std::printf("  per-scan ratio:    %7.3f\n", throughAgent / here);

    const int rc = kcbench::compare("a whole kchan procs run through the agent vs read here",
                                    {"kchan", "--agent", "kchan agent --stdio", "procs"},
                                    {"kchan", "procs"}, 20, kcbench::Measure::Cpu);
    kcbench::killSleepers(children);
    return rc;
}
