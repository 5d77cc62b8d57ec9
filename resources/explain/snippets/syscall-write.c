/* write(2): copy bytes from our buffer to an open file, here standard
 * output (descriptor 1); it returns how many the kernel took.
 * Build: cc -Wall -o write write.c */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
    const char text[] = "hello from write(2)\n";
    long n = syscall(SYS_write, 1, text, strlen(text));
    if (n < 0) {
        perror("write");
        return 1;
    }
    printf("write returned %ld of %zu bytes\n", n, strlen(text));
    return 0;
}
