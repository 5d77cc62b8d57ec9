// SPDX-License-Identifier: GPL-2.0-or-later
// The live pane's path for rtnetlink in a private network namespace: a
// NetlinkStream receives and packs on its own thread, the model keeps the
// packed batches. A burst of 100 veth pairs must arrive whole (every
// pair's RTM_NEWLINK and RTM_DELLINK decoded back from the store), kept in
// a fraction of its size, and a dump through the stream must finish. The
// host's network is never touched: this thread moves into its own
// namespace first, and the stream's thread is made after, so it follows.
#include "models/netlinkeventmodel.h"
#include "netlink/netlinkstream.h"
#include "netlink/nldecoder.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "netnstest.h"

#include <linux/rtnetlink.h>
#include <sched.h>

using namespace kc;

class TestNetlinkStream : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void burstArrivesPackedOffTheGuiThread();
};

void TestNetlinkStream::initTestCase()
{
    if (const QString why = netnsSkipReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    if (::unshare(CLONE_NEWNET) != 0)
        QSKIP("unshare(CLONE_NEWNET) failed");
}

void TestNetlinkStream::burstArrivesPackedOffTheGuiThread()
{
    constexpr int Pairs = 100;
    QTemporaryDir dir;
    QFile batch(dir.filePath(QStringLiteral("batch")));
    QVERIFY(batch.open(QIODevice::WriteOnly));
    for (int i = 0; i < Pairs; ++i)
        batch.write(QStringLiteral("link add kcs%1 type veth peer name kcq%1\nlink set kcs%1 up\naddr add 10.9.%1.1/24 dev kcs%1\nlink del kcs%1\n").arg(i).toUtf8());
    batch.close();

    NetlinkStream::Options options;
    options.groups = NetlinkMonitor::routeGroups();
    NetlinkStream stream(NETLINK_ROUTE, options);
    NetlinkEventModel model;
    QSet<Qt::HANDLE> threads;
    connect(&stream, &NetlinkStream::eventsArrived, this, [&](const PackedEvents &packed) {
        threads.insert(QThread::currentThreadId());
        model.appendPacked(packed);
    });
    QVERIFY2(stream.start(), qPrintable(stream.errorString()));

    QProcess ip;
    ip.start(QStringLiteral("ip"), {QStringLiteral("-batch"), batch.fileName()});
    QVERIFY(ip.waitForFinished(120000));
    QCOMPARE(ip.exitCode(), 0);

    // Every pair's link appears and goes, read back from the packed store.
    QSet<QString> added, deleted;
    auto collect = [&] {
        added.clear();
        deleted.clear();
        for (int r = 0; r < model.rowCount(); ++r) {
            for (const NlMessage &m : NlDecoder::decode(NETLINK_ROUTE, model.event(r).raw)) {
                if (m.typeName != QLatin1String("RTM_NEWLINK") && m.typeName != QLatin1String("RTM_DELLINK"))
                    continue;
                for (const NlField &section : m.tree.children) {
                    for (const NlField &f : section.children) {
                        if (f.name == QLatin1String("IFLA_IFNAME") && f.value.startsWith(QLatin1String("kcs")))
                            (m.typeName == QLatin1String("RTM_NEWLINK") ? added : deleted).insert(f.value);
                    }
                }
            }
        }
        return deleted.size();
    };
    QTRY_COMPARE_WITH_TIMEOUT(collect(), Pairs, 30000);
    QCOMPARE(added.size(), Pairs);
    QCOMPARE(threads.size(), 1);
    QCOMPARE(*threads.begin(), QThread::currentThreadId()); // delivered to the thread that made the stream
    QCOMPARE(stream.overflowCount(), quint64(0));
    QCOMPARE(quint64(model.rowCount()), stream.messageCount());

    quint64 stored = 0;
    for (qsizetype i = 0; i < model.store().size(); ++i)
        stored += model.store().at(i).stored;
    qInfo("%d messages, %llu bytes received, %llu bytes kept (%.1f %%)", model.rowCount(), model.byteCount(), stored,
          100.0 * double(stored) / double(model.byteCount()));
    QVERIFY(model.byteCount() == stream.byteCount());
    // Zero-packing alone keeps about a third of a link message; with
    // deltas inside batches a burst keeps far less.
    QVERIFY2(stored * 4 < model.byteCount(), "a burst of like messages should keep under a quarter of its bytes");

    // A dump through the stream's thread completes with NLMSG_DONE.
    const int before = model.rowCount();
    QVERIFY2(stream.requestDump(RTM_GETLINK), qPrintable(stream.errorString()));
    auto dumpDone = [&] {
        for (int r = before; r < model.rowCount(); ++r) {
            if (model.store().at(r).firstType == NLMSG_DONE)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(dumpDone(), 10000);
}

QTEST_GUILESS_MAIN(TestNetlinkStream)
#include "tst_netlinkstream.moc"
