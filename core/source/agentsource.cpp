// SPDX-License-Identifier: GPL-2.0-or-later
#include "agentsource.h"

#include "source/agentcodec.h"

#include <QCborArray>
#include <QCborValue>
#include <QElapsedTimer>
#include <QMutexLocker>
#include <QSocketNotifier>

#include <cerrno>
#include <mutex>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace kc {

namespace {

constexpr qsizetype StderrTail = 4096;

void closeFd(int &fd)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

} // namespace

QStringList AgentSource::sshCommand(const QString &destination)
{
    // "--" keeps a destination that starts with a dash from being an option.
    return {QStringLiteral("ssh"), QStringLiteral("--"), destination, QStringLiteral("kchan"), QStringLiteral("agent"), QStringLiteral("--stdio")};
}

QStringList AgentSource::shellCommand(const QString &line)
{
    if (line.trimmed().isEmpty())
        return {};
    // exec: the agent (or ssh) is the process we started, not a shell.
    return {QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("exec ") + line};
}

std::shared_ptr<AgentSource> AgentSource::start(const QStringList &command, QString *error, int timeoutMs)
{
    if (command.isEmpty()) {
        *error = tr("no command to start the agent");
        return nullptr;
    }
    // A write to an agent that has gone must fail with EPIPE, not end us.
    std::signal(SIGPIPE, SIG_IGN);
    int in[2], out[2], errPipe[2];
    if (::pipe2(in, O_CLOEXEC) != 0)
        return *error = QString::fromLocal8Bit(std::strerror(errno)), nullptr;
    if (::pipe2(out, O_CLOEXEC) != 0) {
        ::close(in[0]), ::close(in[1]);
        return *error = QString::fromLocal8Bit(std::strerror(errno)), nullptr;
    }
    if (::pipe2(errPipe, O_CLOEXEC) != 0) {
        ::close(in[0]), ::close(in[1]), ::close(out[0]), ::close(out[1]);
        return *error = QString::fromLocal8Bit(std::strerror(errno)), nullptr;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in[0], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, errPipe[1], STDERR_FILENO);
    QList<QByteArray> args;
    for (const QString &a : command)
        args.append(a.toLocal8Bit());
    QList<char *> argv;
    for (QByteArray &a : args)
        argv.append(a.data());
    argv.append(nullptr);
    pid_t pid = -1;
    const int rc = ::posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(in[0]);
    ::close(out[1]);
    ::close(errPipe[1]);
    if (rc != 0) {
        ::close(in[1]), ::close(out[0]), ::close(errPipe[0]);
        *error = tr("cannot run %1: %2").arg(command.first(), QString::fromLocal8Bit(std::strerror(rc)));
        return nullptr;
    }
    std::shared_ptr<AgentSource> source(new AgentSource);
    source->m_command = command;
    source->m_pid = pid;
    source->m_toAgent = in[1];
    source->m_fromAgent = out[0];
    source->m_agentStderr = errPipe[0];
    ::fcntl(source->m_agentStderr, F_SETFL, ::fcntl(source->m_agentStderr, F_GETFL) | O_NONBLOCK);

    QMutexLocker lock(&source->m_mutex);
    QCborMap hello;
    QString why;
    if (!source->receive(&hello, timeoutMs, &why)) {
        *error = why;
        return nullptr;
    }
    SourceInfo info;
    if (!agent::decodeHello(hello, &info, &why)) {
        source->lose(why);
        *error = why;
        return nullptr;
    }
    // As the user gave it: the shell's line, or the command.
    const bool shell = command.size() == 3 && command[0] == QLatin1String("/bin/sh") && command[2].startsWith(QLatin1String("exec "));
    info.via = shell ? command[2].mid(5) : command.join(QLatin1Char(' '));
    source->m_info = info;
    return source;
}

AgentSource::~AgentSource()
{
    delete m_stderrNotifier;
    closeFd(m_toAgent);
    reap(1000);
    closeFd(m_fromAgent);
    closeFd(m_agentStderr);
}

