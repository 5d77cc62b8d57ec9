/* read(2): copy bytes from an open file into our buffer; it returns how
 * many it copied, 0 at the end of the file. Here the first line of
 * /proc/self/stat. Build: cc -Wall -o read read.c */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
    int fd = open("/proc/self/stat", O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        perror("open");
        return 1;
    }
    char buf[512];
    long n = syscall(SYS_read, fd, buf, sizeof buf - 1);
    if (n < 0) {
        perror("read");
        return 1;
    }
    buf[n] = '\0';
    printf("read returned %ld bytes: %s", n, buf);
    long end = syscall(SYS_read, fd, buf, sizeof buf);
    printf("read again returned %ld: the end of the file\n", end);
    close(fd);
    return 0;
}
