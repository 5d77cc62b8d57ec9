/* openat(2): open a file relative to a directory (AT_FDCWD: the current
 * one) and get a file descriptor, the number every later read, write and
 * close names. Here /proc/self/status, which the kernel writes as it is
 * read. Build: cc -Wall -o openat openat.c */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
    /* What open() and fopen() call underneath. */
    int fd = (int)syscall(SYS_openat, AT_FDCWD, "/proc/self/status", O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        perror("openat");
        return 1;
    }
    printf("openat returned file descriptor %d\n", fd);
    char link[64], target[256];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, target, sizeof target - 1);
    if (n > 0) {
        target[n] = '\0';
        printf("/proc/self/fd/%d -> %s\n", fd, target);
    }
    close(fd);
    return 0;
}
