// SPDX-License-Identifier: GPL-2.0-or-later
// bench/holders: who holds /dev/null open. `kchan follow /dev/null` (the
// whole chain, holders included) against `lsof /dev/null`, with 300 extra
// processes holding it, 20 repetitions each, medians.
#include "benchrunner.h"

#include <cstdio>

int main()
{
    const std::vector<int> children = kcbench::spawnSleepers(300, true);
    std::printf("started %zu processes holding /dev/null\n", children.size());
    const int rc = kcbench::compare("holders of /dev/null", {"kchan", "follow", "/dev/null"}, {"lsof", "/dev/null"}, 20);
    kcbench::killSleepers(children);
    return rc;
}
