// SPDX-License-Identifier: GPL-2.0-or-later
// The agent protocol: frames cut and joined at any byte, a request answered
// by `kchan agent --stdio` exactly as this kernel answers it locally, and
// every way an agent can fail (missing, garbled, the wrong version, gone)
// giving a sentence and an exit code, never a crash or a hang.
#include "../kchanrun.h"

#include "source/agentcodec.h"
#include "source/agentprotocol.h"
#include "source/agentsource.h"

#include <QCborArray>
#include <QCborValue>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

using namespace kc;

namespace {

QString agentLine()
{
    return QStringLiteral("%1 agent --stdio").arg(QStringLiteral(KC_KCHAN));
}

/// A file holding `frames` then `tail`, for a fake agent made of `cat`.
QString fakeAgent(QTemporaryDir &dir, const QByteArray &bytes)
{
    const QString path = dir.filePath(QStringLiteral("agent-%1").arg(qHash(bytes)));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

QByteArray goodHello()
{
    SourceInfo info = SourceInfo::here();
    return agent::frame(agent::encodeHello(info));
}

} // namespace

class TestAgent : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void framesSplitAnywhere();
    void malformedFramesStop_data();
    void malformedFramesStop();
    void codecRoundTrip();
    void helloNamesThisMachine();
    void statusReadThroughAgent();
    void procsMatchLocal();
    void unknownRequestAnswered();
    void sysfsObjectThroughAgent();
    void channelsThroughAgent();
    void devicesThroughAgent();
    void missingKchanSaysWhatToInstall();
    void garbledAgentIsAClearError();
    void otherProtocolVersion();
    void agentGoneMidSession();
    void commandsNotServedSaySo();
};

void TestAgent::framesSplitAnywhere()
{
    const QCborMap a{{QStringLiteral("id"), 1}, {QStringLiteral("op"), QStringLiteral("read")}, {QStringLiteral("path"), QStringLiteral("/proc/self/status")}};
    const QCborMap b{{QStringLiteral("id"), 2}, {QStringLiteral("data"), QByteArray(100000, 'x')}};
    const QByteArray stream = agent::frame(a) + agent::frame(b);
    for (qsizetype cut : {qsizetype(1), qsizetype(3), qsizetype(4), qsizetype(5), qsizetype(77), stream.size() - 1}) {
        agent::FrameReader reader;
        QList<QCborMap> got;
        QString error;
        for (qsizetype at = 0; at < stream.size(); at += cut) {
            reader.append(QByteArrayView(stream).sliced(at, qMin(cut, stream.size() - at)));
            QCborMap m;
            while (reader.next(&m, &error) == agent::FrameReader::Result::Message)
                got.append(m);
        }
        QCOMPARE(got.size(), 2);
        QCOMPARE(got[0], a);
        QCOMPARE(got[1], b);
        QCOMPARE(reader.buffered(), 0);
    }
}

void TestAgent::malformedFramesStop_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("zero length") << QByteArray("\0\0\0\0", 4);
    QTest::newRow("huge length") << QByteArray("\x7f\xff\xff\xff", 4);
    QTest::newRow("not CBOR") << QByteArray("\0\0\0\x02\xff\xff", 6);
    QTest::newRow("not a map") << (QByteArray("\0\0\0\x01", 4) + QByteArray(1, char(0x01)));
    QTest::newRow("text, as a shell prints") << QByteArray("bash: kchan: command not found\n");
}

void TestAgent::malformedFramesStop()
{
    QFETCH(QByteArray, bytes);
    agent::FrameReader reader;
    reader.append(bytes);
    QCborMap m;
    QString error;
    QCOMPARE(reader.next(&m, &error), agent::FrameReader::Result::Malformed);
    QVERIFY(!error.isEmpty());
    // Broken for good: a good frame after it is not taken.
    reader.append(agent::frame(QCborMap{{QStringLiteral("id"), 1}}));
    QCOMPARE(reader.next(&m, &error), agent::FrameReader::Result::Malformed);
}

