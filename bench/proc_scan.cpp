// SPDX-License-Identifier: GPL-2.0-or-later
// bench/proc-scan: `kchan procs` against `ps -eo pid,ppid,stat,rss,nlwp,comm,args`
// with 500 extra sleeping processes, 20 repetitions each, medians.
#include "benchrunner.h"

#include <cstdio>

int main()
{
    const std::vector<int> children = kcbench::spawnSleepers(500, false);
    std::printf("started %zu sleeping processes\n", children.size());
    const int rc = kcbench::compare("process scan: stat + status + cmdline of every process",
                                    {"kchan", "procs"},
                                    {"ps", "-eo", "pid,ppid,stat,rss,nlwp,comm,args"}, 20);
    kcbench::killSleepers(children);
    return rc;
}
