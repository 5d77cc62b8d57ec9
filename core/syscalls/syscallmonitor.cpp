// SPDX-License-Identifier: GPL-2.0-or-later
#include "syscallmonitor.h"

#include "source/agentcodec.h"
#include "source/agentsource.h"

#include <QCborArray>
#include <QCborMap>
#include <QMetaObject>
#include <QThread>
#include <QTimer>


namespace kc {

SyscallMonitor::SyscallMonitor(QObject *parent)
    : QObject(parent)
    , m_worker(new SyscallWorker)
    , m_thread(QStringLiteral("syscall-counter"), m_worker, this)
{
    qRegisterMetaType<QList<kc::ProcessCallRate>>();
    // Reports cross to our thread queued; those of a run already replaced
    // by a newer start() or a stop() are old news.
    connect(m_worker, &SyscallWorker::counted, this, [this](int run, const QHash<QString, double> &rates, const QHash<QString, quint64> &totals) {
        if (run == m_run)
            Q_EMIT counted(rates, totals);
    });
    connect(m_worker, &SyscallWorker::failed, this, [this](int run, const QString &reason) {
        if (run == m_run)
            Q_EMIT failed(reason);
    });
    connect(m_worker, &SyscallWorker::started, this, [this](int run, int pid, int calls, bool bpf) {
        if (run == m_run)
            Q_EMIT started(pid, calls, bpf);
    });
    connect(m_worker, &SyscallWorker::busiest, this, [this](int run, const QList<ProcessCallRate> &processes) {
        if (run == m_run)
            Q_EMIT busiest(processes);
    });
}

SyscallMonitor::~SyscallMonitor()
{
    stop(); // queued before the thread's end
}

void SyscallMonitor::setSource(const std::shared_ptr<DataSource> &source)
{
    stop();
    m_agent = std::dynamic_pointer_cast<AgentSource>(source);
}

void SyscallMonitor::start(const SyscallTable &table, int pid, int intervalMs, bool byProcess)
{
    const int run = ++m_run;
    if (m_agent) {
        startThere(run, table, pid, intervalMs, byProcess);
        return;
    }
    m_thread.post([w = m_worker, run, table, pid, intervalMs, byProcess] { w->start(run, table, pid, intervalMs, byProcess); });
}

void SyscallMonitor::stop()
{
    ++m_run;
    closeThere();
    m_thread.post([w = m_worker] { w->stop(); });
}

void SyscallMonitor::startThere(int run, const SyscallTable &table, int pid, int intervalMs, bool byProcess)
{
    closeThere();
    QStringList names;
    for (const SyscallInfo &c : table.calls)
        names.append(c.name);
    const QCborMap request = agent::syscallsStreamRequest(names, pid, intervalMs, byProcess);
    // Frames arrive on the source's reader thread; the reports leave from
    // ours, and none after closeThere() (the stream's handlers have
    // stopped by then, and a report already queued is of an older run).
    AgentSource::StreamHandlers handlers;
    handlers.frame = [this, run](const QCborMap &frame) {
        QMetaObject::invokeMethod(this, [this, run, frame] { fromAgent(run, frame); }, Qt::QueuedConnection);
    };
    handlers.ended = [this, run](const QString &reason) {
        QMetaObject::invokeMethod(
            this,
            [this, run, reason] {
                if (run == m_run)
                    Q_EMIT failed(tr("Counting on the other machine stopped: %1").arg(reason));
            },
            Qt::QueuedConnection);
    };
    QString error;
    m_channel = m_agent->openStream(request, std::move(handlers), &error);
    if (!m_channel) {
        QMetaObject::invokeMethod(
            this,
            [this, run, error] {
                if (run == m_run)
                    Q_EMIT failed(tr("The agent cannot count system calls: %1").arg(error));
            },
            Qt::QueuedConnection);
    }
}

void SyscallMonitor::fromAgent(int run, const QCborMap &frame)
{
    if (run != m_run)
        return;
    if (frame.contains(QStringLiteral("started"))) {
        const QCborArray s = frame.value(QStringLiteral("started")).toArray();
        Q_EMIT started(int(s.at(0).toInteger()), int(s.at(1).toInteger()), s.at(2).toBool());
    } else if (frame.contains(QStringLiteral("failed"))) {
        Q_EMIT failed(frame.value(QStringLiteral("failed")).toString());
    } else if (frame.contains(QStringLiteral("busiest"))) {
        Q_EMIT busiest(agent::decodeCallRates(frame.value(QStringLiteral("busiest")).toArray()));
    } else {
        QHash<QString, double> rates;
        QHash<QString, quint64> totals;
        agent::decodeCallCounts(frame, &rates, &totals);
        Q_EMIT counted(rates, totals);
    }
}

void SyscallMonitor::closeThere()
{
    if (m_agent && m_channel)
        m_agent->closeStream(m_channel);
    m_channel = 0;
}

void SyscallWorker::start(int run, const SyscallTable &table, int pid, int intervalMs, bool byProcess)
{
    stop();
    m_run = run;
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &SyscallWorker::tick);
    }
    if (!m_counter.open(table.calls, pid, SyscallCounter::Method::Best, byProcess && pid <= 0)) {
        Q_EMIT failed(m_run, m_counter.error());
        return;
    }
    m_pid = pid;
    m_clock.start();
    m_lastMs = 0;
    m_first = m_last = m_counter.read();
    m_lastByProcess = m_counter.callsByProcess();
    m_timer->start(intervalMs);
    Q_EMIT started(m_run, pid, int(m_counter.calls().size()), m_counter.method() == SyscallCounter::Method::Bpf);
}

void SyscallWorker::stop()
{
    if (m_timer)
        m_timer->stop();
    m_counter.close();
}

void SyscallWorker::tick()
{
    const QList<quint64> now = m_counter.read();
    const qint64 ms = m_clock.elapsed();
    const double dt = qMax(0.001, double(ms - m_lastMs) / 1000.0);
    QHash<QString, double> rates;
    QHash<QString, quint64> totals;
    const QList<SyscallInfo> &calls = m_counter.calls();
    for (const auto &[count, i] : SyscallCounter::moved(m_last, now))
        rates.insert(calls[i].name, double(count) / dt);
    for (int i = 0; i < now.size() && i < calls.size(); ++i)
        totals.insert(calls[i].name, now[i] - m_first[i]);
    m_last = now;
    m_lastMs = ms;
    Q_EMIT counted(m_run, rates, totals);
    if (m_pid <= 0) {
        const QHash<int, quint64> byProcess = m_counter.callsByProcess();
        if (!byProcess.isEmpty())
            Q_EMIT busiest(m_run, SyscallCounter::busiest(m_lastByProcess, byProcess, dt, 10));
        m_lastByProcess = byProcess;
    }
    if (m_counter.targetExited()) {
        stop();
        Q_EMIT failed(m_run, tr("Process %1 has exited; its counts stay as they were.").arg(m_pid));
    }
}

} // namespace kc
