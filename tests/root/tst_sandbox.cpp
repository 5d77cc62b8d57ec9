// SPDX-License-Identifier: GPL-2.0-or-later
// The app inside a sandbox laid out as Flatpak lays one out, made with
// bwrap: a PID namespace of its own with its own /proc, only /sys/block,
// bus, class, dev and devices, a minimal /dev, and /.flatpak-info naming
// the app and runtime paths. This test binary runs itself in there and
// opens the window as main() does (HostView::open).
//
// With a flatpak-spawn stand-in on PATH, which runs its command outside
// the sandbox (kc-spawnrelay), the window shows the host: a process started
// outside in the /proc pane and its descriptors in the Process pane, a node
// of the outer /dev that the sandbox lacks in the Devices pane. Without it,
// the panes carry the sandbox notices and the status bar says why. And
// kchan run in there sees only the sandbox's processes, so the sandbox is
// real and the host view came through the agent.
#include "crosschannel/runtimeinfo.h"
#include "devicespane.h"
#include "hostview.h"
#include "mainwindow.h"
#include "models/devicetablemodel.h"
#include "models/proctreemodel.h"
#include "pane.h"
#include "processpane.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <csignal>
#include <memory>
#include <unistd.h>

using namespace kc;

namespace {

// Handed from the test outside to the test inside.
const char *const InsideVar = "KC_SANDBOX_INSIDE";
const char *const HostPidVar = "KC_SANDBOX_HOST_PID";
const char *const HeldFileVar = "KC_SANDBOX_HELD_FILE";
const char *const HostNodeVar = "KC_SANDBOX_HOST_NODE";

// Where the sandbox has things, as Flatpak has them: the app at /app (the
// build directory, kchan and this test in /app/bin), the stand-in's
// directory where the session bus would be.
const QString AppDir = QStringLiteral("/app");
const QString SpawnDir = QStringLiteral("/run/kc-spawn");

QLabel *noticeOf(Pane *pane)
{
    return pane->parentWidget()->findChild<QLabel *>(QStringLiteral("sandboxNotice"), Qt::FindDirectChildrenOnly);
}

QLabel *labelSaying(const QWidget *window, const QString &text)
{
    for (QLabel *l : window->findChildren<QLabel *>()) {
        if (l->text().contains(text))
            return l;
    }
    return nullptr;
}

QList<int> pidsOf(const QByteArray &json)
{
    QList<int> pids;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array())
        pids.append(v.toObject().value(QLatin1String("pid")).toInt());
    return pids;
}

} // namespace

/// Runs inside the sandbox, one function per run; the test outside reads
/// its exit code (the number of failures) and output.
class InsideSandbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void hostView();
    void sandboxView();

private:
    int m_hostPid = 0;
    QString m_heldFile;
    QString m_hostNode;
};

void InsideSandbox::initTestCase()
{
    m_hostPid = qEnvironmentVariableIntValue(HostPidVar);
    m_heldFile = qEnvironmentVariable(HeldFileVar);
    m_hostNode = qEnvironmentVariable(HostNodeVar);
    QVERIFY(m_hostPid > 0);
    QVERIFY(!m_heldFile.isEmpty());
    QVERIFY(!m_hostNode.isEmpty());
    // The sandbox hides what the host view must show.
    QVERIFY2(!QFileInfo::exists(QStringLiteral("/proc/%1").arg(m_hostPid)), "the host's process is visible in the sandbox");
    QVERIFY2(!QFileInfo::exists(m_hostNode), qPrintable(m_hostNode));
    QVERIFY2(!QFileInfo::exists(m_heldFile), qPrintable(m_heldFile));
    QVERIFY(!QFileInfo::exists(QStringLiteral("/sys/module")));
    QVERIFY(QFileInfo::exists(QStringLiteral("/sys/class")));
}

