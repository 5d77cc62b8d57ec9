/* Subscribe to the kernel's link notifications: a NETLINK_ROUTE socket
 * bound to the multicast group RTNLGRP_LINK, then print each RTM_NEWLINK
 * and RTM_DELLINK the kernel sends by itself (a link added, removed, up or
 * down) with the link's index and name: what `ip monitor link` shows.
 * Nothing is asked for: these are events, not the replies of a dump.
 * Stops after @SECONDS@ seconds. Build: cc -Wall -o links links.c */
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <net/if.h>
#include <poll.h>
#include <stdio.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
    int fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
    /* nl_groups is a bit mask: group N is bit N-1. */
    struct sockaddr_nl addr = {.nl_family = AF_NETLINK, .nl_groups = 1u << (RTNLGRP_LINK - 1)};
    if (fd < 0 || bind(fd, (struct sockaddr *)&addr, sizeof addr) < 0) {
        perror("route socket");
        return 1;
    }
    printf("subscribed\n");
    fflush(stdout);
    time_t end = time(NULL) + @SECONDS@;
    char buf[32768];
    while (time(NULL) < end) {
        struct pollfd p = {.fd = fd, .events = POLLIN};
        if (poll(&p, 1, 200) <= 0)
            continue;
        ssize_t n = recv(fd, buf, sizeof buf, 0);
        if (n <= 0)
            continue;
        for (struct nlmsghdr *nh = (struct nlmsghdr *)buf; NLMSG_OK(nh, (unsigned)n); nh = NLMSG_NEXT(nh, n)) {
            if (nh->nlmsg_type != RTM_NEWLINK && nh->nlmsg_type != RTM_DELLINK)
                continue;
            struct ifinfomsg *ifi = NLMSG_DATA(nh);
            const char *name = "?";
            int len = (int)IFLA_PAYLOAD(nh);
            for (struct rtattr *a = IFLA_RTA(ifi); RTA_OK(a, len); a = RTA_NEXT(a, len)) {
                if (a->rta_type == IFLA_IFNAME)
                    name = RTA_DATA(a);
            }
            printf("%s %d %s %s\n", nh->nlmsg_type == RTM_NEWLINK ? "RTM_NEWLINK" : "RTM_DELLINK", ifi->ifi_index, name,
                   (ifi->ifi_flags & IFF_UP) ? "up" : "down");
            fflush(stdout);
        }
    }
    close(fd);
    return 0;
}
