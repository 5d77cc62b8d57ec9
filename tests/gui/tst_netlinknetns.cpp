// SPDX-License-Identifier: GPL-2.0-or-later
// The Netlink pane's live messages across network namespaces: the list of
// namespaces follows /run/netns and the processes while it is open, rows
// say which namespace they came from, the counts add up to the rows, the
// route groups are chosen as `kchan monitor route:link` chooses them, and
// a link notification is explained by the program that subscribes to
// them. The test moves itself into a private network and mount namespace
// first; the host's network and /run/netns are never touched.
#include "netlinklivewidget.h"
#include "netlinkpane.h"
#include "explain/snippets.h"
#include "models/netlinkeventmodel.h"
#include "netlink/netlinkcontroller.h"
#include "netlink/netlinkmonitor.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include "../netns/netnstest.h"

#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>

using namespace kc;

namespace {

// What a trusted tool says: lsns's inode of the network namespace of `pid`.
QString lsnsInode(qint64 pid)
{
    QProcess lsns;
    lsns.start(QStringLiteral("lsns"), {QStringLiteral("-t"), QStringLiteral("net"), QStringLiteral("-p"), QString::number(pid),
                                        QStringLiteral("-n"), QStringLiteral("-o"), QStringLiteral("NS")});
    lsns.waitForFinished(30000);
    return QString::fromUtf8(lsns.readAllStandardOutput()).trimmed();
}

// The route stream's groups as the kernel lists them in /proc/net/netlink
// (a bit mask of groups 1 to 32) for the NETLINK_ROUTE sockets of this
// process, by inode.
QList<quint32> routeGroupMasks()
{
    QSet<QString> ours;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &fd : fds.entryList(QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = QFile::symLinkTarget(fds.filePath(fd));
        if (target.contains(QLatin1String("socket:[")))
            ours.insert(target.section(QLatin1Char('['), 1).chopped(1));
    }
    QList<quint32> masks;
    QFile f(QStringLiteral("/proc/net/netlink"));
    if (!f.open(QIODevice::ReadOnly))
        return masks;
    // sk Eth Pid Groups Rmem Wmem Dump Locks Drops Inode
    for (const QByteArray &line : f.readAll().split('\n').mid(1)) {
        const QList<QByteArray> cells = line.simplified().split(' ');
        if (cells.size() >= 10 && cells.at(1) == "0" && ours.contains(QString::fromLatin1(cells.at(9))))
            masks.append(cells.at(3).toUInt(nullptr, 16));
    }
    return masks;
}

bool sh(const QString &script)
{
    QProcess p;
    p.start(QStringLiteral("sh"), {QStringLiteral("-c"), script});
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

class TestNetlinkNetns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void namespacesFollowProcessesAndRunNetns();
    void rowsMarkedAndCounted();
    void routeGroupsChosen();

private:
    qint64 startHolder();

    bool m_runNetns = false;
    QList<QProcess *> m_holders;
};

void TestNetlinkNetns::initTestCase()
{
    if (const QString why = netnsSkipReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    if (::unshare(CLONE_NEWNET) != 0)
        QSKIP("cannot create a network namespace here");
    // /run/netns of our own: a tmpfs in a private mount namespace, so that
    // `ip netns add` here is seen by no one else.
    if (::unshare(CLONE_NEWNS) == 0) {
        ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr);
        ::mkdir("/run", 0755);
        ::mkdir("/run/netns", 0755);
        m_runNetns = ::mount("kc-netns", "/run/netns", "tmpfs", 0, nullptr) == 0;
    }
    if (!m_runNetns)
        qWarning("no private /run/netns here: the ip netns part is left out");
}

void TestNetlinkNetns::cleanupTestCase()
{
    for (QProcess *p : std::as_const(m_holders)) {
        p->kill();
        p->waitForFinished();
        delete p;
    }
    if (m_runNetns)
        sh(QStringLiteral("ip netns del kcblue 2>/dev/null; true"));
}

// A process in a network namespace of its own, which only it holds.
qint64 TestNetlinkNetns::startHolder()
{
    auto *p = new QProcess;
    m_holders.append(p);
    p->start(QStringLiteral("unshare"), {QStringLiteral("-n"), QStringLiteral("sleep"), QStringLiteral("600")});
    if (!p->waitForStarted())
        return 0;
    // unshare execs sleep once the namespace is made: wait for that.
    const qint64 pid = p->processId();
    for (int i = 0; i < 200; ++i) {
        QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == "sleep")
            return pid;
        QTest::qWait(20);
    }
    return 0;
}

