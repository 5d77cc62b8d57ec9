// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>

#include <functional>
#include <memory>

class QSocketNotifier;
class QTimer;

namespace kc {

/// The read loop of our netlink monitors. When the socket becomes readable
/// every datagram waiting is received, up to 32 per system call and 4,096
/// per wake-up so the event loop breathes, and handed to a callback; then
/// the socket is left alone for a pause, so a burst arrives in a few large
/// batches (the socket buffer holds it meanwhile). Runs on the thread that
/// calls start().
class NetlinkReadLoop : public QObject
{
    Q_OBJECT
public:
    struct Datagram {
        const char *data = nullptr;
        int size = 0;
        quint32 senderPort = 0; // 0: the kernel
        qint64 msecsSinceEpoch = 0; // when this batch was read
    };
    struct Handlers {
        std::function<void(const Datagram &)> received;
        std::function<void()> overflowed; // ENOBUFS: datagrams were lost
        std::function<void()> batchDone; // after the datagrams of one wake-up
    };

    /// Pacing for a live view (setCoalescing(ViewMs, ViewStormMs)): a
    /// table refreshed four times a second in a storm is read as well as
    /// one refreshed fifty times, for a fraction of the wake-ups.
    static constexpr int ViewMs = 20;
    static constexpr int ViewStormMs = 250;

    explicit NetlinkReadLoop(QObject *parent = nullptr);
    ~NetlinkReadLoop() override;

    /// Starts reading the non-blocking socket `fd` (which stays the
    /// caller's to close, after stop()).
    void start(int fd, Handlers handlers);
    void stop();
    /// After each read, wait `msec` before reading again. In a storm (over
    /// 200 datagrams a second) wait up to `stormMsec` instead, as long as
    /// half the receive buffer holds what arrives meanwhile: every wake-up
    /// finds cold caches, so fewer, larger batches cost less CPU, and a
    /// storm is not read any sooner by a person. 0 reads at once.
    void setCoalescing(int msec, int stormMsec = 0)
    {
        m_coalesceMs = msec;
        m_stormMs = stormMsec;
    }
    /// Paused, the socket is left alone until resumed (for a reader that
    /// cannot take more yet: the kernel's buffer holds what arrives).
    void setPaused(bool paused);
    /// Reads what is queued now, without waiting for the pacing.
    void readNow() { readAll(); }

private:
    void readAll();

    int m_fd = -1;
    Handlers m_handlers;
    std::unique_ptr<char[]> m_buffers;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_rearm = nullptr; // re-enables the notifier after a pause
    int m_coalesceMs = 20;
    int m_stormMs = 0;
    bool m_paused = false;
    int m_rcvbuf = 0; // what the kernel granted, overhead included
    qint64 m_lastReadMs = 0;
};

} // namespace kc
