// SPDX-License-Identifier: GPL-2.0-or-later
// bench/sysctl-dump: every key under /proc/sys. `kchan sysctl --json`
// (values, mode, writability and our description per key) against procps
// `sysctl -a`, 20 repetitions each, medians.
#include "benchrunner.h"

int main()
{
    return kcbench::compare("dump of /proc/sys", {"kchan", "sysctl", "--json"}, {"sysctl", "-a"}, 20);
}