void InsideSandbox::hostView()
{
    const RuntimeInfo here = RuntimeInfo::detect();
    QVERIFY(here.flatpak);
    QCOMPARE(here.flatpakAppId, QStringLiteral("io.github.kernelchannels.KernelChannels"));
    QVERIFY(MainWindow::hostViewWanted());
    QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("flatpak-spawn")).isEmpty());
    const std::unique_ptr<MainWindow> window = HostView::open(here);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(labelSaying(window.get(), QStringLiteral("panes show the host through kchan's agent there")));
    QVERIFY(!labelSaying(window.get(), QStringLiteral("Sandbox view: the agent could not start on the host.")));

    // /proc: the process started outside.
    auto *tree = window->findChild<ProcTreeModel *>();
    QVERIFY(tree);
    Pane *procfs = window->panes().value(window->paneNamed(QStringLiteral("procfs")));
    QVERIFY(procfs);
    QVERIFY(!noticeOf(procfs));
    window->setCurrentPane(window->paneNamed(QStringLiteral("procfs")));
    const QString hostDir = QStringLiteral("/proc/%1").arg(m_hostPid);
    QTRY_VERIFY_WITH_TIMEOUT(tree->indexForPath(hostDir).isValid(), 30000);

    // Devices: the node the sandbox's /dev lacks.
    auto *devices = window->findChild<DevicesPane *>();
    QVERIFY(devices);
    QVERIFY(!noticeOf(devices));
    auto *nodes = window->findChild<DeviceTableModel *>();
    QVERIFY(nodes);
    window->setCurrentPane(window->paneNamed(QStringLiteral("devices")));
    QTRY_VERIFY_WITH_TIMEOUT(nodes->rowOf(m_hostNode) >= 0, 30000);

    // Process: the outer process's descriptors, its stdin the file held
    // open outside.
    auto *process = window->findChild<ProcessPane *>();
    QVERIFY(process);
    QVERIFY(!noticeOf(process));
    window->setCurrentPane(window->paneNamed(QStringLiteral("process")));
    process->setProcess(m_hostPid);
    QTRY_VERIFY_WITH_TIMEOUT(process->hasRead() && process->channels().pid == m_hostPid, 30000);
    QVERIFY2(process->channels().error.isEmpty(), qPrintable(process->channels().error));
    QVERIFY(!process->isGone());
    QCOMPARE(process->channels().comm, QStringLiteral("sleep"));
    bool held = false;
    for (const ChannelFd &fd : process->channels().fds)
        held = held || (fd.fd == 0 && fd.target == m_heldFile);
    QVERIFY2(held, qPrintable(m_heldFile));
    const QList<QTreeWidgetItem *> shown = process->tree()->findItems(m_heldFile, Qt::MatchExactly | Qt::MatchRecursive, 2);
    QVERIFY2(!shown.isEmpty(), "the held file is not among the descriptors shown");
    QCOMPARE(shown.first()->text(0), QStringLiteral("fd 0"));
}

void InsideSandbox::sandboxView()
{
    const RuntimeInfo here = RuntimeInfo::detect();
    QVERIFY(here.flatpak);
    QVERIFY(MainWindow::hostViewWanted());
    QVERIFY(QStandardPaths::findExecutable(QStringLiteral("flatpak-spawn")).isEmpty());
    const std::unique_ptr<MainWindow> window = HostView::open(here);
    // The reason, in the status bar and in the sandbox label's tip.
    const QString why = QStringLiteral("flatpak-spawn is not in the sandbox, so nothing can be started on the host");
    QCOMPARE(window->statusBar()->currentMessage(), QStringLiteral("The host view is off: ") + why);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QLabel *view = labelSaying(window.get(), QStringLiteral("Sandbox view: the agent could not start on the host."));
    QVERIFY(view);
    QVERIFY2(view->toolTip().contains(QStringLiteral("Why: ") + why), qPrintable(view->toolTip()));
    QVERIFY(!labelSaying(window.get(), QStringLiteral("panes show the host through kchan's agent there")));

    // Each pane that would show the host says what it shows instead.
    const QList<std::pair<QString, QString>> notices{
        {QStringLiteral("procfs"), QStringLiteral("Flatpak sandbox: this /proc belongs to the sandbox's own process namespace")},
        {QStringLiteral("devices"), QStringLiteral("Flatpak sandbox: /dev holds only the nodes the sandbox was granted")},
        {QStringLiteral("process"), QStringLiteral("Flatpak sandbox: only this app's own processes can be picked.")},
        {QStringLiteral("sysfs"), QStringLiteral("Flatpak sandbox: only /sys/block, bus, class, dev and devices are visible here")},
    };
    for (const auto &[name, text] : notices) {
        Pane *pane = window->panes().value(window->paneNamed(name));
        QVERIFY2(pane, qPrintable(name));
        QLabel *notice = noticeOf(pane);
        QVERIFY2(notice, qPrintable(name));
        QVERIFY2(notice->text().startsWith(text), qPrintable(notice->text()));
    }

    // And they show the sandbox: our own process, not the one outside.
    auto *tree = window->findChild<ProcTreeModel *>();
    QVERIFY(tree);
    window->setCurrentPane(window->paneNamed(QStringLiteral("procfs")));
    QTRY_VERIFY_WITH_TIMEOUT(tree->indexForPath(QStringLiteral("/proc/%1").arg(QCoreApplication::applicationPid())).isValid(), 30000);
    QVERIFY(!tree->indexForPath(QStringLiteral("/proc/%1").arg(m_hostPid)).isValid());
    auto *nodes = window->findChild<DeviceTableModel *>();
    QVERIFY(nodes);
    window->setCurrentPane(window->paneNamed(QStringLiteral("devices")));
    QTRY_VERIFY_WITH_TIMEOUT(nodes->rowOf(QStringLiteral("/dev/null")) >= 0, 30000);
    QCOMPARE(nodes->rowOf(m_hostNode), -1);
}

