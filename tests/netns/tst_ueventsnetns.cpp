// SPDX-License-Identifier: GPL-2.0-or-later
// In a private network namespace, a veth pair is created and deleted while
// kchan uevents listens there: it must see add and remove for both ends.
// The host's network is never touched.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "netnstest.h"

#include <unistd.h>

class TestUeventsNetns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void vethAddAndRemove();
};

void TestUeventsNetns::initTestCase()
{
    if (const QString why = netnsSkipReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
}

void TestUeventsNetns::vethAddAndRemove()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString err = dir.filePath(QStringLiteral("err"));
    // kchan runs inside the namespace; the script waits until it listens,
    // then makes and removes the pair. Only processes started here are
    // waited for.
    const QString script = QStringLiteral(
        "\"$0\" uevents --json --subsystem net --count 4 --timeout 60 2>\"$1\" & k=$!; "
        "until grep -q listening \"$1\" 2>/dev/null; do kill -0 $k 2>/dev/null || exit 3; sleep 0.05; done; "
        "ip link add kcv0 type veth peer name kcv1 || exit 4; "
        "ip link del kcv0 || exit 5; "
        "wait $k");
    QByteArray output;
    QCOMPARE(runInNetns(script, err, QString(), &output), 0);
    QSet<QString> seen;
    for (const QByteArray &line : output.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QJsonObject props = o.value(QStringLiteral("properties")).toObject();
        QCOMPARE(o.value(QStringLiteral("subsystem")).toString(), QStringLiteral("net"));
        const QString iface = props.value(QStringLiteral("INTERFACE")).toString();
        QCOMPARE(o.value(QStringLiteral("devpath")).toString(), QStringLiteral("/devices/virtual/net/") + iface);
        seen.insert(o.value(QStringLiteral("action")).toString() + QLatin1Char(' ') + iface);
    }
    const QSet<QString> expected{QStringLiteral("add kcv0"), QStringLiteral("add kcv1"), QStringLiteral("remove kcv0"),
                                 QStringLiteral("remove kcv1")};
    QCOMPARE(seen, expected);
}

QTEST_GUILESS_MAIN(TestUeventsNetns)
#include "tst_ueventsnetns.moc"
