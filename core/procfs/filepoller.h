// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "io/async.h"
#include "io/safereader.h"
#include "procfs/parsedtable.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <memory>

namespace kc {

class DataSource;

/// What one read of a file gave: the bytes (or why none) and, for known
/// formats, the parsed tables.
struct FileSnapshot {
    QString path;
    ReadResult read;
    ParsedDoc doc;
    bool hasFormat = false;
    QDateTime when;
};

/// Reads one file off the GUI thread, now and then at an interval. Only one
/// read is in flight at a time; a tick that finds one running is skipped.
class FilePoller : public QObject
{
    Q_OBJECT
public:
    explicit FilePoller(QObject *parent = nullptr);

    QString path() const { return m_path; }
    void setPath(const QString &path);
    /// 0 turns auto-refresh off.
    void setInterval(int msec);
    int interval() const { return m_interval; }
    void refreshNow();
    bool isBusy() const { return m_read.isBusy(); }

    /// Where the file is read: this kernel unless set.
    void setSource(std::shared_ptr<DataSource> source) { m_source = std::move(source); }

    /// The read and parse, as run on the worker; callable directly.
    static FileSnapshot load(const QString &path, DataSource &source);

Q_SIGNALS:
    void loaded(const kc::FileSnapshot &snapshot);

private:
    QString m_path;
    QTimer m_timer;
    int m_interval = 0;
    std::shared_ptr<DataSource> m_source;
    Async<FileSnapshot> m_read{this};
};

} // namespace kc

Q_DECLARE_METATYPE(kc::FileSnapshot)
