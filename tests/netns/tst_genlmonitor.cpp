// SPDX-License-Identifier: GPL-2.0-or-later
// In a private network namespace, kchan monitor listens to a generic
// netlink multicast group chosen by family and group name (netdev:mgmt,
// which announces every network device added or removed) and to kernel
// uevents; a veth pair made and deleted there must be seen by both.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "netnstest.h"

class TestGenlMonitor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void netdevGroup();
    void ueventStream();
    void unknownFamilyRefused();
};

void TestGenlMonitor::initTestCase()
{
    if (const QString why = netnsSkipReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
}

void TestGenlMonitor::netdevGroup()
{
    QTemporaryDir dir;
    const QString err = dir.filePath(QStringLiteral("err"));
    QByteArray output;
    const int code = runInNetns(QStringLiteral(
        "\"$0\" monitor genl:netdev:mgmt --json --timeout 4 2>\"$1\" & k=$!; "
        "until grep -q listening \"$1\" 2>/dev/null; do kill -0 $k 2>/dev/null || exit 3; sleep 0.05; done; "
        "ip link add kcg0 type veth peer name kcg1 || exit 4; ip link del kcg0 || exit 5; wait $k"),
        err, QString(), &output);
    if (code == 1) {
        QFile e(err);
        e.open(QIODevice::ReadOnly);
        const QByteArray why = e.readAll();
        if (why.contains("no generic netlink family"))
            QSKIP("this kernel has no netdev generic netlink family");
    }
    QCOMPARE(code, 0);
    int adds = 0, dels = 0;
    for (const QByteArray &line : output.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QCOMPARE(o.value(QStringLiteral("protocol")).toString(), QStringLiteral("NETLINK_GENERIC"));
        QVERIFY2(o.value(QStringLiteral("type")).toString().startsWith(QLatin1String("netdev")), line.constData());
        // NETDEV_CMD_DEV_ADD_NTF = 2, NETDEV_CMD_DEV_DEL_NTF = 3 (and
        // CHANGE_NTF = 4 on the way, as the kernel sees fit)
        adds += o.value(QStringLiteral("summary")).toString() == QLatin1String("command 2");
        dels += o.value(QStringLiteral("summary")).toString() == QLatin1String("command 3");
    }
    QCOMPARE(adds, 2); // both ends of the pair
    QCOMPARE(dels, 2);
}

void TestGenlMonitor::ueventStream()
{
    QTemporaryDir dir;
    const QString err = dir.filePath(QStringLiteral("err"));
    QByteArray output;
    QCOMPARE(runInNetns(QStringLiteral(
                 "\"$0\" monitor uevent --json --count 2 --timeout 30 2>\"$1\" & k=$!; "
                 "until grep -q listening \"$1\" 2>/dev/null; do kill -0 $k 2>/dev/null || exit 3; sleep 0.05; done; "
                 "ip link add kcu0 type veth peer name kcu1 || exit 4; ip link del kcu0 || exit 5; wait $k"),
                 err, QString(), &output),
             0);
    const QList<QByteArray> lines = output.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    for (const QByteArray &line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QCOMPARE(o.value(QStringLiteral("protocol")).toString(), QStringLiteral("NETLINK_KOBJECT_UEVENT"));
        QVERIFY2(o.value(QStringLiteral("summary")).toString().contains(QLatin1String("kcu")), line.constData());
    }
}

void TestGenlMonitor::unknownFamilyRefused()
{
    QByteArray output;
    QCOMPARE(runInNetns(QStringLiteral("\"$0\" monitor genl:no-such-family 2>&1"), QString(), QString(), &output), 2);
    QVERIFY(output.contains("no generic netlink family"));
}

QTEST_GUILESS_MAIN(TestGenlMonitor)
#include "tst_genlmonitor.moc"
