// SPDX-License-Identifier: GPL-2.0-or-later
// A window on another machine, offscreen: reached through `kchan agent
// --stdio`, it names the machine, offers only the panes the agent serves,
// lists /proc through the agent (the agent's own process shows in it),
// says so when the agent is killed, and reconnects.
#include "crosschannel/runtimeinfo.h"
#include "mainwindow.h"
#include "models/proctreemodel.h"
#include "models/sysctlmodel.h"
#include "sysctl/sysctl.h"
#include "pane.h"
#include "models/netlinksocketmodel.h"
#include "netlink/netlinkcontroller.h"
#include "source/agentsource.h"
#include "syscalls/syscallscontroller.h"
#include "why/whycontroller.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <linux/netlink.h>

#include <csignal>
#include <unistd.h>

using namespace kc;

class TestRemoteWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsTheAgentsMachine();
    void flatpakHostView();
};

void TestRemoteWindow::initTestCase()
{
    QSettings().clear();
}

void TestRemoteWindow::showsTheAgentsMachine()
{
    QString error;
    std::shared_ptr<AgentSource> agent = AgentSource::start({QStringLiteral(KC_KCHAN), QStringLiteral("agent"), QStringLiteral("--stdio")}, &error);
    QVERIFY2(agent, qPrintable(error));
    MainWindow window(agent);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    char host[256] = {};
    ::gethostname(host, sizeof host - 1);
    QVERIFY2(window.windowTitle().contains(QString::fromLocal8Bit(host)), qPrintable(window.windowTitle()));
    // Only the panes that read through the agent; the rest cannot be chosen.
    QCOMPARE(window.currentPane()->objectName(), QStringLiteral("procfs"));
    const int map = int(window.paneNames().indexOf(QStringLiteral("map")));
    QVERIFY(map >= 0);
    QVERIFY(!window.paneAvailable(map));
    window.setCurrentPane(map);
    QCOMPARE(window.currentPane()->objectName(), QStringLiteral("procfs"));
    QVERIFY(window.paneAvailable(int(window.paneNames().indexOf(QStringLiteral("sysfs")))));
    QVERIFY(window.paneAvailable(int(window.paneNames().indexOf(QStringLiteral("devices")))));
    QVERIFY(window.paneAvailable(int(window.paneNames().indexOf(QStringLiteral("process")))));
    QVERIFY(!window.paneAvailable(int(window.paneNames().indexOf(QStringLiteral("trace")))));
    QVERIFY(window.paneAvailable(int(window.paneNames().indexOf(QStringLiteral("syscalls")))));
    QVERIFY(window.paneAvailable(int(window.paneNames().indexOf(QStringLiteral("charts")))));

    // Why? is offered and answers through the agent.
    QVERIFY(window.paneAvailable(int(window.paneNames().indexOf(QStringLiteral("why")))));
    auto *why = window.findChild<WhyController *>();
    QVERIFY(why);
    WhyAnswer answered;
    connect(why, &WhyController::checked, this, [&answered](const WhyAnswer &a) { answered = a; });
    QVERIFY(why->check(QStringLiteral("netlink:NETLINK_ROUTE")));
    QTRY_VERIFY_WITH_TIMEOUT(!answered.subject.isEmpty(), 20000);
    QVERIFY2(answered.error.isEmpty() && !answered.failed(), qPrintable(answered.verdict()));

    // System calls counted there (as root): the pane's counting starts
    // through the agent.
    if (::geteuid() == 0) {
        auto *syscalls = window.findChild<SyscallsController *>();
        QVERIFY(syscalls);
        QSignalSpy started(syscalls, &SyscallsController::started);
        QSignalSpy failed(syscalls, &SyscallsController::failed);
        window.setCurrentPane(int(window.paneNames().indexOf(QStringLiteral("syscalls"))));
        QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty() || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QVERIFY(started.first().at(1).toInt() > 100);
    }

    // Netlink there: the sockets the agent lists include the one it holds
    // for our live stream, owned by the agent.
    const int netlinkPane = int(window.paneNames().indexOf(QStringLiteral("netlink")));
    QVERIFY(window.paneAvailable(netlinkPane));
    window.setCurrentPane(netlinkPane);
    auto *netlink = window.findChild<NetlinkController *>();
    QVERIFY(netlink);
    const auto agentHoldsARouteSocket = [&] {
        netlink->readSockets(false);
        for (const NetlinkSocketInfo &s : netlink->sockets()->sockets()) {
            for (const SocketOwner &o : s.owners) {
                if (o.pid == int(agent->pid()) && s.protocol == NETLINK_ROUTE)
                    return true;
            }
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(agentHoldsARouteSocket(), 20000);

    // /proc as the agent lists it: the agent's own process is in it.
    auto *tree = window.findChild<ProcTreeModel *>();
    QVERIFY(tree);
    const QString agentDir = QStringLiteral("/proc/%1").arg(agent->pid());
    QTRY_VERIFY_WITH_TIMEOUT(tree->indexForPath(agentDir).isValid(), 20000);

    // The tunables, read through the agent when their pane is shown; the
    // agent runs as we do, so a key is writable there as it is here.
    const int sysctlPane = int(window.paneNames().indexOf(QStringLiteral("sysctl")));
    QVERIFY(window.paneAvailable(sysctlPane));
    window.setCurrentPane(sysctlPane);
    auto *tunables = window.findChild<SysctlModel *>();
    QVERIFY(tunables);
    QTRY_VERIFY_WITH_TIMEOUT(tunables->entry(QStringLiteral("kernel.ostype")), 30000);
    QCOMPARE(tunables->entry(QStringLiteral("kernel.ostype"))->value, QByteArray("Linux"));
    QCOMPARE(tunables->writable(0644), Sysctl::writableByUs(0644));
    window.setCurrentPane(int(window.paneNames().indexOf(QStringLiteral("procfs"))));

    // Killed (the process we started): the bar says the connection is lost.
    auto *bar = window.findChild<QWidget *>(QStringLiteral("connectionBar"));
    QVERIFY(bar);
    QVERIFY(!bar->isVisible());
    QCOMPARE(::kill(agent->pid(), SIGKILL), 0);
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 20000);
    const QString said = bar->findChild<QLabel *>()->text();
    QVERIFY2(said.contains(QLatin1String("the agent has gone")), qPrintable(said));

    // Reconnect: a new agent, and /proc listed again through it.
    bar->findChild<QAbstractButton *>(QStringLiteral("reconnect"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!bar->isVisible(), 30000);
    auto now = std::dynamic_pointer_cast<AgentSource>(window.source());
    QVERIFY(now);
    QVERIFY(now != agent);
    QVERIFY(now->lostReason().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(tree->indexForPath(QStringLiteral("/proc/%1").arg(now->pid())).isValid(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!tree->indexForPath(agentDir).isValid(), 20000);
}

void TestRemoteWindow::flatpakHostView()
{
    // Inside Flatpak with the agent running on the host: the /proc and
    // /sys panes show the host and carry no sandbox notice; the others show
    // the sandbox, say so, and can all still be chosen.
    qputenv("KC_FLATPAK_INFO", QByteArray(KC_FIXTURES "/flatpak/flatpak-info"));
    const RuntimeInfo sandbox = RuntimeInfo::detect();
    qunsetenv("KC_FLATPAK_INFO");
    QVERIFY(sandbox.flatpak);
    QString error;
    std::shared_ptr<AgentSource> host = AgentSource::start({QStringLiteral(KC_KCHAN), QStringLiteral("agent"), QStringLiteral("--stdio")}, &error);
    QVERIFY2(host, qPrintable(error));
    MainWindow window(host, sandbox);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList noticed;
    for (int i = 0; i < window.panes().size(); ++i) {
        Pane *pane = window.panes()[i];
        QVERIFY(window.paneAvailable(i));
        if (pane->parentWidget()->findChild<QLabel *>(QStringLiteral("sandboxNotice"), Qt::FindDirectChildrenOnly))
            noticed.append(pane->objectName());
    }
    QVERIFY(!noticed.contains(QStringLiteral("procfs")));
    QVERIFY(!noticed.contains(QStringLiteral("sysfs")));
    QVERIFY(!noticed.contains(QStringLiteral("process")));
    QVERIFY(!noticed.contains(QStringLiteral("devices")));
    QVERIFY(!noticed.contains(QStringLiteral("netlink")));
    QVERIFY(!noticed.contains(QStringLiteral("syscalls")));
    QVERIFY(!noticed.contains(QStringLiteral("charts")));
    QVERIFY(!noticed.contains(QStringLiteral("why")));
    QVERIFY(noticed.contains(QStringLiteral("trace")));
    // Root on the host is offered while the agent there is not root.
    auto *asRoot = window.findChild<QAction *>(QStringLiteral("hostAsRoot"));
    QVERIFY(asRoot);
    QCOMPARE(asRoot->isEnabled(), !host->info().runtime.root);
    bool says = false;
    for (const QLabel *l : window.findChildren<QLabel *>())
        says = says || l->text().contains(QLatin1String("These panes show the host through kchan's agent there"));
    QVERIFY(says);
    auto *tree = window.findChild<ProcTreeModel *>();
    window.setCurrentPane(int(window.paneNames().indexOf(QStringLiteral("procfs"))));
    QTRY_VERIFY_WITH_TIMEOUT(tree->indexForPath(QStringLiteral("/proc/%1").arg(host->pid())).isValid(), 20000);
}

QTEST_MAIN(TestRemoteWindow)
#include "tst_remotewindow.moc"
