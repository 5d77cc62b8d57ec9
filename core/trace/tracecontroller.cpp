// SPDX-License-Identifier: GPL-2.0-or-later
#include "tracecontroller.h"

#include "models/tracecallmodel.h"
#include "syscalldecoder.h"

#include <QDateTime>
#include <QRegularExpression>

namespace kc {

namespace {

// The command as a user would type it, for QProcess::splitCommand.
QString commandLine(const QStringList &command)
{
    QStringList out;
    for (QString arg : command) {
        if (arg.isEmpty() || arg.contains(QLatin1Char(' ')) || arg.contains(QLatin1Char('\t')) || arg.contains(QLatin1Char('"'))) {
            arg.replace(QLatin1Char('"'), QStringLiteral("\"\"\""));
            arg = QLatin1Char('"') + arg + QLatin1Char('"');
        }
        out.append(arg);
    }
    return out.join(QLatin1Char(' '));
}

} // namespace

TraceController::TraceController(QObject *parent)
    : QObject(parent)
    , m_model(new TraceCallModel(this))
{
}

TraceController::~TraceController()
{
    // Detach before the model goes; the tracer would do it too, later.
    if (m_tracer)
        m_tracer->stop();
}

bool TraceController::useBackend(TraceOptions::Backend backend, QString *why)
{
    if (m_tracer && m_backend == backend)
        return true;
    Tracer *tracer = Tracer::make(backend, this, why);
    if (!tracer)
        return false;
    delete m_tracer;
    m_tracer = tracer;
    m_backend = backend;
    connect(m_tracer, &Tracer::callsReady, this, &TraceController::take);
    connect(m_tracer, &Tracer::processExited, this, [this](int pid, const QString &how) {
        // Its last calls may still wait in the tracer's queue: they come first.
        take(m_tracer->takeCalls());
        Q_EMIT processExited(pid, how);
    });
    connect(m_tracer, &Tracer::finished, this, [this](const TraceEnd &end) {
        m_end = end;
        m_ended = true;
        m_running = false;
        Q_EMIT finished(end);
        Q_EMIT runningChanged(false);
    });
    return true;
}

QString TraceController::backendName() const
{
    return m_tracer ? m_tracer->backendName() : QString();
}

bool TraceController::begin(bool launched, const QString &target, TraceOptions::Backend backend,
                            const std::function<bool(QString *)> &go, QString *error)
{
    if (m_running) {
        if (error)
            *error = tr("A trace is already running: stop it first.");
        return false;
    }
    QString unavailable;
    if (!useBackend(backend, &unavailable)) {
        m_end = TraceEnd();
        m_end.error = unavailable;
        if (error)
            *error = unavailable;
        return false;
    }
    m_model->clear();
    m_summary.clear();
    m_end = TraceEnd();
    m_ended = false;
    m_launched = launched;
    m_imported = false;
    m_target = target;
    m_startMs = QDateTime::currentMSecsSinceEpoch();
    QString why;
    if (!go(&why)) {
        m_end.error = why;
        if (error)
            *error = why;
        return false;
    }
    m_pid = m_tracer->pid();
    m_running = true;
    Q_EMIT started(m_pid);
    Q_EMIT runningChanged(true);
    return true;
}

bool TraceController::start(const QStringList &command, const TraceOptions &options, QString *error)
{
    if (command.isEmpty()) {
        if (error)
            *error = tr("No command to run.");
        return false;
    }
    return begin(true, commandLine(command), options.backend,
                 [&](QString *why) { return m_tracer->start(command, options, why); }, error);
}

bool TraceController::attach(int pid, const TraceOptions &options, QString *error)
{
    return begin(false, tr("process %1").arg(pid), options.backend, [&](QString *why) { return m_tracer->attach(pid, options, why); }, error);
}

bool TraceController::showImported(const QList<TraceCall> &calls, const QString &label, qint64 startMs)
{
    if (m_running)
        return false;
    m_model->clear();
    m_summary.clear();
    m_end = TraceEnd();
    m_end.calls = calls.size();
    m_ended = true;
    m_launched = false;
    m_imported = true;
    m_pid = calls.isEmpty() ? 0 : calls.first().pid;
    m_target = label;
    m_startMs = startMs;
    take(calls);
    return true;
}

void TraceController::stop()
{
    if (m_running && m_tracer)
        m_tracer->stop();
}

void TraceController::take(const QList<TraceCall> &calls)
{
    if (calls.isEmpty())
        return;
    for (const TraceCall &c : calls)
        m_summary.add(c);
    m_model->appendCalls(calls);
    Q_EMIT callsAdded(int(calls.size()));
}

QSet<int> TraceController::callNumbers(const QString &names, QStringList *unknown)
{
    QSet<int> out;
    for (const QString &part : names.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts)) {
        const int n = SyscallDecoder::callNumber(part);
        if (n >= 0)
            out.insert(n);
        else if (unknown)
            unknown->append(part);
    }
    return out;
}

} // namespace kc
