// SPDX-License-Identifier: GPL-2.0-or-later
#include "netlinksockets.h"

#include "io/safereader.h"
#include "procfs/parseutil.h"

#include <netlink/msg.h>
#include <netlink/netlink.h>
#include <netlink/socket.h>

#include <linux/netlink_diag.h>
#include <linux/sock_diag.h>

#include <memory>

namespace kc {

namespace {

using NlSocket = std::unique_ptr<nl_sock, decltype(&nl_socket_free)>;

int onDiagMessage(nl_msg *msg, void *arg)
{
    auto *out = static_cast<QList<NetlinkSocketInfo> *>(arg);
    nlmsghdr *hdr = nlmsg_hdr(msg);
    if (!nlmsg_valid_hdr(hdr, int(sizeof(netlink_diag_msg))))
        return NL_SKIP;
    const auto *d = static_cast<const netlink_diag_msg *>(nlmsg_data(hdr));
    // The dump walks the bound sockets and then the multicast listeners, so
    // a socket that is both comes twice.
    for (const NetlinkSocketInfo &seen : *out) {
        if (seen.inode == d->ndiag_ino && seen.protocol == d->ndiag_protocol)
            return NL_OK;
    }
    NetlinkSocketInfo s;
    s.protocol = d->ndiag_protocol;
    s.portid = d->ndiag_portid;
    s.dstPortid = d->ndiag_dst_portid;
    s.dstGroup = d->ndiag_dst_group;
    s.inode = d->ndiag_ino;
    nlattr *tb[NETLINK_DIAG_MAX + 1] = {};
    if (nlmsg_parse(hdr, int(sizeof(netlink_diag_msg)), tb, NETLINK_DIAG_MAX, nullptr) == 0) {
        if (nlattr *g = tb[NETLINK_DIAG_GROUPS]) {
            const auto *words = static_cast<const quint32 *>(nla_data(g));
            const int n = nla_len(g) / int(sizeof(quint32));
            for (int w = 0; w < n; ++w) {
                for (int b = 0; b < 32; ++b) {
                    if (words[w] & (1u << b))
                        s.groups.append(w * 32 + b + 1);
                }
            }
        }
        if (nlattr *m = tb[NETLINK_DIAG_MEMINFO]) {
            const auto *mem = static_cast<const quint32 *>(nla_data(m));
            const int n = nla_len(m) / int(sizeof(quint32));
            if (n > SK_MEMINFO_RMEM_ALLOC)
                s.rmem = mem[SK_MEMINFO_RMEM_ALLOC];
            if (n > SK_MEMINFO_RCVBUF)
                s.rcvbuf = mem[SK_MEMINFO_RCVBUF];
            if (n > SK_MEMINFO_WMEM_ALLOC)
                s.wmem = mem[SK_MEMINFO_WMEM_ALLOC];
            if (n > SK_MEMINFO_DROPS)
                s.drops = mem[SK_MEMINFO_DROPS];
        }
    }
    out->append(s);
    return NL_OK;
}

void attachOwners(NetlinkSocketList &list)
{
    const SocketOwnerMap owners = SocketOwnerMap::scan();
    list.processesHidden = owners.processesHidden;
    for (NetlinkSocketInfo &s : list.sockets)
        s.owners = owners.byInode.value(s.inode);
}

} // namespace

NetlinkSocketList NetlinkSockets::fromSockDiag()
{
    NetlinkSocketList list;
    list.source = QStringLiteral("sock_diag");
    NlSocket sk(nl_socket_alloc(), nl_socket_free);
    if (!sk) {
        list.error = tr("Out of memory for a netlink socket.");
        return list;
    }
    if (const int err = nl_connect(sk.get(), NETLINK_SOCK_DIAG); err < 0) {
        list.error = tr("Cannot open a NETLINK_SOCK_DIAG socket: %1.").arg(QString::fromLocal8Bit(nl_geterror(err)));
        return list;
    }
    netlink_diag_req req {};
    req.sdiag_family = AF_NETLINK;
    req.sdiag_protocol = NDIAG_PROTO_ALL;
    req.ndiag_show = NDIAG_SHOW_GROUPS | NDIAG_SHOW_MEMINFO;
    nl_socket_modify_cb(sk.get(), NL_CB_VALID, NL_CB_CUSTOM, onDiagMessage, &list.sockets);
    if (const int err = nl_send_simple(sk.get(), SOCK_DIAG_BY_FAMILY, NLM_F_DUMP, &req, sizeof req); err < 0) {
        list.error = tr("The socket dump request failed: %1.").arg(QString::fromLocal8Bit(nl_geterror(err)));
        return list;
    }
    if (const int err = nl_recvmsgs_default(sk.get()); err < 0) {
        list.error = tr("The kernel refused the netlink socket dump: %1.").arg(QString::fromLocal8Bit(nl_geterror(err)));
        list.sockets.clear();
        return list;
    }
    attachOwners(list);
    return list;
}

QList<NetlinkSocketInfo> NetlinkSockets::parseProcTable(QByteArrayView data)
{
    QList<NetlinkSocketInfo> out;
    const auto lines = parse::lines(data);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const auto f = parse::fields(lines[i]);
        if (f.size() < 10)
            continue;
        NetlinkSocketInfo s;
        s.protocol = QByteArray(f[1].data(), f[1].size()).toInt();
        s.portid = QByteArray(f[2].data(), f[2].size()).toUInt();
        const quint32 groups = QByteArray(f[3].data(), f[3].size()).toUInt(nullptr, 16);
        for (int b = 0; b < 32; ++b) {
            if (groups & (1u << b))
                s.groups.append(b + 1);
        }
        s.rmem = QByteArray(f[4].data(), f[4].size()).toLongLong();
        s.wmem = QByteArray(f[5].data(), f[5].size()).toLongLong();
        s.drops = QByteArray(f[8].data(), f[8].size()).toLongLong();
        s.inode = QByteArray(f[9].data(), f[9].size()).toULongLong();
        out.append(s);
    }
    return out;
}

NetlinkSocketList NetlinkSockets::fromProc()
{
    NetlinkSocketList list;
    list.source = QStringLiteral("/proc/net/netlink");
    const ReadResult r = SafeReader::read(QStringLiteral("/proc/net/netlink"));
    if (!r.ok()) {
        list.error = r.reason;
        return list;
    }
    list.sockets = parseProcTable(r.data);
    attachOwners(list);
    return list;
}

NetlinkSocketList NetlinkSockets::list()
{
    NetlinkSocketList diag = fromSockDiag();
    if (diag.ok())
        return diag;
    NetlinkSocketList proc = fromProc();
    if (proc.ok())
        return proc;
    proc.error = diag.error + QLatin1Char(' ') + proc.error;
    return proc;
}

} // namespace kc
