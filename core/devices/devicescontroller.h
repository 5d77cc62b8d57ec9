// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "devices/devicefollow.h"
#include "devices/devicescanner.h"
#include "io/async.h"
#include "io/workerthread.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace kc {

class DataSource;
class DeviceTableModel;
class UeventLogModel;
class UeventMonitor;

/// The device-node channel: the table of /dev and its scan, one node
/// followed to its driver and users, and the kernel's uevents received on
/// a thread of their own into a log. Panes and commands ask it; they read
/// nothing themselves. Lives on the GUI thread, which it spares all I/O.
class DevicesController : public QObject
{
    Q_OBJECT
public:
    /// Scans and follows through `source` (this kernel, or an agent's).
    /// `events`: receive the uevents of the source's kernel (the Devices
    /// pane and the map show them); `noEvents` says why not, when not.
    DevicesController(std::shared_ptr<DataSource> source, bool events, const QString &noEvents = QString(),
                      QObject *parent = nullptr);
    /// Scans and follows through `source` from now on (after a reconnect).
    void setSource(std::shared_ptr<DataSource> source);
    ~DevicesController() override;

    DeviceTableModel *nodes() const { return m_nodes; }
    UeventLogModel *events() const { return m_events; }

    /// Walks /dev again (after the one running, if any).
    void scan();
    bool isScanning() const { return m_scanning.isBusy(); }
    /// The chain from `node` to its driver, module and holders; followed()
    /// brings it unless another follow() came first.
    void follow(const QString &node);

    /// Whether uevents are received, else why not.
    bool eventsRunning() const;
    QString eventsError() const;
    /// Seen, overflows of the receive buffer, and events lost in them.
    quint64 eventCount() const;
    quint64 overflowCount() const;
    quint64 lostEstimate() const;
    /// Paused, events are counted but not logged.
    void setEventsPaused(bool paused);
    bool eventsPaused() const { return m_paused; }
    quint64 eventsNotLogged() const { return m_pausedCount; }
    void clearEvents();
    /// The receiver, on its own thread (for tests).
    const UeventMonitor *monitor() const { return m_monitor; }

Q_SIGNALS:
    void scanStarted();
    /// The table holds the scan (unless it failed: scan.error).
    void scanned(const kc::DeviceScan &scan);
    void followed(const kc::FollowResult &result);
    /// Events arrived or were lost: counts and the log changed.
    void eventsChanged();

private:
    void startEvents();

    std::shared_ptr<DataSource> m_source;
    QString m_noEvents;
    DeviceTableModel *m_nodes;
    UeventLogModel *m_events;
    UeventMonitor *m_monitor = nullptr; // lives on m_monitorThread
    std::unique_ptr<WorkerThread> m_monitorThread;
    QTimer m_rescan; // a storm of events costs one rescan
    Async<DeviceScan> m_scanning{this};
    Async<FollowResult> m_following{this};
    bool m_rescanQueued = false;
    bool m_paused = false;
    quint64 m_pausedCount = 0;
};

} // namespace kc
