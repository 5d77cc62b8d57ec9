#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Runs a test with tracefs mounted when we are root, so the system calls
# pane can count; the mount lives in a private mount namespace and no other
# program sees it. Elsewhere the test runs as it is.
if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null 2>&1; then
    # unshare's default (making / private) fails inside a chroot, where the
    # mount namespace is private already.
    for opt in "" "--propagation unchanged"; do
        # shellcheck disable=SC2086
        if unshare -m $opt true 2>/dev/null; then
            exec unshare -m $opt sh -c 'mount -t tracefs nodev /sys/kernel/tracing 2>/dev/null; exec "$@"' sh "$@"
        fi
    done
fi
exec "$@"
