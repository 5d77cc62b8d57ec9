// SPDX-License-Identifier: GPL-2.0-or-later
// A program that makes ioctls on a pipe it owns, for tst_trace to compare
// with strace: FIONREAD (answered), TIOCGWINSZ (ENOTTY: a pipe is no
// terminal), a request no header names, then requests of the terminal,
// block, fs, input, loop, netdevice and random headers, each of which only
// reads and which a pipe refuses (ENOTTY). It prints nothing, so that the
// C library asks no ioctl of its own about stdout.
#include <linux/fs.h>
#include <linux/input.h>
#include <linux/loop.h>
#include <linux/random.h>
#include <linux/sockios.h>
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
    alignas(8) char buffer[256] = {};
    const unsigned long readOnly[] = {TCGETS, TIOCGPGRP, BLKGETSIZE64, BLKSSZGET, FS_IOC_GETFLAGS, FIOQSIZE, EVIOCGVERSION,
                                      EVIOCGID, LOOP_CTL_GET_FREE, LOOP_GET_STATUS64, SIOCGIFINDEX, SIOCGIFFLAGS, RNDGETENTCNT};
    for (unsigned long request : readOnly)
        ::ioctl(fds[0], request, buffer);
    return 0;
}
