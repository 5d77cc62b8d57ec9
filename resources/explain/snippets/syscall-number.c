/* @NAME@ is a system call: a numbered entry into the kernel. The C
 * library's wrapper puts the number in a register and executes the
 * architecture's system call instruction. This prints its number on this
 * architecture, from the kernel headers. Build: cc -Wall -o num num.c */
#include <stdio.h>
#include <sys/syscall.h>

int main(void)
{
    printf("@NAME@ is system call %ld\n", (long)SYS_@NAME@);
    return 0;
}