void TestNetlinkNetns::namespacesFollowProcessesAndRunNetns()
{
    NetlinkController netlink;
    NetlinkPane pane(&netlink);
    NetlinkLiveWidget *live = pane.live();
    auto *combo = live->findChild<QComboBox *>();
    QVERIFY(combo);

    // A process started after the pane opened: its namespace is offered,
    // with the inode lsns gives it.
    const qint64 holder = startHolder();
    QVERIFY(holder > 0);
    const QString inode = lsnsInode(holder);
    QVERIFY(!inode.isEmpty());
    netlink.listNamespaces();
    QTRY_VERIFY_WITH_TIMEOUT(live->namespaceKeys().contains(QString::number(holder)), 20000);
    const int at = combo->findData(QString::number(holder));
    QVERIFY2(combo->itemText(at).contains(QStringLiteral("net:[%1]").arg(inode)), qPrintable(combo->itemText(at)));

    // A namespace named with ip netns comes and goes as `ip netns list` says.
    if (m_runNetns) {
        QVERIFY(sh(QStringLiteral("ip netns add kcblue")));
        netlink.listNamespaces();
        QTRY_VERIFY_WITH_TIMEOUT(live->namespaceKeys().contains(QStringLiteral("kcblue")), 20000);
        QProcess list;
        list.start(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("list")});
        QVERIFY(list.waitForFinished());
        QVERIFY(list.readAllStandardOutput().contains("kcblue"));
        QVERIFY(sh(QStringLiteral("ip netns del kcblue")));
        netlink.listNamespaces();
        QTRY_VERIFY_WITH_TIMEOUT(!live->namespaceKeys().contains(QStringLiteral("kcblue")), 20000);
    }

    // The process ends: its namespace leaves the list.
    QProcess *p = m_holders.takeLast();
    p->kill();
    p->waitForFinished();
    delete p;
    netlink.listNamespaces();
    QTRY_VERIFY_WITH_TIMEOUT(!live->namespaceKeys().contains(QString::number(holder)), 20000);
}

