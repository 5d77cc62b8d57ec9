// SPDX-License-Identifier: GPL-2.0-or-later
#include "tracesummary.h"

#include "crosschannel/processchannels.h"
#include "syscalldecoder.h"

#include <QSet>
#include <QStringList>

#include <algorithm>

namespace kc {

namespace {

bool isRead(const QString &name)
{
    static const QSet<QString> names = {QStringLiteral("read"),     QStringLiteral("pread64"),  QStringLiteral("readv"),
                                        QStringLiteral("preadv"),   QStringLiteral("preadv2"),  QStringLiteral("recvfrom"),
                                        QStringLiteral("recvmsg"),  QStringLiteral("recvmmsg"), QStringLiteral("getdents64"),
                                        QStringLiteral("getdents"), QStringLiteral("readlinkat")};
    return names.contains(name);
}

bool isWrite(const QString &name)
{
    static const QSet<QString> names = {QStringLiteral("write"),   QStringLiteral("pwrite64"), QStringLiteral("writev"),
                                        QStringLiteral("pwritev"), QStringLiteral("pwritev2"), QStringLiteral("sendto"),
                                        QStringLiteral("sendmsg"), QStringLiteral("sendmmsg"), QStringLiteral("sendfile")};
    return names.contains(name);
}

} // namespace

TraceSummary::Use TraceSummary::useOf(const TraceCall &c, FdChannel *channel)
{
    *channel = FdChannel::Other;
    if (c.channels.isEmpty())
        return OtherUse;
    // A call that made a descriptor is about the new one (accept's listener is not).
    if (c.returned && !c.failed() && SyscallDecoder::returnsFd(c.number, c.args[1])) {
        for (const ChannelFd &ch : c.channels) {
            if (ch.fd == int(c.ret)) {
                *channel = ch.channel;
                return Opened;
            }
        }
    }
    *channel = c.channel().channel;
    if (isRead(c.name))
        return Read;
    if (isWrite(c.name))
        return Written;
    if (c.name == QLatin1String("ioctl"))
        return Ioctl;
    return OtherUse;
}

void TraceSummary::add(const TraceCall &c)
{
    CallTotals &t = m_byName[c.name];
    if (t.name.isEmpty())
        t.name = c.name;
    ++t.calls;
    ++m_calls;
    if (c.failed()) {
        ++t.errors;
        ++m_errors;
    }
    if (c.returned && c.durationNs > 0) {
        t.totalNs += c.durationNs;
        m_totalNs += c.durationNs;
    }
    FdChannel channel = FdChannel::Other;
    const Use use = useOf(c, &channel);
    if (c.channels.isEmpty())
        return;
    auto it = m_uses.find(int(channel));
    if (it == m_uses.end())
        it = m_uses.insert(int(channel), {});
    ++(*it)[use];
}

void TraceSummary::clear()
{
    *this = TraceSummary();
}

QList<TraceSummary::CallTotals> TraceSummary::byCall() const
{
    QList<CallTotals> out = m_byName.values();
    std::sort(out.begin(), out.end(), [](const CallTotals &a, const CallTotals &b) {
        if (a.totalNs != b.totalNs)
            return a.totalNs > b.totalNs;
        if (a.calls != b.calls)
            return a.calls > b.calls;
        return a.name < b.name;
    });
    return out;
}

qint64 TraceSummary::uses(FdChannel channel, Use use) const
{
    const auto it = m_uses.constFind(int(channel));
    return it == m_uses.cend() ? 0 : (*it)[use];
}

QString TraceSummary::channelText() const
{
    QStringList channels;
    for (FdChannel ch : ProcessChannels::channelOrder()) {
        const auto it = m_uses.constFind(int(ch));
        if (it == m_uses.cend())
            continue;
        const auto &n = *it;
        // Sockets send and receive; files are read and written.
        const bool socket = ch == FdChannel::Netlink || ch == FdChannel::Socket;
        QStringList parts;
        if (n[Opened])
            parts.append(tr("%Ln opened", nullptr, int(n[Opened])));
        if (n[Read])
            parts.append(socket ? tr("%Ln received", nullptr, int(n[Read])) : tr("%Ln read(s)", nullptr, int(n[Read])));
        if (n[Written])
            parts.append(socket ? tr("%Ln sent", nullptr, int(n[Written])) : tr("%Ln write(s)", nullptr, int(n[Written])));
        if (n[Ioctl])
            parts.append(tr("%Ln ioctl(s)", nullptr, int(n[Ioctl])));
        if (n[OtherUse])
            parts.append(tr("%Ln other call(s)", nullptr, int(n[OtherUse])));
        if (!parts.isEmpty())
            channels.append(tr("%1: %2").arg(ProcessChannels::channelName(ch), parts.join(QStringLiteral(", "))));
    }
    return channels.join(QStringLiteral(" · "));
}

} // namespace kc
