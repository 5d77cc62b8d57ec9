// SPDX-License-Identifier: GPL-2.0-or-later
#include "samplehub.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QMetaObject>
#include <QThread>
#include <QTimer>

namespace kc {

void SamplerWorker::setKeys(const QStringList &keys)
{
    Q_ASSERT(QThread::currentThread() == thread());
    m_sampler.setKeys(keys);
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setTimerType(Qt::PreciseTimer);
        m_timer->setInterval(m_intervalMs);
        connect(m_timer, &QTimer::timeout, this, &SamplerWorker::tick);
        m_clock.start();
    }
    if (keys.isEmpty()) {
        m_timer->stop();
    } else if (!m_timer->isActive()) {
        m_timer->start();
        tick(); // prime the counters at once
    }
}

void SamplerWorker::setIntervalMs(int ms)
{
    m_intervalMs = ms;
    if (m_timer)
        m_timer->setInterval(ms);
}

void SamplerWorker::tick()
{
    const QList<SamplePoint> points = m_sampler.sample(m_clock.elapsed());
    Q_EMIT sampled(QDateTime::currentMSecsSinceEpoch(), points);
}

SampleHub::SampleHub(QObject *parent)
    : QObject(parent)
    , m_worker(new SamplerWorker)
    , m_thread(QStringLiteral("sampler"), m_worker, this)
{
    qRegisterMetaType<QList<kc::SamplePoint>>();
    connect(m_worker, &SamplerWorker::sampled, this, &SampleHub::store);
}

SampleHub::~SampleHub() = default;

void SampleHub::setSource(std::shared_ptr<DataSource> source)
{
    if (source == DataSource::local())
        source.reset();
    m_source = source;
    for (TimeSeries &s : m_series)
        s.clear();
    m_errors.clear();
    m_last.clear();
    m_thread.post([w = m_worker, source] { w->setSource(source); });
    readMachine();
}

void SampleHub::subscribe(const QObject *owner, const QStringList &keys)
{
    if (keys.isEmpty())
        m_wanted.remove(owner);
    else
        m_wanted.insert(owner, keys);
    applyKeys();
}

QStringList SampleHub::keys() const
{
    QStringList all;
    QSet<QString> seen;
    for (const QStringList &list : m_wanted) {
        for (const QString &k : list) {
            if (!seen.contains(k)) {
                seen.insert(k);
                all.append(k);
            }
        }
    }
    return all;
}

void SampleHub::applyKeys()
{
    const QStringList all = m_paused ? QStringList() : keys();
    for (const QString &k : all) {
        if (!m_series.contains(k))
            m_series.insert(k, TimeSeries(capacity()));
    }
    m_thread.post([w = m_worker, all] { w->setKeys(all); });
}

void SampleHub::setIntervalMs(int ms)
{
    m_intervalMs = ms;
    m_thread.post([w = m_worker, ms] { w->setIntervalMs(ms); });
    for (TimeSeries &s : m_series)
        s.setCapacity(capacity());
}

void SampleHub::setHistorySeconds(int seconds)
{
    m_historySeconds = seconds;
    for (TimeSeries &s : m_series)
        s.setCapacity(capacity());
}

void SampleHub::setPaused(bool paused)
{
    m_paused = paused;
    applyKeys();
}

void SampleHub::readMachine()
{
    m_machineRead.run([source = m_source] { return MachineDevices::read(source.get()); }, [this](const MachineDevices &m) {
        m_machine = m;
        Q_EMIT machineRead();
    });
}

int SampleHub::capacity() const
{
    return qMax(2, m_historySeconds * 1000 / qMax(1, m_intervalMs) + 1);
}

const TimeSeries *SampleHub::series(const QString &key) const
{
    const auto it = m_series.constFind(key);
    return it == m_series.cend() ? nullptr : &it.value();
}

SampleSource SampleHub::source(const QString &key) const
{
    return SampleSource::resolve(key);
}

void SampleHub::store(qint64 timeMs, const QList<SamplePoint> &points)
{
    if (m_paused)
        return;
    for (const SamplePoint &p : points) {
        m_errors.insert(p.key, p.error);
        if (!p.valid)
            continue;
        auto it = m_series.find(p.key);
        if (it == m_series.end())
            it = m_series.insert(p.key, TimeSeries(capacity()));
        // A point long after the last (hidden, paused, or a tick that
        // failed) begins a new stretch; late ticks on a busy machine do not.
        LastPoint &last = m_last[p.key];
        const int interval = qMax(last.intervalMs, m_intervalMs);
        const bool afterGap = last.timeMs > 0 && timeMs - last.timeMs > qMax<qint64>(interval * 5 / 2, interval + 1000);
        it->append(double(timeMs), p.value, afterGap);
        last = {timeMs, m_intervalMs};
    }
    Q_EMIT updated(timeMs);
}

} // namespace kc
