// SPDX-License-Identifier: GPL-2.0-or-later
// bench/proc-scan: `kchan procs` against `ps -eo pid,ppid,stat,rss,nlwp,comm,args`
// with 500 extra sleeping processes, 20 repetitions each, medians.
#include "benchrunner.h"

#include <csignal>
#include <cstdio>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

int main()
{
    constexpr int Extra = 500;
    constexpr int Reps = 20;
    std::vector<pid_t> children;
    for (int i = 0; i < Extra; ++i) {
        const pid_t pid = fork();
        if (pid < 0) {
            std::perror("fork");
            break;
        }
        if (pid == 0) {
            pause();
            _exit(0);
        }
        children.push_back(pid);
    }
    std::printf("started %zu sleeping processes\n", children.size());
    const int rc = kcbench::compare("process scan: stat + status + cmdline of every process",
                                    {"kchan", "procs"},
                                    {"ps", "-eo", "pid,ppid,stat,rss,nlwp,comm,args"}, Reps);
    // Only the processes this bench started.
    for (pid_t pid : children)
        kill(pid, SIGKILL);
    for (pid_t pid : children)
        waitpid(pid, nullptr, 0);
    return rc;
}
