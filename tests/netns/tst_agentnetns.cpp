// SPDX-License-Identifier: GPL-2.0-or-later
// An agent in its own PID, network and mount namespaces stands in for
// another machine: reached through a command on its standard input and
// output, as ssh reaches one, it shows that namespace's processes and veth
// pair and none of ours; killed, it is a clear state, and a new agent
// answers again. The host's network is never touched.
#include "../kchanrun.h"
#include "netnstest.h"

#include "source/agentsource.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace kc;

namespace {

/// The agent in fresh namespaces, with a veth pair of its own and sysfs
/// mounted again so that /sys/class/net is that namespace's; it ends
/// with the unshare we start (--kill-child).
QStringList agentInNamespaces()
{
    return QStringList{QStringLiteral("unshare"), QStringLiteral("-p"), QStringLiteral("-n"), QStringLiteral("-m")} + mountPropagation()
        + QStringList{QStringLiteral("--fork"), QStringLiteral("--kill-child"), QStringLiteral("--mount-proc"), QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("mount -t sysfs sysfs /sys && ip link add kcagent0 type veth peer name kcagent1 && exec \"$0\" agent --stdio"),
            QStringLiteral(KC_KCHAN)};
}

} // namespace

class TestAgentNetns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsTheOtherMachine();
    void kchanRemoteShowsItsProcesses();
    void kchanRemoteShowsItsInterfaces();
    void kchanRemoteReadsItsTunables();
    void kchanRemoteWhyAnswersThere();
    void lostAndReconnected();
};

void TestAgentNetns::initTestCase()
{
    if (const QString why = netnsSkipReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    QProcess probe;
    probe.start(QStringLiteral("unshare"), QStringList{QStringLiteral("-p"), QStringLiteral("-m")} + mountPropagation()
                                               + QStringList{QStringLiteral("--fork"), QStringLiteral("--mount-proc"), QStringLiteral("true")});
    probe.waitForFinished(30000);
    if (probe.exitCode() != 0)
        QSKIP("cannot create a PID and mount namespace here (unshare -p -m --mount-proc failed)");
}

void TestAgentNetns::showsTheOtherMachine()
{
    QString error;
    const auto source = AgentSource::start(agentInNamespaces(), &error);
    QVERIFY2(source, qPrintable(error));

    // Its processes: the agent is PID 1 there, and nothing of ours is seen.
    QString why;
    const QList<ProcessInfo> procs = source->processes(&why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QVERIFY(!procs.isEmpty());
    bool agentIsInit = false;
    for (const ProcessInfo &p : procs) {
        QVERIFY2(!p.cmdline.contains(QLatin1String("tst_agentnetns")), qPrintable(p.cmdline));
        agentIsInit = agentIsInit || (p.pid == 1 && p.comm == QLatin1String("kchan"));
    }
    QVERIFY(agentIsInit);
    QVERIFY(procs.size() < 5);

    // Its network: the veth pair and lo, and none of our interfaces.
    const DirListing net = source->list(QStringLiteral("/sys/class/net"));
    QVERIFY2(net.error.isEmpty(), qPrintable(net.error));
    QStringList names;
    for (const DirEntry &e : net.entries)
        names.append(e.name);
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("kcagent0"), QStringLiteral("kcagent1"), QStringLiteral("lo")}));
    const ReadResult dev = source->read(QStringLiteral("/proc/net/dev"));
    QVERIFY2(dev.ok(), qPrintable(dev.reason));
    QVERIFY(dev.data.contains("kcagent0:"));
    for (const QString &ours : QDir(QStringLiteral("/sys/class/net")).entryList(QDir::Dirs | QDir::System | QDir::NoDotAndDotDot)) {
        if (ours != QLatin1String("lo"))
            QVERIFY2(!dev.data.contains(QByteArray(ours.toUtf8() + ':')), qPrintable(ours));
    }
}