void TestAgent::codecRoundTrip()
{
    // This kernel's own answers survive the trip unchanged.
    const QList<ProcessInfo> procs = DataSource::local()->processes();
    QVERIFY(!procs.isEmpty());
    QList<ProcessInfo> back;
    QVERIFY(agent::decodeProcesses(agent::encodeProcesses(procs), &back));
    QCOMPARE(back.size(), procs.size());
    for (qsizetype i = 0; i < procs.size(); ++i) {
        QCOMPARE(back[i].pid, procs[i].pid);
        QCOMPARE(back[i].ppid, procs[i].ppid);
        QCOMPARE(back[i].state, procs[i].state);
        QCOMPARE(back[i].comm, procs[i].comm);
        QCOMPARE(back[i].cmdline, procs[i].cmdline);
        QCOMPARE(back[i].kernelThread, procs[i].kernelThread);
    }
    const DirListing listing = DataSource::local()->list(QStringLiteral("/proc/self"));
    QVERIFY(listing.error.isEmpty());
    const DirListing again = agent::decodeListing(agent::encodeListing(listing));
    QCOMPARE(again.entries.size(), listing.entries.size());
    for (qsizetype i = 0; i < listing.entries.size(); ++i) {
        QCOMPARE(again.entries[i].path, listing.entries[i].path);
        QCOMPARE(again.entries[i].kind, listing.entries[i].kind);
        QCOMPARE(again.entries[i].mode, listing.entries[i].mode);
        QCOMPARE(again.entries[i].linkTarget, listing.entries[i].linkTarget);
        QCOMPARE(again.entries[i].note, listing.entries[i].note);
    }
    const ReadResult denied = SafeReader::read(QStringLiteral("/proc/kcore"));
    const ReadResult d2 = agent::decodeRead(agent::encodeRead(denied));
    QCOMPARE(d2.status, denied.status);
    QCOMPARE(d2.reason, denied.reason);
}

void TestAgent::helloNamesThisMachine()
{
    QString error;
    const auto source = AgentSource::start(QProcess::splitCommand(agentLine()), &error);
    QVERIFY2(source, qPrintable(error));
    const SourceInfo info = source->info();
    char host[256] = {};
    ::gethostname(host, sizeof host - 1);
    QCOMPARE(info.hostname, QString::fromLocal8Bit(host));
    QCOMPARE(info.kernel, SourceInfo::here().kernel);
    QCOMPARE(info.runtime.euid, uint(::geteuid()));
    QCOMPARE(info.kind, SourceInfo::Kind::Agent);
    QCOMPARE(info.protocol, agent::ProtocolVersion);
}

void TestAgent::statusReadThroughAgent()
{
    // /proc/self through the agent is the agent's own: its status names
    // the PID we started and us as its parent, as the kernel says.
    QString error;
    const auto source = AgentSource::start(QProcess::splitCommand(agentLine()), &error);
    QVERIFY2(source, qPrintable(error));
    const ReadResult r = source->read(QStringLiteral("/proc/self/status"));
    QVERIFY2(r.ok(), qPrintable(r.reason));
    QVERIFY(r.data.contains(QByteArray("\nPid:\t" + QByteArray::number(source->pid()) + '\n')));
    QVERIFY(r.data.contains(QByteArray("\nPPid:\t" + QByteArray::number(::getpid()) + '\n')));
    // The agent's refusals are the local ones, word for word.
    const ReadResult kcore = source->read(QStringLiteral("/proc/kcore"));
    QCOMPARE(kcore.status, SafeReader::read(QStringLiteral("/proc/kcore")).status);
    QCOMPARE(kcore.reason, SafeReader::read(QStringLiteral("/proc/kcore")).reason);
    const DirListing listing = source->list(QStringLiteral("/proc/%1/fd").arg(::getpid()));
    QVERIFY2(listing.error.isEmpty(), qPrintable(listing.error));
    QVERIFY(!listing.entries.isEmpty());
    QCOMPARE(source->readLink(QStringLiteral("/proc/%1/exe").arg(source->pid())), QFileInfo(QStringLiteral(KC_KCHAN)).canonicalFilePath());
}

