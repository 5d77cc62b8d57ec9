// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "netlink/netlinkreadloop.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>


namespace kc {

/// One kernel uevent as it arrived: the raw message and the fields a table
/// shows; the rest is decoded on demand with parsers::ueventMessage().
struct UeventRecord {
    qint64 msecsSinceEpoch = 0;
    quint64 seqnum = 0;
    QString action;
    QString devpath;
    QString subsystem;
    QByteArray raw;
};

/// Listens to the kernel's uevents (NETLINK_KOBJECT_UEVENT, group 1) on a
/// non-blocking socket read by NetlinkReadLoop. Works without udevd.
/// Events arrive in batches; a receive-buffer overflow (ENOBUFS) is
/// counted and the gap measured from the kernel's SEQNUM.
class NetlinkFeed;

class UeventMonitor : public QObject
{
    Q_OBJECT
public:
    explicit UeventMonitor(QObject *parent = nullptr);
    ~UeventMonitor() override;

    /// Opens the socket; false with errorString() set when the kernel or
    /// the sandbox refuses.
    bool start();
    void stop();
    bool isRunning() const { return m_fd >= 0 || m_feedRunning; }
    /// Takes the datagrams from `feed` (a NETLINK_KOBJECT_UEVENT
    /// subscription on group 1 that an agent holds on another machine)
    /// instead of a socket of ours; the monitor owns it. Call before start().
    void setFeed(NetlinkFeed *feed);
    /// Only events of these subsystems are delivered (all when empty); the
    /// rest are dropped before anything is copied or decoded.
    void setSubsystemFilter(const QStringList &subsystems);
    /// See NetlinkReadLoop::setCoalescing (default 20 ms, no storm pause).
    void setCoalescing(int msec, int stormMsec = 0) { m_loop->setCoalescing(msec, stormMsec); }
    QString errorString() const { return m_error; }

    /// Counters; safe to read from any thread while the monitor runs.
    quint64 eventCount() const { return m_events.load(std::memory_order_relaxed); }
    quint64 byteCount() const { return m_bytes.load(std::memory_order_relaxed); }
    quint64 overflowCount() const { return m_overflows.load(std::memory_order_relaxed); }
    quint64 lostEstimate() const { return m_lost.load(std::memory_order_relaxed); }

Q_SIGNALS:
    void eventsArrived(const QList<kc::UeventRecord> &batch);
    /// The receive buffer overflowed; `lost` more events are gone (an
    /// estimate from the SEQNUM gap, 0 until the next event arrives).
    void overflowed(quint64 lost);

private:
    void received(const NetlinkReadLoop::Datagram &d);

    int m_fd = -1;
    NetlinkReadLoop *m_loop;
    NetlinkFeed *m_feed = nullptr;
    bool m_feedRunning = false;
    QList<UeventRecord> m_batch; // filled by one read of the loop
    QString m_error;
    std::atomic<quint64> m_events {0};
    std::atomic<quint64> m_bytes {0};
    std::atomic<quint64> m_overflows {0};
    std::atomic<quint64> m_lost {0};
    quint64 m_lastSeqnum = 0;
    bool m_gapPending = false;
    QList<QByteArray> m_subsystems;
};

} // namespace kc

Q_DECLARE_METATYPE(kc::UeventRecord)
