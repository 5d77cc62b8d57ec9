/* What a function call, a vDSO call, a system call and a context switch
 * cost on this machine, in nanoseconds: each timed over many repetitions,
 * the best of seven batches.
 * Build: cc -O2 -Wall -pthread -o cost cost.c */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static double now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e9 + t.tv_nsec;
}

/* Not inlined: each iteration is a real call and return. */
__attribute__((noinline)) static long function(long x)
{
    __asm__ volatile("" : "+r"(x));
    return x + 1;
}

static int ping[2], pong[2];

/* The other thread: answers every byte it is handed. */
static void *partner(void *arg)
{
    (void)arg;
    char c;
    while (read(ping[0], &c, 1) == 1 && c != 'q')
        if (write(pong[1], &c, 1) != 1)
            break;
    return NULL;
}

int main(void)
{
    /* Both threads on one CPU: each hand-over is a switch on that CPU. */
    cpu_set_t one;
    CPU_ZERO(&one);
    CPU_SET(sched_getcpu(), &one);
    sched_setaffinity(0, sizeof one, &one);
    if (pipe(ping) != 0 || pipe(pong) != 0)
        return 1;
    pthread_t thread;
    if (pthread_create(&thread, NULL, partner, NULL) != 0)
        return 1;

    const char *names[] = {"function call", "vDSO clock_gettime", "system call getppid", "context switch"};
    const long counts[] = {10000000, 1000000, 100000, 10000};
    volatile long sink = 0;
    for (int kind = 0; kind < 4; kind++) {
        double best = 1e300;
        for (int batch = 0; batch < 7; batch++) {
            long n = counts[kind];
            double start = now_ns();
            struct timespec ts;
            char c = 'p';
            for (long i = 0; i < n; i++) {
                switch (kind) {
                case 0: sink = function(sink); break;
                case 1: clock_gettime(CLOCK_MONOTONIC, &ts); break;
                case 2: sink = syscall(SYS_getppid); break;
                case 3: /* a round trip: two switches */
                    if (write(ping[1], &c, 1) != 1 || read(pong[0], &c, 1) != 1)
                        return 1;
                    break;
                }
            }
            double each = (now_ns() - start) / n / (kind == 3 ? 2 : 1);
            if (each < best)
                best = each;
        }
        printf("%s: %.1f ns\n", names[kind], best);
    }
    char q = 'q';
    if (write(ping[1], &q, 1) == 1)
        pthread_join(thread, NULL);
    return 0;
}
