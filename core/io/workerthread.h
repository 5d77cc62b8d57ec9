// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QMetaObject>
#include <QObject>

#include <utility>

class QThread;

namespace kc {

/// A thread of our own for one worker object: the worker is moved onto it
/// at construction and deleted on it when the thread ends, which the
/// destructor waits for. Calls reach the worker through post() (queued)
/// or call() (the caller waits; for quick setup like opening a socket).
class WorkerThread
{
public:
    WorkerThread(const QString &name, QObject *worker, QObject *owner);
    ~WorkerThread();
    WorkerThread(const WorkerThread &) = delete;
    WorkerThread &operator=(const WorkerThread &) = delete;

    template<typename F>
    void post(F &&f) const
    {
        QMetaObject::invokeMethod(m_worker, std::forward<F>(f), Qt::QueuedConnection);
    }
    template<typename F>
    void call(F &&f) const
    {
        QMetaObject::invokeMethod(m_worker, std::forward<F>(f), Qt::BlockingQueuedConnection);
    }

private:
    QThread *m_thread;
    QObject *m_worker;
};

} // namespace kc