void TestAgent::procsMatchLocal()
{
    // kchan procs through the agent and ps, at the same moment: every
    // process ps saw and that is still there, with the same parent.
    QProcess ps;
    ps.start(QStringLiteral("ps"), {QStringLiteral("-e"), QStringLiteral("-o"), QStringLiteral("pid=,ppid=")});
    QVERIFY(ps.waitForFinished(30000));
    const KchanRun r = kchan({QStringLiteral("--agent"), agentLine(), QStringLiteral("procs"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, r.err.constData());
    QHash<int, int> parent;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
        parent.insert(v[QStringLiteral("pid")].toInt(), v[QStringLiteral("ppid")].toInt());
    int compared = 0;
    for (const QByteArray &line : ps.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() != 2)
            continue;
        const int pid = f[0].toInt();
        if (::kill(pid, 0) != 0 && errno == ESRCH)
            continue;
        QVERIFY2(parent.contains(pid), qPrintable(QStringLiteral("pid %1 from ps is missing").arg(pid)));
        QCOMPARE(parent.value(pid), f[1].toInt());
        ++compared;
    }
    QVERIFY(compared > 1);
    // The agent is a child of the kchan that started it.
    QVERIFY(std::any_of(parent.keyValueBegin(), parent.keyValueEnd(), [&](auto kv) { return kv.second == int(r.pid); }));
}

void TestAgent::unknownRequestAnswered()
{
    // A newer client's request gets an error, and the connection goes on.
    QTemporaryDir dir;
    QString error;
    const auto source = AgentSource::start(QProcess::splitCommand(agentLine()), &error);
    QVERIFY2(source, qPrintable(error));
    const DirListing bad = source->list(QStringLiteral("relative/path"));
    QVERIFY(bad.error.contains(QLatin1String("absolute path")));
    QVERIFY(source->lostReason().isEmpty());
    QVERIFY(source->read(QStringLiteral("/proc/version")).ok());
}

void TestAgent::sysfsObjectThroughAgent()
{
    // The loopback interface's attributes and links, through the agent and
    // read here: the same names, values and link targets.
    QString error;
    const auto source = AgentSource::start(QProcess::splitCommand(agentLine()), &error);
    QVERIFY2(source, qPrintable(error));
    const QString lo = QStringLiteral("/sys/class/net/lo");
    const SysfsObject there = source->sysfsObject(lo);
    const SysfsObject here = SysfsReader::read(lo);
    QVERIFY2(there.ok(), qPrintable(there.error));
    QCOMPARE(there.attributes.size(), here.attributes.size());
    for (const QString &name : {QStringLiteral("ifindex"), QStringLiteral("type"), QStringLiteral("address"), QStringLiteral("mtu")}) {
        QVERIFY(there.attribute(name));
        QCOMPARE(there.attribute(name)->value, here.attribute(name)->value);
    }
    QCOMPARE(there.attribute(QStringLiteral("ifindex"))->value, QStringLiteral("1"));
    QCOMPARE(there.links.size(), here.links.size());
    QCOMPARE(there.subdirectories, here.subdirectories);
    const SysfsObject missing = source->sysfsObject(QStringLiteral("/sys/class/net/kc-no-such-interface"));
    QCOMPARE(missing.error, SysfsReader::read(QStringLiteral("/sys/class/net/kc-no-such-interface")).error);
}

void TestAgent::channelsThroughAgent()
{
    // Our own descriptors, classified by the agent and here: the same fds
    // on the same channels with the same targets, and /dev/null as the
    // device node 1:3 on both sides.
    const int null = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    QVERIFY(null >= 0);
    QString error;
    const auto source = AgentSource::start(QProcess::splitCommand(agentLine()), &error);
    QVERIFY2(source, qPrintable(error));
    const ProcessChannels there = source->processChannels(int(::getpid()));
    const ProcessChannels here = ProcessChannels::read(int(::getpid()));
    ::close(null);
    QVERIFY2(there.error.isEmpty(), qPrintable(there.error));
    QCOMPARE(there.comm, here.comm);
    QHash<int, ChannelFd> mine;
    for (const ChannelFd &f : here.fds)
        mine.insert(f.fd, f);
    bool sawNull = false;
    for (const ChannelFd &f : there.fds) {
        if (!mine.contains(f.fd))
            continue; // opened or closed between the two reads (the agent's pipes)
        QCOMPARE(int(f.channel), int(mine[f.fd].channel));
        QCOMPARE(f.target, mine[f.fd].target);
        if (f.fd == null) {
            sawNull = true;
            QCOMPARE(f.channel, FdChannel::Device);
            QCOMPARE(f.deviceMajor, 1);
            QCOMPARE(f.deviceMinor, 3);
            QVERIFY(f.driver == mine[f.fd].driver); // the whole answer crosses the protocol
            QCOMPARE(f.driver.name, QStringLiteral("mem"));
        }
    }
    QVERIFY(sawNull);
    QCOMPARE(there.namespaces.size(), here.namespaces.size());
    QCOMPARE(there.limits.rows, here.limits.rows);
    const ProcessChannels gone = source->processChannels(999999999);
    QCOMPARE(gone.gone, ProcessChannels::read(999999999).gone);
}

void TestAgent::devicesThroughAgent()
{
    // /dev through the agent and scanned here: the same nodes, and
    // /dev/null the same in every field; followed, the same chain.
    QString error;
    const auto source = AgentSource::start(QProcess::splitCommand(agentLine()), &error);
    QVERIFY2(source, qPrintable(error));
    const DeviceScan there = source->devices();
    const DeviceScan here = DeviceScanner::scan(true);
    QVERIFY2(there.error.isEmpty(), qPrintable(there.error));
    QStringList a, b;
    const DeviceNode *null = nullptr;
    for (const DeviceNode &n : there.nodes) {
        a.append(n.path);
        if (n.path == QLatin1String("/dev/null"))
            null = &n;
    }
    for (const DeviceNode &n : here.nodes)
        b.append(n.path);
    a.sort();
    b.sort();
    QCOMPARE(a, b);
    QVERIFY(null);
    const DeviceNode local = DeviceScanner::describe(QStringLiteral("/dev/null"));
    QCOMPARE(null->major, 1u);
    QCOMPARE(null->minor, 3u);
    QCOMPARE(null->type, local.type);
    QCOMPARE(null->mode, local.mode);
    QCOMPARE(null->subsystem, local.subsystem);
    QCOMPARE(null->sysfsPath, local.sysfsPath);
    QCOMPARE(null->driver.name, QStringLiteral("mem"));
    QVERIFY(null->driver == local.driver);
    QCOMPARE(there.holdersCounted, here.holdersCounted);
    const FollowResult f = source->follow(QStringLiteral("/dev/null"));
    const FollowResult g = DeviceFollow::follow(QStringLiteral("/dev/null"));
    QVERIFY2(f.ok(), qPrintable(f.error));
    QCOMPARE(f.steps.size(), g.steps.size());
    for (qsizetype i = 0; i < f.steps.size(); ++i) {
        QCOMPARE(f.steps[i].kind, g.steps[i].kind);
        QCOMPARE(f.steps[i].title, g.steps[i].title);
        if (f.steps[i].kind != FollowStep::Kind::Holders)
            QCOMPARE(f.steps[i].value, g.steps[i].value);
    }
    const FollowResult missing = source->follow(QStringLiteral("/dev/kc-no-such-node"));
    QCOMPARE(missing.error, DeviceFollow::follow(QStringLiteral("/dev/kc-no-such-node")).error);
}

void TestAgent::missingKchanSaysWhatToInstall()
{
    const KchanRun r = kchan({QStringLiteral("--agent"), QStringLiteral("sh -c 'exec kchan-is-not-installed-here agent --stdio'"), QStringLiteral("procs")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("kchan is not installed"), r.err.constData());
    QCOMPARE(r.out, QByteArray());
}

void TestAgent::garbledAgentIsAClearError()
{
    QTemporaryDir dir;
    // Text where frames should be.
    const QString text = fakeAgent(dir, "Welcome to the lab server!\n");
    KchanRun r = kchan({QStringLiteral("--agent"), QStringLiteral("cat ") + text, QStringLiteral("procs")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("does not speak the agent protocol"), r.err.constData());
    // A good hello, then garbage where the answer should be.
    const QString garbage = fakeAgent(dir, goodHello() + QByteArray("\0\0\0\x03\xff\xfe\xfd", 7));
    r = kchan({QStringLiteral("--agent"), QStringLiteral("sh -c 'cat ") + garbage + QStringLiteral("; sleep 5'"), QStringLiteral("procs")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("not CBOR"), r.err.constData());
    QCOMPARE(r.out, QByteArray());
}

void TestAgent::otherProtocolVersion()
{
    QTemporaryDir dir;
    QCborMap hello = agent::encodeHello(SourceInfo::here());
    hello.insert(QStringLiteral("version"), 99);
    const QString path = fakeAgent(dir, agent::frame(hello));
    const KchanRun r = kchan({QStringLiteral("--agent"), QStringLiteral("sh -c 'cat ") + path + QStringLiteral("; sleep 5'"), QStringLiteral("ls"), QStringLiteral("/proc")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("protocol version 99"), r.err.constData());
}

void TestAgent::agentGoneMidSession()
{
    QString error;
    const auto source = AgentSource::start(QProcess::splitCommand(agentLine()), &error);
    QVERIFY2(source, qPrintable(error));
    QVERIFY(source->read(QStringLiteral("/proc/version")).ok());
    // Killed (the process we started, by its PID): the next request says
    // so at once, and so does every one after it.
    QCOMPARE(::kill(source->pid(), SIGKILL), 0);
    const ReadResult r = source->read(QStringLiteral("/proc/version"));
    QVERIFY(!r.ok());
    QVERIFY2(r.reason.contains(QLatin1String("the agent has gone")), qPrintable(r.reason));
    QVERIFY(r.reason.contains(QLatin1String("signal 9")));
    QVERIFY(!source->lostReason().isEmpty());
    QString why;
    QVERIFY(source->processes(&why).isEmpty());
    QCOMPARE(why, source->lostReason());
}

void TestAgent::commandsNotServedSaySo()
{
    const KchanRun r = kchan({QStringLiteral("--agent"), agentLine(), QStringLiteral("syscall-of"), QStringLiteral("1")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("does not yet run through the agent") && r.err.contains("procs"), r.err.constData());
    // A write through the agent asks first, naming the machine; no answer writes nothing.
    const KchanRun set = kchan({QStringLiteral("--agent"), agentLine(), QStringLiteral("sysctl"), QStringLiteral("set"),
                                QStringLiteral("kernel.hostname"), QStringLiteral("x")},
                               QStringLiteral("/dev/null"));
    QCOMPARE(set.code, 1);
    QVERIFY2(set.err.contains("Write it?") && set.err.contains("Nothing was written."), set.err.constData());
    const KchanRun tty = kchan({QStringLiteral("--remote")});
    QCOMPARE(tty.code, 2);
}

QTEST_GUILESS_MAIN(TestAgent)
#include "tst_agent.moc"
