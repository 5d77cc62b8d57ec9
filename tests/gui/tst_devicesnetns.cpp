// SPDX-License-Identifier: GPL-2.0-or-later
// Panes that follow the network devices, in a private network namespace:
// the Devices pane's uevent log, fed from its monitor's own thread, and the
// charts pane's network dashboard. The test moves itself into the namespace
// first, so the veth pairs it makes (and their uevents) exist only there.
// The host's network is never touched.
#include "chartspane.h"
#include "sampling/samplehub.h"
#include "devicespane.h"
#include "devices/devicescontroller.h"
#include "source/datasource.h"
#include "devices/ueventmonitor.h"
#include "models/ueventlogmodel.h"

#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include "../netns/netnstest.h"

#include <sched.h>

using namespace kc;

class TestDevicesNetns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void vethBurstReachesTheLog();
    void networkDashboardFollowsInterfaces();
};

void TestDevicesNetns::initTestCase()
{
    if (const QString why = netnsSkipReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    // Namespaces belong to threads: this one's is inherited by the threads
    // and processes it starts from now on, the monitor's included.
    if (::unshare(CLONE_NEWNET) != 0)
        QSKIP("cannot create a network namespace here");
}

void TestDevicesNetns::vethBurstReachesTheLog()
{
    DevicesController devices(DataSource::local(), true);
    DevicesPane pane(&devices);
    QVERIFY2(devices.monitor()->isRunning(), qPrintable(devices.monitor()->errorString()));
    QVERIFY(devices.monitor()->thread() != QThread::currentThread());
    constexpr int Pairs = 25;
    QString script;
    for (int i = 0; i < Pairs; ++i)
        script += QStringLiteral("ip link add kcd%1 type veth peer name kce%1 && ip link del kcd%1 && ").arg(i);
    script += QStringLiteral("true");
    QProcess ip;
    ip.start(QStringLiteral("sh"), {QStringLiteral("-c"), script});
    QVERIFY(ip.waitForFinished(60000));
    QCOMPARE(ip.exitCode(), 0);
    // Both ends of every pair were added and removed: 100 events, in order.
    QSet<QString> seen;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 seen.clear();
                                 UeventLogModel *log = pane.eventLog();
                                 for (int r = 0; r < log->rowCount(); ++r) {
                                     const UeventRecord &e = log->record(r);
                                     if (e.subsystem == QLatin1String("net"))
                                         seen.insert(e.action + QLatin1Char(' ') + e.devpath.section(QLatin1Char('/'), -1));
                                 }
                                 return seen.size() == 4 * Pairs;
                             }()),
                             30000);
    for (int i = 0; i < Pairs; ++i) {
        for (const QString &name : {QStringLiteral("kcd%1").arg(i), QStringLiteral("kce%1").arg(i)}) {
            QVERIFY2(seen.contains(QStringLiteral("add ") + name), qPrintable(name));
            QVERIFY2(seen.contains(QStringLiteral("remove ") + name), qPrintable(name));
        }
    }
    QVERIFY(devices.monitor()->eventCount() >= quint64(4 * Pairs));
    QCOMPARE(devices.monitor()->overflowCount(), quint64(0));
}

namespace {

bool ipOk(const QString &script)
{
    QProcess ip;
    ip.start(QStringLiteral("sh"), {QStringLiteral("-c"), script});
    return ip.waitForFinished(30000) && ip.exitStatus() == QProcess::NormalExit && ip.exitCode() == 0;
}

} // namespace

// An unchanged network dashboard shows the interfaces there are when it is
// shown, not those of the pane's start; one the user changed stays as it is
// until Reset.
void TestDevicesNetns::networkDashboardFollowsInterfaces()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(QStringLiteral("charts"));
    SampleHub hub;
    ChartsPane charts(&hub);
    const QString network = QStringLiteral("network");
    const QString kcn0 = QStringLiteral("net/dev:kcn0.rx_bytes");
    // The machine's interfaces are read off the GUI thread, when shown.
    charts.showDashboard(network);
    QVERIFY(!charts.isCustomised(network));
    QTRY_VERIFY(!hub.isReadingMachine());
    QVERIFY(charts.keysOf(network).contains(QStringLiteral("net/dev:lo.rx_bytes")));
    QVERIFY(!charts.keysOf(network).contains(kcn0));

    QVERIFY(ipOk(QStringLiteral("ip link add kcn0 type veth peer name kcn1")));
    charts.showDashboard(QStringLiteral("memory"));
    charts.showDashboard(network);
    QTRY_VERIFY2(charts.keysOf(network).contains(kcn0), qPrintable(charts.keysOf(network).join(QLatin1Char(' '))));
    QVERIFY(charts.keysOf(network).contains(QStringLiteral("net/dev:kcn1.tx_packets")));

    // Changed by the user (Add… and the chart's menu save the list): kept.
    const QStringList mine = {kcn0};
    QSettings().setValue(QStringLiteral("charts/dashboard/network"), mine);
    QVERIFY(ipOk(QStringLiteral("ip link del kcn0")));
    charts.showDashboard(network);
    QVERIFY(charts.isCustomised(network));
    QCOMPARE(charts.keysOf(network), mine);
    // Reset: back to following the machine, where kcn0 is gone.
    charts.resetDashboard(network);
    QVERIFY(!charts.isCustomised(network));
    QTRY_VERIFY(!hub.isReadingMachine());
    QVERIFY(!charts.keysOf(network).contains(kcn0));
    QVERIFY(charts.keysOf(network).contains(QStringLiteral("net/dev:lo.rx_bytes")));
    QSettings().remove(QStringLiteral("charts"));
}

QTEST_MAIN(TestDevicesNetns)
#include "tst_devicesnetns.moc"
