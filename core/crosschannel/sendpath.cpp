// SPDX-License-Identifier: GPL-2.0-or-later
#include "sendpath.h"

#include "io/safereader.h"
#include "procfs/parseutil.h"

#include <QDir>
#include <QHash>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <linux/if.h>
#include <linux/pkt_sched.h>
#include <linux/rtnetlink.h>
#include <memory>
#include <netinet/in.h>
#include <netlink/netlink.h>
#include <netlink/route/link.h>
#include <netlink/route/neighbour.h>
#include <netlink/route/nexthop.h>
#include <netlink/route/qdisc.h>
#include <netlink/route/route.h>
#include <netlink/route/tc.h>
#include <sys/socket.h>
#include <unistd.h>

namespace kc {

namespace {

using NlSock = std::unique_ptr<nl_sock, decltype(&nl_socket_free)>;
using NlCache = std::unique_ptr<nl_cache, decltype(&nl_cache_free)>;

QString addrText(nl_addr *a)
{
    if (!a)
        return {};
    char buf[128];
    return QString::fromLatin1(nl_addr2str(a, buf, sizeof buf));
}

// "Udp:" header and value lines of /proc/net/snmp, as name → value.
QHash<QString, quint64> snmpTable(const QByteArray &text, const QByteArray &prefix)
{
    QHash<QString, quint64> out;
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i + 1 < lines.size(); ++i) {
        if (!lines[i].startsWith(prefix) || !lines[i + 1].startsWith(prefix))
            continue;
        const QList<QByteArray> names = lines[i].mid(prefix.size()).simplified().split(' ');
        const QList<QByteArray> values = lines[i + 1].mid(prefix.size()).simplified().split(' ');
        for (int j = 0; j < names.size() && j < values.size(); ++j)
            out.insert(QString::fromLatin1(names[j]), values[j].toULongLong());
        break;
    }
    return out;
}

// "Ip6OutRequests   12" lines of /proc/net/snmp6.
QHash<QString, quint64> snmp6Table(const QByteArray &text)
{
    QHash<QString, quint64> out;
    for (const QByteArray &line : text.split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() == 2)
            out.insert(QString::fromLatin1(f[0]), f[1].toULongLong());
    }
    return out;
}

struct RouteReply {
    rtnl_route *route = nullptr;
    int error = 0;
};

} // namespace

quint64 SendPath::Stage::counter(const QString &name) const
{
    for (const Counter &c : counters) {
        if (c.name == name)
            return c.value;
    }
    return 0;
}

