// SPDX-License-Identifier: GPL-2.0-or-later
// The Netlink pane's "Network path" tab on this machine's loopback: the
// route to 127.0.0.1 is the one ip route get names (dev lo, table local),
// and 200 test datagrams raise the UDP, IP and lo counters by at least 200
// each. Only loopback traffic; nothing is configured.
#include "netlink/netlinkcontroller.h"
#include "sendpathview.h"
#include "source/datasource.h"

#include <QProcess>
#include <QTest>
#include <QTreeWidget>

using namespace kc;

namespace {

// The value in column `column` of counter `counter` under the stage whose
// text starts with `title` (after the arrow).
QString cell(QTreeWidget *tree, const QString &title, const QString &counter, int column)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *stage = tree->topLevelItem(i);
        if (!stage->text(0).contains(title))
            continue;
        for (int j = 0; j < stage->childCount(); ++j) {
            if (stage->child(j)->text(0) == counter)
                return stage->child(j)->text(column);
        }
    }
    return {};
}

} // namespace

class TestSendPathView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loopback();
};

void TestSendPathView::loopback()
{
    NetlinkController netlink(DataSource::local(), nullptr);
    SendPathView view(&netlink);
    view.resize(900, 600);
    view.show();
    view.showPath(QStringLiteral("127.0.0.1"));
    QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy() && !view.path().stages.isEmpty(), 20000);
    QVERIFY2(view.path().error.isEmpty(), qPrintable(view.path().error));
    QCOMPARE(view.path().device, QStringLiteral("lo"));
    // As ip route get says: "local 127.0.0.1 dev lo table local src 127.0.0.1".
    QProcess ip;
    ip.start(QStringLiteral("ip"), {QStringLiteral("route"), QStringLiteral("get"), QStringLiteral("127.0.0.1")});
    if (ip.waitForFinished(10000) && ip.exitCode() == 0) {
        const QByteArray route = ip.readAllStandardOutput();
        QVERIFY2(route.contains("dev lo"), route.constData());
        QVERIFY(view.path().stage(QStringLiteral("route"))->summary.contains(QLatin1String("dev lo")));
        if (route.contains("table local"))
            QVERIFY(view.path().stage(QStringLiteral("route"))->summary.contains(QLatin1String("table local")));
    }
    QVERIFY(!view.tree()->findItems(QStringLiteral("Route"), Qt::MatchContains).isEmpty());

    view.sendTest(200);
    QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy() && view.status().contains(QLatin1String("200 of 200")), 20000);
    QVERIFY(cell(view.tree(), QStringLiteral("UDP"), QStringLiteral("OutDatagrams"), 3).mid(1).toLongLong() >= 200);
    QVERIFY(cell(view.tree(), QStringLiteral("IP"), QStringLiteral("OutRequests"), 3).mid(1).toLongLong() >= 200);
    QVERIFY(cell(view.tree(), QStringLiteral("Device"), QStringLiteral("tx_packets"), 3).mid(1).toLongLong() >= 200);
    // Not an address: said so, nothing read.
    view.showPath(QStringLiteral("not-an-address"));
    QVERIFY(view.status().contains(QLatin1String("not-an-address")));
}

QTEST_MAIN(TestSendPathView)
#include "tst_sendpathview.moc"
