// SPDX-License-Identifier: GPL-2.0-or-later
// A program that makes three ioctls on a pipe it owns, for tst_trace to
// compare with strace: FIONREAD (answered), TIOCGWINSZ (ENOTTY: a pipe is
// no terminal) and a request no header names (ENOTTY too). It prints
// nothing, so that the C library asks no ioctl of its own about stdout.
#include <sys/ioctl.h>
#include <unistd.h>

int main()
{
    int fds[2];
    if (::pipe(fds) != 0)
        return 1;
    if (::write(fds[1], "hello", 5) != 5)
        return 1;
    int queued = -1;
    if (::ioctl(fds[0], FIONREAD, &queued) != 0 || queued != 5)
        return 1;
    winsize size {};
    ::ioctl(fds[0], TIOCGWINSZ, &size);
    unsigned char unknown[16] = {};
    ::ioctl(fds[0], _IOC(_IOC_READ | _IOC_WRITE, 0xf7, 0x3c, sizeof unknown), unknown);
    return 0;
}
