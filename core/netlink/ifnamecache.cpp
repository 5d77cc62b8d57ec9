// SPDX-License-Identifier: GPL-2.0-or-later
#include "ifnamecache.h"

#include <netlink/msg.h>
#include <netlink/netlink.h>
#include <netlink/socket.h>

#include <linux/if_link.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>

#include <cstring>
#include <memory>

namespace kc {

QString IfNameCache::name(int index) const
{
    QReadLocker lock(&m_lock);
    return m_names.value(index);
}

void IfNameCache::insert(int index, const QString &name)
{
    QWriteLocker lock(&m_lock);
    m_names.insert(index, name);
}

QHash<int, QString> IfNameCache::all() const
{
    QReadLocker lock(&m_lock);
    return m_names;
}

qsizetype IfNameCache::size() const
{
    QReadLocker lock(&m_lock);
    return m_names.size();
}

void IfNameCache::learn(int protocol, QByteArrayView d)
{
    if (protocol != NETLINK_ROUTE)
        return;
    // Walked as NlDecoder walks it, trusting no length; only IFLA_IFNAME
    // of link messages is read.
    qsizetype off = 0;
    while (off + qsizetype(NLMSG_HDRLEN) <= d.size()) {
        nlmsghdr h;
        std::memcpy(&h, d.data() + off, sizeof h);
        if (h.nlmsg_len < NLMSG_HDRLEN || h.nlmsg_len > quint64(d.size() - off))
            return;
        const qsizetype end = off + h.nlmsg_len;
        if ((h.nlmsg_type == RTM_NEWLINK || h.nlmsg_type == RTM_DELLINK)
            && h.nlmsg_len >= NLMSG_LENGTH(sizeof(ifinfomsg))) {
            ifinfomsg ifi;
            std::memcpy(&ifi, d.data() + off + NLMSG_HDRLEN, sizeof ifi);
            qsizetype a = off + NLMSG_LENGTH(sizeof(ifinfomsg)); // 32: aligned
            while (a + qsizetype(NLA_HDRLEN) <= end) {
                quint16 len, type;
                std::memcpy(&len, d.data() + a, 2);
                std::memcpy(&type, d.data() + a + 2, 2);
                if (len < NLA_HDRLEN || a + len > end)
                    break;
                if ((type & NLA_TYPE_MASK) == IFLA_IFNAME) {
                    QByteArrayView s = d.sliced(a + NLA_HDRLEN, len - NLA_HDRLEN);
                    if (const qsizetype nul = s.indexOf('\0'); nul >= 0)
                        s = s.first(nul);
                    if (!s.isEmpty() && ifi.ifi_index > 0)
                        insert(ifi.ifi_index, QString::fromUtf8(s.data(), s.size()));
                    break;
                }
                a += NLA_ALIGN(len);
            }
        }
        off += NLMSG_ALIGN(h.nlmsg_len);
    }
}

bool IfNameCache::loadLinks(QString *error)
{
    std::unique_ptr<nl_sock, decltype(&nl_socket_free)> sock(nl_socket_alloc(), nl_socket_free);
    auto fail = [error](int err) {
        if (error)
            *error = QString::fromLocal8Bit(nl_geterror(err));
        return false;
    };
    if (!sock)
        return fail(-NLE_NOMEM);
    if (const int err = nl_connect(sock.get(), NETLINK_ROUTE); err < 0)
        return fail(err);
    // The names are all we want: leave the statistics out of the dump.
    struct {
        ifinfomsg ifi;
        nlattr mask;
        quint32 value;
    } req {};
    req.mask.nla_len = sizeof req.mask + sizeof req.value;
    req.mask.nla_type = IFLA_EXT_MASK;
    req.value = RTEXT_FILTER_SKIP_STATS;
    if (const int err = nl_send_simple(sock.get(), RTM_GETLINK, NLM_F_DUMP, &req, sizeof req); err < 0)
        return fail(err);
    nl_socket_modify_cb(
        sock.get(), NL_CB_VALID, NL_CB_CUSTOM,
        [](nl_msg *msg, void *arg) {
            const nlmsghdr *h = nlmsg_hdr(msg);
            static_cast<IfNameCache *>(arg)->learn(NETLINK_ROUTE, QByteArrayView(reinterpret_cast<const char *>(h), h->nlmsg_len));
            return int(NL_OK);
        },
        this);
    if (const int err = nl_recvmsgs_default(sock.get()); err < 0)
        return fail(err);
    return true;
}

} // namespace kc