const SendPath::Stage *SendPath::stage(const QString &key) const
{
    for (const Stage &s : stages) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

SendPath::Address SendPath::Address::parse(const QString &text)
{
    Address a;
    const QByteArray t = text.trimmed().toLatin1();
    if (::inet_pton(AF_INET, t.constData(), a.bytes) == 1)
        a.family = AF_INET;
    else if (::inet_pton(AF_INET6, t.constData(), a.bytes) == 1)
        a.family = AF_INET6;
    a.text = text.trimmed();
    return a;
}

SendPath SendPath::read(const Address &destination)
{
    SendPath p;
    p.destination = destination;
    const bool v6 = destination.family == AF_INET6;
    if (destination.family == 0) {
        p.error = tr("Not an IPv4 or IPv6 address.");
        return p;
    }

    // The socket layer and IP: the namespace's counters.
    const ReadResult snmp = SafeReader::read(v6 ? QStringLiteral("/proc/self/net/snmp6") : QStringLiteral("/proc/self/net/snmp"));
    Stage udp{QStringLiteral("udp"), tr("UDP socket"), tr("sendto() on a UDP socket: the datagram gets its UDP header"), {}, {}};
    Stage ip{QStringLiteral("ip"), tr("IP"), tr("the IP header, the route lookup, fragmentation if larger than the MTU"), {}, {}};
    if (snmp.ok()) {
        if (v6) {
            const QHash<QString, quint64> t = snmp6Table(snmp.data);
            for (const char *k : {"Udp6OutDatagrams", "Udp6SndbufErrors", "Udp6NoPorts"})
                udp.counters.append({QLatin1String(k), t.value(QLatin1String(k))});
            for (const char *k : {"Ip6OutRequests", "Ip6OutNoRoutes", "Ip6OutDiscards"})
                ip.counters.append({QLatin1String(k), t.value(QLatin1String(k))});
        } else {
            const QHash<QString, quint64> u = snmpTable(snmp.data, "Udp:");
            for (const char *k : {"OutDatagrams", "SndbufErrors", "NoPorts"})
                udp.counters.append({QLatin1String(k), u.value(QLatin1String(k))});
            const QHash<QString, quint64> i = snmpTable(snmp.data, "Ip:");
            for (const char *k : {"OutRequests", "OutNoRoutes", "OutDiscards", "FragCreates"})
                ip.counters.append({QLatin1String(k), i.value(QLatin1String(k))});
        }
    } else {
        udp.note = snmp.reason;
        ip.note = snmp.reason;
    }
    p.stages.append(udp);
    p.stages.append(ip);

    NlSock sock(nl_socket_alloc(), nl_socket_free);
    if (!sock || nl_connect(sock.get(), NETLINK_ROUTE) < 0) {
        p.error = tr("Cannot open a NETLINK_ROUTE socket.");
        return p;
    }
    // The route, as `ip route get`: RTM_GETROUTE for the address.
    struct {
        rtmsg rtm;
        nlattr dst;
        unsigned char addr[16];
    } req {};
    req.rtm.rtm_family = v6 ? AF_INET6 : AF_INET;
    req.rtm.rtm_dst_len = v6 ? 128 : 32;
    req.dst.nla_type = RTA_DST;
    req.dst.nla_len = quint16(sizeof req.dst + (v6 ? 16 : 4));
    std::memcpy(req.addr, destination.bytes, v6 ? 16 : 4);
    RouteReply reply;
    nl_socket_modify_cb(
        sock.get(), NL_CB_VALID, NL_CB_CUSTOM,
        [](nl_msg *msg, void *arg) {
            auto *r = static_cast<RouteReply *>(arg);
            if (!r->route)
                rtnl_route_parse(nlmsg_hdr(msg), &r->route);
            return int(NL_OK);
        },
        &reply);
    int err = nl_send_simple(sock.get(), RTM_GETROUTE, 0, &req, int(sizeof req.rtm + req.dst.nla_len));
    if (err >= 0)
        err = nl_recvmsgs_default(sock.get());
    std::unique_ptr<rtnl_route, decltype(&rtnl_route_put)> route(reply.route, rtnl_route_put);
    Stage routeStage{QStringLiteral("route"), tr("Route"), {}, {}, {}};
    if (err < 0 || !route) {
        routeStage.summary = tr("no route: %1").arg(QString::fromLocal8Bit(nl_geterror(err)));
        p.error = tr("The kernel has no route to %1: %2").arg(destination.text, QString::fromLocal8Bit(nl_geterror(err)));
        p.stages.append(routeStage);
        return p;
    }
    rtnl_nexthop *nh = rtnl_route_get_nnexthops(route.get()) > 0 ? rtnl_route_nexthop_n(route.get(), 0) : nullptr;
    p.ifindex = nh ? rtnl_route_nh_get_ifindex(nh) : 0;
    const QString gateway = nh ? addrText(rtnl_route_nh_get_gateway(nh)) : QString();
    const QString src = addrText(rtnl_route_get_pref_src(route.get()));
    char table[32];
    rtnl_route_table2str(int(rtnl_route_get_table(route.get())), table, sizeof table);
    char type[32];
    nl_rtntype2str(rtnl_route_get_type(route.get()), type, sizeof type);

    // The rest through a socket of default callbacks (the route's parser
    // above would take over libnl's own).
    sock.reset(nl_socket_alloc());
    if (!sock || nl_connect(sock.get(), NETLINK_ROUTE) < 0) {
        p.error = tr("Cannot open a NETLINK_ROUTE socket.");
        return p;
    }
    rtnl_link *linkRaw = nullptr;
    rtnl_link_get_kernel(sock.get(), p.ifindex, nullptr, &linkRaw);
    std::unique_ptr<rtnl_link, decltype(&rtnl_link_put)> link(linkRaw, rtnl_link_put);
    p.device = link ? QString::fromUtf8(rtnl_link_get_name(link.get())) : QString::number(p.ifindex);

    QString summary = destination.text;
    if (!gateway.isEmpty())
        summary += tr(" via %1").arg(gateway);
    summary += tr(" dev %1").arg(p.device);
    if (!src.isEmpty())
        summary += tr(" src %1").arg(src);
    summary += tr(" table %1, type %2").arg(QString::fromLatin1(table), QString::fromLatin1(type));
    routeStage.summary = summary;
    p.stages.append(routeStage);

    // The neighbour entry for the next hop: its link-layer address.
    Stage neigh{QStringLiteral("neighbour"), tr("Neighbour"), {}, {}, {}};
    nl_cache *neighRaw = nullptr;
    if (rtnl_neigh_alloc_cache(sock.get(), &neighRaw) >= 0) {
        NlCache cache(neighRaw, nl_cache_free);
        const QString hop = gateway.isEmpty() ? destination.text : gateway;
        nl_addr *addr = nullptr;
        if (nl_addr_parse(hop.toLatin1().constData(), v6 ? AF_INET6 : AF_INET, &addr) >= 0) {
            rtnl_neigh *n = rtnl_neigh_get(cache.get(), p.ifindex, addr);
            if (n) {
                char state[64];
                rtnl_neigh_state2str(rtnl_neigh_get_state(n), state, sizeof state);
                neigh.summary = tr("%1 lladdr %2, %3").arg(hop, addrText(rtnl_neigh_get_lladdr(n)), QString::fromLatin1(state));
                rtnl_neigh_put(n);
            } else {
                neigh.summary = tr("%1: no entry yet; the first datagram starts resolution (ARP or neighbour discovery)").arg(hop);
            }
            nl_addr_put(addr);
        }
    }
    if (link && (rtnl_link_get_flags(link.get()) & IFF_NOARP))
        neigh.note = tr("%1 needs no link-layer address (NOARP).").arg(p.device);
    p.stages.append(neigh);

    // The device's root qdisc and its statistics.
    Stage qdisc{QStringLiteral("qdisc"), tr("Queueing discipline"), {}, {}, {}};
    nl_cache *qdiscRaw = nullptr;
    if (rtnl_qdisc_alloc_cache(sock.get(), &qdiscRaw) >= 0) {
        NlCache cache(qdiscRaw, nl_cache_free);
        rtnl_qdisc *q = rtnl_qdisc_get_by_parent(cache.get(), p.ifindex, TC_H_ROOT);
        if (q) {
            const QString kind = QString::fromLatin1(rtnl_tc_get_kind(TC_CAST(q)));
            qdisc.summary = tr("%1 (root)").arg(kind);
            qdisc.counters = {{QStringLiteral("packets"), rtnl_tc_get_stat(TC_CAST(q), RTNL_TC_PACKETS)},
                              {QStringLiteral("bytes"), rtnl_tc_get_stat(TC_CAST(q), RTNL_TC_BYTES)},
                              {QStringLiteral("backlog"), rtnl_tc_get_stat(TC_CAST(q), RTNL_TC_BACKLOG)},
                              {QStringLiteral("drops"), rtnl_tc_get_stat(TC_CAST(q), RTNL_TC_DROPS)},
                              {QStringLiteral("requeues"), rtnl_tc_get_stat(TC_CAST(q), RTNL_TC_REQUEUES)},
                              {QStringLiteral("overlimits"), rtnl_tc_get_stat(TC_CAST(q), RTNL_TC_OVERLIMITS)}};
            if (kind == QLatin1String("noqueue"))
                qdisc.note = tr("noqueue: packets go straight to the device, nothing is queued or counted here.");
            rtnl_qdisc_put(q);
        } else {
            qdisc.summary = link && rtnl_link_get_qdisc(link.get()) ? QString::fromLatin1(rtnl_link_get_qdisc(link.get())) : tr("none");
            qdisc.note = tr("No root qdisc is listed for %1.").arg(p.device);
        }
    }
    p.stages.append(qdisc);

    // Transmit queues: which CPUs use which (XPS), and byte queue limits.
    Stage queues{QStringLiteral("queues"), tr("Transmit queues"), {}, {}, {}};
    // sysfs shows the devices of the namespace it was mounted in: this
    // device's entry, if any, must have its index.
    const ReadResult index = SafeReader::read(QStringLiteral("/sys/class/net/%1/ifindex").arg(p.device), 64);
    if (!index.ok() || index.data.trimmed().toInt() != p.ifindex)
        queues.note = tr("The sysfs mounted here belongs to another network namespace and does not show %1's queues; "
                         "mount sysfs inside this namespace to see them.").arg(p.device);
    const QDir dir(queues.note.isEmpty() ? QStringLiteral("/sys/class/net/%1/queues").arg(p.device) : QString());
    const QStringList txQueues = queues.note.isEmpty() ? dir.entryList({QStringLiteral("tx-*")}, QDir::Dirs, QDir::Name) : QStringList();
    for (const QString &q : txQueues) {
        TxQueue t;
        t.name = q;
        const auto text = [&](const QString &file) {
            const ReadResult r = SafeReader::read(dir.filePath(q + QLatin1Char('/') + file), 4096);
            return r.ok() ? QString::fromUtf8(r.data).trimmed() : QString();
        };
        t.xpsCpus = text(QStringLiteral("xps_cpus"));
        t.xpsRxqs = text(QStringLiteral("xps_rxqs"));
        const QString limit = text(QStringLiteral("byte_queue_limits/limit"));
        const QString inflight = text(QStringLiteral("byte_queue_limits/inflight"));
        t.bqlLimit = limit.isEmpty() ? -1 : limit.toLongLong();
        t.bqlInflight = inflight.isEmpty() ? -1 : inflight.toLongLong();
        p.queues.append(t);
    }
    queues.summary = tr("%n transmit queue(s)", nullptr, int(p.queues.size()));
    p.stages.append(queues);

    // The device's own counters.
    Stage device{QStringLiteral("device"), tr("Device"), {}, {}, {}};
    if (link) {
        char oper[32];
        rtnl_link_operstate2str(rtnl_link_get_operstate(link.get()), oper, sizeof oper);
        device.summary = tr("%1, %2, mtu %3, txqueuelen %4")
                             .arg(p.device, QString::fromLatin1(oper))
                             .arg(rtnl_link_get_mtu(link.get()))
                             .arg(rtnl_link_get_txqlen(link.get()));
        device.counters = {{QStringLiteral("tx_packets"), rtnl_link_get_stat(link.get(), RTNL_LINK_TX_PACKETS)},
                           {QStringLiteral("tx_bytes"), rtnl_link_get_stat(link.get(), RTNL_LINK_TX_BYTES)},
                           {QStringLiteral("tx_dropped"), rtnl_link_get_stat(link.get(), RTNL_LINK_TX_DROPPED)},
                           {QStringLiteral("tx_errors"), rtnl_link_get_stat(link.get(), RTNL_LINK_TX_ERRORS)}};
    }
    p.stages.append(device);
    return p;
}

int SendPath::sendTest(const Address &destination, quint16 port, int count, int size, QString *error)
{
    const bool v6 = destination.family == AF_INET6;
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return 0;
    }
    sockaddr_storage to {};
    socklen_t len = 0;
    if (v6) {
        auto *a = reinterpret_cast<sockaddr_in6 *>(&to);
        a->sin6_family = AF_INET6;
        a->sin6_port = htons(port);
        std::memcpy(&a->sin6_addr, destination.bytes, 16);
        len = sizeof *a;
    } else {
        auto *a = reinterpret_cast<sockaddr_in *>(&to);
        a->sin_family = AF_INET;
        a->sin_port = htons(port);
        std::memcpy(&a->sin_addr, destination.bytes, 4);
        len = sizeof *a;
    }
    const QByteArray payload(qBound(0, size, 65000), 'k');
    int sent = 0;
    QHash<int, int> failures;
    for (int i = 0; i < count; ++i) {
        if (::sendto(fd, payload.constData(), size_t(payload.size()), 0, reinterpret_cast<sockaddr *>(&to), len) >= 0)
            ++sent;
        else
            failures[errno]++;
    }
    ::close(fd);
    QStringList why;
    for (auto it = failures.cbegin(); it != failures.cend(); ++it)
        why.append(tr("%1 × %2").arg(it.value()).arg(QString::fromLocal8Bit(std::strerror(it.key()))));
    *error = why.join(QStringLiteral("; "));
    return sent;
}

} // namespace kc
