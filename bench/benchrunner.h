// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Runs commands for benchmarks: wall time and peak memory of each run,
// output discarded, medians over repetitions.

#include <string>
#include <vector>

namespace kcbench {

struct RunResult {
    double wallMs = 0;
    double cpuMs = 0; // user + system, of the command and the children it waited for
    long maxRssKiB = 0;
    int exitCode = -1;
};

/// Runs argv (PATH is searched) with stdout and stderr sent to /dev/null.
RunResult run(const std::vector<std::string> &argv);

struct Series {
    std::string name;
    std::vector<RunResult> runs;
    double medianMs() const;
    double medianCpuMs() const;
    long medianRssKiB() const;
};

/// Starts `count` children that wait (holding /dev/null open when asked)
/// until killSleepers(); returns their PIDs.
std::vector<int> spawnSleepers(int count, bool holdDevNull);
/// Kills and reaps exactly the children spawnSleepers() started.
void killSleepers(const std::vector<int> &pids);

/// What the ratio compares: wall time, or CPU time (user + system).
enum class Measure { Wall, Cpu };

/// Runs both commands `reps` times, alternating so that load on the machine
/// hits both alike, and prints a line per command and the ratio line. With
/// `ratio`, the ratio is stored there and printed as one part's, for a
/// bench that ends with another line.
int compare(const std::string &title, const std::vector<std::string> &ours, const std::vector<std::string> &peer, int reps,
            Measure measure = Measure::Wall, double *ratio = nullptr);

} // namespace kcbench
