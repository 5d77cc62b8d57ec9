// SPDX-License-Identifier: GPL-2.0-or-later
#include "workerthread.h"

#include <QThread>

namespace kc {

WorkerThread::WorkerThread(const QString &name, QObject *worker, QObject *owner)
    : m_thread(new QThread(owner))
    , m_worker(worker)
{
    m_thread->setObjectName(name);
    m_worker->moveToThread(m_thread);
    QObject::connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

WorkerThread::~WorkerThread()
{
    m_thread->quit();
    m_thread->wait();
}

} // namespace kc
