/* Ask the generic netlink controller (nlctrl, family id 16) about the
 * family "@FAMILY@" and print its id, version and multicast groups: how a
 * program finds the numbers it needs to talk to nl80211, devlink, taskstats
 * ... Build: cc -Wall -o family family.c */
#include <linux/genetlink.h>
#include <linux/netlink.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define NLA_DATA(a) ((void *)((char *)(a) + NLA_HDRLEN))

int main(void)
{
    int fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_GENERIC);
    if (fd < 0) {
        perror("socket");
        return 1;
    }
    const char *name = "@FAMILY@";
    struct {
        struct nlmsghdr nh;
        struct genlmsghdr gh;
        char attrs[64];
    } req;
    memset(&req, 0, sizeof req);
    struct nlattr *a = (struct nlattr *)req.attrs;
    a->nla_type = CTRL_ATTR_FAMILY_NAME;
    a->nla_len = NLA_HDRLEN + strlen(name) + 1;
    memcpy(NLA_DATA(a), name, strlen(name) + 1);
    req.nh.nlmsg_len = NLMSG_LENGTH(GENL_HDRLEN) + NLA_ALIGN(a->nla_len);
    req.nh.nlmsg_type = GENL_ID_CTRL;
    req.nh.nlmsg_flags = NLM_F_REQUEST;
    req.gh.cmd = CTRL_CMD_GETFAMILY;
    req.gh.version = 2;
    if (send(fd, &req, req.nh.nlmsg_len, 0) < 0) {
        perror("send");
        return 1;
    }
    char buf[16384];
    ssize_t n = recv(fd, buf, sizeof buf, 0);
    struct nlmsghdr *nh = (struct nlmsghdr *)buf;
    if (n < 0 || !NLMSG_OK(nh, (unsigned)n) || nh->nlmsg_type == NLMSG_ERROR) {
        fprintf(stderr, "no generic netlink family %s\n", name);
        return 1;
    }
    int len = (int)nh->nlmsg_len - NLMSG_LENGTH(GENL_HDRLEN);
    for (struct nlattr *at = (struct nlattr *)((char *)NLMSG_DATA(nh) + GENL_HDRLEN); len >= NLA_HDRLEN && at->nla_len >= NLA_HDRLEN && at->nla_len <= len;
         len -= NLA_ALIGN(at->nla_len), at = (struct nlattr *)((char *)at + NLA_ALIGN(at->nla_len))) {
        if (at->nla_type == CTRL_ATTR_FAMILY_ID)
            printf("id %u\n", *(unsigned short *)NLA_DATA(at));
        else if (at->nla_type == CTRL_ATTR_VERSION)
            printf("version %u\n", *(unsigned *)NLA_DATA(at));
        else if ((at->nla_type & NLA_TYPE_MASK) == CTRL_ATTR_MCAST_GROUPS) {
            /* A nest of groups, each a nest of name and id. */
            int glen = at->nla_len - NLA_HDRLEN;
            for (struct nlattr *g = NLA_DATA(at); glen >= NLA_HDRLEN && g->nla_len >= NLA_HDRLEN && g->nla_len <= glen;
                 glen -= NLA_ALIGN(g->nla_len), g = (struct nlattr *)((char *)g + NLA_ALIGN(g->nla_len))) {
                const char *gname = "?";
                unsigned gid = 0;
                int flen = g->nla_len - NLA_HDRLEN;
                for (struct nlattr *f = NLA_DATA(g); flen >= NLA_HDRLEN && f->nla_len >= NLA_HDRLEN && f->nla_len <= flen;
                     flen -= NLA_ALIGN(f->nla_len), f = (struct nlattr *)((char *)f + NLA_ALIGN(f->nla_len))) {
                    if (f->nla_type == CTRL_ATTR_MCAST_GRP_NAME)
                        gname = NLA_DATA(f);
                    else if (f->nla_type == CTRL_ATTR_MCAST_GRP_ID)
                        gid = *(unsigned *)NLA_DATA(f);
                }
                printf("group %s %u\n", gname, gid);
            }
        }
    }
    close(fd);
    return 0;
}
