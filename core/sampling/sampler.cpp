// SPDX-License-Identifier: GPL-2.0-or-later
#include "sampler.h"

#include "io/safereader.h"
#include "source/agentcodec.h"
#include "source/agentsource.h"
#include "syscalls/syscallcounter.h"

#include <QCborMap>

#include <QDir>
#include <QHash>

#include <algorithm>
#include <chrono>

#include <cmath>

namespace kc {

MachineDevices MachineDevices::read(DataSource *source)
{
    MachineDevices m;
    QList<QPair<double, QString>> found;
    const QString devPath = QStringLiteral("/proc/net/dev");
    const ReadResult dev = source ? source->read(devPath, 1024 * 1024) : SafeReader::read(devPath, 1024 * 1024);
    if (dev.ok()) {
        const auto values = SampleSource::extract(QStringLiteral("net/dev"), dev.data);
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (!it.key().endsWith(QLatin1String(".rx_bytes")))
                continue;
            const QString iface = it.key().chopped(9);
            const double traffic = it.value() + values.value(iface + QStringLiteral(".tx_bytes"));
            found.append({iface == QLatin1String("lo") ? -1 : traffic, iface});
        }
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
    for (const auto &p : std::as_const(found).mid(0, 3))
        m.interfaces.append(p.second);
    QStringList blocks;
    if (source) {
        for (const DirEntry &e : source->list(QStringLiteral("/sys/block")).entries)
            blocks.append(e.name);
        blocks.sort();
    } else {
        blocks = QDir(QStringLiteral("/sys/block")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    }
    for (const QString &d : std::as_const(blocks)) {
        if (!d.startsWith(QLatin1String("loop")) && !d.startsWith(QLatin1String("ram")) && !d.startsWith(QLatin1String("zram")))
            m.disks.append(d);
    }
    m.disks = m.disks.mid(0, 4);
    return m;
}

Sampler::Sampler() = default;

Sampler::~Sampler()
{
    if (m_agent && m_agentChannel)
        m_agent->closeStream(m_agentChannel);
}

void Sampler::setSource(const std::shared_ptr<DataSource> &source)
{
    const QStringList counted = m_countedNames;
    countSyscalls({});
    m_agent = std::dynamic_pointer_cast<AgentSource>(source);
    if (source && source != DataSource::local())
        m_reader = [source](const QString &path) { return source->read(path, 1024 * 1024); };
    else
        m_reader = nullptr;
    for (State &st : m_states)
        st.have = false;
    countSyscalls(counted);
}

namespace {

qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

} // namespace

// The agent counts and reports its totals twice a second; each tick takes
// the newest, timed by when they arrived.
void Sampler::countThere(const QStringList &names)
{
    if (m_agentChannel)
        m_agent->closeStream(m_agentChannel);
    m_agentChannel = 0;
    m_agentCalls.reset();
    if (names.isEmpty())
        return;
    auto calls = std::make_shared<AgentCalls>();
    AgentSource::StreamHandlers handlers;
    handlers.frame = [calls](const QCborMap &frame) {
        QMutexLocker lock(&calls->mutex);
        if (frame.contains(QStringLiteral("failed"))) {
            calls->error = frame.value(QStringLiteral("failed")).toString();
        } else if (frame.contains(QStringLiteral("totals"))) {
            QHash<QString, double> rates;
            calls->totals.clear();
            agent::decodeCallCounts(frame, &rates, &calls->totals);
            calls->arrivedMs = steadyMs();
        }
    };
    handlers.ended = [calls](const QString &reason) {
        QMutexLocker lock(&calls->mutex);
        calls->error = reason;
    };
    QString error;
    m_agentChannel = m_agent->openStream(agent::syscallsStreamRequest(names, -1, 500, false), std::move(handlers), &error);
    if (!m_agentChannel)
        calls->error = error;
    m_agentCalls = calls;
}

bool Sampler::sampleThere(State &st, SamplePoint &p)
{
    if (!m_agentCalls)
        return false;
    quint64 total = 0;
    qint64 arrived = -1;
    {
        QMutexLocker lock(&m_agentCalls->mutex);
        if (!m_agentCalls->error.isEmpty()) {
            p.error = m_agentCalls->error;
            st.have = false;
            return true;
        }
        arrived = m_agentCalls->arrivedMs;
        total = m_agentCalls->totals.value(st.source.field);
    }
    if (arrived < 0)
        return true; // nothing counted there yet
    if (st.have && arrived > st.agentMs) {
        const auto delta = counterDelta(quint64(st.last), total, 64);
        st.haveAgentRate = delta.has_value();
        st.agentRate = delta ? double(*delta) / (double(arrived - st.agentMs) / 1000.0) * st.source.displayScale() : 0;
    }
    p.value = st.agentRate;
    p.valid = st.haveAgentRate;
    st.have = true;
    st.last = double(total);
    st.agentMs = arrived;
    return true;
}

void Sampler::countSyscalls(const QStringList &names)
{
    if (names == m_countedNames)
        return;
    m_countedNames = names;
    m_syscallError.clear();
    if (m_syscalls)
        m_syscalls->close();
    // Reopened counters start again from zero: no rate across that.
    for (State &st : m_states) {
        if (st.source.source == QLatin1String("syscall")) {
            st.have = false;
            st.haveAgentRate = false;
            st.agentMs = -1;
        }
    }
    if (m_agent) {
        countThere(names);
        return;
    }
    if (names.isEmpty())
        return;
    // Without tracefs the table still has every number: BPF counts by
    // number; perf counting needs tracefs and says so.
    if (!m_syscallTable || m_syscallTable->tracefs.isEmpty())
        m_syscallTable = std::make_unique<SyscallTable>(SyscallTable::load());
    const QList<SyscallInfo> wanted = m_syscallTable->select(names);
    if (!m_syscalls)
        m_syscalls = std::make_unique<SyscallCounter>();
    if (!m_syscalls->open(wanted, -1))
        m_syscallError = m_syscalls->error();
}

void Sampler::setKeys(const QStringList &keys)
{
    QHash<QString, State> old;
    for (const State &s : std::as_const(m_states))
        old.insert(s.source.key, s);
    m_states.clear();
    for (const QString &k : keys) {
        const auto it = old.constFind(k);
        m_states.append(it != old.cend() ? it.value() : State{SampleSource::resolve(k)});
    }
    // The kernel's counters follow the keys at once: when nobody samples
    // any more, no tick comes to release them, and every system call on
    // the machine would keep paying for the hook.
    countSyscalls(syscallNames());
}

QStringList Sampler::syscallNames() const
{
    QStringList names;
    for (const State &st : m_states) {
        if (st.source.ok() && st.source.source == QLatin1String("syscall") && !names.contains(st.source.field))
            names.append(st.source.field);
    }
    return names;
}

bool Sampler::isCounting() const
{
    return (m_syscalls && m_syscalls->isOpen()) || m_agentChannel != 0;
}

QStringList Sampler::keys() const
{
    QStringList out;
    for (const State &s : m_states)
        out.append(s.source.key);
    return out;
}

QList<SamplePoint> Sampler::sample(qint64 monotonicMs)
{
    // One read per file, one parse per (file, source) pair.
    struct Read {
        ReadResult result;
        QHash<QString, QHash<QString, double>> bySource;
    };
    QHash<QString, Read> files;
    m_filesRead = 0;
    QHash<QString, double> syscallCounts;
    if (m_syscalls && m_syscalls->isOpen()) {
        const QList<quint64> counts = m_syscalls->read();
        for (int i = 0; i < counts.size(); ++i)
            syscallCounts.insert(m_syscalls->calls()[i].name, double(counts[i]));
    }
    QList<SamplePoint> out;
    out.reserve(m_states.size());
    for (State &st : m_states) {
        SamplePoint p;
        p.key = st.source.key;
        if (!st.source.ok()) {
            p.error = st.source.error;
            out.append(p);
            continue;
        }
        // The number now: from the kernel's syscall counters, or from a
        // file read once this tick.
        double cur = 0;
        if (st.source.source == QLatin1String("syscall") && sampleThere(st, p)) {
            out.append(p);
            continue;
        }
        if (st.source.source == QLatin1String("syscall")) {
            const auto c = syscallCounts.constFind(st.source.field);
            if (c == syscallCounts.cend()) {
                p.error = !m_syscallError.isEmpty() ? m_syscallError
                                                    : SampleSource::tr("This kernel has no tracepoint for %1.").arg(st.source.field);
                st.have = false;
                out.append(p);
                continue;
            }
            cur = c.value();
        } else {
            auto f = files.find(st.source.path);
            if (f == files.end()) {
                f = files.insert(st.source.path, Read{m_reader ? m_reader(st.source.path) : SafeReader::read(st.source.path, 1024 * 1024), {}});
                ++m_filesRead;
            }
            if (!f->result.ok()) {
                p.error = f->result.reason;
                st.have = false;
                out.append(p);
                continue;
            }
            auto parsed = f->bySource.find(st.source.source);
            if (parsed == f->bySource.end())
                parsed = f->bySource.insert(st.source.source, SampleSource::extract(st.source.source, f->result.data));
            const auto v = parsed->constFind(st.source.field);
            if (v == parsed->cend()) {
                p.error = SampleSource::tr("%1 has no field \"%2\".").arg(st.source.path, st.source.field);
                st.have = false;
                out.append(p);
                continue;
            }
            cur = v.value();
        }
        if (st.source.kind == SampleKind::Gauge) {
            p.value = cur * st.source.displayScale();
            p.valid = true;
        } else if (st.have && monotonicMs > st.lastMs) {
            double delta = cur - st.last;
            bool ok = true;
            if (delta < 0) {
                // Raw integer counters may wrap; scaled ones only reset.
                const bool integral = cur == std::floor(cur) && st.last == std::floor(st.last);
                const auto d = integral ? counterDelta(quint64(st.last), quint64(cur)) : std::nullopt;
                ok = d.has_value();
                delta = ok ? double(*d) : 0;
            }
            if (ok) {
                p.value = delta / (double(monotonicMs - st.lastMs) / 1000.0) * st.source.displayScale();
                p.valid = true;
            }
        }
        st.have = true;
        st.last = cur;
        st.lastMs = monotonicMs;
        out.append(p);
    }
    return out;
}

TimeSeries::TimeSeries(int capacity)
{
    m_points.resize(qMax(1, capacity));
    m_afterGap.resize(m_points.size());
}

void TimeSeries::setCapacity(int capacity)
{
    QList<QPointF> keep;
    QList<bool> gaps;
    for (int i = 0; i < m_size; ++i) {
        keep.append(at(i));
        gaps.append(beginsStretch(i));
    }
    m_points = QList<QPointF>(qMax(1, capacity));
    m_afterGap = QList<bool>(m_points.size());
    m_head = 0;
    m_size = 0;
    for (qsizetype i = qMax<qsizetype>(0, keep.size() - m_points.size()); i < keep.size(); ++i)
        append(keep[i].x(), keep[i].y(), gaps[i]);
}

void TimeSeries::append(double x, double y, bool afterGap)
{
    m_points[m_head] = QPointF(x, y);
    m_afterGap[m_head] = afterGap;
    m_head = (m_head + 1) % int(m_points.size());
    m_size = qMin(m_size + 1, int(m_points.size()));
}

int TimeSeries::slot(int i) const
{
    const int cap = int(m_points.size());
    return (m_head - m_size + i + cap) % cap;
}

QPointF TimeSeries::at(int i) const
{
    return m_points[slot(i)];
}

bool TimeSeries::beginsStretch(int i) const
{
    return i == 0 || m_afterGap[slot(i)];
}

QList<QPointF> TimeSeries::points() const
{
    QList<QPointF> out;
    out.reserve(m_size);
    for (int i = 0; i < m_size; ++i)
        out.append(at(i));
    return out;
}

QList<QList<QPointF>> TimeSeries::stretches() const
{
    QList<QList<QPointF>> out;
    for (int i = 0; i < m_size; ++i) {
        if (beginsStretch(i))
            out.append(QList<QPointF>());
        out.last().append(at(i));
    }
    return out;
}

} // namespace kc
