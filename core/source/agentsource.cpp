// SPDX-License-Identifier: GPL-2.0-or-later
#include "agentsource.h"

#include "source/agentcodec.h"

#include <QCborArray>
#include <QCborValue>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QMutexLocker>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <malloc.h>
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
    // Stream frames of a few MiB are read, parsed and freed one after the
    // other: kept in the heap for the next one rather than mapped and
    // faulted in afresh each time (the agent does the same).
    ::mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    ::mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
    int in[2], out[2], errPipe[2], wake[2];
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
    if (::pipe2(wake, O_CLOEXEC) != 0) {
        ::close(in[0]), ::close(in[1]), ::close(out[0]), ::close(out[1]), ::close(errPipe[0]), ::close(errPipe[1]);
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
        ::close(in[1]), ::close(out[0]), ::close(errPipe[0]), ::close(wake[0]), ::close(wake[1]);
        *error = tr("cannot run %1: %2").arg(command.first(), QString::fromLocal8Bit(std::strerror(rc)));
        return nullptr;
    }
    std::shared_ptr<AgentSource> source(new AgentSource);
    source->m_command = command;
    source->m_pid = pid;
    source->m_toAgent = in[1];
    source->m_fromAgent = out[0];
    source->m_agentStderr = errPipe[0];
    source->m_wake[0] = wake[0];
    source->m_wake[1] = wake[1];
    ::fcntl(source->m_agentStderr, F_SETFL, ::fcntl(source->m_agentStderr, F_GETFL) | O_NONBLOCK);
    source->m_reader = std::thread([s = source.get()] { s->readLoop(); });

    QCborMap hello;
    {
        QMutexLocker lock(&source->m_mutex);
        const QDeadlineTimer deadline(timeoutMs);
        while (!source->m_helloSeen && source->m_lost.isEmpty()) {
            if (!source->m_answered.wait(&source->m_mutex, deadline))
                break;
        }
        if (!source->m_helloSeen && source->m_lost.isEmpty()) {
            lock.unlock();
            source->lose(tr("the agent did not answer within %Ln second(s)", nullptr, int((timeoutMs + 999) / 1000)));
            lock.relock();
        }
        if (!source->m_helloSeen) {
            *error = source->m_lost;
            return nullptr;
        }
        hello = source->m_hello;
    }
    SourceInfo info;
    QString why;
    if (!agent::decodeHello(hello, &info, &why)) {
        source->lose(why);
        *error = why;
        return nullptr;
    }
    // As the user gave it: the shell's line, or the command.
    const bool shell = command.size() == 3 && command[0] == QLatin1String("/bin/sh") && command[2].startsWith(QLatin1String("exec "));
    info.via = shell ? command[2].mid(5) : command.join(QLatin1Char(' '));
    QMutexLocker lock(&source->m_mutex);
    source->m_info = info;
    return source;
}

AgentSource::~AgentSource()
{
    {
        // Our own closing is not a loss to report.
        QMutexLocker lock(&m_mutex);
        m_closing = true;
        if (m_lost.isEmpty())
            m_lost = tr("the connection to the agent was closed");
        m_answered.wakeAll();
    }
    {
        QMutexLocker lock(&m_writeMutex);
        closeFd(m_toAgent);
    }
    if (m_reader.joinable()) {
        const char one = 1;
        while (::write(m_wake[1], &one, 1) < 0 && errno == EINTR) {
        }
        m_reader.join();
    }
    reap(1000);
    closeFd(m_fromAgent);
    closeFd(m_agentStderr);
    closeFd(m_wake[0]);
    closeFd(m_wake[1]);
}

void AgentSource::reap(int graceMs)
{
    QMutexLocker lock(&m_reapMutex);
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
    while ((n = ::read(m_agentStderr, buf, sizeof buf)) > 0)
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
    int status = 0;
    {
        QMutexLocker lock(&m_reapMutex);
        status = m_exitStatus;
    }
    const bool missing = (WIFEXITED(status) && WEXITSTATUS(status) == 127)
        || said.contains(QLatin1String("kchan: command not found")) || said.contains(QLatin1String("kchan: not found"));
    if (missing) {
        return tr("kchan is not installed where the agent was to run (%1): install Kernel Channels' kchan there, on the PATH "
                  "of a non-interactive login.")
            .arg(m_command.join(QLatin1Char(' ')));
    }
    QString how;
    if (WIFEXITED(status))
        how = tr("it exited with status %1").arg(WEXITSTATUS(status));
    else if (WIFSIGNALED(status))
        how = tr("it was ended by signal %1").arg(WTERMSIG(status));
    else
        how = tr("it closed its output");
    return said.isEmpty() ? tr("the agent has gone: %1").arg(how) : tr("the agent has gone: %1; it said: %2").arg(how, said.right(600));
}

