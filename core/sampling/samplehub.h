// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "sampler.h"

#include "io/async.h"
#include "io/workerthread.h"
#include "source/datasource.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>

class QTimer;

namespace kc {

class SamplerWorker;

/// The one sampler of the application: each chart says which keys it
/// wants; the union is read on a worker thread at the chosen interval and
/// the points are kept here, per key, for the chosen history. Keys nobody
/// asks for are not read. Lives on the GUI thread.
class SampleHub : public QObject
{
    Q_OBJECT
public:
    explicit SampleHub(QObject *parent = nullptr);
    ~SampleHub() override;

    /// What `owner` wants sampled now; an empty list withdraws it.
    void subscribe(const QObject *owner, const QStringList &keys);
    QStringList keys() const;
    void setIntervalMs(int ms);
    int intervalMs() const { return m_intervalMs; }
    void setHistorySeconds(int seconds);
    int historySeconds() const { return m_historySeconds; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    /// The machine sampled: this one, or where an agent runs (its files
    /// read and its calls counted there). The history starts again.
    void setSource(std::shared_ptr<DataSource> source);

    /// Points of `key` as (ms since epoch, value in the display unit).
    const TimeSeries *series(const QString &key) const;
    SampleSource source(const QString &key) const;
    /// The error of the last tick for `key`, empty when it was read.
    QString error(const QString &key) const { return m_errors.value(key); }

    /// Reads the machine's interfaces and disks off the GUI thread;
    /// machineRead() follows. machine() is the last reading.
    void readMachine();
    const MachineDevices &machine() const { return m_machine; }
    bool isReadingMachine() const { return m_machineRead.isBusy(); }

Q_SIGNALS:
    /// After each tick's points are stored.
    void updated(qint64 timeMs);
    void machineRead();

private:
    void applyKeys();
    void store(qint64 timeMs, const QList<SamplePoint> &points);
    int capacity() const;

    SamplerWorker *m_worker;
    WorkerThread m_thread;
    QHash<const QObject *, QStringList> m_wanted;
    QHash<QString, TimeSeries> m_series;
    QHash<QString, QString> m_errors;
    struct LastPoint {
        qint64 timeMs = 0;
        int intervalMs = 0;
    };
    QHash<QString, LastPoint> m_last; // per key, to see where sampling stopped
    int m_intervalMs = 1000;
    int m_historySeconds = 600;
    bool m_paused = false;
    MachineDevices m_machine;
    Async<MachineDevices> m_machineRead{this};
    std::shared_ptr<DataSource> m_source;
};

/// Runs a Sampler on its own thread; internal to SampleHub.
class SamplerWorker : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    void setKeys(const QStringList &keys);
    void setIntervalMs(int ms);
    void setSource(const std::shared_ptr<DataSource> &source) { m_sampler.setSource(source); }

Q_SIGNALS:
    void sampled(qint64 timeMs, const QList<kc::SamplePoint> &points);

private:
    void tick();
    Sampler m_sampler;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    int m_intervalMs = 1000;
};

} // namespace kc
