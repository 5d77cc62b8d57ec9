// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "samplesource.h"
#include "io/safereader.h"

#include <QList>
#include <QMutex>
#include <QPointF>
#include <QStringList>

#include <functional>
#include <memory>

namespace kc {

class AgentSource;
class DataSource;

/// What the network and disk dashboards follow: the interfaces with the
/// most traffic (loopback last, at most three) and the disks (not loop,
/// ram or zram devices; at most four). Does I/O.
struct MachineDevices {
    QStringList interfaces;
    QStringList disks;
    /// Read from `source`: this machine when null.
    static MachineDevices read(DataSource *source = nullptr);
};

/// One key's value at one tick: a level for a gauge, a rate per second
/// for a counter (none on the first tick, or after a reset).
struct SamplePoint {
    QString key;
    double value = 0; // in the source's display unit (see SampleSource)
    bool valid = false;
    QString error;
};

/// Reads what is subscribed, each file once per tick however many of its
/// fields are wanted, and turns counters into rates. Does I/O: call it on
/// a worker thread. Not thread-safe; one owner.
class SyscallCounter;
class SyscallTable;

class Sampler
{
public:
    Sampler();
    ~Sampler();
    /// Also opens the kernel's system call counters for syscall: keys, and
    /// releases them when no such key is left.
    void setKeys(const QStringList &keys);
    QStringList keys() const;
    /// Whether system calls are being counted for a syscall: key now.
    bool isCounting() const;
    const SampleSource &source(int i) const { return m_states[i].source; }
    /// Reads now; `monotonicMs` is the time of the tick (steady clock).
    QList<SamplePoint> sample(qint64 monotonicMs);
    /// Files read in the last sample(), for tests and benchmarks.
    int filesRead() const { return m_filesRead; }
    /// Replaces the file reader (SafeReader::read), so tests can replay
    /// captured sequences.
    void setReader(std::function<ReadResult(const QString &path)> reader) { m_reader = std::move(reader); }
    /// Reads files from `source` and, for an agent's, has the agent count
    /// system calls there. Null: this machine.
    void setSource(const std::shared_ptr<DataSource> &source);

private:
    struct State {
        SampleSource source;
        bool have = false;
        double last = 0;
        qint64 lastMs = 0;
        // Counted by an agent: when its totals arrived here, and the rate
        // they gave (repeated until newer totals come).
        qint64 agentMs = -1;
        double agentRate = 0;
        bool haveAgentRate = false;
    };
    // An agent's counting: its totals since the stream opened, updated on
    // the source's reader thread as its reports arrive.
    struct AgentCalls {
        QMutex mutex;
        QHash<QString, quint64> totals;
        qint64 arrivedMs = -1; // steady clock
        QString error;
    };
    void countThere(const QStringList &names);
    bool sampleThere(State &st, SamplePoint &p);
    std::shared_ptr<AgentSource> m_agent;
    std::shared_ptr<AgentCalls> m_agentCalls;
    qint64 m_agentChannel = 0;
    QList<State> m_states;
    int m_filesRead = 0;
    std::function<ReadResult(const QString &path)> m_reader;
    // syscall:NAME keys: the kernel's counters, opened for exactly those
    // (on setKeys(), so an empty list releases them).
    QStringList syscallNames() const;
    void countSyscalls(const QStringList &names);
    std::unique_ptr<SyscallCounter> m_syscalls;
    std::unique_ptr<SyscallTable> m_syscallTable;
    QStringList m_countedNames;
    QString m_syscallError;
};

/// A fixed-size history of (time, value) points; the oldest go first. A
/// point can begin a new stretch: sampling stopped before it (the pane was
/// hidden, sampling paused), so a chart must not join it to the one before.
class TimeSeries
{
public:
    explicit TimeSeries(int capacity = 600);
    void append(double x, double y, bool afterGap = false);
    int size() const { return m_size; }
    int capacity() const { return int(m_points.size()); }
    void setCapacity(int capacity);
    QPointF at(int i) const;
    /// Whether point `i` begins a stretch (the first point always does).
    bool beginsStretch(int i) const;
    QList<QPointF> points() const;
    /// The points in unbroken stretches, oldest first.
    QList<QList<QPointF>> stretches() const;
    void clear() { m_size = 0; m_head = 0; }

private:
    int slot(int i) const; // where point i (0: the oldest) is kept
    QList<QPointF> m_points;
    QList<bool> m_afterGap;
    int m_head = 0; // next slot to write
    int m_size = 0;
};

} // namespace kc