void AgentSource::lose(const QString &reason)
{
    std::vector<std::shared_ptr<Stream>> streams;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_lost.isEmpty())
            return;
        m_lost = reason;
        m_answered.wakeAll();
        for (auto &[channel, stream] : m_streams)
            streams.push_back(stream);
        m_streams.clear();
    }
    {
        QMutexLocker lock(&m_writeMutex);
        closeFd(m_toAgent);
    }
    {
        QMutexLocker lock(&m_reapMutex);
        if (m_pid > 0 && m_exitStatus < 0)
            ::kill(m_pid, SIGTERM);
    }
    for (const std::shared_ptr<Stream> &s : streams) {
        QMutexLocker lock(&s->mutex);
        if (s->open && s->handlers.ended)
            s->handlers.ended(reason);
        s->open = false;
    }
    Q_EMIT lost(reason);
}

void AgentSource::readLoop()
{
    agent::FrameReader reader;
    QByteArray buf(65536, Qt::Uninitialized);
    bool stderrOpen = true;
    for (;;) {
        pollfd fds[3] = {{m_fromAgent, POLLIN, 0}, {m_wake[0], POLLIN, 0}, {stderrOpen ? m_agentStderr : -1, POLLIN, 0}};
        if (::poll(fds, 3, -1) < 0) {
            if (errno == EINTR)
                continue;
            lose(tr("cannot wait for the agent: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
            return;
        }
        if (fds[1].revents)
            return; // closing
        if ((fds[2].revents & (POLLIN | POLLHUP | POLLERR)) && drainStderr())
            stderrOpen = false;
        if (!(fds[0].revents & (POLLIN | POLLHUP | POLLERR)))
            continue;
        const ssize_t got = ::read(m_fromAgent, buf.data(), size_t(buf.size()));
        if (got < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (got <= 0) {
            lose(endedText());
            return;
        }
        reader.append(QByteArrayView(buf.constData(), got));
        for (;;) {
            QCborMap message;
            QString malformed;
            const agent::FrameReader::Result r = reader.next(&message, &malformed);
            if (r == agent::FrameReader::Result::NeedMore)
                break;
            if (r == agent::FrameReader::Result::Malformed) {
                lose(tr("the agent sent %1").arg(malformed));
                return;
            }
            if (!dispatch(std::move(message)))
                return;
        }
    }
}

bool AgentSource::dispatch(QCborMap message)
{
    if (message.contains(QStringLiteral("fatal"))) {
        lose(tr("the agent ended the connection: %1").arg(message.value(QStringLiteral("fatal")).toString()));
        return false;
    }
    const QCborValue id = message.value(QStringLiteral("id"));
    const QCborValue channel = message.value(QStringLiteral("ch"));
    std::shared_ptr<Stream> stream;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_helloSeen) {
            m_helloSeen = true;
            m_hello = std::move(message);
            m_answered.wakeAll();
            return true;
        }
        if (id.isInteger() && id.toInteger() > 0 && id.toInteger() < m_nextId) {
            m_replies.insert(id.toInteger(), std::move(message));
            m_answered.wakeAll();
            return true;
        }
        if (!id.isInteger() && channel.isInteger()) {
            const auto it = m_streams.find(channel.toInteger());
            if (it == m_streams.end())
                return true; // sent before the agent saw our close
            stream = it->second;
        }
    }
    if (!stream) {
        lose(tr("the agent sent a message that answers no request"));
        return false;
    }
    QMutexLocker lock(&stream->mutex);
    if (stream->open && stream->handlers.frame)
        stream->handlers.frame(message);
    return true;
}

bool AgentSource::send(const QCborMap &message, int timeoutMs, QString *error)
{
    const QByteArray bytes = agent::frame(message);
    QElapsedTimer clock;
    clock.start();
    QMutexLocker lock(&m_writeMutex);
    for (qsizetype done = 0; done < bytes.size();) {
        if (m_toAgent < 0) {
            *error = lostReason();
            return false;
        }
        pollfd pfd{m_toAgent, POLLOUT, 0};
        const qint64 left = timeoutMs - clock.elapsed();
        if (left <= 0 || ::poll(&pfd, 1, int(left)) == 0) {
            lock.unlock();
            lose(tr("the agent did not take a request within %Ln second(s)", nullptr, (timeoutMs + 999) / 1000));
            *error = lostReason();
            return false;
        }
        const ssize_t n = ::write(m_toAgent, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (n <= 0) {
            // The agent has gone: its reader says how, in a moment.
            lock.unlock();
            QMutexLocker state(&m_mutex);
            const QDeadlineTimer deadline(3000);
            while (m_lost.isEmpty() && m_answered.wait(&m_mutex, deadline)) {
            }
            *error = m_lost.isEmpty() ? tr("the agent stopped reading its input") : m_lost;
            return false;
        }
        done += n;
    }
    return true;
}

QCborMap AgentSource::call(QCborMap request, QString *error)
{
    qint64 id = 0;
    int timeoutMs = 0;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_lost.isEmpty()) {
            *error = m_lost;
            return {};
        }
        id = m_nextId++;
        timeoutMs = m_timeoutMs;
    }
    request.insert(QStringLiteral("id"), id);
    const QDeadlineTimer deadline(timeoutMs);
    if (!send(request, timeoutMs, error))
        return {};
    QCborMap reply;
    {
        QMutexLocker lock(&m_mutex);
        for (;;) {
            const auto it = m_replies.find(id);
            if (it != m_replies.end()) {
                reply = std::move(it.value());
                m_replies.erase(it);
                break;
            }
            if (!m_lost.isEmpty()) {
                *error = m_lost;
                return {};
            }
            if (!m_answered.wait(&m_mutex, deadline) && !m_replies.contains(id)) {
                lock.unlock();
                lose(tr("the agent did not answer within %Ln second(s)", nullptr, int((timeoutMs + 999) / 1000)));
                *error = lostReason();
                return {};
            }
        }
    }
    if (reply.contains(QStringLiteral("error")) && reply.size() == 2) {
        *error = reply.value(QStringLiteral("error")).toString();
        return {};
    }
    return reply;
}