void TestAgentNetns::kchanRemoteShowsItsProcesses()
{
    // The command line as a user gives it to kchan --agent.
    const QString line = QStringLiteral("unshare -p -n -m %1 --fork --mount-proc %2 agent --stdio").arg(mountPropagation().join(QLatin1Char(' ')), QStringLiteral(KC_KCHAN));
    const KchanRun r = kchan({QStringLiteral("--agent"), line, QStringLiteral("procs"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonArray procs = QJsonDocument::fromJson(r.out).array();
    QVERIFY(!procs.isEmpty());
    QCOMPARE(procs.first()[QStringLiteral("pid")].toInt(), 1);
    QCOMPARE(procs.first()[QStringLiteral("comm")].toString(), QStringLiteral("kchan"));
    for (const QJsonValue &p : procs)
        QVERIFY(p[QStringLiteral("pid")].toInt() != int(r.pid));
    // Its PID 1 there, the agent: reading the client's pipes on standard
    // input and output.
    const KchanRun channels = kchan({QStringLiteral("--agent"), line, QStringLiteral("channels"), QStringLiteral("1"), QStringLiteral("--json")});
    QVERIFY2(channels.code == 0, channels.err.constData());
    const QJsonObject pc = QJsonDocument::fromJson(channels.out).object();
    QCOMPARE(pc[QStringLiteral("comm")].toString(), QStringLiteral("kchan"));
    bool pipes = false;
    for (const QJsonValue &ch : pc[QStringLiteral("channels")].toArray()) {
        if (ch[QStringLiteral("channel")].toString() == QLatin1String("pipe"))
            pipes = ch[QStringLiteral("fds")].toArray().size() >= 2;
    }
    QVERIFY2(pipes, channels.out.constData());
}

void TestAgentNetns::kchanRemoteShowsItsInterfaces()
{
    // The veth made in the agent's namespace, through kchan sysfs there; a
    // new veth is Ethernet (type 1) and down. Here it does not exist.
    const QString line = QStringLiteral("unshare -p -n -m %1 --fork --kill-child --mount-proc sh -c "
                                        "'mount -t sysfs sysfs /sys && ip link add kcagent0 type veth peer name kcagent1 "
                                        "&& exec %2 agent --stdio'")
                             .arg(mountPropagation().join(QLatin1Char(' ')), QStringLiteral(KC_KCHAN));
    const KchanRun r = kchan({QStringLiteral("--agent"), line, QStringLiteral("sysfs"), QStringLiteral("/sys/class/net/kcagent0"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject object = QJsonDocument::fromJson(r.out).object();
    QHash<QString, QString> values;
    for (const QJsonValue &a : object[QStringLiteral("attributes")].toArray())
        values.insert(a[QStringLiteral("name")].toString(), a[QStringLiteral("value")].toString());
    QCOMPARE(values.value(QStringLiteral("type")), QStringLiteral("1"));
    QCOMPARE(values.value(QStringLiteral("operstate")), QStringLiteral("down"));
    QVERIFY(!QFile::exists(QStringLiteral("/sys/class/net/kcagent0")));
}

void TestAgentNetns::kchanRemoteReadsItsTunables()
{
    // A per-namespace tunable set in the agent's network namespace only:
    // read there through the agent, it is that value, not ours.
    QFile ours(QStringLiteral("/proc/sys/net/ipv4/ip_default_ttl"));
    QVERIFY(ours.open(QIODevice::ReadOnly));
    const QByteArray here = ours.readAll().trimmed();
    QVERIFY(here != "99");
    const QString line = QStringLiteral("unshare -p -n -m %1 --fork --kill-child --mount-proc sh -c "
                                        "'echo 99 > /proc/sys/net/ipv4/ip_default_ttl && exec %2 agent --stdio'")
                             .arg(mountPropagation().join(QLatin1Char(' ')), QStringLiteral(KC_KCHAN));
    const KchanRun r = kchan({QStringLiteral("--agent"), line, QStringLiteral("sysctl"), QStringLiteral("get"),
                              QStringLiteral("net.ipv4.ip_default_ttl"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o[QStringLiteral("value")].toString(), QStringLiteral("99"));
    QCOMPARE(o[QStringLiteral("writable")].toBool(), true);
    const KchanRun all = kchan({QStringLiteral("--agent"), line, QStringLiteral("sysctl"), QStringLiteral("net.ipv4.ip_default_ttl")});
    QVERIFY2(all.code == 0, all.err.constData());
    QCOMPARE(all.out, QByteArray("net.ipv4.ip_default_ttl = 99\n"));
}

void TestAgentNetns::kchanRemoteWhyAnswersThere()
{
    // A file that exists only in the agent's mount namespace (on a tmpfs
    // mounted there over a directory of ours): here Why? finds nothing, and
    // through the agent it finds the file, owned by root, mode 0600.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("only-there"));
    const KchanRun here = kchan({QStringLiteral("why"), file, QStringLiteral("--json")});
    QCOMPARE(here.code, 1);
    QVERIFY(!QJsonDocument::fromJson(here.out).object()[QStringLiteral("reachable")].toBool());
    const QString line = QStringLiteral("unshare -m %1 sh -c 'mount -t tmpfs tmpfs %2 && : > %3 && chmod 600 %3 && exec %4 agent --stdio'")
                             .arg(mountPropagation().join(QLatin1Char(' ')), dir.path(), file, QStringLiteral(KC_KCHAN));
    const KchanRun there = kchan({QStringLiteral("--agent"), line, QStringLiteral("why"), file, QStringLiteral("--json")});
    QVERIFY2(there.code == 0, there.err.constData());
    const QJsonObject answer = QJsonDocument::fromJson(there.out).object();
    QVERIFY2(answer[QStringLiteral("reachable")].toBool(), there.out.constData());
    QVERIFY2(there.out.contains("0600"), there.out.constData());
    QVERIFY(!QFile::exists(file));
}

void TestAgentNetns::lostAndReconnected()
{
    QString error;
    auto source = AgentSource::start(agentInNamespaces(), &error);
    QVERIFY2(source, qPrintable(error));
    QVERIFY(source->read(QStringLiteral("/proc/version")).ok());
    // unshare, the process we started: its end takes the agent's with it,
    // a moment later (--kill-child); the agent may answer until then.
    QCOMPARE(::kill(source->pid(), SIGKILL), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!source->lostReason().isEmpty(), 10000);
    const DirListing gone = source->list(QStringLiteral("/proc"));
    QVERIFY2(gone.error.contains(QLatin1String("the agent has gone")), qPrintable(gone.error));
    // Reconnect: the same command, a new agent, a new namespace.
    source = AgentSource::start(agentInNamespaces(), &error);
    QVERIFY2(source, qPrintable(error));
    QVERIFY(source->lostReason().isEmpty());
    QVERIFY(!source->processes().isEmpty());
}

QTEST_GUILESS_MAIN(TestAgentNetns)
#include "tst_agentnetns.moc"