/// Runs outside: makes the sandbox and what lives outside it.
class TestSandbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void kchanSeesOnlyTheSandbox();
    void hostViewThroughTheStandIn();
    void sandboxViewWithoutTheStandIn();
    void cleanupTestCase();

private:
    QStringList sandbox(bool standIn) const;
    /// This test binary inside the sandbox, running `function` of InsideSandbox.
    void runInside(const QString &function, bool standIn);
    /// What the relay ran so far, one line each.
    QByteArray relayLog() const;

    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/kc-sandbox-XXXXXX")};
    QStringList m_bwrap; // bwrap, and what runs it when it cannot start here as it is
    QString m_buildDir;
    QString m_hostNode;
    QString m_heldFile;
    QProcess m_sleep;
    QProcess m_relay;
    qint64 m_sleepPid = 0;
};

QStringList TestSandbox::sandbox(bool standIn) const
{
    QStringList args{QStringLiteral("--unshare-pid"), QStringLiteral("--die-with-parent"), QStringLiteral("--clearenv")};
    // The runtime: the build root's /usr and /etc, its merged /lib and /bin.
    args << QStringLiteral("--ro-bind") << QStringLiteral("/usr") << QStringLiteral("/usr");
    args << QStringLiteral("--ro-bind") << QStringLiteral("/etc") << QStringLiteral("/etc");
    for (const char *top : {"bin", "sbin", "lib", "lib32", "lib64", "libx32"}) {
        const QFileInfo fi(QLatin1Char('/') + QLatin1String(top));
        if (fi.isSymLink())
            args << QStringLiteral("--symlink") << fi.symLinkTarget() << fi.filePath();
        else if (fi.isDir())
            args << QStringLiteral("--ro-bind") << fi.filePath() << fi.filePath();
    }
    args << QStringLiteral("--ro-bind") << m_buildDir << AppDir;
    args << QStringLiteral("--proc") << QStringLiteral("/proc") << QStringLiteral("--dev") << QStringLiteral("/dev");
    for (const char *sys : {"block", "bus", "class", "dev", "devices"}) {
        const QString path = QStringLiteral("/sys/") + QLatin1String(sys);
        args << QStringLiteral("--ro-bind-try") << path << path;
    }
    args << QStringLiteral("--tmpfs") << QStringLiteral("/tmp") << QStringLiteral("--perms") << QStringLiteral("0700")
         << QStringLiteral("--dir") << QStringLiteral("/tmp/runtime");
    args << QStringLiteral("--ro-bind") << m_dir.filePath(QStringLiteral("flatpak-info")) << QStringLiteral("/.flatpak-info");
    QString path = AppDir + QStringLiteral("/bin:/usr/bin:/bin");
    if (standIn) {
        args << QStringLiteral("--bind") << m_dir.filePath(QStringLiteral("spawn")) << SpawnDir;
        args << QStringLiteral("--setenv") << QStringLiteral("KC_SPAWN_SOCKET") << SpawnDir + QStringLiteral("/socket");
        path = SpawnDir + QStringLiteral("/bin:") + path;
    }
    args << QStringLiteral("--setenv") << QStringLiteral("PATH") << path;
    args << QStringLiteral("--setenv") << QStringLiteral("HOME") << QStringLiteral("/tmp");
    args << QStringLiteral("--setenv") << QStringLiteral("XDG_RUNTIME_DIR") << QStringLiteral("/tmp/runtime");
    args << QStringLiteral("--setenv") << QStringLiteral("QT_QPA_PLATFORM") << QStringLiteral("offscreen");
    args << QStringLiteral("--setenv") << QStringLiteral("LC_ALL") << QStringLiteral("C.UTF-8");
    args << QStringLiteral("--chdir") << QStringLiteral("/tmp");
    return args;
}

