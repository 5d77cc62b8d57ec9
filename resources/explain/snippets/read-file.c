/* Read @PATH@ and print it, as Kernel Channels does: with a plain
 * open() and read(). For /proc and /sys the kernel writes the text at the
 * moment of the read. Build: cc -Wall -o readfile readfile.c */
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

int main(void)
{
    int fd = open("@PATH@", O_RDONLY | O_NONBLOCK);
    if (fd < 0) {
        perror("open @PATH@");
        return 1;
    }
    char buf[65536];
    ssize_t n;
    while ((n = read(fd, buf, sizeof buf)) > 0)
        fwrite(buf, 1, (size_t)n, stdout);
    if (n < 0)
        perror("read @PATH@");
    close(fd);
    return n < 0;
}