void AgentSource::reap(int graceMs)
{
    if (m_pid <= 0 || m_exitStatus >= 0)
        return;
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        int status = 0;
        const pid_t r = ::waitpid(m_pid, &status, WNOHANG);
        if (r == m_pid) {
            m_exitStatus = status;
            return;
        }
        if (r < 0) {
            m_exitStatus = 0;
            return;
        }
        if (clock.elapsed() >= graceMs)
            break;
        ::usleep(10000);
    }
    // Only the process we started, by its PID.
    ::kill(m_pid, SIGKILL);
    int status = 0;
    if (::waitpid(m_pid, &status, 0) == m_pid)
        m_exitStatus = status;
}

bool AgentSource::drainStderr()
{
    char buf[4096];
    ssize_t n = -1;
    while (m_agentStderr >= 0 && (n = ::read(m_agentStderr, buf, sizeof buf)) > 0)
        m_stderrTail.append(buf, n);
    if (m_stderrTail.size() > StderrTail)
        m_stderrTail = m_stderrTail.right(StderrTail);
    return n == 0;
}

QString AgentSource::endedText()
{
    reap(2000);
    drainStderr();
    const QString said = QString::fromLocal8Bit(m_stderrTail).trimmed();
    const bool missing = (WIFEXITED(m_exitStatus) && WEXITSTATUS(m_exitStatus) == 127)
        || said.contains(QLatin1String("kchan: command not found")) || said.contains(QLatin1String("kchan: not found"));
    if (missing) {
        return tr("kchan is not installed where the agent was to run (%1): install Kernel Channels' kchan there, on the PATH "
                  "of a non-interactive login.")
            .arg(m_command.join(QLatin1Char(' ')));
    }
    QString how;
    if (WIFEXITED(m_exitStatus))
        how = tr("it exited with status %1").arg(WEXITSTATUS(m_exitStatus));
    else if (WIFSIGNALED(m_exitStatus))
        how = tr("it was ended by signal %1").arg(WTERMSIG(m_exitStatus));
    else
        how = tr("it closed its output");
    return said.isEmpty() ? tr("the agent has gone: %1").arg(how) : tr("the agent has gone: %1; it said: %2").arg(how, said.right(600));
}

void AgentSource::lose(const QString &reason)
{
    if (!m_lost.isEmpty())
        return;
    m_lost = reason;
    closeFd(m_toAgent);
    if (m_pid > 0 && m_exitStatus < 0)
        ::kill(m_pid, SIGTERM);
    reap(1000);
    closeFd(m_fromAgent);
    Q_EMIT lost(reason);
}

void AgentSource::watch()
{
    QMutexLocker lock(&m_mutex);
    if (m_stderrNotifier || m_agentStderr < 0)
        return;
    m_stderrNotifier = new QSocketNotifier(m_agentStderr, QSocketNotifier::Read, this);
    connect(m_stderrNotifier, &QSocketNotifier::activated, this, &AgentSource::onStderr);
}

void AgentSource::onStderr()
{
    // A request under way reads the error stream itself and notices an end.
    std::unique_lock<QMutex> lock(m_mutex, std::try_to_lock);
    if (!lock.owns_lock())
        return;
    if (m_agentStderr < 0 || !m_lost.isEmpty()) {
        m_stderrNotifier->setEnabled(false);
        return;
    }
    if (drainStderr()) {
        // The error stream closed: the agent (or ssh) has ended, or is ending.
        m_stderrNotifier->setEnabled(false);
        lose(endedText());
    }
}

