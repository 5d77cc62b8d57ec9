// SPDX-License-Identifier: GPL-2.0-or-later
// bench/holders: who holds /dev/null open. `kchan follow /dev/null` (the
// whole chain, holders included) against `lsof /dev/null`, with 300 extra
// processes holding it, 20 repetitions each, medians.
#include "benchrunner.h"

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

int main()
{
    constexpr int Extra = 300;
    constexpr int Reps = 20;
    std::vector<pid_t> children;
    for (int i = 0; i < Extra; ++i) {
        const pid_t pid = fork();
        if (pid < 0) {
            std::perror("fork");
            break;
        }
        if (pid == 0) {
            // The bench's children hold the node; the tools only look.
            const int fd = open("/dev/null", O_RDONLY);
            (void)fd;
            pause();
            _exit(0);
        }
        children.push_back(pid);
    }
    std::printf("started %zu processes holding /dev/null\n", children.size());
    const int rc = kcbench::compare("holders of /dev/null", {"kchan", "follow", "/dev/null"}, {"lsof", "/dev/null"}, Reps);
    for (pid_t pid : children)
        kill(pid, SIGKILL);
    for (pid_t pid : children)
        waitpid(pid, nullptr, 0);
    return rc;
}
