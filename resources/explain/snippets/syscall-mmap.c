/* mmap(2): ask the kernel for memory (here 1 MiB, anonymous and private,
 * zero-filled on first touch) and get its address; munmap(2) gives it
 * back. Build: cc -Wall -o mmap mmap.c */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
    size_t length = 1 << 20;
    void *p = (void *)syscall(SYS_mmap, NULL, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
        perror("mmap");
        return 1;
    }
    memset(p, 1, length); /* each page is given memory as it is first written */
    printf("mmap returned %p; see it in /proc/self/maps\n", p);
    syscall(SYS_munmap, p, length);
    return 0;
}
