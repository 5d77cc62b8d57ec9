// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "source/agentprotocol.h"
#include "source/datasource.h"

#include <QCborMap>
#include <QMutex>
#include <QObject>
#include <QStringList>

#include <sys/types.h>

class QSocketNotifier;

namespace kc {

/// A data source answered by `kchan agent --stdio` on another machine:
/// the command that reaches it (ssh HOST kchan agent --stdio, or
/// flatpak-spawn --host ...) is started with pipes on its standard input
/// and output, and requests go one at a time. A request that gets no
/// answer within the timeout, a frame that does not parse, or the
/// agent's end marks the source lost; from then on every request answers
/// with the reason, and nothing waits.
class AgentSource final : public QObject, public DataSource
{
    Q_OBJECT
public:
    /// Starts `command` and reads the agent's hello within `timeoutMs`
    /// (ssh may ask for a password on the terminal meanwhile). Null, with
    /// the reason in *error, when the agent does not answer.
    static std::shared_ptr<AgentSource> start(const QStringList &command, QString *error, int timeoutMs = 60000);
    /// The command that starts kchan's agent on `destination` ([user@]host) over ssh.
    static QStringList sshCommand(const QString &destination);
    /// A shell command line (quotes and all) that starts an agent, as a command.
    static QStringList shellCommand(const QString &line);
    /// Closes the agent's input and waits briefly for it to end; kills
    /// the process we started if it does not.
    ~AgentSource() override;

    SourceInfo info() const override;
    ReadResult read(const QString &path, qint64 cap = SafeReader::DefaultCap) override;
    DirListing list(const QString &path) override;
    QString readLink(const QString &path) override;
    QList<ProcessInfo> processes(QString *error = nullptr) override;
    SysfsObject sysfsObject(const QString &path) override;
    ProcessChannels processChannels(int pid) override;
    DeviceScan devices() override;
    FollowResult follow(const QString &node) override;
    std::vector<SysctlEntry> sysctl() override;
    SysctlEntry sysctlKey(const QString &key) override;
    std::vector<SysctlEntry> sysctlKeys(const QStringList &keys) override;
    QString lostReason() const override;

    /// How long one request may take before the source is lost.
    void setTimeout(int ms);
    /// The process started for the agent (ssh, flatpak-spawn or kchan).
    pid_t pid() const { return m_pid; }
    /// What was started, to start it again.
    QStringList command() const { return m_command; }
    /// Notices the agent's end while no request is under way (its error
    /// stream closes), from the event loop of the thread the source lives
    /// in; lost() follows.
    void watch();

Q_SIGNALS:
    /// The source stopped answering; emitted once, from the thread that
    /// noticed (connect with a queued connection).
    void lost(const QString &reason);

private:
    AgentSource() = default;
    void onStderr();
    /// One request and its answer; an empty map and *error when none came.
    QCborMap call(QCborMap request, QString *error);
    bool receive(QCborMap *message, int timeoutMs, QString *error);
    void lose(const QString &reason);
    QString endedText();
    /// Keeps the tail of what the agent wrote on its error stream; true
    /// when that stream has ended.
    bool drainStderr();
    void reap(int graceMs);

    mutable QMutex m_mutex;
    QStringList m_command;
    pid_t m_pid = -1;
    int m_toAgent = -1;
    int m_fromAgent = -1;
    int m_agentStderr = -1;
    int m_exitStatus = -1; // as waitpid gives it, once reaped
    agent::FrameReader m_reader;
    qint64 m_nextId = 1;
    int m_timeoutMs = 30000;
    SourceInfo m_info;
    QString m_lost;
    QByteArray m_stderrTail;
    QSocketNotifier *m_stderrNotifier = nullptr;
};

} // namespace kc
