// SPDX-License-Identifier: GPL-2.0-or-later
// In a private network namespace: a veth pair is created, set up, given an
// address and a route, and everything is deleted again while kchan monitor
// route listens there. Each notification must be decoded with the right
// names and addresses. The host's network is never touched.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "netnstest.h"

#include <unistd.h>

namespace {

// An attribute of a message printed by kchan monitor --json.
QString attribute(const QJsonObject &message, const QString &name)
{
    return message.value(QStringLiteral("fields")).toObject().value(QStringLiteral("attributes")).toObject().value(name).toString();
}

} // namespace

class TestRouteMonitor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void vethAddressRoute();
    void followsAnotherProcessNamespace();
};

void TestRouteMonitor::initTestCase()
{
    if (const QString why = netnsSkipReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
}

void TestRouteMonitor::vethAddressRoute()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString outFile = dir.filePath(QStringLiteral("out"));
    const QString errFile = dir.filePath(QStringLiteral("err"));
    const QString script = QStringLiteral(
        "\"$0\" monitor route --json --timeout 60 >\"$1\" 2>\"$2\" & k=$!; "
        "until grep -q listening \"$2\" 2>/dev/null; do kill -0 $k 2>/dev/null || exit 3; sleep 0.05; done; "
        "ip link add kcv0 type veth peer name kcv1 && ip link set kcv0 up && ip link set kcv1 up && "
        "ip addr add 10.9.0.1/24 dev kcv0 && ip route add 10.10.0.0/24 via 10.9.0.2 && "
        "ip route del 10.10.0.0/24 && ip addr del 10.9.0.1/24 dev kcv0 && ip link del kcv0 && "
        "ip link add kcend0 type veth peer name kcend1 || exit 4; "
        // The sentinel pair marks the end of the notifications we caused.
        "until grep -q kcend \"$1\"; do kill -0 $k 2>/dev/null || exit 5; sleep 0.05; done; "
        "kill $k; wait $k; exit 0");
    QCOMPARE(runInNetns(script, outFile, errFile), 0);
    QFile f(outFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QSet<QString> seen;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject m = QJsonDocument::fromJson(line).object();
        QVERIFY2(!m.contains(QStringLiteral("error")), line.constData());
        const QString type = m.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("RTM_NEWLINK") || type == QLatin1String("RTM_DELLINK"))
            seen.insert(type + QLatin1Char(' ') + attribute(m, QStringLiteral("IFLA_IFNAME")));
        else if (type == QLatin1String("RTM_NEWADDR") || type == QLatin1String("RTM_DELADDR"))
            seen.insert(type + QLatin1Char(' ') + attribute(m, QStringLiteral("IFA_LOCAL")));
        else if ((type == QLatin1String("RTM_NEWROUTE") || type == QLatin1String("RTM_DELROUTE"))
                 && attribute(m, QStringLiteral("RTA_GATEWAY")) == QLatin1String("10.9.0.2"))
            seen.insert(type + QLatin1Char(' ') + attribute(m, QStringLiteral("RTA_DST")));
    }
    for (const char *expected : {"RTM_NEWLINK kcv0", "RTM_NEWLINK kcv1", "RTM_NEWADDR 10.9.0.1", "RTM_NEWROUTE 10.10.0.0",
                                 "RTM_DELROUTE 10.10.0.0", "RTM_DELADDR 10.9.0.1", "RTM_DELLINK kcv0", "RTM_DELLINK kcv1"})
        QVERIFY2(seen.contains(QLatin1String(expected)), expected);
}

void TestRouteMonitor::followsAnotherProcessNamespace()
{
    // A process of ours in a namespace of its own; kchan stays in this one
    // and follows that process's namespace by PID.
    QProcess holder;
    holder.start(QStringLiteral("unshare"), {QStringLiteral("-n"), QStringLiteral("sleep"), QStringLiteral("120")});
    QVERIFY(holder.waitForStarted(30000));
    const QString pid = QString::number(holder.processId());
    // unshare has switched namespaces once /proc/PID/exe is sleep.
    QTRY_VERIFY_WITH_TIMEOUT(QFile::symLinkTarget(QStringLiteral("/proc/%1/exe").arg(pid)).endsWith(QLatin1String("sleep")), 30000);
    QTemporaryDir dir;
    const QString errFile = dir.filePath(QStringLiteral("err"));
    QProcess monitor;
    monitor.setStandardErrorFile(errFile);
    monitor.start(QStringLiteral(KC_KCHAN), {QStringLiteral("monitor"), QStringLiteral("route:link"), QStringLiteral("--netns"), pid,
                                             QStringLiteral("--json"), QStringLiteral("--count"), QStringLiteral("2"),
                                             QStringLiteral("--timeout"), QStringLiteral("60")});
    QVERIFY(monitor.waitForStarted(30000));
    QTRY_VERIFY_WITH_TIMEOUT(QFile(errFile).size() > 0, 30000);
    QProcess ip;
    ip.start(QStringLiteral("nsenter"), {QStringLiteral("-t"), pid, QStringLiteral("-n"), QStringLiteral("ip"), QStringLiteral("link"),
                                         QStringLiteral("add"), QStringLiteral("kcv0"), QStringLiteral("type"), QStringLiteral("veth"),
                                         QStringLiteral("peer"), QStringLiteral("name"), QStringLiteral("kcv1")});
    QVERIFY(ip.waitForFinished(30000));
    QCOMPARE(ip.exitCode(), 0);
    QVERIFY(monitor.waitForFinished(60000));
    holder.kill();
    holder.waitForFinished(30000);
    QSet<QString> names;
    for (const QByteArray &line : monitor.readAllStandardOutput().split('\n')) {
        if (!line.isEmpty())
            names.insert(attribute(QJsonDocument::fromJson(line).object(), QStringLiteral("IFLA_IFNAME")));
    }
    QCOMPARE(names, (QSet<QString>{QStringLiteral("kcv0"), QStringLiteral("kcv1")}));
}

QTEST_GUILESS_MAIN(TestRouteMonitor)
#include "tst_routemonitor.moc"