void TestSandbox::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("needs root: bwrap makes the sandbox's namespaces and mounts without a setuid helper only as root");
    const QString bwrap = QStandardPaths::findExecutable(QStringLiteral("bwrap"));
    if (bwrap.isEmpty())
        QSKIP("bwrap (bubblewrap) is not installed");
    QVERIFY(m_dir.isValid());
    m_buildDir = QStringLiteral(KC_BUILD_DIR);
    QVERIFY(QFileInfo(m_buildDir + QStringLiteral("/bin/kchan")).isExecutable());
    QCOMPARE(QFileInfo(QCoreApplication::applicationFilePath()).absolutePath(), m_buildDir + QStringLiteral("/bin"));

    // /.flatpak-info as Flatpak writes it: the build directory is the app
    // (/app), the build root's /usr the runtime, both by their paths here,
    // outside the sandbox.
    QFile info(m_dir.filePath(QStringLiteral("flatpak-info")));
    QVERIFY(info.open(QIODevice::WriteOnly));
    info.write("[Application]\nname=io.github.kernelchannels.KernelChannels\nruntime=runtime/org.kde.Platform/x86_64/6.10\n\n"
               "[Instance]\ninstance-id=1234567890\napp-path=" + m_buildDir.toUtf8()
               + "\nruntime-path=/usr\n\n[Context]\nshared=network;ipc;\nsockets=x11;wayland;\n");
    info.close();

    // Can bwrap make the sandbox here at all (namespaces, a new /proc)?
    // In scripts/dev's build root, a chroot, it cannot as it is: / is no
    // mount point there, and bwrap needs one; then it runs from a mount
    // namespace of its own where / is bound onto itself.
    const QString reroot = m_dir.filePath(QStringLiteral("root"));
    QVERIFY(QDir().mkpath(reroot));
    const QList<QStringList> ways{
        {bwrap},
        {QStringLiteral("unshare"), QStringLiteral("-m"), QStringLiteral("--propagation"), QStringLiteral("unchanged"), QStringLiteral("sh"),
         QStringLiteral("-c"), QStringLiteral("mount --rbind / \"$0\" && exec chroot \"$0\" \"$@\""), reroot, bwrap},
    };
    QStringList refused;
    for (const QStringList &way : ways) {
        QProcess probe;
        probe.start(way.first(), way.mid(1) + sandbox(false) + QStringList{QStringLiteral("/bin/true")});
        QVERIFY(probe.waitForFinished(60000));
        if (probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0) {
            m_bwrap = way;
            break;
        }
        refused.append(QString::fromLocal8Bit(probe.readAllStandardError()).trimmed());
    }
    if (m_bwrap.isEmpty())
        QSKIP(qPrintable(QStringLiteral("bwrap cannot make the sandbox here: ") + refused.join(QStringLiteral("; "))));

    // A node of this /dev that bwrap's minimal /dev does not have.
    for (const char *node : {"/dev/loop-control", "/dev/kmsg", "/dev/mem", "/dev/cpu_dma_latency", "/dev/tty0", "/dev/rtc0"}) {
        if (QFileInfo::exists(QLatin1String(node))) {
            m_hostNode = QLatin1String(node);
            break;
        }
    }
    if (m_hostNode.isEmpty())
        QSKIP("no node here that the sandbox's /dev lacks (loop-control, kmsg, mem ...)");

    // A process outside with a file of the outside open on its stdin.
    m_heldFile = m_dir.filePath(QStringLiteral("held-by-sleep"));
    QFile held(m_heldFile);
    QVERIFY(held.open(QIODevice::WriteOnly));
    held.close();
    m_sleep.setStandardInputFile(m_heldFile);
    m_sleep.start(QStringLiteral("sleep"), {QStringLiteral("300")});
    QVERIFY(m_sleep.waitForStarted(10000));
    m_sleepPid = m_sleep.processId();

    // The stand-in's far end, outside: a relay listening where the sandbox
    // finds it, and flatpak-spawn in there is the relay's client.
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("spawn/bin")));
    QVERIFY(QFile::link(AppDir + QStringLiteral("/bin/kc-spawnrelay"), m_dir.filePath(QStringLiteral("spawn/bin/flatpak-spawn"))));
    m_relay.setStandardErrorFile(m_dir.filePath(QStringLiteral("relay.log")));
    m_relay.start(QStringLiteral(KC_SPAWNRELAY), {QStringLiteral("--serve"), m_dir.filePath(QStringLiteral("spawn/socket"))});
    QVERIFY(m_relay.waitForStarted(10000));
    QVERIFY(m_relay.waitForReadyRead(10000));
    QCOMPARE(m_relay.readLine().trimmed(), QByteArray("ready"));
}

