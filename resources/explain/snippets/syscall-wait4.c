/* wait4(2): wait for a child process to end and collect its exit status
 * (and its resource usage); until then the ended child is a zombie.
 * Build: cc -Wall -o wait4 wait4.c */
#define _GNU_SOURCE
#include <stdio.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
    pid_t child = fork();
    if (child < 0) {
        perror("fork");
        return 1;
    }
    if (child == 0)
        _exit(7);
    int status = 0;
    struct rusage usage;
    long r = syscall(SYS_wait4, child, &status, 0, &usage);
    if (r < 0) {
        perror("wait4");
        return 1;
    }
    printf("wait4 returned %ld: exited %d, status %d\n", r, WIFEXITED(status), WEXITSTATUS(status));
    return 0;
}
