// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "tracer.h"
#include "tracesummary.h"

#include <QObject>
#include <QStringList>

namespace kc {

class TraceCallModel;

/// The trace channel: one program's system calls, by a command it starts
/// or a process it attaches to, into a TraceCallModel and a TraceSummary.
/// Panes ask it and show what it says; they trace nothing themselves.
/// Stopping, or destroying it, detaches from every tracee: an attached
/// process always runs on, a started one runs on or is ended as the
/// options said.
class TraceController : public QObject
{
    Q_OBJECT
public:
    explicit TraceController(QObject *parent = nullptr);
    ~TraceController() override;

    TraceCallModel *model() const { return m_model; }
    const TraceSummary &summary() const { return m_summary; }

    /// Starts `command` (argv; PATH is searched) under trace; the model
    /// and summary are emptied first. False with `error` set when it could
    /// not start; a command that does not exist ends the trace at once,
    /// finished() saying why.
    bool start(const QStringList &command, const TraceOptions &options, QString *error = nullptr);
    /// Attaches to process `pid`; on refusal `error` says why (Yama,
    /// another user, a set-user-ID program …).
    bool attach(int pid, const TraceOptions &options, QString *error = nullptr);
    /// Shows calls read from a file (TraceFormat::readJsonLines) as a
    /// finished trace called `label`, instead of the last one. False when
    /// a trace is running.
    bool showImported(const QList<TraceCall> &calls, const QString &label, qint64 startMs);
    /// Detaches (or ends a started command, as its options said);
    /// finished() follows from the event loop.
    void stop();

    bool isRunning() const { return m_running; }
    /// The traced process; 0 before the first trace.
    int pid() const { return m_pid; }
    /// "BPF" or "ptrace": the backend of the current or last trace.
    QString backendName() const;
    /// Whether the trace started its command (rather than attaching).
    bool launched() const { return m_launched; }
    /// Whether the calls shown were read from a file.
    bool imported() const { return m_imported; }
    /// The command line, or "process 1234", of the current or last trace.
    QString targetText() const { return m_target; }
    /// When the current or last trace started, in ms since the epoch.
    qint64 startMs() const { return m_startMs; }
    /// How the last trace ended; hasEnded() says whether it has.
    const TraceEnd &end() const { return m_end; }
    bool hasEnded() const { return m_ended; }

    /// The numbers of the system calls named in `names` ("openat, read");
    /// those this architecture lacks go to `unknown`.
    static QSet<int> callNumbers(const QString &names, QStringList *unknown);

Q_SIGNALS:
    /// A trace started (runningChanged follows).
    void started(int pid);
    void runningChanged(bool running);
    /// A batch of calls is in the model and the summary.
    void callsAdded(int count);
    /// A traced process (not thread) ended: "exited with status 0".
    void processExited(int pid, const QString &how);
    void finished(const kc::TraceEnd &end);

private:
    bool begin(bool launched, const QString &target, TraceOptions::Backend backend, const std::function<bool(QString *)> &go,
               QString *error);
    /// A tracer of that backend in m_tracer; false with `why` when it cannot be had.
    bool useBackend(TraceOptions::Backend backend, QString *why);
    void take(const QList<TraceCall> &calls);

    Tracer *m_tracer = nullptr;
    TraceOptions::Backend m_backend = TraceOptions::Backend::Auto;
    TraceCallModel *m_model;
    TraceSummary m_summary;
    bool m_running = false;
    bool m_launched = false;
    bool m_imported = false;
    bool m_ended = false;
    int m_pid = 0;
    QString m_target;
    qint64 m_startMs = 0;
    TraceEnd m_end;
};

} // namespace kc
