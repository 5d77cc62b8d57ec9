// SPDX-License-Identifier: GPL-2.0-or-later
#include "filepoller.h"

#include "procfs/procformats.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace kc {

FilePoller::FilePoller(QObject *parent)
    : QObject(parent)
{
    connect(&m_timer, &QTimer::timeout, this, &FilePoller::refreshNow);
}

void FilePoller::setPath(const QString &path)
{
    m_path = path;
    ++m_request; // results for the previous path are now stale
    m_busy = false;
    refreshNow();
}

void FilePoller::setInterval(int msec)
{
    m_interval = msec;
    if (msec > 0)
        m_timer.start(msec);
    else
        m_timer.stop();
}

FileSnapshot FilePoller::load(const QString &path)
{
    FileSnapshot s;
    s.path = path;
    s.when = QDateTime::currentDateTime();
    s.read = SafeReader::read(path);
    const ProcFormat *format = ProcFormats::forPath(path);
    s.hasFormat = format != nullptr;
    if (format && s.read.ok())
        s.doc = format->parse(s.read.data);
    return s;
}

void FilePoller::refreshNow()
{
    if (m_path.isEmpty() || m_busy)
        return;
    m_busy = true;
    const quint64 request = m_request;
    auto *watcher = new QFutureWatcher<FileSnapshot>(this);
    connect(watcher, &QFutureWatcher<FileSnapshot>::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        if (request != m_request)
            return;
        m_busy = false;
        Q_EMIT loaded(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&FilePoller::load, m_path));
}

} // namespace kc
