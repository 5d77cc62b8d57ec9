/* Where things live in a process: the addresses of a function, a global,
 * a malloc() block, a stack variable and an mmap() region, then the
 * process's own /proc/self/maps; find each address in a line of it.
 * Build: cc -Wall -o where where.c */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>

int global = 42;     /* initialised: the program's data */
static int zeroed;   /* zero: the program's bss */

static int function(int x)
{
    return x + global + zeroed;
}

int main(void)
{
    int local = function(1);                 /* on the stack */
    char *block = malloc(100);               /* small: from the heap */
    size_t length = 64 << 20;                /* 64 MiB of anonymous memory */
    char *mapped = mmap(NULL, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (block == NULL || mapped == MAP_FAILED) {
        perror("malloc or mmap");
        return 1;
    }
    printf("function %p\n", (void *)function);
    printf("global   %p\n", (void *)&global);
    printf("bss      %p\n", (void *)&zeroed);
    printf("malloc   %p\n", (void *)block);
    printf("stack    %p\n", (void *)&local);
    printf("mmap     %p\n", (void *)mapped);
    printf("\n");
    fflush(stdout);

    /* The same process as the kernel sees it. */
    FILE *maps = fopen("/proc/self/maps", "r");
    if (maps == NULL) {
        perror("/proc/self/maps");
        return 1;
    }
    char line[4096];
    while (fgets(line, sizeof line, maps))
        fputs(line, stdout);
    fclose(maps);
    munmap(mapped, length);
    free(block);
    return 0;
}