void TestNetlinkNetns::rowsMarkedAndCounted()
{
    NetlinkController netlink;
    NetlinkPane pane(&netlink);
    NetlinkLiveWidget *live = pane.live();
    NetlinkEventModel *model = live->model();
    auto rows = [model] {
        int n = 0;
        for (int r = 0; r < model->rowCount(); ++r)
            n += model->isGap(r) ? 0 : 1;
        return n;
    };
    // Our namespace's dump first (lo), then another's.
    QTRY_VERIFY_WITH_TIMEOUT(live->selectFirst(QStringLiteral("RTM_NEWLINK")), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(quint64(rows()), netlink.messageCount(), 20000);
    const int ours = rows();
    const qint64 holder = startHolder();
    QVERIFY(holder > 0);
    live->listenIn(QString::number(holder));
    QTRY_VERIFY_WITH_TIMEOUT(rows() > ours, 20000);
    // A veth pair made there: its notifications arrive, from that namespace.
    QVERIFY(sh(QStringLiteral("nsenter -t %1 -n sh -c 'ip link add kcnl0 type veth peer name kcnl1 && ip link set kcnl0 up'").arg(holder)));
    auto notification = [&]() -> int {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->isGap(r) || model->index(r, NetlinkEventModel::TypeColumn).data().toString() != QLatin1String("RTM_NEWLINK"))
                continue;
            const QByteArray raw = model->event(r).raw;
            nlmsghdr h;
            memcpy(&h, raw.constData(), sizeof h);
            if (!(h.nlmsg_flags & NLM_F_MULTI) && model->index(r, NetlinkEventModel::SummaryColumn).data().toString().contains(QLatin1String("kcnl0")))
                return r;
        }
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(notification() >= 0, 20000);
    const QString theirs = QStringLiteral("process %1's").arg(holder);
    QCOMPARE(model->index(0, NetlinkEventModel::NamespaceColumn).data().toString(), QStringLiteral("ours"));
    QCOMPARE(model->index(notification(), NetlinkEventModel::NamespaceColumn).data().toString(), theirs);
    QCOMPARE(model->headerData(NetlinkEventModel::NamespaceColumn, Qt::Horizontal).toString(), QStringLiteral("Namespace"));
    QVERIFY(!live->table()->isColumnHidden(NetlinkEventModel::NamespaceColumn));

    // The counts are those of the rows, both namespaces' streams together.
    QTRY_COMPARE_WITH_TIMEOUT(netlink.messageCount(), quint64(rows()), 20000);
    quint64 bytes = 0;
    for (int r = 0; r < model->rowCount(); ++r)
        bytes += model->isGap(r) ? 0 : quint64(model->event(r).raw.size());
    QCOMPARE(netlink.byteCount(), bytes);

    // Explain: the selected notification's program subscribes to
    // RTNLGRP_LINK; a dump reply's asks for a dump.
    pane.tabs()->setCurrentWidget(live);
    live->table()->setCurrentIndex(model->index(notification(), NetlinkEventModel::TypeColumn));
    QVERIFY(!live->currentIsDumpReply());
    ExplainTarget t = pane.explainTarget();
    QCOMPARE(t.topic, QStringLiteral("link-events"));
    QCOMPARE(t.snippet, QStringLiteral("link-events"));
    QString error;
    const QString code = Snippets::fill(Snippets::templateText(t.snippet), t.params, &error);
    QVERIFY2(code.contains(QLatin1String("RTNLGRP_LINK")), qPrintable(error));
    QVERIFY(live->selectFirst(QStringLiteral("RTM_NEWLINK")));
    QVERIFY(live->currentIsDumpReply());
    t = pane.explainTarget();
    QCOMPARE(t.topic, QStringLiteral("channel-netlink"));
    QCOMPARE(t.snippet, QStringLiteral("netlink-links"));

    // Cleared, the counts start again with the table.
    QToolButton *clear = nullptr;
    for (QToolButton *b : live->findChildren<QToolButton *>())
        clear = b->text() == QLatin1String("Clear") ? b : clear;
    QVERIFY(clear);
    clear->click();
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(netlink.messageCount(), quint64(0));
    live->dumpState();
    QTRY_VERIFY_WITH_TIMEOUT(rows() > 0, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(netlink.messageCount(), quint64(rows()), 20000);
    live->listenIn(QString());
}

void TestNetlinkNetns::routeGroupsChosen()
{
    NetlinkController netlink;
    NetlinkPane pane(&netlink);
    NetlinkLiveWidget *live = pane.live();
    // All of the monitor's groups to begin with, as `kchan monitor route`.
    quint32 all = 0;
    for (int g : NetlinkMonitor::routeGroups())
        all |= g <= 32 ? 1u << (g - 1) : 0;
    QTRY_VERIFY_WITH_TIMEOUT(routeGroupMasks().contains(all), 20000);
    // Links only: the socket is opened again with RTNLGRP_LINK alone, as
    // `kchan monitor route:link` does.
    live->setRouteGroups({QStringLiteral("link")});
    QCOMPARE(netlink.routeGroups(), NetlinkMonitor::routeGroupsNamed(QStringLiteral("link")));
    QTRY_VERIFY_WITH_TIMEOUT(routeGroupMasks().contains(1u << (RTNLGRP_LINK - 1)) && !routeGroupMasks().contains(all), 20000);
    // An address added now is not heard; a link is. (The dump that
    // follows a change of groups answers with addresses too: replies, not
    // notifications, marked NLM_F_MULTI.)
    auto notificationTypes = [live](int from) {
        QStringList types;
        for (int r = from; r < live->model()->rowCount(); ++r) {
            if (live->model()->isGap(r))
                continue;
            const QByteArray raw = live->model()->event(r).raw;
            nlmsghdr h;
            memcpy(&h, raw.constData(), sizeof h);
            if (!(h.nlmsg_flags & NLM_F_MULTI) && h.nlmsg_type != NLMSG_ERROR)
                types.append(live->model()->index(r, NetlinkEventModel::TypeColumn).data().toString());
        }
        return types;
    };
    const int before = live->model()->rowCount();
    QVERIFY(sh(QStringLiteral("ip link add kcgr0 type veth peer name kcgr1 && ip addr add 192.0.2.1/24 dev kcgr0")));
    QVERIFY(sh(QStringLiteral("ip link del kcgr0")));
    QTRY_VERIFY_WITH_TIMEOUT(notificationTypes(before).contains(QStringLiteral("RTM_DELLINK")), 20000);
    for (const QString &type : notificationTypes(before))
        QVERIFY2(type == QLatin1String("RTM_NEWLINK") || type == QLatin1String("RTM_DELLINK"), qPrintable(type));
    // Links and addresses.
    live->setRouteGroups({QStringLiteral("link"), QStringLiteral("addr")});
    const quint32 linkAddr = (1u << (RTNLGRP_LINK - 1)) | (1u << (RTNLGRP_IPV4_IFADDR - 1)) | (1u << (RTNLGRP_IPV6_IFADDR - 1));
    QTRY_VERIFY_WITH_TIMEOUT(routeGroupMasks().contains(linkAddr), 20000);
}

QTEST_MAIN(TestNetlinkNetns)
#include "tst_netlinknetns.moc"