void TestSandbox::runInside(const QString &function, bool standIn)
{
    QStringList args = sandbox(standIn);
    args << QStringLiteral("--setenv") << QLatin1String(InsideVar) << QStringLiteral("1");
    args << QStringLiteral("--setenv") << QLatin1String(HostPidVar) << QString::number(m_sleepPid);
    args << QStringLiteral("--setenv") << QLatin1String(HeldFileVar) << m_heldFile;
    args << QStringLiteral("--setenv") << QLatin1String(HostNodeVar) << m_hostNode;
    args << AppDir + QStringLiteral("/bin/") + QFileInfo(QCoreApplication::applicationFilePath()).fileName() << function;
    QProcess inside;
    inside.setProcessChannelMode(QProcess::MergedChannels);
    inside.start(m_bwrap.first(), m_bwrap.mid(1) + args);
    QVERIFY(inside.waitForStarted(10000));
    const bool finished = inside.waitForFinished(300000);
    if (!finished)
        inside.kill();
    inside.waitForFinished(10000);
    const QByteArray out = inside.readAll();
    const bool passed = finished && inside.exitStatus() == QProcess::NormalExit && inside.exitCode() == 0;
    if (!passed)
        qWarning().noquote() << "inside the sandbox:\n" << QString::fromLocal8Bit(out);
    QVERIFY2(finished, "the test inside the sandbox did not end");
    QVERIFY2(passed, qPrintable(QStringLiteral("%1 failed inside the sandbox").arg(function)));
    QVERIFY2(out.contains(QByteArray("PASS   : InsideSandbox::" + function.toUtf8() + "()")), out.constData());
}

QByteArray TestSandbox::relayLog() const
{
    QFile log(m_dir.filePath(QStringLiteral("relay.log")));
    return log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
}

void TestSandbox::kchanSeesOnlyTheSandbox()
{
    // Outside, kchan lists the process started there ...
    QProcess outside;
    outside.start(QStringLiteral(KC_KCHAN), {QStringLiteral("procs"), QStringLiteral("--json")});
    QVERIFY(outside.waitForFinished(60000));
    QCOMPARE(outside.exitCode(), 0);
    QVERIFY(pidsOf(outside.readAllStandardOutput()).contains(int(m_sleepPid)));
    // ... inside, not: the sandbox has its own processes, kchan among them.
    QProcess inside;
    inside.start(m_bwrap.first(), m_bwrap.mid(1) + sandbox(true) << AppDir + QStringLiteral("/bin/kchan") << QStringLiteral("procs")
                                                         << QStringLiteral("--json"));
    QVERIFY(inside.waitForFinished(60000));
    const QByteArray out = inside.readAllStandardOutput();
    QVERIFY2(inside.exitStatus() == QProcess::NormalExit && inside.exitCode() == 0, inside.readAllStandardError().constData());
    const QList<int> pids = pidsOf(out);
    QVERIFY2(!pids.isEmpty(), out.constData());
    QVERIFY(!pids.contains(int(m_sleepPid)));
    QVERIFY2(pids.size() < 10, out.constData());
    bool kchan = false;
    for (const QJsonValue &v : QJsonDocument::fromJson(out).array())
        kchan = kchan || v.toObject().value(QLatin1String("comm")).toString() == QLatin1String("kchan");
    QVERIFY(kchan);
}

void TestSandbox::hostViewThroughTheStandIn()
{
    runInside(QStringLiteral("hostView"), true);
    // The agent ran outside as the window asked: through the runtime's
    // loader, kchan by its path out here, not /app's.
    const QString ran = QString::fromLocal8Bit(relayLog());
    QVERIFY2(ran.contains(QStringLiteral("kc-spawnrelay: runs /usr/")), qPrintable(ran));
    QVERIFY2(ran.contains(m_buildDir + QStringLiteral("/bin/kchan agent --stdio")), qPrintable(ran));
}

void TestSandbox::sandboxViewWithoutTheStandIn()
{
    const QByteArray before = relayLog();
    runInside(QStringLiteral("sandboxView"), false);
    QCOMPARE(relayLog(), before);
}

void TestSandbox::cleanupTestCase()
{
    if (m_sleepPid > 0) {
        QCOMPARE(::kill(pid_t(m_sleepPid), SIGKILL), 0);
        m_sleep.waitForFinished(10000);
    }
    if (m_relay.state() != QProcess::NotRunning) {
        ::kill(pid_t(m_relay.processId()), SIGKILL);
        m_relay.waitForFinished(10000);
    }
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    if (qEnvironmentVariableIsSet(InsideVar)) {
        InsideSandbox inside;
        return QTest::qExec(&inside, argc, argv);
    }
    TestSandbox outside;
    return QTest::qExec(&outside, argc, argv);
}

#include "tst_sandbox.moc"
