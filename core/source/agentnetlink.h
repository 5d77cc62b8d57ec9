// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "netlink/netlinkfeed.h"

#include <atomic>
#include <memory>

namespace kc {

class AgentSource;

/// A netlink subscription held by an agent: the agent opens the socket on
/// its machine (in the namespace asked for), reads it as NetlinkMonitor
/// reads ours and sends the datagrams as stream frames; they arrive here
/// as the same signals. Each batch is acknowledged once the feed's thread
/// has handed it on, so a reader that falls behind slows the agent's
/// reading, and the loss is the kernel's to count there.
class AgentNetlinkFeed final : public NetlinkFeed
{
    Q_OBJECT
public:
    AgentNetlinkFeed(std::shared_ptr<AgentSource> source, int protocol, QObject *parent = nullptr);
    ~AgentNetlinkFeed() override;

    /// As NetlinkMonitor's setters; call before start().
    void setGroups(const QList<int> &groups) { m_groups = groups; }
    void setNetworkNamespace(const QString &nameOrPid) { m_netns = nameOrPid; }
    void setResyncDumps(const QList<quint16> &types) { m_resync = types; }
    void setCoalescing(int msec, int stormMsec = 0)
    {
        m_paceMs = msec;
        m_stormMs = stormMsec;
    }

    bool start() override;
    void stop() override;
    void drain() override { }
    QString errorString() const override { return m_error; }
    bool requestDump(quint16 type, int family = 0) override;
    void dumpState() override;

    quint64 messageCount() const override { return m_messages.load(std::memory_order_relaxed); }
    quint64 byteCount() const override { return m_bytes.load(std::memory_order_relaxed); }
    quint64 overflowCount() const override { return m_overflows.load(std::memory_order_relaxed); }
    quint64 lostCount() const override { return m_lost.load(std::memory_order_relaxed); }

private:
    /// On the source's reader thread.
    void onFrame(const QCborMap &frame);

    std::shared_ptr<AgentSource> m_source;
    int m_protocol;
    QList<int> m_groups;
    QString m_netns;
    QList<quint16> m_resync;
    int m_paceMs = 20;
    int m_stormMs = 250;
    std::atomic<qint64> m_channel {0};
    QString m_error;
    std::atomic<quint64> m_messages {0};
    std::atomic<quint64> m_bytes {0};
    std::atomic<quint64> m_overflows {0};
    std::atomic<quint64> m_lost {0};
};

} // namespace kc
