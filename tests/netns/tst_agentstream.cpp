// SPDX-License-Identifier: GPL-2.0-or-later
// Live netlink streams through the agent: an agent in a network namespace
// of its own stands in for another machine. Its rtnetlink notifications
// arrive here as `ip monitor` sees them in that namespace at the same
// time; a client that does not acknowledge gets no more than the window
// and then everything that waited; killing the agent ends the stream with
// a reason; kchan --agent monitor prints that namespace's events. The
// host's network is never touched.
#include "../kchanrun.h"
#include "netnstest.h"

#include "devices/devicescontroller.h"
#include "devices/ueventmonitor.h"
#include "models/ueventlogmodel.h"
#include "netlink/netlinkmonitor.h"
#include "netlink/ifnamecache.h"
#include "netlink/netlinkstream.h"
#include "netlink/nldecoder.h"
#include "source/agentcodec.h"
#include "source/agentsource.h"
#include "sampling/sampler.h"
#include "syscalls/syscallmonitor.h"

#include <QCborArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <linux/rtnetlink.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <sys/syscall.h>
#include <unistd.h>

using namespace kc;

namespace {

/// The agent alone in a new network and mount namespace (unshare execs
/// it: its PID is the one we started).
QStringList agentInNetns()
{
    return QStringList{QStringLiteral("unshare"), QStringLiteral("-n"), QStringLiteral("-m")} + mountPropagation()
        + QStringList{QStringLiteral(KC_KCHAN), QStringLiteral("agent"), QStringLiteral("--stdio")};
}

/// Runs `script` with sh in the network namespace of process `pid`.
int inNamespaceOf(pid_t pid, const QString &script)
{
    QProcess p;
    p.start(QStringLiteral("nsenter"), {QStringLiteral("-t"), QString::number(pid), QStringLiteral("-n"), QStringLiteral("sh"), QStringLiteral("-c"), script});
    if (!p.waitForFinished(60000))
        return -1;
    return p.exitCode();
}

/// The messages of some decoded batches: "RTM_NEWLINK kcs0" and so on,
/// for the link and address messages that name an interface.
QStringList linkAndAddressMessages(const QList<NetlinkEvent> &events)
{
    QStringList seen;
    for (const NetlinkEvent &e : events) {
        for (const NlMessage &m : NlDecoder::decode(e.protocol, e.raw)) {
            if (m.type == RTM_NEWLINK || m.type == RTM_DELLINK || m.type == RTM_NEWADDR || m.type == RTM_DELADDR)
                seen.append(m.typeName);
        }
    }
    return seen;
}

} // namespace

class TestAgentStream : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void routeStreamAsIpMonitorSeesIt();
    void windowHoldsBackUntilAcknowledged();
    void killedAgentEndsTheStream();
    void kchanRemoteMonitor();
    void socketsAndFamiliesThroughTheAgent();
    void ueventsOfTheAgentsMachine();
    void tunablesWrittenThere();
    void callsCountedThere();
    void sampledThere();
};

