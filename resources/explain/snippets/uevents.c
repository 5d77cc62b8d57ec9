/* Subscribe to the kernel's device events (uevents) on a
 * NETLINK_KOBJECT_UEVENT socket, group 1, and print each event's
 * KEY=VALUE lines: what `udevadm monitor --kernel` shows. Stops after
 * @SECONDS@ seconds. Build: cc -Wall -o uevents uevents.c */
#include <linux/netlink.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
    int fd = socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_KOBJECT_UEVENT);
    struct sockaddr_nl addr = {.nl_family = AF_NETLINK, .nl_groups = 1};
    if (fd < 0 || bind(fd, (struct sockaddr *)&addr, sizeof addr) < 0) {
        perror("uevent socket");
        return 1;
    }
    printf("subscribed\n");
    fflush(stdout);
    time_t end = time(NULL) + @SECONDS@;
    char buf[8192];
    while (time(NULL) < end) {
        struct pollfd p = {.fd = fd, .events = POLLIN};
        if (poll(&p, 1, 200) <= 0)
            continue;
        ssize_t n = recv(fd, buf, sizeof buf - 1, 0);
        if (n <= 0)
            continue;
        buf[n] = '\0';
        /* "ACTION@DEVPATH\0KEY=VALUE\0..." */
        for (char *s = buf; s < buf + n; s += strlen(s) + 1)
            printf("%s\n", s);
        printf("\n");
        fflush(stdout);
    }
    close(fd);
    return 0;
}
