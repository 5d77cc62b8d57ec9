// SPDX-License-Identifier: GPL-2.0-or-later
#include "filepoller.h"

#include "procfs/procformats.h"
#include "source/datasource.h"

namespace kc {

FilePoller::FilePoller(QObject *parent)
    : QObject(parent)
{
    connect(&m_timer, &QTimer::timeout, this, &FilePoller::refreshNow);
}

void FilePoller::setPath(const QString &path)
{
    m_path = path;
    m_read.cancel(); // an answer for the previous path is stale
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

FileSnapshot FilePoller::load(const QString &path, DataSource &source)
{
    FileSnapshot s;
    s.path = path;
    s.when = QDateTime::currentDateTime();
    s.read = source.read(path);
    const ProcFormat *format = ProcFormats::forPath(path);
    s.hasFormat = format != nullptr;
    if (format && s.read.ok())
        s.doc = format->parse(s.read.data);
    return s;
}

void FilePoller::refreshNow()
{
    if (m_path.isEmpty())
        return;
    m_read.runIfIdle([path = m_path, source = m_source ? m_source : DataSource::local()] { return load(path, *source); }, [this](const FileSnapshot &s) { Q_EMIT loaded(s); });
}

} // namespace kc