void TestAgentStream::initTestCase()
{
    if (const QString why = netnsSkipReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    if (QStandardPaths::findExecutable(QStringLiteral("nsenter")).isEmpty())
        QSKIP("needs nsenter (util-linux)");
}

void TestAgentStream::routeStreamAsIpMonitorSeesIt()
{
    QString error;
    const auto agent = AgentSource::start(agentInNetns(), &error);
    QVERIFY2(agent, qPrintable(error));

    NetlinkStream::Options options;
    options.groups = {RTNLGRP_LINK, RTNLGRP_IPV4_IFADDR, RTNLGRP_IPV6_IFADDR};
    options.source = agent;
    NetlinkStream stream(NETLINK_ROUTE, options);
    EventStore store;
    connect(&stream, &NetlinkStream::eventsArrived, this, [&](const PackedEvents &batch) { store.append(batch); });
    QVERIFY2(stream.start(), qPrintable(stream.errorString()));

    // ip monitor in the same namespace at the same moment: the trusted count.
    QProcess ipMonitor;
    ipMonitor.start(QStringLiteral("nsenter"), {QStringLiteral("-t"), QString::number(agent->pid()), QStringLiteral("-n"), QStringLiteral("ip"),
                                                QStringLiteral("-o"), QStringLiteral("monitor"), QStringLiteral("link"), QStringLiteral("address")});
    QVERIFY(ipMonitor.waitForStarted());
    QTest::qWait(500);
    QCOMPARE(inNamespaceOf(agent->pid(), QStringLiteral("ip link add kcs0 type veth peer name kcs1 && ip link set kcs0 up && ip link set kcs1 up "
                                                        "&& ip addr add 10.77.0.1/24 dev kcs0 && ip addr add 10.77.0.2/24 dev kcs1 "
                                                        "&& ip addr del 10.77.0.2/24 dev kcs1 && ip link del kcs0")),
             0);
    QTest::qWait(1500);
    ::kill(pid_t(ipMonitor.processId()), SIGTERM); // the one we started
    ipMonitor.waitForFinished(5000);
    QList<NetlinkEvent> ours;
    for (qsizetype i = 0; i < store.size(); ++i)
        ours.append(store.event(i));
    int theirs = 0;
    for (const QByteArray &line : ipMonitor.readAllStandardOutput().split('\n'))
        theirs += line.trimmed().isEmpty() ? 0 : 1; // -o: one line a message
    const QStringList seen = linkAndAddressMessages(ours);
    QVERIFY2(theirs >= 8, qPrintable(QString::number(theirs)));
    QCOMPARE(seen.size(), theirs);
    QVERIFY(seen.contains(QStringLiteral("RTM_DELLINK")));
    QVERIFY(seen.contains(QStringLiteral("RTM_DELADDR")));
    // Decoded as at home: the interface is named in the summary.
    bool named = false;
    for (const NetlinkEvent &e : std::as_const(ours)) {
        for (const NlMessage &m : NlDecoder::decode(e.protocol, e.raw))
            named = named || m.summary.contains(QLatin1String("kcs0"));
    }
    QVERIFY(named);
    // Addresses name their device as ip monitor does, by the names of the
    // agent's namespace: its loopback came with the stream's opening, the
    // veth from the stream itself.
    const std::shared_ptr<const IfNameCache> names = stream.interfaceNames();
    QVERIFY(names);
    QCOMPARE(names->name(1), QStringLiteral("lo"));
    int addresses = 0;
    for (const NetlinkEvent &e : std::as_const(ours)) {
        for (const NlMessage &m : NlDecoder::decode(e.protocol, e.raw, names.get())) {
            if (m.typeName != QLatin1String("RTM_NEWADDR") && m.typeName != QLatin1String("RTM_DELADDR"))
                continue;
            ++addresses;
            QVERIFY2(m.summary.contains(QLatin1String("dev kcs")), qPrintable(m.summary));
        }
    }
    QVERIFY(addresses >= 3);
    QCOMPARE(stream.messageCount(), quint64(ours.size()));
}

void TestAgentStream::windowHoldsBackUntilAcknowledged()
{
    QString error;
    const auto agent = AgentSource::start(agentInNetns(), &error);
    QVERIFY2(agent, qPrintable(error));
    std::atomic<int> frames {0};
    std::atomic<qint64> messages {0};
    AgentSource::StreamHandlers handlers;
    handlers.frame = [&](const QCborMap &frame) {
        if (frame.contains(QStringLiteral("ev"))) {
            ++frames;
            QList<NetlinkEvent> batch;
            if (agent::decodeNetlinkEvents(frame.value(QStringLiteral("ev")).toByteArray(), NETLINK_ROUTE, &batch))
                messages += batch.size();
        }
    };
    QCOMPARE(inNamespaceOf(agent->pid(), QStringLiteral("ip link set lo up")), 0); // its own address comes before the stream
    // No pacing: every wake-up of the agent is a frame.
    const qint64 channel = agent->openStream(QCborMap{{QStringLiteral("kind"), QStringLiteral("netlink")},
                                                      {QStringLiteral("protocol"), NETLINK_ROUTE},
                                                      {QStringLiteral("groups"), QCborArray{RTNLGRP_IPV4_IFADDR}},
                                                      {QStringLiteral("pace"), QCborArray{0, 0}}},
                                             handlers, &error);
    QVERIFY2(channel > 0, qPrintable(error));
    // 30 addresses added one by one, a pause between: more wake-ups than the window.
    QCOMPARE(inNamespaceOf(agent->pid(), QStringLiteral("for i in $(seq 1 30); do ip addr add 10.66.0.$i/32 dev lo; sleep 0.03; done")), 0);
    QTest::qWait(500);
    QCOMPARE(frames.load(), 8); // the agent's window, then it stops reading
    QVERIFY(messages.load() < 30);
    // Acknowledged, the rest comes: what the kernel held meanwhile.
    agent->acknowledge(channel, 8);
    QTRY_COMPARE_WITH_TIMEOUT(messages.load(), qint64(30), 5000);
    agent->closeStream(channel);
    QVERIFY(agent->lostReason().isEmpty());
}

void TestAgentStream::killedAgentEndsTheStream()
{
    QString error;
    const auto agent = AgentSource::start(agentInNetns(), &error);
    QVERIFY2(agent, qPrintable(error));
    NetlinkStream::Options options;
    options.groups = NetlinkMonitor::routeGroups();
    options.source = agent;
    NetlinkStream stream(NETLINK_ROUTE, options);
    QSignalSpy ended(&stream, &NetlinkStream::ended);
    QVERIFY2(stream.start(), qPrintable(stream.errorString()));
    QVERIFY(::kill(agent->pid(), SIGKILL) == 0); // the agent we started
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 10000);
    const QString reason = ended.first().first().toString();
    QVERIFY2(reason.contains(QLatin1String("signal 9")), qPrintable(reason));
    QCOMPARE(agent->lostReason(), reason);
    // A dump asked of a lost stream fails at once with the reason.
    QVERIFY(!stream.requestDump(RTM_GETLINK));
}

