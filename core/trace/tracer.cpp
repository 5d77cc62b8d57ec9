// SPDX-License-Identifier: GPL-2.0-or-later
#include "tracer.h"

#include "bpftracer.h"
#include "ptracetracer.h"

#include <QMetaObject>

namespace kc {

Tracer::Tracer(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<kc::TraceCall>();
    qRegisterMetaType<QList<kc::TraceCall>>();
    qRegisterMetaType<kc::TraceEnd>();
}

Tracer::~Tracer() = default;

QString Tracer::bpfUnavailable()
{
    return BpfTracer::unavailable();
}

Tracer *Tracer::make(TraceOptions::Backend backend, QObject *parent, QString *why)
{
    if (backend == TraceOptions::Backend::Ptrace)
        return new PtraceTracer(parent);
    const QString missing = bpfUnavailable();
    if (missing.isEmpty())
        return new BpfTracer(parent);
    if (backend == TraceOptions::Backend::Bpf) {
        if (why)
            *why = missing;
        return nullptr;
    }
    return new PtraceTracer(parent);
}

void Tracer::resetDelivery(int maxQueued)
{
    QMutexLocker lock(&m_mutex);
    m_queue.clear();
    m_dropped = 0;
    m_delivered = 0;
    m_maxQueued = maxQueued;
    m_finishedSent = false;
}

QList<TraceCall> Tracer::takeCalls()
{
    QMutexLocker lock(&m_mutex);
    QList<TraceCall> out;
    out.swap(m_queue);
    m_delivered += out.size();
    return out;
}

void Tracer::enqueue(QList<TraceCall> &batch)
{
    QMutexLocker lock(&m_mutex);
    const qsizetype room = qMax<qsizetype>(0, m_maxQueued - m_queue.size());
    if (batch.size() > room) {
        m_dropped += batch.size() - room;
        batch.resize(room);
    }
    m_queue.append(std::move(batch));
    if (!m_deliveryPosted) {
        m_deliveryPosted = true;
        QMetaObject::invokeMethod(this, [this] { deliver(); }, Qt::QueuedConnection);
    }
}

void Tracer::deliver()
{
    m_mutex.lock();
    m_deliveryPosted = false;
    m_mutex.unlock();
    const QList<TraceCall> calls = takeCalls();
    if (!calls.isEmpty())
        Q_EMIT callsReady(calls);
}

void Tracer::finish(TraceEnd end)
{
    deliver();
    if (m_finishedSent)
        return;
    m_finishedSent = true;
    end.dropped += m_dropped.load();
    end.calls = m_delivered;
    Q_EMIT finished(end);
}

} // namespace kc
