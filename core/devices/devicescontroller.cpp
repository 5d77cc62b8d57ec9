// SPDX-License-Identifier: GPL-2.0-or-later
#include "devicescontroller.h"

#include "devices/ueventmonitor.h"
#include "models/devicetablemodel.h"
#include "models/ueventlogmodel.h"
#include "source/agentnetlink.h"
#include "source/agentsource.h"
#include "source/datasource.h"

#include <linux/netlink.h>

namespace kc {

DevicesController::DevicesController(std::shared_ptr<DataSource> source, bool events, const QString &noEvents, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_noEvents(noEvents)
    , m_nodes(new DeviceTableModel(this))
    , m_events(new UeventLogModel(this))
{
    m_rescan.setSingleShot(true);
    m_rescan.setInterval(400);
    connect(&m_rescan, &QTimer::timeout, this, &DevicesController::scan);
    if (events)
        startEvents();
}

void DevicesController::startEvents()
{
    // Receiving and filtering run on a thread of their own: a storm of
    // events costs the GUI thread only the rows it appends.
    m_monitorThread.reset(); // the last source's monitor, deleted on its thread
    m_monitor = new UeventMonitor;
    // Another machine's events come from a socket its agent holds there.
    if (auto agent = std::dynamic_pointer_cast<AgentSource>(m_source)) {
        auto *feed = new AgentNetlinkFeed(agent, NETLINK_KOBJECT_UEVENT);
        feed->setGroups({1});
        feed->setCoalescing(NetlinkReadLoop::ViewMs, NetlinkReadLoop::ViewStormMs);
        m_monitor->setFeed(feed);
    }
    m_monitor->setCoalescing(NetlinkReadLoop::ViewMs, NetlinkReadLoop::ViewStormMs);
    m_monitorThread = std::make_unique<WorkerThread>(QStringLiteral("uevents"), m_monitor, this);
    connect(m_monitor, &UeventMonitor::eventsArrived, this, [this](const QList<UeventRecord> &batch) {
        if (m_paused)
            m_pausedCount += quint64(batch.size());
        else
            m_events->appendBatch(batch);
        Q_EMIT eventsChanged();
        m_rescan.start();
    });
    connect(m_monitor, &UeventMonitor::overflowed, this, [this](quint64 lost) {
        m_events->appendGap(lost);
        Q_EMIT eventsChanged();
        m_rescan.start();
    });
    m_monitorThread->call([m = m_monitor] { m->start(); });
}

DevicesController::~DevicesController() = default;

void DevicesController::setSource(std::shared_ptr<DataSource> source)
{
    m_source = std::move(source);
    if (m_monitor)
        startEvents();
    m_scanning.cancel();
    m_following.cancel();
    scan();
}

void DevicesController::scan()
{
    if (m_scanning.isBusy()) {
        m_rescanQueued = true;
        return;
    }
    Q_EMIT scanStarted();
    m_scanning.run([source = m_source] { return source->devices(); }, [this](const DeviceScan &scan) {
        if (scan.error.isEmpty())
            m_nodes->setNodes(scan.nodes);
        Q_EMIT scanned(scan);
        if (std::exchange(m_rescanQueued, false))
            this->scan();
    });
}

void DevicesController::follow(const QString &node)
{
    // A newer request drops this answer: the user moved on.
    m_following.run([node, source = m_source] { return source->follow(node); }, [this](const FollowResult &r) { Q_EMIT followed(r); });
}

bool DevicesController::eventsRunning() const
{
    return m_monitor && m_monitor->isRunning();
}

QString DevicesController::eventsError() const
{
    return m_monitor ? m_monitor->errorString() : m_noEvents;
}

quint64 DevicesController::eventCount() const
{
    return m_monitor ? m_monitor->eventCount() : 0;
}

quint64 DevicesController::overflowCount() const
{
    return m_monitor ? m_monitor->overflowCount() : 0;
}

quint64 DevicesController::lostEstimate() const
{
    return m_monitor ? m_monitor->lostEstimate() : 0;
}

void DevicesController::setEventsPaused(bool paused)
{
    m_paused = paused;
    Q_EMIT eventsChanged();
}

void DevicesController::clearEvents()
{
    m_events->clear();
    Q_EMIT eventsChanged();
}

} // namespace kc