void TestAgentStream::kchanRemoteMonitor()
{
    // The agent's namespace makes a veth a second after it starts.
    const QString line = QStringLiteral("unshare -n -m %1 sh -c '(sleep 1; ip link add kcm0 type veth peer name kcm1) & exec %2 agent --stdio'")
                             .arg(mountPropagation().join(QLatin1Char(' ')), QStringLiteral(KC_KCHAN));
    const KchanRun r = kchan({QStringLiteral("--agent"), line, QStringLiteral("monitor"), QStringLiteral("route:link"), QStringLiteral("--json"),
                              QStringLiteral("--count"), QStringLiteral("2"), QStringLiteral("--timeout"), QStringLiteral("20")});
    QVERIFY2(r.code == 0, r.err.constData());
    QStringList names;
    for (const QByteArray &line : r.out.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QCOMPARE(o[QStringLiteral("type")].toString(), QStringLiteral("RTM_NEWLINK"));
        names.append(QString::fromUtf8(line));
    }
    QCOMPARE(names.size(), 2);
    QVERIFY2(names.join(QLatin1Char('\n')).contains(QLatin1String("kcm0")), r.out.constData());
}

void TestAgentStream::socketsAndFamiliesThroughTheAgent()
{
    // Families are the kernel's: the agent's namespace sees those that
    // work in every namespace, ours all of them (with the same numbers). Sockets: the agent's own route stream socket is there,
    // owned by the agent.
    QString error;
    const auto agent = AgentSource::start(agentInNetns(), &error);
    QVERIFY2(agent, qPrintable(error));
    const GenlFamilyList theirs = agent->genlFamilies(false);
    const GenlFamilyList local = DataSource::local()->genlFamilies(false);
    QVERIFY2(theirs.ok(), qPrintable(theirs.error));
    QStringList a, b;
    for (const GenlFamily &f : theirs.families)
        a.append(QStringLiteral("%1=%2").arg(f.name).arg(f.id));
    for (const GenlFamily &f : local.families)
        b.append(QStringLiteral("%1=%2").arg(f.name).arg(f.id));
    QVERIFY(a.contains(QStringLiteral("nlctrl=16")));
    for (const QString &f : std::as_const(a))
        QVERIFY2(b.contains(f), qPrintable(f));

    NetlinkStream::Options options;
    options.groups = {RTNLGRP_LINK};
    options.source = agent;
    NetlinkStream stream(NETLINK_ROUTE, options);
    QVERIFY2(stream.start(), qPrintable(stream.errorString()));
    const NetlinkSocketList sockets = agent->netlinkSockets();
    QVERIFY2(sockets.ok(), qPrintable(sockets.error));
    bool agentHoldsRoute = false;
    for (const NetlinkSocketInfo &s : sockets.sockets) {
        for (const SocketOwner &o : s.owners)
            agentHoldsRoute = agentHoldsRoute || (o.pid == int(agent->pid()) && s.protocol == NETLINK_ROUTE && s.groups.contains(RTNLGRP_LINK));
    }
    QVERIFY(agentHoldsRoute);
}