qint64 AgentSource::openStream(QCborMap request, StreamHandlers handlers, QString *error)
{
    auto stream = std::make_shared<Stream>();
    stream->handlers = std::move(handlers);
    qint64 channel = 0;
    {
        // Known before the agent can send its first frame.
        QMutexLocker lock(&m_mutex);
        if (!m_lost.isEmpty()) {
            *error = m_lost;
            return 0;
        }
        channel = m_nextChannel++;
        m_streams.emplace(channel, stream);
    }
    request.insert(QStringLiteral("op"), QStringLiteral("open"));
    request.insert(QStringLiteral("ch"), channel);
    if (call(request, error).isEmpty()) {
        QMutexLocker lock(&m_mutex);
        m_streams.erase(channel);
        return 0;
    }
    return channel;
}

void AgentSource::acknowledge(qint64 channel, int frames)
{
    int timeoutMs = 0;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_lost.isEmpty() || !m_streams.count(channel))
            return;
        timeoutMs = m_timeoutMs;
    }
    // No answer comes: the agent just sends more.
    QString error;
    send(QCborMap{{QStringLiteral("op"), QStringLiteral("ack")}, {QStringLiteral("ch"), channel}, {QStringLiteral("n"), frames}}, timeoutMs, &error);
}

void AgentSource::closeStream(qint64 channel)
{
    std::shared_ptr<Stream> stream;
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_streams.find(channel);
        if (it == m_streams.end())
            return;
        stream = it->second;
        m_streams.erase(it);
    }
    {
        // Waits for a handler under way to finish.
        QMutexLocker lock(&stream->mutex);
        stream->open = false;
    }
    QString error;
    call(QCborMap{{QStringLiteral("op"), QStringLiteral("close")}, {QStringLiteral("ch"), channel}}, &error);
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

namespace {

QCborMap request(const char *op, std::initializer_list<std::pair<QCborValue, QCborValue>> args = {})
{
    QCborMap map(args);
    map.insert(QStringLiteral("op"), QLatin1String(op));
    return map;
}

/// The agent's answer to `req` decoded, or when none came, what `failed`
/// makes of the reason.
template<typename Decode, typename Failed>
auto ask(AgentSource &agent, const QCborMap &req, Decode decode, Failed failed)
{
    QString error;
    const QCborMap reply = agent.call(req, &error);
    return reply.isEmpty() ? failed(error) : decode(reply);
}

} // namespace

