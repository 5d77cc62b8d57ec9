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

    bool start() override;
    void stop() override;
    void drain() override { }
    QString errorString() const override { return m_error; }
    bool requestDump(quint16 type, int family = 0) override;
    void dumpState() override;

private:
    /// On the source's reader thread.
    void onFrame(const QCborMap &frame);

    std::shared_ptr<AgentSource> m_source;
    std::atomic<qint64> m_channel {0};
    QString m_error;
};

} // namespace kc
