/* Open a NETLINK_ROUTE socket, ask the kernel for every network link
 * (RTM_GETLINK with NLM_F_DUMP) and print each link's index and name from
 * the replies: what `ip link` does. Build: cc -Wall -o links links.c */
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int main(void)
{
    int fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
    if (fd < 0) {
        perror("socket");
        return 1;
    }
    struct {
        struct nlmsghdr nh;
        struct ifinfomsg ifi;
    } req = {
        .nh = {.nlmsg_len = sizeof req, .nlmsg_type = RTM_GETLINK, .nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP, .nlmsg_seq = 1},
        .ifi = {.ifi_family = AF_UNSPEC},
    };
    if (send(fd, &req, sizeof req, 0) < 0) {
        perror("send");
        return 1;
    }
    char buf[32768];
    for (;;) {
        ssize_t n = recv(fd, buf, sizeof buf, 0);
        if (n < 0) {
            perror("recv");
            return 1;
        }
        for (struct nlmsghdr *nh = (struct nlmsghdr *)buf; NLMSG_OK(nh, (unsigned)n); nh = NLMSG_NEXT(nh, n)) {
            if (nh->nlmsg_type == NLMSG_DONE) {
                close(fd);
                return 0;
            }
            if (nh->nlmsg_type == NLMSG_ERROR) {
                fprintf(stderr, "the kernel answered with an error\n");
                return 1;
            }
            struct ifinfomsg *ifi = NLMSG_DATA(nh);
            int len = (int)IFLA_PAYLOAD(nh);
            for (struct rtattr *a = IFLA_RTA(ifi); RTA_OK(a, len); a = RTA_NEXT(a, len)) {
                if (a->rta_type == IFLA_IFNAME)
                    printf("%d %s\n", ifi->ifi_index, (char *)RTA_DATA(a));
            }
        }
    }
}
