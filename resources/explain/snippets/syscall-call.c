/* Call @NAME@ directly with syscall(2), skipping the C library's wrapper,
 * and print what the kernel returned. Build: cc -Wall -o call call.c */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
    long r = syscall(SYS_@NAME@);
    if (r < 0) {
        printf("@NAME@ failed: %s\n", strerror(errno));
        return 1;
    }
    printf("@NAME@ returned %ld\n", r);
    return 0;
}
