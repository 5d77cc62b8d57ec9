// SPDX-License-Identifier: GPL-2.0-or-later
#include "agentserver.h"

#include "source/agentcodec.h"
#include "source/agentprotocol.h"
#include "source/datasource.h"

#include <QCborArray>
#include <QCborValue>

#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace kc {

namespace {

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

} // namespace

QCborMap AgentServer::answer(DataSource &source, const QCborMap &request)
{
    const QCborValue id = request.value(QStringLiteral("id"));
    QCborMap reply;
    const QString op = request.value(QStringLiteral("op")).toString();
    const QString path = request.value(QStringLiteral("path")).toString();
    const bool needsPath = op == QLatin1String("read") || op == QLatin1String("list") || op == QLatin1String("readlink")
        || op == QLatin1String("sysfs") || op == QLatin1String("follow");
    if (needsPath && !path.startsWith(QLatin1Char('/'))) {
        reply.insert(QStringLiteral("error"), tr("%1 needs an absolute path").arg(op));
    } else if (op == QLatin1String("read")) {
        const qint64 cap = request.value(QStringLiteral("cap")).toInteger(SafeReader::DefaultCap);
        reply = agent::encodeRead(source.read(path, qBound<qint64>(1, cap, SafeReader::DefaultCap)));
    } else if (op == QLatin1String("list")) {
        reply = agent::encodeListing(source.list(path));
    } else if (op == QLatin1String("readlink")) {
        reply.insert(QStringLiteral("target"), source.readLink(path));
    } else if (op == QLatin1String("sysfs")) {
        reply = agent::encodeSysfs(source.sysfsObject(path));
    } else if (op == QLatin1String("channels")) {
        const qint64 pid = request.value(QStringLiteral("pid")).toInteger(0);
        if (pid <= 0 || pid > INT_MAX)
            reply.insert(QStringLiteral("error"), tr("channels needs a process ID"));
        else
            reply = agent::encodeChannels(source.processChannels(int(pid)));
    } else if (op == QLatin1String("devices")) {
        reply = agent::encodeDevices(source.devices());
    } else if (op == QLatin1String("follow")) {
        reply = agent::encodeFollow(source.follow(path));
    } else if (op == QLatin1String("sysctl")) {
        const QString key = request.value(QStringLiteral("key")).toString();
        QStringList keys;
        for (const QCborValue &k : request.value(QStringLiteral("keys")).toArray())
            keys.append(k.toString());
        reply.insert(QStringLiteral("entries"), agent::encodeSysctl(!keys.isEmpty() ? source.sysctlKeys(keys)
                                                                    : key.isEmpty()  ? source.sysctl()
                                                                                     : std::vector<SysctlEntry>{source.sysctlKey(key)}));
    } else if (op == QLatin1String("procs")) {
        QString error;
        reply.insert(QStringLiteral("procs"), agent::encodeProcesses(source.processes(&error)));
        if (!error.isEmpty())
            reply.insert(QStringLiteral("error"), error);
    } else {
        reply.insert(QStringLiteral("error"), tr("this agent knows no request \"%1\"").arg(op));
    }
    reply.insert(QStringLiteral("id"), id);
    return reply;
}

int AgentServer::serve(int in, int out)
{
    // A client that goes away makes write() fail, not the agent die.
    std::signal(SIGPIPE, SIG_IGN);
    DataSource &source = *DataSource::local();
    if (!writeAll(out, agent::frame(agent::encodeHello(source.info()))))
        return 1;
    agent::FrameReader reader;
    char buf[65536];
    for (;;) {
        const ssize_t n = ::read(in, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return reader.buffered() == 0 ? 0 : 2;
        reader.append(QByteArrayView(buf, n));
        QCborMap request;
        QString error;
        for (;;) {
            const agent::FrameReader::Result r = reader.next(&request, &error);
            if (r == agent::FrameReader::Result::NeedMore)
                break;
            if (r == agent::FrameReader::Result::Malformed) {
                std::fprintf(stderr, "%s\n", qPrintable(tr("kchan agent: the client sent %1; closing the connection.").arg(error)));
                writeAll(out, agent::frame(QCborMap{{QStringLiteral("fatal"), error}}));
                return 2;
            }
            if (!writeAll(out, agent::frame(answer(source, request))))
                return 1;
        }
    }
}

} // namespace kc
