// SPDX-License-Identifier: GPL-2.0-or-later
#include "channelmapcontroller.h"

#include <utility>

namespace kc {

ChannelMapController::ChannelMapController(const RuntimeInfo &runtime, QObject *parent)
    : QObject(parent)
    , m_runtime(runtime)
{
    m_fast.setInterval(5000);
    connect(&m_fast, &QTimer::timeout, this, [this] { read(false); });
    m_slow.setInterval(60000);
    connect(&m_slow, &QTimer::timeout, this, [this] { read(true); });
    m_soon.setSingleShot(true);
    m_soon.setInterval(2000);
    connect(&m_soon, &QTimer::timeout, this, [this] { read(true); });
}

void ChannelMapController::start()
{
    m_fast.start();
    m_slow.start();
    read(!m_slowClock.isValid() || m_slowClock.hasExpired(m_slow.interval()));
}

void ChannelMapController::stop()
{
    m_fast.stop();
    m_slow.stop();
    m_soon.stop();
}

void ChannelMapController::somethingChanged()
{
    if (m_fast.isActive() && !m_soon.isActive())
        m_soon.start();
}

void ChannelMapController::read(bool slowCounts)
{
    m_slowWanted = m_slowWanted || slowCounts;
    if (m_reading.isBusy())
        return; // asked again when the read in flight is done
    const bool slow = std::exchange(m_slowWanted, false);
    if (slow)
        m_slowClock.start();
    m_reading.run([runtime = m_runtime, slow] { return ChannelMapFigures::read(runtime, slow); },
                  [this](const ChannelMapFigures &figures) {
                      m_figures = m_figures.updatedBy(figures);
                      m_haveFigures = m_haveFigures || figures.deviceNodes >= 0;
                      Q_EMIT figuresChanged();
                      if (m_slowWanted)
                          read(true);
                  });
}

} // namespace kc
