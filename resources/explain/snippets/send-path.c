/* A UDP datagram's way out, seen in the kernel's counters: the UDP and IP
 * counters of /proc/net/snmp (snmp6 for IPv6) before and after sending
 * ten datagrams to @DEST@, port 9 (discard), from a socket of our own.
 * Build: cc -Wall -o sendpath sendpath.c */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

/* /proc/net/snmp has two lines per protocol: "Udp: InDatagrams NoPorts
 * ..." and "Udp: 12 0 ...". snmp6 has one "Udp6OutDatagrams 12" per line. */
static long long counter(int v6, const char *prefix, const char *name)
{
    FILE *f = fopen(v6 ? "/proc/net/snmp6" : "/proc/net/snmp", "r");
    char names[4096], values[4096];
    long long result = -1;
    if (!f)
        return -1;
    if (v6) {
        while (fgets(names, sizeof names, f)) {
            char key[128];
            long long value;
            if (sscanf(names, "%127s %lld", key, &value) == 2 && strcmp(key, name) == 0)
                result = value;
        }
    } else {
        while (fgets(names, sizeof names, f) && fgets(values, sizeof values, f)) {
            if (strncmp(names, prefix, strlen(prefix)) != 0)
                continue;
            char *n_save, *v_save;
            char *n = strtok_r(names, " \n", &n_save), *v = strtok_r(values, " \n", &v_save);
            for (; n && v; n = strtok_r(NULL, " \n", &n_save), v = strtok_r(NULL, " \n", &v_save)) {
                if (strcmp(n, name) == 0)
                    result = atoll(v);
            }
        }
    }
    fclose(f);
    return result;
}

int main(void)
{
    const char *dest = "@DEST@";
    struct sockaddr_storage to;
    socklen_t len;
    int v6 = 0;
    memset(&to, 0, sizeof to);
    struct sockaddr_in *in4 = (struct sockaddr_in *)&to;
    struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&to;
    if (inet_pton(AF_INET, dest, &in4->sin_addr) == 1) {
        in4->sin_family = AF_INET;
        in4->sin_port = htons(9);
        len = sizeof *in4;
    } else if (inet_pton(AF_INET6, dest, &in6->sin6_addr) == 1) {
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(9);
        len = sizeof *in6;
        v6 = 1;
    } else {
        fprintf(stderr, "%s is not an IPv4 or IPv6 address\n", dest);
        return 1;
    }
    const char *udp = v6 ? "Udp6OutDatagrams" : "OutDatagrams";
    const char *ip = v6 ? "Ip6OutRequests" : "OutRequests";
    long long udp_before = counter(v6, "Udp:", udp), ip_before = counter(v6, "Ip:", ip);

    int fd = socket(to.ss_family, SOCK_DGRAM, 0);
    if (fd < 0) {
        perror("socket");
        return 1;
    }
    int sent = 0;
    for (int i = 0; i < 10; i++) {
        if (sendto(fd, "hello", 5, 0, (struct sockaddr *)&to, len) == 5)
            sent++;
        else
            perror("sendto");
    }
    close(fd);

    printf("sent %d datagrams to %s port 9\n", sent, dest);
    printf("UDP %s rose by %lld\n", udp, counter(v6, "Udp:", udp) - udp_before);
    printf("IP  %s rose by %lld\n", ip, counter(v6, "Ip:", ip) - ip_before);
    return sent == 10 ? 0 : 1;
}
