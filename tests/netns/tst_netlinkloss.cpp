// SPDX-License-Identifier: GPL-2.0-or-later
// A netlink monitor with a tiny receive buffer meets a burst of thousands
// of notifications in a private network namespace: the loss must be
// reported, and a dump afterwards (the resync) must list exactly the links
// that `ip link` lists. The host's network is never touched: this process
// moves into its own namespace first.
#include "netlink/netlinkmonitor.h"
#include "netlink/nldecoder.h"

#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "netnstest.h"

#include <linux/rtnetlink.h>
#include <sched.h>

using namespace kc;

class TestNetlinkLoss : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void overflowIsReportedAndDumpResyncs();
    void resyncDumpFollowsOverflow();
};

void TestNetlinkLoss::initTestCase()
{
    if (const QString why = netnsSkipReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    // Only this thread (the one running the monitor and starting ip) moves.
    if (::unshare(CLONE_NEWNET) != 0)
        QSKIP("unshare(CLONE_NEWNET) failed");
}

void TestNetlinkLoss::overflowIsReportedAndDumpResyncs()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // 500 pairs: each makes about ten notifications, 5,000 in all, and 50
    // pairs stay so the resync has something to find.
    QFile batch(dir.filePath(QStringLiteral("batch")));
    QVERIFY(batch.open(QIODevice::WriteOnly));
    for (int i = 0; i < 500; ++i) {
        batch.write(QStringLiteral("link add kcb%1 type veth peer name kcp%1\nlink set kcb%1 up\n").arg(i).toUtf8());
        if (i >= 50)
            batch.write(QStringLiteral("link del kcb%1\n").arg(i).toUtf8());
    }
    batch.close();

    NetlinkMonitor monitor(NETLINK_ROUTE);
    monitor.setGroups(NetlinkMonitor::routeGroups());
    monitor.setReceiveBuffer(4096); // the kernel's floor; a burst must overflow it
    monitor.setCoalescing(200);
    QVERIFY2(monitor.start(), qPrintable(monitor.errorString()));
    QSignalSpy overflows(&monitor, &NetlinkMonitor::overflowed);
    // A witness with room for the whole burst: what it receives is what
    // the kernel sent.
    NetlinkMonitor witness(NETLINK_ROUTE);
    witness.setGroups(NetlinkMonitor::routeGroups());
    witness.setReceiveBuffer(64 * 1024 * 1024);
    QVERIFY2(witness.start(), qPrintable(witness.errorString()));

    QProcess ip;
    ip.start(QStringLiteral("ip"), {QStringLiteral("-batch"), batch.fileName()});
    QVERIFY(ip.waitForFinished(120000));
    QCOMPARE(ip.exitCode(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(overflows.count() > 0, 30000);
    QVERIFY(monitor.overflowCount() > 0);
    QCOMPARE(witness.overflowCount(), quint64(0));
    // Every message is either received or counted lost, by the kernel's
    // own count; the lost ones reported with the overflows add up to it.
    QTRY_COMPARE_WITH_TIMEOUT(monitor.messageCount() + monitor.lostCount(), witness.messageCount(), 30000);
    quint64 reported = 0;
    for (const QList<QVariant> &args : std::as_const(overflows))
        reported += args.at(0).toULongLong();
    QVERIFY(reported > 0);
    QVERIFY(reported <= monitor.lostCount());

    // Resync: drain what is queued, then dump the links and collect names.
    QSet<QString> dumped;
    bool done = false;
    connect(&monitor, &NetlinkMonitor::eventsArrived, this, [&](const QList<NetlinkEvent> &events) {
        for (const NetlinkEvent &e : events) {
            for (const NlMessage &m : NlDecoder::decode(NETLINK_ROUTE, e.raw)) {
                if (m.typeName == QLatin1String("NLMSG_DONE") && !dumped.isEmpty())
                    done = true;
                if (m.typeName == QLatin1String("RTM_NEWLINK") && (m.flags & NLM_F_MULTI)) {
                    for (const NlField &section : m.tree.children) {
                        for (const NlField &f : section.children) {
                            if (f.name == QLatin1String("IFLA_IFNAME"))
                                dumped.insert(f.value);
                        }
                    }
                }
            }
        }
    });
    monitor.setCoalescing(0);
    QTest::qWait(0);
    QVERIFY(monitor.requestDump(RTM_GETLINK));
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);

    QProcess list;
    list.start(QStringLiteral("ip"), {QStringLiteral("-o"), QStringLiteral("link"), QStringLiteral("show")});
    QVERIFY(list.waitForFinished(30000));
    QSet<QString> expected;
    for (const QByteArray &line : list.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.split(':');
        if (parts.size() > 1)
            expected.insert(QString::fromUtf8(parts[1].trimmed().split('@').first()));
    }
    QCOMPARE(dumped.size(), 1 + 100); // lo and the 50 pairs left
    QCOMPARE(dumped, expected);
}

// With resync dumps set (as the live pane and kchan monitor set them), a
// loss is followed by a dump of the links nobody asked for by hand.
void TestNetlinkLoss::resyncDumpFollowsOverflow()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile batch(dir.filePath(QStringLiteral("batch")));
    QVERIFY(batch.open(QIODevice::WriteOnly));
    for (int i = 0; i < 300; ++i)
        batch.write(QStringLiteral("link add kcr%1 type veth peer name kcq%1\nlink del kcr%1\n").arg(i).toUtf8());
    batch.close();

    NetlinkMonitor monitor(NETLINK_ROUTE);
    monitor.setGroups(NetlinkMonitor::routeGroups());
    monitor.setReceiveBuffer(4096);
    monitor.setCoalescing(200);
    monitor.setResyncDumps({RTM_GETLINK});
    QVERIFY2(monitor.start(), qPrintable(monitor.errorString()));
    QSignalSpy overflows(&monitor, &NetlinkMonitor::overflowed);
    QSignalSpy failures(&monitor, &NetlinkMonitor::dumpFailed);
    int dumpedLinks = 0;
    bool sawLo = false;
    connect(&monitor, &NetlinkMonitor::eventsArrived, this, [&](const QList<NetlinkEvent> &events) {
        for (const NetlinkEvent &e : events) {
            for (const NlMessage &m : NlDecoder::decode(NETLINK_ROUTE, e.raw)) {
                if (m.typeName != QLatin1String("RTM_NEWLINK") || !(m.flags & NLM_F_MULTI))
                    continue;
                ++dumpedLinks;
                for (const NlField &section : m.tree.children) {
                    for (const NlField &f : section.children)
                        sawLo = sawLo || (f.name == QLatin1String("IFLA_IFNAME") && f.value == QLatin1String("lo"));
                }
            }
        }
    });
    QProcess ip;
    ip.start(QStringLiteral("ip"), {QStringLiteral("-batch"), batch.fileName()});
    QVERIFY(ip.waitForFinished(120000));
    QCOMPARE(ip.exitCode(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(overflows.count() > 0, 30000);
    // Only a dump answers with NLM_F_MULTI links; the test asked for none.
    QTRY_VERIFY_WITH_TIMEOUT(sawLo, 30000);
    QVERIFY(dumpedLinks > 0);
    QCOMPARE(failures.count(), 0);
}

QTEST_GUILESS_MAIN(TestNetlinkLoss)
#include "tst_netlinkloss.moc"