void TestAgentStream::ueventsOfTheAgentsMachine()
{
    // A veth made in the agent's namespace sends its uevents there only:
    // the Devices controller reading through the agent logs them, and a
    // monitor of ours in this namespace sees none of them.
    QString error;
    const auto agent = AgentSource::start(agentInNetns(), &error);
    QVERIFY2(agent, qPrintable(error));
    DevicesController devices(agent, true);
    QTRY_VERIFY_WITH_TIMEOUT(devices.eventsRunning(), 5000);
    UeventMonitor ours;
    QSignalSpy oursSaw(&ours, &UeventMonitor::eventsArrived);
    QVERIFY2(ours.start(), qPrintable(ours.errorString()));
    QCOMPARE(inNamespaceOf(agent->pid(), QStringLiteral("ip link add kcu0 type veth peer name kcu1")), 0);
    const auto logged = [&](const QString &devpath) {
        for (int row = 0; row < devices.events()->rowCount(); ++row) {
            if (!devices.events()->isGap(row) && devices.events()->record(row).devpath == devpath
                && devices.events()->record(row).action == QLatin1String("add"))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(logged(QStringLiteral("/devices/virtual/net/kcu0")), 10000);
    QVERIFY(logged(QStringLiteral("/devices/virtual/net/kcu1")));
    QVERIFY(devices.eventCount() >= 2);
    QTest::qWait(300);
    for (const QList<QVariant> &batch : std::as_const(oursSaw)) {
        for (const UeventRecord &r : batch.first().value<QList<UeventRecord>>())
            QVERIFY2(!r.devpath.contains(QLatin1String("kcu")), qPrintable(r.devpath));
    }
}

void TestAgentStream::tunablesWrittenThere()
{
    // The agent runs as root in its own network namespace: a per-namespace
    // tunable written through it changes there and not here; a value the
    // kernel refuses is refused with the kernel's errno, as a direct write
    // there is.
    const auto readOurs = [] {
        QFile f(QStringLiteral("/proc/sys/net/ipv4/ip_default_ttl"));
        return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray();
    };
    const QByteArray here = readOurs();
    QVERIFY(!here.isEmpty());
    QString error;
    const auto agent = AgentSource::start(agentInNetns(), &error);
    QVERIFY2(agent, qPrintable(error));
    const QString key = QStringLiteral("net.ipv4.ip_default_ttl");
    const QByteArray value = here == "77" ? "78" : "77";
    const SysctlWriteResult ok = agent->writeSysctl(key, QString::fromLatin1(value));
    QVERIFY2(ok.ok, qPrintable(ok.message));
    QCOMPARE(agent->sysctlKey(key).value, value);
    QCOMPARE(readOurs(), here);
    // 0 is below the kernel's minimum of 1.
    const int direct = inNamespaceOf(agent->pid(), QStringLiteral("echo 0 > /proc/sys/net/ipv4/ip_default_ttl"));
    QVERIFY(direct != 0);
    const SysctlWriteResult refused = agent->writeSysctl(key, QStringLiteral("0"));
    QVERIFY(!refused.ok);
    QCOMPARE(refused.errnoValue, EINVAL);
    QCOMPARE(agent->sysctlKey(key).value, value);

    // And with kchan --agent, confirmed with --yes.
    const QString line = QStringLiteral("unshare -n -m %1 %2 agent --stdio").arg(mountPropagation().join(QLatin1Char(' ')), QStringLiteral(KC_KCHAN));
    const KchanRun r = kchan({QStringLiteral("--agent"), line, QStringLiteral("sysctl"), QStringLiteral("set"), key, QStringLiteral("123"), QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.out, QByteArray("net.ipv4.ip_default_ttl = 123\n"));
    QCOMPARE(readOurs(), here);
}

void TestAgentStream::callsCountedThere()
{
    // The agent counts system calls on its machine (the same kernel here)
    // and reports as a local count does: getppid made by us is among
    // them, every call at least as many, and its table numbers getppid
    // as this architecture's headers do.
    if (::geteuid() != 0)
        QSKIP("counting every process's system calls needs root");
    QString error;
    const auto agent = AgentSource::start(agentInNetns(), &error);
    QVERIFY2(agent, qPrintable(error));
    const SyscallTable table = agent->syscallTable();
    const QList<SyscallInfo> wanted = table.select({QStringLiteral("getppid"), QStringLiteral("all")});
    QCOMPARE(wanted.size(), 2);
    QCOMPARE(wanted.first().number, int(SYS_getppid));
    SyscallTable counted;
    counted.calls = wanted;
    SyscallMonitor monitor;
    monitor.setSource(agent);
    QSignalSpy started(&monitor, &SyscallMonitor::started);
    QSignalSpy failed(&monitor, &SyscallMonitor::failed);
    quint64 getppid = 0, all = 0;
    connect(&monitor, &SyscallMonitor::counted, this, [&](const QHash<QString, double> &, const QHash<QString, quint64> &totals) {
        getppid = qMax(getppid, totals.value(QStringLiteral("getppid")));
        all = qMax(all, totals.value(QStringLiteral("all")));
    });
    monitor.start(counted, -1, 200);
    QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty() || !failed.isEmpty(), 20000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QCOMPARE(started.first().at(1).toInt(), 2);
    constexpr int Made = 20000;
    for (int i = 0; i < Made; ++i)
        ::syscall(SYS_getppid);
    QTRY_VERIFY_WITH_TIMEOUT(getppid >= quint64(Made), 20000);
    QVERIFY(all >= getppid);
    monitor.stop();
}

void TestAgentStream::sampledThere()
{
    // A chart's sampler reading through the agent: a tunable of the
    // agent's network namespace has that namespace's value, not ours, and
    // system calls counted there give a rate.
    QString error;
    const auto agent = AgentSource::start(agentInNetns(), &error);
    QVERIFY2(agent, qPrintable(error));
    QCOMPARE(inNamespaceOf(agent->pid(), QStringLiteral("echo 77 > /proc/sys/net/ipv4/ip_default_ttl")), 0);
    Sampler sampler;
    sampler.setSource(agent);
    const bool root = ::geteuid() == 0;
    QStringList keys{QStringLiteral("sysctl:net.ipv4.ip_default_ttl")};
    if (root)
        keys.append(QStringLiteral("syscall:getppid"));
    sampler.setKeys(keys);
    QElapsedTimer clock;
    clock.start();
    QList<SamplePoint> points = sampler.sample(clock.elapsed());
    QVERIFY(points.first().valid);
    QCOMPARE(points.first().value, 77.0);
    if (!root)
        QSKIP("the rate of a system call needs root to count it");
    // Two reports from the agent, with calls made between them.
    QDeadlineTimer deadline(20000);
    bool rate = false;
    while (!rate && !deadline.hasExpired()) {
        for (int i = 0; i < 1000; ++i)
            ::syscall(SYS_getppid);
        QTest::qWait(300);
        points = sampler.sample(clock.elapsed());
        QVERIFY2(points.value(1).error.isEmpty(), qPrintable(points.value(1).error));
        rate = points.value(1).valid && points.value(1).value > 0;
    }
    QVERIFY(rate);
}

QTEST_GUILESS_MAIN(TestAgentStream)
#include "tst_agentstream.moc"
