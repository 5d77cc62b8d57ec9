// SPDX-License-Identifier: GPL-2.0-or-later
#include "agentserver.h"

#include "netlink/ifnamecache.h"
#include "netlink/netlinkmonitor.h"
#include "source/agentcodec.h"
#include "source/agentprotocol.h"
#include "source/datasource.h"
#include "syscalls/syscallmonitor.h"

#include <QCborArray>
#include <QCborValue>
#include <QEventLoop>
#include <QSocketNotifier>

#include <linux/netlink.h>

#include <algorithm>
#include <map>
#include <memory>

#include <cerrno>
#include <climits>
#include <csignal>
#include <malloc.h>
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
    } else if (op == QLatin1String("sysctl-set")) {
        // Written as the agent's user: what that user could do with sysctl -w there.
        const QString key = request.value(QStringLiteral("key")).toString();
        const QString value = request.value(QStringLiteral("value")).toString();
        if (const QString problem = Sysctl::checkText(value); key.isEmpty() || !problem.isEmpty()) {
            reply.insert(QStringLiteral("error"), key.isEmpty() ? tr("sysctl-set needs a key") : problem);
        } else {
            const SysctlWriteResult r = source.writeSysctl(key, value);
            reply = QCborMap{{QStringLiteral("ok"), r.ok}, {QStringLiteral("errno"), r.errnoValue}, {QStringLiteral("message"), r.message}};
        }
    } else if (op == QLatin1String("nlsockets")) {
        reply = agent::encodeNetlinkSockets(source.netlinkSockets());
    } else if (op == QLatin1String("genl")) {
        reply = agent::encodeGenlFamilies(source.genlFamilies(request.value(QStringLiteral("policies")).toBool()));
    } else if (op == QLatin1String("syscalltable")) {
        reply = agent::encodeSyscallTable(source.syscallTable());
    } else if (op == QLatin1String("why")) {
        const qint64 pid = request.value(QStringLiteral("pid")).toInteger(0);
        const QString subject = request.value(QStringLiteral("subject")).toString();
        if (subject.isEmpty() || pid < 0 || pid > INT_MAX)
            reply.insert(QStringLiteral("error"), tr("why needs a subject (and a process ID, or 0)"));
        else
            reply = agent::encodeWhy(source.why(subject, int(pid)));
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

namespace {

/// The streams a client has opened: a netlink monitor, read on the agent's
/// event loop, or system call counting, reported once per interval. A
/// netlink stream sends at most Window frames of events that the client
/// has not acknowledged; then its socket is left unread until an
/// acknowledgement comes, and the kernel's buffer holds (or, when full,
/// drops and counts) what arrives meanwhile, as for a slow reader on the
/// machine itself.
class Streams
{
    Q_DECLARE_TR_FUNCTIONS(AgentServer)
public:
    static constexpr int Window = 8;

    explicit Streams(std::function<bool(const QCborMap &)> send)
        : m_send(std::move(send))
    {
    }

    static bool handles(const QString &op)
    {
        return op == QLatin1String("open") || op == QLatin1String("close") || op == QLatin1String("dump")
            || op == QLatin1String("dumpstate") || op == QLatin1String("ack");
    }

    /// The answer to a stream request; an ack has none (empty).
    QCborMap answer(const QCborMap &request)
    {
        const QString op = request.value(QStringLiteral("op")).toString();
        const qint64 ch = request.value(QStringLiteral("ch")).toInteger(0);
        QCborMap reply;
        const auto it = m_channels.find(ch);
        if (op == QLatin1String("ack")) {
            if (it != m_channels.end() && it->second.monitor) {
                it->second.inflight = qMax<qint64>(0, it->second.inflight - qMax<qint64>(1, request.value(QStringLiteral("n")).toInteger(1)));
                if (it->second.inflight < Window)
                    it->second.monitor->setPaused(false);
            }
            return {};
        }
        if (op == QLatin1String("open")) {
            if (ch <= 0 || it != m_channels.end())
                reply.insert(QStringLiteral("error"), tr("open needs a new channel number"));
            else
                open(ch, request, &reply);
        } else if (it == m_channels.end()) {
            reply.insert(QStringLiteral("error"), tr("no stream is open on channel %1").arg(ch));
        } else if (op == QLatin1String("close")) {
            if (it->second.monitor)
                it->second.monitor->stop();
            if (it->second.syscalls)
                it->second.syscalls->stop();
            m_channels.erase(it);
        } else if (!it->second.monitor) {
            reply.insert(QStringLiteral("error"), tr("%1 is for a netlink stream").arg(op));
        } else if (op == QLatin1String("dump")) {
            NetlinkMonitor &m = *it->second.monitor;
            const qint64 type = request.value(QStringLiteral("type")).toInteger(-1);
            if (type < 0 || type > 0xffff)
                reply.insert(QStringLiteral("error"), tr("dump needs a message type"));
            else if (!m.requestDump(quint16(type), int(request.value(QStringLiteral("family")).toInteger(0))))
                reply.insert(QStringLiteral("error"), m.errorString());
        } else if (op == QLatin1String("dumpstate")) {
            it->second.monitor->dumpState();
        }
        return reply;
    }

private:
    struct Channel {
        std::unique_ptr<NetlinkMonitor> monitor;
        qint64 inflight = 0;
        std::unique_ptr<SyscallMonitor> syscalls;
    };

    /// Counting the calls named (every one of this machine's when none
    /// is), for process `pid` or every process (-1), reported as the
    /// SyscallMonitor here reports: started, counted, busiest, failed.
    void openSyscalls(qint64 ch, const QCborMap &request, QCborMap *reply)
    {
        const qint64 pid = request.value(QStringLiteral("pid")).toInteger(-1);
        const qint64 interval = request.value(QStringLiteral("interval")).toInteger(1000);
        if (pid == 0 || pid < -1 || pid > INT_MAX || interval < 100 || interval > 60000) {
            reply->insert(QStringLiteral("error"), tr("a syscalls stream needs a process ID (or -1) and an interval of 100 to 60000 ms"));
            return;
        }
        QStringList names;
        for (const QCborValue &n : request.value(QStringLiteral("calls")).toArray())
            names.append(n.toString());
        SyscallTable table = SyscallTable::load();
        if (!names.isEmpty())
            table.calls = table.select(names);
        auto monitor = std::make_unique<SyscallMonitor>();
        SyscallMonitor *m = monitor.get();
        QObject::connect(m, &SyscallMonitor::started, m, [this, ch](int pid, int calls, bool bpf) {
            m_send(QCborMap{{QStringLiteral("ch"), ch}, {QStringLiteral("started"), QCborArray{pid, calls, bpf}}});
        });
        QObject::connect(m, &SyscallMonitor::counted, m, [this, ch](const QHash<QString, double> &rates, const QHash<QString, quint64> &totals) {
            QCborMap frame = agent::encodeCallCounts(rates, totals);
            frame.insert(QStringLiteral("ch"), ch);
            m_send(frame);
        });
        QObject::connect(m, &SyscallMonitor::busiest, m, [this, ch](const QList<ProcessCallRate> &processes) {
            m_send(QCborMap{{QStringLiteral("ch"), ch}, {QStringLiteral("busiest"), agent::encodeCallRates(processes)}});
        });
        QObject::connect(m, &SyscallMonitor::failed, m, [this, ch](const QString &reason) {
            m_send(QCborMap{{QStringLiteral("ch"), ch}, {QStringLiteral("failed"), reason}});
        });
        m->start(table, int(pid), int(interval), request.value(QStringLiteral("byProcess")).toBool());
        Channel c;
        c.syscalls = std::move(monitor);
        m_channels.emplace(ch, std::move(c));
    }

    void open(qint64 ch, const QCborMap &request, QCborMap *reply)
    {
        if (request.value(QStringLiteral("kind")).toString() == QLatin1String("syscalls")) {
            openSyscalls(ch, request, reply);
            return;
        }
        if (request.value(QStringLiteral("kind")).toString() != QLatin1String("netlink")) {
            reply->insert(QStringLiteral("error"), tr("this agent opens no stream of kind \"%1\"").arg(request.value(QStringLiteral("kind")).toString()));
            return;
        }
        const qint64 protocol = request.value(QStringLiteral("protocol")).toInteger(-1);
        if (protocol < 0 || protocol > 31) {
            reply->insert(QStringLiteral("error"), tr("a netlink stream needs a protocol number"));
            return;
        }
        auto monitor = std::make_unique<NetlinkMonitor>(int(protocol));
        QList<int> groups;
        for (const QCborValue &g : request.value(QStringLiteral("groups")).toArray())
            groups.append(int(g.toInteger()));
        monitor->setGroups(groups);
        QList<quint16> resync;
        for (const QCborValue &t : request.value(QStringLiteral("resync")).toArray())
            resync.append(quint16(t.toInteger()));
        monitor->setResyncDumps(resync);
        monitor->setNetworkNamespace(request.value(QStringLiteral("netns")).toString());
        const QCborArray pace = request.value(QStringLiteral("pace")).toArray();
        if (pace.size() == 2)
            monitor->setCoalescing(int(std::clamp<qint64>(pace[0].toInteger(), 0, 1000)), int(std::clamp<qint64>(pace[1].toInteger(), 0, 5000)));
        else
            monitor->setCoalescing(NetlinkReadLoop::ViewMs, NetlinkReadLoop::ViewStormMs);
        // The client names interfaces as this machine does: the links of
        // the namespace, dumped where the socket is opened, go first.
        std::shared_ptr<IfNameCache> names;
        if (protocol == NETLINK_ROUTE && request.value(QStringLiteral("ifnames")).toBool()) {
            names = std::make_shared<IfNameCache>();
            monitor->setInterfaceNames(names);
        }
        if (!monitor->start()) {
            reply->insert(QStringLiteral("error"), monitor->errorString());
            return;
        }
        if (names) {
            monitor->setInterfaceNames(nullptr); // the client learns the rest from the stream
            QCborArray links;
            const QHash<int, QString> all = names->all();
            for (auto it = all.cbegin(); it != all.cend(); ++it)
                links.append(QCborArray{it.key(), it.value()});
            m_send(QCborMap{{QStringLiteral("ch"), ch}, {QStringLiteral("ifnames"), links}});
        }
        NetlinkMonitor *m = monitor.get();
        QObject::connect(m, &NetlinkFeed::eventsArrived, m, [this, ch, m](const QList<NetlinkEvent> &batch) {
            QCborMap frame = counts(ch, *m);
            frame.insert(QStringLiteral("ev"), agent::encodeNetlinkEvents(batch));
            m_send(frame);
            const auto it = m_channels.find(ch);
            if (it != m_channels.end() && ++it->second.inflight >= Window)
                m->setPaused(true);
        });
        QObject::connect(m, &NetlinkFeed::overflowed, m, [this, ch, m](quint64 lost) {
            QCborMap frame = counts(ch, *m);
            frame.insert(QStringLiteral("lost"), qint64(lost));
            m_send(frame);
        });
        QObject::connect(m, &NetlinkFeed::dumpFailed, m, [this, ch, m](const QString &error) {
            QCborMap frame = counts(ch, *m);
            frame.insert(QStringLiteral("dumpFailed"), error);
            m_send(frame);
        });
        m_channels.emplace(ch, Channel{std::move(monitor), 0, nullptr});
    }

    static QCborMap counts(qint64 ch, const NetlinkMonitor &m)
    {
        return QCborMap{{QStringLiteral("ch"), ch},
                        {QStringLiteral("m"), qint64(m.messageCount())},
                        {QStringLiteral("b"), qint64(m.byteCount())},
                        {QStringLiteral("o"), qint64(m.overflowCount())},
                        {QStringLiteral("l"), qint64(m.lostCount())}};
    }

    std::function<bool(const QCborMap &)> m_send;
    std::map<qint64, Channel> m_channels;
};

} // namespace

int AgentServer::serve(int in, int out)
{
    // A client that goes away makes write() fail, not the agent die.
    std::signal(SIGPIPE, SIG_IGN);
    // A stream frame is built in buffers of a few MiB, freed when sent. By
    // default each is mapped afresh and faulted in page by page; kept for
    // the next frame instead, a burst costs a fraction of the CPU.
    ::mallopt(M_MMAP_THRESHOLD, 64 * 1024 * 1024);
    ::mallopt(M_TRIM_THRESHOLD, 128 * 1024 * 1024);
    DataSource &source = *DataSource::local();
    if (!writeAll(out, agent::frame(agent::encodeHello(source.info()))))
        return 1;
    int code = -1;
    QEventLoop loop;
    const auto finish = [&](int c) {
        if (code < 0)
            code = c;
        loop.quit();
    };
    Streams streams([&](const QCborMap &message) {
        if (code >= 0)
            return false;
        if (writeAll(out, agent::frame(message)))
            return true;
        finish(1);
        return false;
    });
    agent::FrameReader reader;
    QSocketNotifier notifier(in, QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &loop, [&] {
        if (code >= 0)
            return;
        char buf[65536];
        // One read per wake-up: the notifier says it will not block.
        const ssize_t n = ::read(in, buf, sizeof buf);
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            return;
        if (n <= 0) {
            notifier.setEnabled(false);
            finish(reader.buffered() == 0 ? 0 : 2);
            return;
        }
        reader.append(QByteArrayView(buf, n));
        QCborMap request;
        QString error;
        for (;;) {
            const agent::FrameReader::Result r = reader.next(&request, &error);
            if (r == agent::FrameReader::Result::NeedMore)
                return;
            if (r == agent::FrameReader::Result::Malformed) {
                std::fprintf(stderr, "%s\n", qPrintable(tr("kchan agent: the client sent %1; closing the connection.").arg(error)));
                writeAll(out, agent::frame(QCborMap{{QStringLiteral("fatal"), error}}));
                notifier.setEnabled(false);
                finish(2);
                return;
            }
            const QString op = request.value(QStringLiteral("op")).toString();
            QCborMap reply;
            if (Streams::handles(op)) {
                reply = streams.answer(request);
                if (op == QLatin1String("ack"))
                    continue;
                reply.insert(QStringLiteral("id"), request.value(QStringLiteral("id")));
            } else {
                reply = answer(source, request);
            }
            if (!writeAll(out, agent::frame(reply))) {
                finish(1);
                return;
            }
        }
    });
    loop.exec();
    return code;
}

} // namespace kc
