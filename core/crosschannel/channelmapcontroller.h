// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "crosschannel/channelmap.h"
#include "crosschannel/runtimeinfo.h"
#include "io/async.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace kc {

/// The channel map's figures, counted off the GUI thread while the map is
/// looked at: processes and netlink sockets every 5 s (they come and go all
/// the time); device nodes, sysctl keys and sysfs devices, which change
/// with hardware and modules, every minute and 2 s after `changed` (a
/// burst of uevents, say). Counts nothing while stopped.
class ChannelMapController : public QObject
{
    Q_OBJECT
public:
    explicit ChannelMapController(const RuntimeInfo &runtime, QObject *parent = nullptr);

    /// Counts now and then at the pace above; the slow counts now only
    /// when the last are over a minute old.
    void start();
    void stop();
    /// Counts everything now.
    void refresh() { read(true); }
    /// Something that changes the slow counts happened: count them soon.
    void somethingChanged();

    const ChannelMapFigures &figures() const { return m_figures; }
    /// Whether every figure has been counted once.
    bool hasFigures() const { return m_haveFigures; }

Q_SIGNALS:
    void figuresChanged();

private:
    void read(bool slowCounts);

    RuntimeInfo m_runtime;
    QTimer m_fast;
    QTimer m_slow;
    QTimer m_soon;
    QElapsedTimer m_slowClock; // since the last slow count
    bool m_slowWanted = false;
    bool m_haveFigures = false;
    ChannelMapFigures m_figures;
    Async<ChannelMapFigures> m_reading{this};
};

} // namespace kc
