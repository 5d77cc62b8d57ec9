// SPDX-License-Identifier: GPL-2.0-or-later
// kchan sendpath in a private network namespace with a veth pair, an
// address and a permanent neighbour: it names the route ip route get
// names, and 1,000 test datagrams raise the UDP, IP and device counters by
// at least 1,000 each (the device's as ip -s link counts them); with a
// pfifo qdisc on the veth, its counters rise too (as tc -s qdisc counts
// them). The host's network is never touched.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "netnstest.h"

namespace {

QJsonObject stage(const QJsonObject &path, const QString &key)
{
    for (const QJsonValue &v : path.value(QStringLiteral("stages")).toArray()) {
        if (v.toObject().value(QStringLiteral("key")).toString() == key)
            return v.toObject();
    }
    return {};
}

qint64 rose(const QJsonObject &path, const QString &key, const QString &counter)
{
    return stage(path, key).value(QStringLiteral("rose_by")).toObject().value(counter).toInteger(-1);
}

QByteArray fileText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestSendPath : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void countersRiseAlongThePath();
};

void TestSendPath::initTestCase()
{
    if (const QString why = netnsSkipReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
}

void TestSendPath::countersRiseAlongThePath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString script = QStringLiteral(
        "mount -t sysfs none /sys 2>/dev/null\n"
        "ip link add kcs0 type veth peer name kcs1 && ip addr add 10.77.0.1/24 dev kcs0 && ip link set kcs0 up && "
        "ip link set kcs1 up && ip neigh add 10.77.0.2 lladdr 02:00:00:00:00:02 dev kcs0 nud permanent || exit 3\n"
        "\"$0\" sendpath 10.77.0.2 --send 1000 --json > \"$1/plain.json\" || exit 4\n"
        "ip route get 10.77.0.2 > \"$1/route.txt\"\n"
        "ip -s -j link show kcs0 > \"$1/link.json\"\n"
        "if tc qdisc add dev kcs0 root pfifo; then\n"
        "  \"$0\" sendpath 10.77.0.2 --send 1000 --json > \"$1/pfifo.json\" || exit 5\n"
        "  tc -s -j qdisc show dev kcs0 > \"$1/qdisc.json\"\n"
        "fi\n");
    QProcess p;
    p.start(QStringLiteral("unshare"), QStringList{QStringLiteral("-n"), QStringLiteral("-m")} + mountPropagation()
                                           + QStringList{QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral(KC_KCHAN),
                                                         dir.path()});
    QVERIFY(p.waitForFinished(90000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());

    const QJsonObject plain = QJsonDocument::fromJson(fileText(dir.filePath(QStringLiteral("plain.json")))).object();
    QCOMPARE(plain.value(QStringLiteral("device")).toString(), QStringLiteral("kcs0"));
    QCOMPARE(plain.value(QStringLiteral("sent")).toInt(), 1000);
    // The route, as ip route get gives it: "10.77.0.2 dev kcs0 src 10.77.0.1 uid 0".
    const QByteArray route = fileText(dir.filePath(QStringLiteral("route.txt")));
    QVERIFY2(route.contains("dev kcs0") && route.contains("src 10.77.0.1"), route.constData());
    const QString summary = stage(plain, QStringLiteral("route")).value(QStringLiteral("summary")).toString();
    QVERIFY2(summary.contains(QLatin1String("dev kcs0")) && summary.contains(QLatin1String("src 10.77.0.1")), qPrintable(summary));
    QVERIFY(stage(plain, QStringLiteral("neighbour")).value(QStringLiteral("summary")).toString().contains(QLatin1String("02:00:00:00:00:02")));

    QVERIFY(rose(plain, QStringLiteral("udp"), QStringLiteral("OutDatagrams")) >= 1000);
    QVERIFY(rose(plain, QStringLiteral("ip"), QStringLiteral("OutRequests")) >= 1000);
    QVERIFY(rose(plain, QStringLiteral("device"), QStringLiteral("tx_packets")) >= 1000);
    // The device's counter is the one ip -s link reads (nothing was sent between).
    const QJsonArray links = QJsonDocument::fromJson(fileText(dir.filePath(QStringLiteral("link.json")))).array();
    QVERIFY(!links.isEmpty());
    const qint64 ipTx = links.first().toObject().value(QStringLiteral("stats64")).toObject().value(QStringLiteral("tx")).toObject()
                            .value(QStringLiteral("packets")).toInteger(-1);
    const qint64 ours = stage(plain, QStringLiteral("device")).value(QStringLiteral("counters")).toObject()
                            .value(QStringLiteral("tx_packets")).toInteger(-2);
    QCOMPARE(ours, ipTx);
    // With sysfs mounted in the namespace, the veth's transmit queue is there.
    const QJsonArray queues = plain.value(QStringLiteral("queues")).toArray();
    if (QDir(QStringLiteral("/sys/class/net")).exists()) {
        QVERIFY2(!queues.isEmpty(), qPrintable(stage(plain, QStringLiteral("queues")).value(QStringLiteral("note")).toString()));
        QCOMPARE(queues.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("tx-0"));
    }

    const QByteArray pfifoText = fileText(dir.filePath(QStringLiteral("pfifo.json")));
    if (pfifoText.isEmpty())
        QSKIP("tc could not add a pfifo qdisc here (no sch_fifo?)");
    const QJsonObject pfifo = QJsonDocument::fromJson(pfifoText).object();
    QVERIFY(stage(pfifo, QStringLiteral("qdisc")).value(QStringLiteral("summary")).toString().startsWith(QLatin1String("pfifo")));
    QVERIFY(rose(pfifo, QStringLiteral("qdisc"), QStringLiteral("packets")) >= 1000);
    QVERIFY(rose(pfifo, QStringLiteral("device"), QStringLiteral("tx_packets")) >= 1000);
    // tc -s qdisc counts what we counted.
    const QJsonArray qdiscs = QJsonDocument::fromJson(fileText(dir.filePath(QStringLiteral("qdisc.json")))).array();
    QVERIFY(!qdiscs.isEmpty());
    QCOMPARE(qdiscs.first().toObject().value(QStringLiteral("packets")).toInteger(-1),
             stage(pfifo, QStringLiteral("qdisc")).value(QStringLiteral("counters")).toObject().value(QStringLiteral("packets")).toInteger(-2));
}

QTEST_GUILESS_MAIN(TestSendPath)
#include "tst_sendpath.moc"
