// SPDX-License-Identifier: GPL-2.0-or-later
#include "agentnetlink.h"

#include "netlink/ifnamecache.h"
#include "source/agentcodec.h"
#include "source/agentsource.h"

#include <QCborArray>
#include <QCborMap>

namespace kc {

AgentNetlinkFeed::AgentNetlinkFeed(std::shared_ptr<AgentSource> source, int protocol, QObject *parent)
    : NetlinkFeed(protocol, parent)
    , m_source(std::move(source))
{
}

AgentNetlinkFeed::~AgentNetlinkFeed()
{
    stop();
}

bool AgentNetlinkFeed::start()
{
    if (m_channel.load())
        return true;
    QCborArray groups, resync;
    for (int g : std::as_const(m_groups))
        groups.append(g);
    for (quint16 t : std::as_const(m_resyncTypes))
        resync.append(t);
    const QCborMap request{{QStringLiteral("kind"), QStringLiteral("netlink")},
                           {QStringLiteral("protocol"), m_protocol},
                           {QStringLiteral("groups"), groups},
                           {QStringLiteral("resync"), resync},
                           {QStringLiteral("netns"), m_netns},
                           {QStringLiteral("ifnames"), bool(m_names)},
                           {QStringLiteral("pace"), QCborArray{m_paceMs, m_stormMs}}};
    AgentSource::StreamHandlers handlers;
    handlers.frame = [this](const QCborMap &frame) { onFrame(frame); };
    handlers.ended = [this](const QString &reason) {
        m_error = reason;
        Q_EMIT ended(reason);
    };
    QString error;
    m_channel = m_source->openStream(request, std::move(handlers), &error);
    if (!m_channel.load()) {
        m_error = tr("The agent could not open the stream: %1").arg(error);
        return false;
    }
    return true;
}

void AgentNetlinkFeed::stop()
{
    if (const qint64 channel = m_channel.exchange(0))
        m_source->closeStream(channel);
}

void AgentNetlinkFeed::onFrame(const QCborMap &frame)
{
    if (frame.contains(QStringLiteral("ifnames"))) {
        // The links of the agent's namespace, sent before any message.
        if (m_names) {
            for (const QCborValue &link : frame.value(QStringLiteral("ifnames")).toArray()) {
                const QCborArray pair = link.toArray();
                m_names->insert(int(pair.at(0).toInteger()), pair.at(1).toString());
            }
        }
        return;
    }
    m_messages.store(quint64(frame.value(QStringLiteral("m")).toInteger()), std::memory_order_relaxed);
    m_bytes.store(quint64(frame.value(QStringLiteral("b")).toInteger()), std::memory_order_relaxed);
    m_overflows.store(quint64(frame.value(QStringLiteral("o")).toInteger()), std::memory_order_relaxed);
    m_lost.store(quint64(frame.value(QStringLiteral("l")).toInteger()), std::memory_order_relaxed);
    if (frame.contains(QStringLiteral("lost"))) {
        Q_EMIT overflowed(quint64(frame.value(QStringLiteral("lost")).toInteger()));
        return;
    }
    if (frame.contains(QStringLiteral("dumpFailed"))) {
        Q_EMIT dumpFailed(frame.value(QStringLiteral("dumpFailed")).toString());
        return;
    }
    QList<NetlinkEvent> batch;
    if (!agent::decodeNetlinkEvents(frame.value(QStringLiteral("ev")).toByteArray(), m_protocol, &batch)) {
        Q_EMIT dumpFailed(tr("The agent sent a stream frame that is not one; its messages were left out."));
    } else if (!batch.isEmpty()) {
        for (const NetlinkEvent &e : std::as_const(batch))
            learnNames(e);
        // Queued to the listeners on our thread.
        Q_EMIT eventsArrived(batch);
    }
    // After the listeners have taken the batch (posted behind it), the
    // agent may send one more.
    const qint64 channel = m_channel.load();
    QMetaObject::invokeMethod(
        this, [this, channel] { m_source->acknowledge(channel); }, Qt::QueuedConnection);
}

bool AgentNetlinkFeed::requestDump(quint16 type, int family)
{
    QString error;
    const QCborMap reply = m_source->call(QCborMap{{QStringLiteral("op"), QStringLiteral("dump")},
                                                   {QStringLiteral("ch"), m_channel.load()},
                                                   {QStringLiteral("type"), type},
                                                   {QStringLiteral("family"), family}},
                                          &error);
    if (reply.isEmpty()) {
        m_error = error;
        return false;
    }
    return true;
}

void AgentNetlinkFeed::dumpState()
{
    QString error;
    m_source->call(QCborMap{{QStringLiteral("op"), QStringLiteral("dumpstate")}, {QStringLiteral("ch"), m_channel.load()}}, &error);
}

} // namespace kc