ReadResult AgentSource::read(const QString &path, qint64 cap)
{
    return ask(*this, request("read", {{QStringLiteral("path"), path}, {QStringLiteral("cap"), cap}}), agent::decodeRead, [&](const QString &error) {
        ReadResult r;
        r.status = ReadStatus::IoError;
        r.reason = tr("%1: %2").arg(path, error);
        return r;
    });
}

DirListing AgentSource::list(const QString &path)
{
    return ask(*this, request("list", {{QStringLiteral("path"), path}}), agent::decodeListing, [&](const QString &error) {
        DirListing listing;
        listing.path = path;
        listing.error = tr("%1: %2").arg(path, error);
        return listing;
    });
}

QString AgentSource::readLink(const QString &path)
{
    QString error;
    return call(request("readlink", {{QStringLiteral("path"), path}}), &error).value(QStringLiteral("target")).toString();
}

SysfsObject AgentSource::sysfsObject(const QString &path)
{
    return ask(*this, request("sysfs", {{QStringLiteral("path"), path}}), agent::decodeSysfs, [&](const QString &error) {
        SysfsObject object;
        object.path = path;
        object.error = tr("%1: %2").arg(path, error);
        return object;
    });
}

ProcessChannels AgentSource::processChannels(int pid)
{
    return ask(*this, request("channels", {{QStringLiteral("pid"), pid}}), agent::decodeChannels, [&](const QString &error) {
        ProcessChannels pc;
        pc.pid = pid;
        pc.error = error;
        return pc;
    });
}

DeviceScan AgentSource::devices()
{
    return ask(*this, request("devices"), agent::decodeDevices, [](const QString &error) {
        DeviceScan scan;
        scan.error = error;
        return scan;
    });
}

FollowResult AgentSource::follow(const QString &node)
{
    return ask(*this, request("follow", {{QStringLiteral("path"), node}}), agent::decodeFollow, [&](const QString &error) {
        FollowResult r;
        r.node.path = node;
        r.error = tr("%1: %2").arg(node, error);
        return r;
    });
}

std::vector<SysctlEntry> AgentSource::sysctl()
{
    QString error;
    const QCborMap reply = call(request("sysctl"), &error);
    return agent::decodeSysctl(reply.value(QStringLiteral("entries")).toArray());
}

SysctlEntry AgentSource::sysctlKey(const QString &key)
{
    QString error;
    const QCborMap reply = call(request("sysctl", {{QStringLiteral("key"), key}}), &error);
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
    const QCborMap reply = call(request("sysctl", {{QStringLiteral("keys"), QCborArray::fromStringList(keys)}}), &error);
    return agent::decodeSysctl(reply.value(QStringLiteral("entries")).toArray());
}

QList<ProcessInfo> AgentSource::processes(QString *error)
{
    QString why;
    const QCborMap reply = call(request("procs"), &why);
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

SysctlWriteResult AgentSource::writeSysctl(const QString &key, const QString &value)
{
    QString error;
    const QCborMap reply = call(request("sysctl-set", {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}}), &error);
    SysctlWriteResult r;
    if (reply.isEmpty()) {
        r.message = error;
        return r;
    }
    r.ok = reply.value(QStringLiteral("ok")).toBool();
    r.errnoValue = int(reply.value(QStringLiteral("errno")).toInteger());
    r.message = reply.value(QStringLiteral("message")).toString();
    return r;
}

NetlinkSocketList AgentSource::netlinkSockets()
{
    return ask(*this, request("nlsockets"), agent::decodeNetlinkSockets, [](const QString &error) {
        NetlinkSocketList list;
        list.error = error;
        return list;
    });
}

SyscallTable AgentSource::syscallTable()
{
    return ask(*this, request("syscalltable"), agent::decodeSyscallTable, [](const QString &error) {
        SyscallTable table;
        table.note = tr("The agent sent no system call table: %1").arg(error);
        return table;
    });
}

WhyAnswer AgentSource::why(const QString &subject, int pid)
{
    return ask(*this, request("why", {{QStringLiteral("subject"), subject}, {QStringLiteral("pid"), pid}}), agent::decodeWhy,
               [&](const QString &error) {
                   WhyAnswer a;
                   a.subject = subject;
                   a.error = error;
                   return a;
               });
}

GenlFamilyList AgentSource::genlFamilies(bool withPolicies)
{
    return ask(*this, request("genl", {{QStringLiteral("policies"), withPolicies}}), agent::decodeGenlFamilies, [](const QString &error) {
        GenlFamilyList list;
        list.error = error;
        return list;
    });
}

} // namespace kc