bool AgentSource::receive(QCborMap *message, int timeoutMs, QString *error)
{
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        QString malformed;
        switch (m_reader.next(message, &malformed)) {
        case agent::FrameReader::Result::Message:
            if (message->contains(QStringLiteral("fatal"))) {
                lose(tr("the agent ended the connection: %1").arg(message->value(QStringLiteral("fatal")).toString()));
                *error = m_lost;
                return false;
            }
            return true;
        case agent::FrameReader::Result::Malformed:
            lose(tr("the agent sent %1").arg(malformed));
            *error = m_lost;
            return false;
        case agent::FrameReader::Result::NeedMore:
            break;
        }
        const qint64 left = timeoutMs - clock.elapsed();
        if (left <= 0) {
            lose(tr("the agent did not answer within %Ln second(s)", nullptr, int((timeoutMs + 999) / 1000)));
            *error = m_lost;
            return false;
        }
        pollfd fds[2] = {{m_fromAgent, POLLIN, 0}, {m_agentStderr, POLLIN, 0}};
        const int n = ::poll(fds, m_agentStderr >= 0 ? 2 : 1, int(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (fds[1].revents & (POLLIN | POLLHUP)) {
            if (drainStderr())
                closeFd(m_agentStderr);
        }
        if (!(fds[0].revents & (POLLIN | POLLHUP | POLLERR)))
            continue;
        char buf[65536];
        const ssize_t got = ::read(m_fromAgent, buf, sizeof buf);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0) {
            const QString ended = endedText();
            lose(ended);
            *error = m_lost;
            return false;
        }
        m_reader.append(QByteArrayView(buf, got));
    }
}

