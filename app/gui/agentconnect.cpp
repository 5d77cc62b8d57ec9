// SPDX-License-Identifier: GPL-2.0-or-later
#include "agentconnect.h"

#include "source/agentsource.h"

#include <QApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace kc {

namespace {

struct Started {
    std::shared_ptr<AgentSource> source;
    QString error;
};

} // namespace

std::shared_ptr<AgentSource> AgentConnect::run(QWidget *parent, const QStringList &command, const QString &machine, QString *error)
{
    QThread *gui = QCoreApplication::instance()->thread();
    QFuture<Started> future = QtConcurrent::run([command, gui] {
        Started s;
        s.source = AgentSource::start(command, &s.error);
        // Made on a worker; it lives and is watched on the GUI thread.
        if (s.source)
            s.source->moveToThread(gui);
        return s;
    });
    QProgressDialog progress(tr("Connecting to %1…").arg(machine), tr("Cancel"), 0, 0, parent);
    progress.setWindowTitle(tr("Connect"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QFutureWatcher<Started> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    if (!future.isFinished()) {
        // Cancelled: the worker ends within its timeout, and a source it
        // made then goes with the future, ending what it started.
        error->clear();
        return nullptr;
    }
    Started s = future.result();
    if (!s.source) {
        *error = s.error;
        return nullptr;
    }
    return s.source;
}

} // namespace kc
