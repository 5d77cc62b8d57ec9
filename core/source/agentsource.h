// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "source/agentprotocol.h"
#include "source/datasource.h"

#include <QCborMap>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QRecursiveMutex>
#include <QStringList>
#include <QWaitCondition>

#include <functional>
#include <map>
#include <thread>

#include <sys/types.h>

namespace kc {

/// A data source answered by `kchan agent --stdio` on another machine:
/// the command that reaches it (ssh HOST kchan agent --stdio, or
/// flatpak-spawn --host ...) is started with pipes on its standard input
/// and output. A thread of the source's reads everything the agent sends:
/// answers go to the request waiting for them (several may be under way,
/// from any thread), stream frames to their stream's handlers. A request
/// that gets no answer within the timeout, a frame that does not parse,
/// or the agent's end marks the source lost; from then on every request
/// answers with the reason, and nothing waits.
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
    SysctlWriteResult writeSysctl(const QString &key, const QString &value) override;
    NetlinkSocketList netlinkSockets() override;
    GenlFamilyList genlFamilies(bool withPolicies) override;
    WhyAnswer why(const QString &subject, int pid) override;
    SyscallTable syscallTable() override;
    QString lostReason() const override;

    /// How long one request may take before the source is lost.
    void setTimeout(int ms);
    /// The process started for the agent (ssh, flatpak-spawn or kchan).
    pid_t pid() const { return m_pid; }
    /// What was started, to start it again.
    QStringList command() const { return m_command; }

    /// One request and its answer; an empty map and *error when none came
    /// or the answer is an error.
    QCborMap call(QCborMap request, QString *error);

    /// Where a stream's frames go: called on the source's reader thread,
    /// one frame at a time and in order, never after closeStream().
    struct StreamHandlers {
        std::function<void(const QCborMap &frame)> frame;
        /// The source was lost: no frame follows.
        std::function<void(const QString &reason)> ended;
    };
    /// Opens a stream (`request` names its kind and arguments; the op and
    /// channel are filled in): its channel number, or 0 and *error.
    qint64 openStream(QCborMap request, StreamHandlers handlers, QString *error);
    /// `frames` frames of the stream have been dealt with: the agent may
    /// send that many more (it holds back after a few, and its socket's
    /// buffer holds what arrives meanwhile, as it would for a slow reader
    /// on the machine itself).
    void acknowledge(qint64 channel, int frames = 1);
    /// Closes the stream at the agent; no handler of it runs once this returns.
    void closeStream(qint64 channel);

Q_SIGNALS:
    /// The source stopped answering; emitted once, from the thread that
    /// noticed (connect with a queued connection).
    void lost(const QString &reason);

private:
    struct Stream {
        QRecursiveMutex mutex; // held while a handler runs
        StreamHandlers handlers;
        bool open = true;
    };

    AgentSource() = default;
    void readLoop();
    /// One message from the agent to whoever waits for it; false when it
    /// ends the connection.
    bool dispatch(QCborMap message);
    bool send(const QCborMap &message, int timeoutMs, QString *error);
    void lose(const QString &reason);
    QString endedText();
    /// Keeps the tail of what the agent wrote on its error stream; true
    /// when that stream has ended.
    bool drainStderr();
    void reap(int graceMs);

    // Set once by start(), then only read.
    QStringList m_command;
    pid_t m_pid = -1;
    int m_fromAgent = -1;
    int m_agentStderr = -1;
    int m_wake[2] = {-1, -1}; // ends the reader thread
    std::thread m_reader;

    mutable QMutex m_mutex; // everything below up to m_writeMutex
    QWaitCondition m_answered;
    bool m_helloSeen = false;
    QCborMap m_hello;
    QHash<qint64, QCborMap> m_replies;
    std::map<qint64, std::shared_ptr<Stream>> m_streams;
    qint64 m_nextId = 1;
    qint64 m_nextChannel = 1;
    int m_timeoutMs = 30000;
    SourceInfo m_info;
    QString m_lost;
    bool m_closing = false;

    QMutex m_writeMutex;
    int m_toAgent = -1;

    QMutex m_reapMutex;
    int m_exitStatus = -1; // as waitpid gives it, once reaped
    QByteArray m_stderrTail; // the reader thread's, until it has ended
};

} // namespace kc