QCborMap AgentSource::call(QCborMap request, QString *error)
{
    QMutexLocker lock(&m_mutex);
    if (!m_lost.isEmpty()) {
        *error = m_lost;
        return {};
    }
    const qint64 id = m_nextId++;
    request.insert(QStringLiteral("id"), id);
    const QByteArray bytes = agent::frame(request);
    QElapsedTimer clock;
    clock.start();
    for (qsizetype done = 0; done < bytes.size();) {
        pollfd pfd{m_toAgent, POLLOUT, 0};
        const qint64 left = m_timeoutMs - clock.elapsed();
        if (left <= 0 || ::poll(&pfd, 1, int(left)) == 0) {
            lose(tr("the agent did not take a request within %Ln second(s)", nullptr, (m_timeoutMs + 999) / 1000));
            *error = m_lost;
            return {};
        }
        const ssize_t n = ::write(m_toAgent, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (n <= 0) {
            lose(endedText());
            *error = m_lost;
            return {};
        }
        done += n;
    }
    QCborMap reply;
    for (;;) {
        const qint64 left = m_timeoutMs - clock.elapsed();
        if (!receive(&reply, int(qMax<qint64>(left, 1)), error))
            return {};
        if (reply.value(QStringLiteral("id")).toInteger(-1) == id)
            break;
        // An answer to an earlier request that timed out cannot come (the
        // source is lost then); anything else is a confused agent.
        lose(tr("the agent answered a request that was not asked"));
        *error = m_lost;
        return {};
    }
    if (reply.contains(QStringLiteral("error")) && reply.size() == 2) {
        *error = reply.value(QStringLiteral("error")).toString();
        return {};
    }
    return reply;
}

SourceInfo AgentSource::info() const
{
    QMutexLocker lock(&m_mutex);
    return m_info;
}

QString AgentSource::lostReason() const
{
    QMutexLocker lock(&m_mutex);
    return m_lost;
}

void AgentSource::setTimeout(int ms)
{
    QMutexLocker lock(&m_mutex);
    m_timeoutMs = ms;
}

ReadResult AgentSource::read(const QString &path, qint64 cap)
{
    QString error;
    const QCborMap reply = call(QCborMap{{QStringLiteral("op"), QStringLiteral("read")}, {QStringLiteral("path"), path}, {QStringLiteral("cap"), cap}},
                                &error);
    if (reply.isEmpty()) {
        ReadResult r;
        r.status = ReadStatus::IoError;
        r.reason = tr("%1: %2").arg(path, error);
        return r;
    }
    return agent::decodeRead(reply);
}

DirListing AgentSource::list(const QString &path)
{
    QString error;
    const QCborMap reply = call(QCborMap{{QStringLiteral("op"), QStringLiteral("list")}, {QStringLiteral("path"), path}}, &error);
    if (reply.isEmpty()) {
        DirListing listing;
        listing.path = path;
        listing.error = tr("%1: %2").arg(path, error);
        return listing;
    }
    return agent::decodeListing(reply);
}

QString AgentSource::readLink(const QString &path)
{
    QString error;
    const QCborMap reply = call(QCborMap{{QStringLiteral("op"), QStringLiteral("readlink")}, {QStringLiteral("path"), path}}, &error);
    return reply.value(QStringLiteral("target")).toString();
}

SysfsObject AgentSource::sysfsObject(const QString &path)
{
    QString error;
    const QCborMap reply = call(QCborMap{{QStringLiteral("op"), QStringLiteral("sysfs")}, {QStringLiteral("path"), path}}, &error);
    if (reply.isEmpty()) {
        SysfsObject object;
        object.path = path;
        object.error = tr("%1: %2").arg(path, error);
        return object;
    }
    return agent::decodeSysfs(reply);
}

ProcessChannels AgentSource::processChannels(int pid)
{
    QString error;
    const QCborMap reply = call(QCborMap{{QStringLiteral("op"), QStringLiteral("channels")}, {QStringLiteral("pid"), pid}}, &error);
    if (reply.isEmpty()) {
        ProcessChannels pc;
        pc.pid = pid;
        pc.error = error;
        return pc;
    }
    return agent::decodeChannels(reply);
}

DeviceScan AgentSource::devices()
{
    QString error;
    const QCborMap reply = call(QCborMap{{QStringLiteral("op"), QStringLiteral("devices")}}, &error);
    if (reply.isEmpty()) {
        DeviceScan scan;
        scan.error = error;
        return scan;
    }
    return agent::decodeDevices(reply);
}

FollowResult AgentSource::follow(const QString &node)
{
    QString error;
    const QCborMap reply = call(QCborMap{{QStringLiteral("op"), QStringLiteral("follow")}, {QStringLiteral("path"), node}}, &error);
    if (reply.isEmpty()) {
        FollowResult r;
        r.node.path = node;
        r.error = tr("%1: %2").arg(node, error);
        return r;
    }
    return agent::decodeFollow(reply);
}

std::vector<SysctlEntry> AgentSource::sysctl()
{
    QString error;
    const QCborMap reply = call(QCborMap{{QStringLiteral("op"), QStringLiteral("sysctl")}}, &error);
    return agent::decodeSysctl(reply.value(QStringLiteral("entries")).toArray());
}

SysctlEntry AgentSource::sysctlKey(const QString &key)
{
    QString error;
    const QCborMap reply = call(QCborMap{{QStringLiteral("op"), QStringLiteral("sysctl")}, {QStringLiteral("key"), key}}, &error);
    const std::vector<SysctlEntry> entries = agent::decodeSysctl(reply.value(QStringLiteral("entries")).toArray());
    if (entries.size() == 1)
        return entries.front();
    SysctlEntry e;
    e.key = key;
    e.status = ReadStatus::IoError;
    e.reason = error.isEmpty() ? tr("the agent sent no value for %1").arg(key) : error;
    return e;
}

std::vector<SysctlEntry> AgentSource::sysctlKeys(const QStringList &keys)
{
    QString error;
    const QCborMap reply = call(QCborMap{{QStringLiteral("op"), QStringLiteral("sysctl")}, {QStringLiteral("keys"), QCborArray::fromStringList(keys)}},
                                &error);
    return agent::decodeSysctl(reply.value(QStringLiteral("entries")).toArray());
}

QList<ProcessInfo> AgentSource::processes(QString *error)
{
    QString why;
    const QCborMap reply = call(QCborMap{{QStringLiteral("op"), QStringLiteral("procs")}}, &why);
    QList<ProcessInfo> list;
    if (reply.isEmpty()) {
        if (error)
            *error = why;
        return list;
    }
    if (!agent::decodeProcesses(reply.value(QStringLiteral("procs")).toArray(), &list)) {
        if (error)
            *error = tr("the agent sent a process list that is not one");
        return {};
    }
    if (error)
        *error = reply.value(QStringLiteral("error")).toString();
    return list;
}

} // namespace kc
