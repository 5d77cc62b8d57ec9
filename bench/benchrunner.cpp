// SPDX-License-Identifier: GPL-2.0-or-later
#include "benchrunner.h"

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace kcbench {

namespace {

double nowMs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

template<typename T>
T median(std::vector<T> v)
{
    if (v.empty())
        return T();
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

} // namespace

RunResult run(const std::vector<std::string> &argv)
{
    std::vector<char *> args;
    for (const std::string &a : argv)
        args.push_back(const_cast<char *>(a.c_str()));
    args.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    RunResult r;
    const double start = nowMs();
    pid_t pid = 0;
    if (posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return r;
    }
    int status = 0;
    rusage usage {};
    wait4(pid, &status, 0, &usage);
    r.wallMs = nowMs() - start;
    r.maxRssKiB = usage.ru_maxrss;
    r.cpuMs = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    posix_spawn_file_actions_destroy(&actions);
    return r;
}

std::vector<int> spawnSleepers(int count, bool holdDevNull)
{
    std::vector<int> pids;
    for (int i = 0; i < count; ++i) {
        const pid_t pid = fork();
        if (pid < 0) {
            std::perror("fork");
            break;
        }
        if (pid == 0) {
            // The bench's children hold the node; the tools only look.
            if (holdDevNull)
                (void)open("/dev/null", O_RDONLY);
            pause();
            _exit(0);
        }
        pids.push_back(pid);
    }
    return pids;
}

void killSleepers(const std::vector<int> &pids)
{
    for (int pid : pids)
        kill(pid, SIGKILL);
    for (int pid : pids)
        waitpid(pid, nullptr, 0);
}

double Series::medianMs() const
{
    std::vector<double> v;
    for (const RunResult &r : runs)
        v.push_back(r.wallMs);
    return median(v);
}

double Series::medianCpuMs() const
{
    std::vector<double> v;
    for (const RunResult &r : runs)
        v.push_back(r.cpuMs);
    return median(v);
}

long Series::medianRssKiB() const
{
    std::vector<long> v;
    for (const RunResult &r : runs)
        v.push_back(r.maxRssKiB);
    return median(v);
}

int compare(const std::string &title, const std::vector<std::string> &ours, const std::vector<std::string> &peer, int reps,
            Measure measure, double *ratio)
{
    auto join = [](const std::vector<std::string> &v) {
        std::string s;
        for (const std::string &a : v)
            s += (s.empty() ? "" : " ") + a;
        return s;
    };
    Series a{join(ours), {}}, b{join(peer), {}};
    // One warm-up each: page cache and dentries, so neither pays for the other.
    run(ours);
    run(peer);
    for (int i = 0; i < reps; ++i) {
        a.runs.push_back(run(ours));
        b.runs.push_back(run(peer));
        if (a.runs.back().exitCode != 0 || b.runs.back().exitCode != 0) {
            std::fprintf(stderr, "a run failed: %s -> %d, %s -> %d\n", a.name.c_str(), a.runs.back().exitCode,
                         b.name.c_str(), b.runs.back().exitCode);
            return 1;
        }
    }
    std::printf("%s (%d repetitions each, medians)\n", title.c_str(), reps);
    std::printf("  ours: %-50s %8.2f ms  %8.2f ms CPU  %7ld KiB peak RSS\n", a.name.c_str(), a.medianMs(), a.medianCpuMs(), a.medianRssKiB());
    std::printf("  peer: %-50s %8.2f ms  %8.2f ms CPU  %7ld KiB peak RSS\n", b.name.c_str(), b.medianMs(), b.medianCpuMs(), b.medianRssKiB());
    const double r = measure == Measure::Cpu ? a.medianCpuMs() / b.medianCpuMs() : a.medianMs() / b.medianMs();
    if (ratio) {
        *ratio = r;
        std::printf("  %s ratio, ours / peer: %.3f\n", measure == Measure::Cpu ? "CPU time" : "wall time", r);
    } else if (measure == Measure::Cpu) {
        std::printf("ratio of CPU time (user + system), ours / peer:\nratio = %.3f\n", r);
    } else {
        std::printf("ratio = %.3f\n", r);
    }
    return 0;
}

} // namespace kcbench
