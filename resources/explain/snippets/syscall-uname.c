/* uname(2): the kernel fills a struct utsname with its name, release,
 * version, the machine and this UTS namespace's host name.
 * Build: cc -Wall -o uname uname.c */
#define _GNU_SOURCE
#include <stdio.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <unistd.h>

int main(void)
{
    struct utsname u;
    if (syscall(SYS_uname, &u) != 0) {
        perror("uname");
        return 1;
    }
    printf("uname: sysname %s, release %s, machine %s, nodename %s\n", u.sysname, u.release, u.machine, u.nodename);
    return 0;
}
