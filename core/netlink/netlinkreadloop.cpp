// SPDX-License-Identifier: GPL-2.0-or-later
#include "netlinkreadloop.h"

#include <QDateTime>
#include <QSocketNotifier>
#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <linux/netlink.h>
#include <sys/socket.h>

namespace kc {

namespace {

constexpr int Batch = 32;
// The kernel never builds a dump part larger than 32 KiB, and it sizes them
// by the largest buffer we offer. A longer datagram would arrive cut to
// this size, and the decoder would say its length does not fit.
constexpr size_t Size = 32 * 1024;
constexpr int MaxRounds = 4096 / Batch;

} // namespace

NetlinkReadLoop::NetlinkReadLoop(QObject *parent)
    : QObject(parent)
{
}

NetlinkReadLoop::~NetlinkReadLoop() = default;

void NetlinkReadLoop::start(int fd, Handlers handlers)
{
    stop();
    m_fd = fd;
    m_handlers = std::move(handlers);
    if (!m_buffers)
        m_buffers.reset(new char[Batch * Size]); // pages are touched only as datagrams fill them
    socklen_t len = sizeof m_rcvbuf;
    if (::getsockopt(fd, SOL_SOCKET, SO_RCVBUF, &m_rcvbuf, &len) != 0)
        m_rcvbuf = 0;
    m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &NetlinkReadLoop::readAll);
    if (!m_rearm) {
        m_rearm = new QTimer(this);
        m_rearm->setSingleShot(true);
        connect(m_rearm, &QTimer::timeout, this, [this] {
            if (m_notifier && !m_paused)
                m_notifier->setEnabled(true);
        });
    }
    if (m_paused)
        m_notifier->setEnabled(false);
}

void NetlinkReadLoop::setPaused(bool paused)
{
    m_paused = paused;
    if (!m_notifier)
        return;
    if (paused)
        m_notifier->setEnabled(false);
    else if (!m_rearm || !m_rearm->isActive())
        m_notifier->setEnabled(true); // the pacing's timer re-enables it otherwise
}

void NetlinkReadLoop::stop()
{
    delete m_notifier;
    m_notifier = nullptr;
    if (m_rearm)
        m_rearm->stop();
    m_fd = -1;
}

void NetlinkReadLoop::readAll()
{
    mmsghdr msgs[Batch];
    iovec iovs[Batch];
    sockaddr_nl from[Batch];
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    quint64 datagrams = 0, bytes = 0;
    for (int round = 0; round < MaxRounds && m_fd >= 0; ++round) {
        for (int i = 0; i < Batch; ++i) {
            iovs[i] = {m_buffers.get() + i * Size, Size};
            msgs[i] = {};
            msgs[i].msg_hdr.msg_name = &from[i];
            msgs[i].msg_hdr.msg_namelen = sizeof from[i];
            msgs[i].msg_hdr.msg_iov = &iovs[i];
            msgs[i].msg_hdr.msg_iovlen = 1;
        }
        const int got = ::recvmmsg(m_fd, msgs, Batch, MSG_DONTWAIT, nullptr);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            if (errno == ENOBUFS) {
                if (m_handlers.overflowed)
                    m_handlers.overflowed();
                continue;
            }
            break; // EAGAIN: drained
        }
        for (int i = 0; i < got; ++i) {
            Datagram d;
            d.data = m_buffers.get() + i * Size;
            d.size = int(std::min<size_t>(msgs[i].msg_len, Size));
            d.senderPort = from[i].nl_pid;
            d.msecsSinceEpoch = now;
            ++datagrams;
            bytes += quint64(d.size);
            if (m_handlers.received)
                m_handlers.received(d);
        }
        if (got < Batch)
            break;
    }
    if (m_coalesceMs > 0 && m_notifier && m_rearm) {
        const qint64 elapsed = std::max<qint64>(1, now - m_lastReadMs);
        int wait = m_coalesceMs;
        if (m_stormMs > m_coalesceMs && datagrams * 1000 > 200 * quint64(elapsed)) {
            // The buffer is charged the kernel's size of each datagram,
            // about its bytes plus a socket buffer head and rounding: 768.
            const double perMs = double(bytes + datagrams * 768) / double(elapsed);
            wait = int(std::clamp(m_rcvbuf / 2 / perMs, double(m_coalesceMs), double(m_stormMs)));
        }
        m_notifier->setEnabled(false);
        m_rearm->start(wait);
    }
    m_lastReadMs = now;
    if (m_handlers.batchDone)
        m_handlers.batchDone();
}

} // namespace kc
