#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# reversed.sh TEST: runs a QtTest program's test functions in the opposite
# order to their declaration, so a test that leans on what an earlier one
# left behind fails here.
test="$1"
functions=$("$test" -functions | sed 's/()$//' | tac) || exit 1
# shellcheck disable=SC2086
exec "$test" $functions
