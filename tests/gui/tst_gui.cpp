// SPDX-License-Identifier: GPL-2.0-or-later
// The real main window, offscreen: panes open, the procfs tree expands
// /proc/self, files show parsed, models pass the tester, screenshots.
#include "devicespane.h"
#include "devices/devicescontroller.h"
#include "fileview.h"
#include "crosschannel/runtimeinfo.h"
#include "models/devicetablemodel.h"
#include "devices/ueventmonitor.h"
#include "models/ueventlogmodel.h"
#include "mainwindow.h"
#include "screenshotscenes.h"
#include "screenshotter.h"
#include "pane.h"
#include "models/parsedtablemodel.h"
#include "models/proctreemodel.h"
#include "models/roles.h"
#include "procfspane.h"
#include "netlinkpane.h"
#include "netlink/netlinksockets.h"
#include "netlinklivewidget.h"
#include "models/netlinkeventmodel.h"
#include "models/netlinksocketmodel.h"
#include "sysfspane.h"
#include "sysctlpane.h"
#include "sysctl/sysctlcontroller.h"
#include "syscallspane.h"
#include "processpane.h"
#include "addressspacedrawing.h"
#include "addressspaceview.h"
#include "crosschannel/addressspace.h"
#include "models/addressspacemodel.h"
#include "syscallcostview.h"
#include "whypane.h"
#include "syscalls/bpfsyscallcounter.h"
#include "syscalls/syscallcounter.h"
#include "syscalls/syscalltable.h"
#include "livetext.h"
#include "mappane.h"
#include "summarylabel.h"
#include "explainpanel.h"
#include "models/syscalltablemodel.h"
#include "chartspane.h"
#include "ratechart.h"
#include "sampling/samplehub.h"
#include "models/sysctlmodel.h"
#include "models/sysfsattributemodel.h"
#include "theme.h"
#include "syscalls/machinecounting.h"
#include "../hookfds.h"

#include <QTimer>
#include <QAbstractEventDispatcher>
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPaintEvent>
#include <QDateTime>
#include <QLabel>
#include <QLayout>
#include <QStatusBar>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSet>
#include <QVBoxLayout>
#include <QLineEdit>
#include <QToolButton>
#include <QTreeWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QAction>
#include <QSortFilterProxyModel>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>
#include <QStringListModel>
#include <QCompleter>
#include <QProcess>
#include <QTest>
#include <QTreeView>
#include <QLineEdit>
#include <QToolButton>
#include <QTreeWidget>

#include <asm/unistd.h>
#include <unistd.h>
#include <csignal>
#include <sys/wait.h>

using namespace kc;

namespace {

int rowWithKey(QAbstractItemModel *m, const QString &key)
{
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data().toString() == key)
            return r;
    }
    return -1;
}

} // namespace

class TestGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    // Each test gets a window of its own, with empty settings: no test
    // depends on what another left behind, or on their order.
    void init();
    void cleanup();
    void windowHasProcfsPane();
    void modelsPassTester();
    void selfStatusShowsOurPid();
    void meminfoParsed();
    void deniedFileExplained();
    void filterNarrowsTree();
    void autoRefreshMarksChanges();
    void devicesPaneFollowsNull();
    void devicesDriverColumnAt1024();
    void sysfsPaneShowsLoopback();
    void netlinkPaneShowsOurMonitor();
    void sysctlPaneShowsOstype();
    void syscallsPaneListsRead();
    void chartsSampleWhatIsShownAndPinned();
    void channelMapFigures();
    void countersReleasedWhenMapHides();
    void mapRepaintsOnlyWhatChanged();
    void chartRepaintsOnlyWhenChanged();
    void hiddenPanesWakeNothing();
    void processPaneShowsOurChannels();
    void processPickedByNameMatchesPs();
    void liveTextLaysNothingOut();
    void addressSpaceDrawn();
    void costOfACallMeasured();
    void whyPaneChecksAndIsReachedFromPanes();
    void explainFollowsTheSelection();
    void sandboxNoticesAbovePanes();
    void fitsASmallScreen();
    void explainNeverWidensPastTheScreen();
    void mapCardsWholeAt1024();
    void themes();
    void screenshots();

private:
    /// The window's pane of type P.
    template<typename P>
    P *pane() const
    {
        for (Pane *p : m_window->panes()) {
            if (auto *found = qobject_cast<P *>(p))
                return found;
        }
        return nullptr;
    }

    MainWindow *m_window = nullptr;
    ProcfsPane *m_pane = nullptr;
    int m_procfsIndex = 0;
};

void TestGui::initTestCase()
{
    // Settings (pins, dashboards) go to a test location.
    QStandardPaths::setTestModeEnabled(true);
}

void TestGui::init()
{
    QSettings().clear();
    m_pane = nullptr;
    m_window = new MainWindow(RuntimeInfo::detect());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    for (int i = 0; i < m_window->panes().size() && !m_pane; ++i) {
        m_pane = qobject_cast<ProcfsPane *>(m_window->panes()[i]);
        m_procfsIndex = i;
    }
    // The channel map is the home pane; most tests start from procfs.
    QVERIFY(qobject_cast<MapPane *>(m_window->currentPane()));
    m_window->setCurrentPane(m_procfsIndex);
}

void TestGui::cleanup()
{
    delete std::exchange(m_window, nullptr);
}

void TestGui::windowHasProcfsPane()
{
    QVERIFY(m_pane);
    QCOMPARE(m_window->currentPane(), m_pane);
    const auto labels = m_window->findChildren<QLabel *>();
    bool privilege = false;
    for (QLabel *l : labels)
        privilege = privilege || l->text().startsWith(QStringLiteral("Running as"));
    QVERIFY(privilege);
}

void TestGui::modelsPassTester()
{
    QAbstractItemModelTester proxyTester(m_pane->tree()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester tableTester(m_pane->fileView()->tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(m_pane->model()->isListed({}));
    m_pane->selectPath(QStringLiteral("/proc/self/status"));
    QTRY_VERIFY(m_pane->fileView()->hasSnapshot() && m_pane->fileView()->path() == QLatin1String("/proc/self/status"));
}

void TestGui::selfStatusShowsOurPid()
{
    m_pane->selectPath(QStringLiteral("/proc/self/status"));
    QTRY_VERIFY(m_pane->fileView()->hasSnapshot() && m_pane->fileView()->path() == QLatin1String("/proc/self/status"));
    const QModelIndex self = m_pane->model()->indexForPath(QStringLiteral("/proc/self"));
    QVERIFY(self.isValid());
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_pane->tree()->model());
    QVERIFY(m_pane->tree()->isExpanded(proxy->mapFromSource(self)));
    ParsedTableModel *table = m_pane->fileView()->tableModel();
    const int pidRow = rowWithKey(table, QStringLiteral("Pid"));
    QVERIFY(pidRow >= 0);
    QCOMPARE(table->index(pidRow, 1).data().toInt(), int(::getpid()));
}

void TestGui::meminfoParsed()
{
    m_pane->selectPath(QStringLiteral("/proc/meminfo"));
    QTRY_VERIFY(m_pane->fileView()->hasSnapshot() && m_pane->fileView()->path() == QLatin1String("/proc/meminfo"));
    QVERIFY(m_pane->fileView()->showsTable());
    ParsedTableModel *table = m_pane->fileView()->tableModel();
    const int row = rowWithKey(table, QStringLiteral("MemTotal"));
    QVERIFY(row >= 0);
    QVERIFY(table->index(row, 1).data().toULongLong() > 0);
    QVERIFY(!table->index(row, 3).data().toString().isEmpty());
    QVERIFY(m_pane->fileView()->textView()->toPlainText().startsWith(QStringLiteral("MemTotal:")));
}

void TestGui::deniedFileExplained()
{
    m_pane->selectPath(QStringLiteral("/proc/self/pagemap"));
    QTRY_VERIFY(m_pane->tree()->currentIndex().data(PathRole).toString() == QLatin1String("/proc/self/pagemap"));
    QVERIFY(!m_pane->fileView()->hasSnapshot());
    bool explained = false;
    for (QLabel *l : m_pane->fileView()->findChildren<QLabel *>())
        explained = explained || (l->isVisible() && l->text().startsWith(QStringLiteral("Skipped:")));
    QVERIFY(explained);
}

void TestGui::filterNarrowsTree()
{
    QAbstractItemModel *proxy = m_pane->tree()->model();
    const int before = proxy->rowCount();
    m_pane->setFilterText(QStringLiteral("meminfo"));
    QVERIFY(proxy->rowCount() < before);
    bool found = false;
    for (int r = 0; r < proxy->rowCount(); ++r)
        found = found || proxy->index(r, 0).data().toString() == QLatin1String("meminfo");
    QVERIFY(found);
    m_pane->setFilterText(QString());
    QCOMPARE(proxy->rowCount(), before);
}

void TestGui::autoRefreshMarksChanges()
{
    // /proc/stat's idle counter moves every clock tick.
    m_pane->selectPath(QStringLiteral("/proc/stat"));
    QTRY_VERIFY(m_pane->fileView()->hasSnapshot() && m_pane->fileView()->path() == QLatin1String("/proc/stat"));
    m_pane->fileView()->setInterval(500);
    ParsedTableModel *table = m_pane->fileView()->tableModel();
    auto anyChanged = [table] {
        for (int r = 0; r < table->rowCount(); ++r) {
            for (int c = 0; c < table->columnCount(); ++c) {
                if (table->index(r, c).data(ChangedAtRole).toLongLong() > 0)
                    return true;
            }
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(anyChanged(), 30000);
    m_pane->fileView()->setInterval(0);
}

void TestGui::devicesPaneFollowsNull()
{
    DevicesPane *devices = nullptr;
    for (int i = 0; i < m_window->panes().size(); ++i) {
        if ((devices = qobject_cast<DevicesPane *>(m_window->panes().at(i)))) {
            m_window->setCurrentPane(i);
            break;
        }
    }
    QVERIFY(devices);
    QAbstractItemModelTester tester(devices->table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester sourceTester(devices->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    devices->selectNode(QStringLiteral("/dev/null"));
    QTRY_VERIFY_WITH_TIMEOUT(devices->followedPath() == QLatin1String("/dev/null"), 30000);
    const int row = devices->model()->rowOf(QStringLiteral("/dev/null"));
    QVERIFY(row >= 0);
    QCOMPARE(devices->model()->index(row, DeviceTableModel::NumberColumn).data().toString(), QStringLiteral("1:3"));
    QCOMPARE(devices->model()->index(row, DeviceTableModel::SubsystemColumn).data().toString(), QStringLiteral("mem"));
    bool subsystem = false;
    for (int i = 0; i < devices->followView()->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = devices->followView()->topLevelItem(i);
        subsystem = subsystem || (item->text(0) == QLatin1String("Subsystem") && item->text(1) == QLatin1String("mem"));
    }
    QVERIFY(subsystem);
    // The uevent monitor listens (or says why not) without udevd.
    QVERIFY(devices->controller()->monitor()->isRunning() || !devices->controller()->monitor()->errorString().isEmpty());
    QAbstractItemModelTester logTester(devices->eventLog(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const char *name : {"/dev/null", "/dev/zero", "/dev/tty"})
        QVERIFY2(devices->model()->rowOf(QLatin1String(name)) >= 0, name);
    // Filtering by text narrows the table; a rescan keeps rows in place.
    devices->setFilterText(QStringLiteral("zero"));
    QCOMPARE(devices->table()->model()->rowCount(), 1);
    devices->setFilterText(QString());
    devices->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!devices->controller()->isScanning(), 30000);
    QVERIFY(devices->model()->rowOf(QStringLiteral("/dev/null")) >= 0);
    m_window->setCurrentPane(m_procfsIndex);
}

void TestGui::devicesDriverColumnAt1024()
{
    // The Driver column is whole in a 1024x700 window, and says what
    // kchan devices and the follow chain say.
    m_window->resize(1024, 700);
    DevicesPane *devices = nullptr;
    for (int i = 0; i < m_window->panes().size() && !devices; ++i) {
        if ((devices = qobject_cast<DevicesPane *>(m_window->panes().at(i))))
            m_window->setCurrentPane(i);
    }
    QVERIFY(devices);
    devices->selectNode(QStringLiteral("/dev/ptmx"));
    QTRY_VERIFY_WITH_TIMEOUT(devices->followedPath() == QLatin1String("/dev/ptmx"), 30000);
    QTRY_COMPARE(m_window->width(), 1024);
    QTableView *table = devices->table();
    QHeaderView *header = table->horizontalHeader();
    const int driver = DeviceTableModel::DriverColumn;
    QVERIFY(!table->isColumnHidden(driver));
    const int right = header->sectionViewportPosition(driver) + header->sectionSize(driver);
    QVERIFY2(right <= table->viewport()->width(),
             qPrintable(QStringLiteral("the Driver column ends at %1 of %2 pixels").arg(right).arg(table->viewport()->width())));
    const DeviceNode ptmx = DeviceScanner::describe(QStringLiteral("/dev/ptmx"));
    const int row = devices->model()->rowOf(QStringLiteral("/dev/ptmx"));
    const QString shown = devices->model()->index(row, driver).data().toString();
    QCOMPARE(shown, ptmx.driver.label());
    QVERIFY2(table->fontMetrics().horizontalAdvance(shown) < header->sectionSize(driver), qPrintable(shown));
    bool followed = false;
    for (int i = 0; i < devices->followView()->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = devices->followView()->topLevelItem(i);
        followed = followed || (item->text(0) == QLatin1String("Driver") && item->text(1) == shown);
    }
    QVERIFY(followed);
    const QString dir = QDir(QStringLiteral(KC_BUILD_DIR)).filePath(QStringLiteral("screenshots"));
    QDir().mkpath(dir);
    QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("devices-1024x700.png"))));
    m_window->setCurrentPane(m_procfsIndex);
}

void TestGui::sysfsPaneShowsLoopback()
{
    SysfsPane *sysfs = nullptr;
    for (int i = 0; i < m_window->panes().size(); ++i) {
        if ((sysfs = qobject_cast<SysfsPane *>(m_window->panes().at(i)))) {
            m_window->setCurrentPane(i);
            break;
        }
    }
    QVERIFY(sysfs);
    QAbstractItemModelTester attrTester(sysfs->attributes(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // A path outside the current view switches to all of /sys.
    sysfs->selectPath(QStringLiteral("/sys/class/net/lo"));
    QTRY_VERIFY_WITH_TIMEOUT(sysfs->shownObject() == QLatin1String("/sys/class/net/lo"), 30000);
    // The tree tester comes last: it asks for the children of everything
    // loaded, which on /sys would queue a great many listings.
    QAbstractItemModelTester treeTester(sysfs->tree()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    SysfsAttributeModel *m = sysfs->attributes();
    bool mtu = false;
    for (int r = 0; r < m->rowCount(); ++r)
        mtu = mtu || (m->index(r, 0).data().toString() == QLatin1String("mtu") && m->index(r, 1).data().toInt() > 0);
    QVERIFY(mtu);
    m_window->setCurrentPane(m_procfsIndex);
}

void TestGui::sysctlPaneShowsOstype()
{
    SysctlPane *pane = nullptr;
    int index = -1;
    for (int i = 0; i < m_window->panes().size() && !pane; ++i) {
        pane = qobject_cast<SysctlPane *>(m_window->panes().at(i));
        index = i;
    }
    QVERIFY(pane);
    // Never shown, nothing read: start-up does not walk /proc/sys.
    QCOMPARE(pane->model()->rowCount(), 0);
    QVERIFY(!pane->controller()->hasLoaded());
    m_window->setCurrentPane(index);
    QTRY_VERIFY_WITH_TIMEOUT(pane->model()->rowCount() > 0, 30000);
    QAbstractItemModelTester tester(pane->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *view = pane->findChild<QTreeView *>();
    QVERIFY(view);
    QAbstractItemModelTester proxyTester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(pane->selectKey(QStringLiteral("kernel.ostype")));
    QCOMPARE(view->currentIndex().siblingAtColumn(SysctlModel::ValueColumn).data().toString(), QStringLiteral("Linux"));
    // The rows in view are what is re-read every few seconds, not all keys.
    const QStringList inView = pane->keysInView();
    QVERIFY2(inView.contains(QStringLiteral("kernel.ostype")), qPrintable(inView.join(QLatin1Char(' '))));
    QVERIFY(inView.size() < int(pane->model()->entries().size()) / 4);
    QSignalSpy keysRead(pane->controller(), &SysctlController::keysRead);
    pane->controller()->readKeys(inView);
    QTRY_COMPARE(keysRead.count(), 1);
    QCOMPARE(pane->controller()->lastReadCount(), inView.size());
    QCOMPARE(view->currentIndex().siblingAtColumn(SysctlModel::ValueColumn).data().toString(), QStringLiteral("Linux"));
    // The filter finds keys by description as well as by name.
    pane->setFilterText(QStringLiteral("congestion control algorithm"));
    QVERIFY(pane->selectKey(QStringLiteral("net.ipv4.tcp_congestion_control")));
    pane->setFilterText(QString());
    pane->model()->setFlat(true);
    QVERIFY(pane->selectKey(QStringLiteral("kernel.ostype")));
    QCOMPARE(view->currentIndex().data().toString(), QStringLiteral("kernel.ostype"));
    pane->model()->setFlat(false);
    m_window->setCurrentPane(m_procfsIndex);
}

void TestGui::chartsSampleWhatIsShownAndPinned()
{
    ChartsPane *charts = nullptr;
    int index = -1;
    for (int i = 0; i < m_window->panes().size(); ++i) {
        if ((charts = qobject_cast<ChartsPane *>(m_window->panes().at(i)))) {
            index = i;
            break;
        }
    }
    QVERIFY(charts);
    // Not on screen: the dashboards cost nothing.
    m_window->setCurrentPane(m_procfsIndex);
    QTRY_VERIFY(!charts->hub()->keys().contains(QStringLiteral("stat:cpu.user")));
    m_window->setCurrentPane(index);
    charts->showDashboard(QStringLiteral("activity"));
    QVERIFY(charts->hub()->keys().contains(QStringLiteral("stat:ctxt")));
    QCOMPARE(charts->charts().size(), 1);
    RateChart *chart = charts->charts().first();
    QCOMPARE(chart->unit(), QStringLiteral("/s"));
    // A counter needs two readings for its first rate.
    QTRY_VERIFY_WITH_TIMEOUT(chart->pointCount(QStringLiteral("stat:ctxt")) >= 2, 20000);
    const TimeSeries *ctxt = charts->hub()->series(QStringLiteral("stat:ctxt"));
    QVERIFY(ctxt && ctxt->size() >= 2);
    for (int i = 0; i < ctxt->size(); ++i)
        QVERIFY(ctxt->at(i).y() >= 0);

    // Pinning from the procfs table: the MemFree cell of /proc/meminfo.
    auto *fileView = m_pane->fileView();
    m_window->setCurrentPane(m_procfsIndex);
    m_pane->selectPath(QStringLiteral("/proc/meminfo"));
    auto *table = fileView->findChild<QTableView *>();
    QVERIFY(table);
    auto memFreeRow = [table] {
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, 0).data().toString() == QLatin1String("MemFree"))
                return r;
        }
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(memFreeRow() >= 0, 20000);
    const int memFree = memFreeRow();
    table->setCurrentIndex(table->model()->index(memFree, 1));
    QCOMPARE(fileView->currentSampleKey(), QStringLiteral("meminfo:MemFree"));
    QAction *pinAction = nullptr;
    for (QAction *a : table->actions()) {
        if (a->text().contains(QLatin1String("Pin")))
            pinAction = a;
    }
    QVERIFY(pinAction && pinAction->isEnabled());
    const QStringList before = charts->keysOf(QStringLiteral("pinned"));
    pinAction->trigger();
    QVERIFY(charts->keysOf(QStringLiteral("pinned")).contains(QStringLiteral("meminfo:MemFree")));
    // Pins are sampled while the charts pane is hidden; the dashboard is not.
    QVERIFY(charts->hub()->keys().contains(QStringLiteral("meminfo:MemFree")));
    QVERIFY(!charts->hub()->keys().contains(QStringLiteral("stat:ctxt")));
    QVERIFY(!before.contains(QStringLiteral("meminfo:MemFree")));
    // A pinned counter gets rates while nobody looks at the charts.
    charts->pin(QStringLiteral("stat:processes"));
    QTRY_VERIFY_WITH_TIMEOUT(charts->hub()->series(QStringLiteral("stat:processes"))
                                 && charts->hub()->series(QStringLiteral("stat:processes"))->size() >= 2, 20000);
    QVERIFY(charts->hub()->series(QStringLiteral("stat:processes"))->at(1).y() >= 0);
    charts->showDashboard(QStringLiteral("pinned"));
    QCOMPARE(charts->charts().size(), 2); // bytes, and processes per second

    // Context switches were not sampled while the pane showed the pins: back
    // on their dashboard, the line starts again instead of bridging the gap.
    const int before_ = ctxt->size();
    QTest::qWait(qMax(3000, charts->hub()->intervalMs() * 3));
    m_window->setCurrentPane(index);
    charts->showDashboard(QStringLiteral("activity"));
    chart = charts->charts().first();
    QTRY_VERIFY2_WITH_TIMEOUT(ctxt->size() > before_ && chart->stretchCount(QStringLiteral("stat:ctxt")) == 2,
                              qPrintable(QStringLiteral("%1 points (%2 before), %3 stretches drawn, series %4")
                                             .arg(ctxt->size()).arg(before_).arg(chart->stretchCount(QStringLiteral("stat:ctxt")))
                                             .arg(charts->hub()->series(QStringLiteral("stat:ctxt")) == ctxt)), 20000);
    int starts = 0;
    for (int i = 0; i < ctxt->size(); ++i)
        starts += ctxt->beginsStretch(i) ? 1 : 0;
    QCOMPARE(starts, 2);
}

void TestGui::syscallsPaneListsRead()
{
    SyscallsPane *pane = nullptr;
    for (int i = 0; i < m_window->panes().size(); ++i) {
        if ((pane = qobject_cast<SyscallsPane *>(m_window->panes().at(i)))) {
            m_window->setCurrentPane(i);
            break;
        }
    }
    QVERIFY(pane);
    QTRY_VERIFY_WITH_TIMEOUT(pane->model()->rowCount() > 300, 30000);
    QAbstractItemModelTester tester(pane->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int read = pane->model()->rowOf(QStringLiteral("read"));
    QVERIFY(read >= 0);
    QCOMPARE(pane->model()->index(read, SyscallTableModel::NumberColumn).data().toInt(), __NR_read);
    QVERIFY(!pane->model()->index(read, SyscallTableModel::DescriptionColumn).data().toString().isEmpty());
    // Counting or not, the pane says which: rates, or what is missing.
    auto *status = pane->findChild<QLabel *>(QStringLiteral("status"));
    QVERIFY(status);
    QTRY_VERIFY_WITH_TIMEOUT(pane->isCounting() || !status->text().isEmpty(), 30000);
    // As root with tracefs (ctest mounts it privately), rates must show.
    if (::geteuid() == 0 && !pane->model()->table().tracefs.isEmpty())
        QTRY_VERIFY_WITH_TIMEOUT(pane->isCounting(), 30000);
    if (pane->isCounting()) {
        // We make system calls ourselves: read shows up with a rate.
        QTRY_VERIFY_WITH_TIMEOUT(!pane->model()->index(read, SyscallTableModel::TotalColumn).data().toString().isEmpty(), 30000);
        // What counting costs is said on screen, beside the rate.
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("calls/s")), 30000);
        QVERIFY2(status->text().contains(QLatin1String(" ns more while counted")), qPrintable(status->text()));
        // Counted with BPF and asked for, the busiest processes are
        // listed; Enter on one counts that process alone.
        if (kc::BpfSyscallCounter probe; probe.open()) {
            probe.close();
            QToolButton *byProcess = nullptr;
            for (QToolButton *b : pane->findChildren<QToolButton *>()) {
                if (b->isCheckable() && b->text() == QLatin1String("By process"))
                    byProcess = b;
            }
            QVERIFY(byProcess);
            byProcess->setChecked(true);
            auto *busiest = pane->findChild<QTreeWidget *>(QStringLiteral("busiest"));
            QVERIFY(busiest);
            QTRY_VERIFY_WITH_TIMEOUT(busiest->isVisible() && busiest->topLevelItemCount() > 0, 30000);
            QTreeWidgetItem *top = busiest->topLevelItem(0);
            const int pid = top->data(0, Qt::UserRole).toInt();
            QVERIFY(pid > 0);
            QVERIFY(QLocale().toDouble(top->text(2)) > 0);
            Q_EMIT busiest->itemActivated(top, 0);
            QVERIFY(!busiest->isVisible());
            QCOMPARE(pane->findChild<QLineEdit *>()->text(), QString::number(pid));
            QVERIFY(!byProcess->isEnabled());
            pane->setProcess(-1);
            // Every line the pane shows, should the list not come back.
            const auto said = [pane] {
                QStringList texts;
                for (const QLabel *l : pane->findChildren<QLabel *>())
                    texts.append(l->text());
                return texts.join(QStringLiteral(" | "));
            };
            QTRY_VERIFY2_WITH_TIMEOUT(busiest->isVisible(), qPrintable(QStringLiteral("after the process %1: %2").arg(pid).arg(said())), 30000);
            byProcess->setChecked(false);
            QVERIFY(!busiest->isVisible());
        }
        // Pause releases the counters while the pane stays; resume counts again.
        pane->setPaused(true);
        QVERIFY(!pane->isCounting());
        QVERIFY(status->text().contains(QStringLiteral("paused")));
        QTest::qWait(1500); // a tick already on its way must not claim counting
        QVERIFY(!pane->isCounting());
        QVERIFY(status->text().contains(QStringLiteral("paused")));
        pane->setPaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(pane->isCounting(), 30000);
    }
    m_window->setCurrentPane(m_procfsIndex);
    QTRY_VERIFY(!pane->isCounting());
}

void TestGui::netlinkPaneShowsOurMonitor()
{
    NetlinkPane *netlink = nullptr;
    for (int i = 0; i < m_window->panes().size(); ++i) {
        if ((netlink = qobject_cast<NetlinkPane *>(m_window->panes().at(i)))) {
            m_window->setCurrentPane(i);
            break;
        }
    }
    QVERIFY(netlink);
    QAbstractItemModelTester tester(netlink->socketModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int before = netlink->loadCount();
    netlink->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(netlink->loadCount() > before, 30000);
    // The devices pane's uevent monitor is a netlink socket of this very
    // process, joined to the kernel-events group.
    bool ours = false;
    for (const NetlinkSocketInfo &s : netlink->socketModel()->sockets()) {
        for (const SocketOwner &o : s.owners)
            ours = ours || (o.pid == ::getpid() && s.protocol == 15 && s.groups.contains(1));
    }
    QVERIFY(ours);
    // Our route monitor's long list of groups is cut, so that the columns
    // after it (queued bytes, drops) stay in view.
    QTableView *socketView = nullptr;
    for (QTableView *v : netlink->findChildren<QTableView *>()) {
        if (auto *proxy = qobject_cast<QSortFilterProxyModel *>(v->model()); proxy && proxy->sourceModel() == netlink->socketModel())
            socketView = v;
    }
    QVERIFY(socketView);
    QVERIFY(socketView->columnWidth(NetlinkSocketModel::GroupsColumn) <= socketView->fontMetrics().averageCharWidth() * 48);
    QVERIFY(socketView->columnWidth(NetlinkSocketModel::GroupsColumn) > 0);
    // The live view starts with a dump of links and addresses: lo is there,
    // decoded, with its name among the fields.
    NetlinkLiveWidget *live = netlink->live();
    QAbstractItemModelTester liveTester(live->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(live->selectFirst(QStringLiteral("RTM_NEWLINK")), 30000);
    bool lo = false;
    QList<QTreeWidgetItem *> stack;
    for (int i = 0; i < live->fieldTree()->topLevelItemCount(); ++i)
        stack.append(live->fieldTree()->topLevelItem(i));
    while (!stack.isEmpty()) {
        QTreeWidgetItem *item = stack.takeLast();
        lo = lo || (item->text(0) == QLatin1String("IFLA_IFNAME") && item->text(1) == QLatin1String("lo"));
        for (int k = 0; k < item->childCount(); ++k)
            stack.append(item->child(k));
    }
    QVERIFY(lo);
    // The extra streams open their sockets here (no events need to come).
    live->setStream(15, 1, true);
    live->watchGenlGroup(16, true); // nlctrl notify, as a family-tree group would
    QCOMPARE(live->genlGroups(), QList<int>{16});
    bool uevent = false;
    for (const NetlinkSocketInfo &s : NetlinkSockets::list().sockets) {
        for (const SocketOwner &o : s.owners)
            uevent = uevent || (o.pid == ::getpid() && s.protocol == 16 && s.groups.contains(16));
    }
    QVERIFY(uevent);
    live->setStream(15, 1, false);
    live->watchGenlGroup(16, false);
    bool nlctrl = false;
    for (int i = 0; i < netlink->familyTree()->topLevelItemCount(); ++i)
        nlctrl = nlctrl || netlink->familyTree()->topLevelItem(i)->text(0) == QLatin1String("nlctrl");
    QVERIFY(nlctrl);
    m_window->setCurrentPane(m_procfsIndex);
}

void TestGui::channelMapFigures()
{
    MapPane *map = qobject_cast<MapPane *>(m_window->panes().first());
    QVERIFY(map);
    m_window->setCurrentPane(0);
    QTRY_VERIFY_WITH_TIMEOUT(map->hasFigures(), 20000);
    const ChannelMapFigures &f = map->figures();
    QVERIFY(f.processes > 0);
    QVERIFY(f.sysctlKeys > 0);
    QVERIFY(f.netlinkSockets >= 0 && f.sysfsDevices >= 0 && f.syscalls > 0);
    // The device-node count is a count of /dev (before or after, if udev raced us).
    const int before = ChannelMapFigures::countDeviceNodes();
    QVERIFY2(f.deviceNodes == before || f.deviceNodes == ChannelMapFigures::countDeviceNodes(), qPrintable(QString::number(f.deviceNodes)));
    // Six channels, each opening its pane.
    QCOMPARE(map->view()->channels().size(), 6);
    QSignalSpy open(map, &MapPane::openPane);
    QTest::keyClick(map->view(), Qt::Key_Right);
    QTest::keyClick(map->view(), Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(m_window->currentPane()->objectName(), map->view()->channels()[1].pane);
    // Interrupts per second arrive from the sampler while the map is shown.
    m_window->setCurrentPane(0);
    QTRY_VERIFY_WITH_TIMEOUT(map->rate(QStringLiteral("interrupts:total")) >= 0, 20000);
    m_window->setCurrentPane(m_procfsIndex);
}

void TestGui::countersReleasedWhenMapHides()
{
    // The map counts every system call while it is shown, and only then:
    // another pane or a minimized window releases the kernel's hook. Each
    // step waits for counting to have fully started (the status bar says
    // so) before leaving, and for the release without a tight deadline: a
    // busy machine may take seconds to load the program.
    if (::geteuid() != 0)
        QSKIP("needs root: only root may count every system call here");
    {
        SyscallCounter probe;
        if (!probe.open({SyscallTable::allCalls(SyscallTable::findTracefs())}))
            QSKIP(qPrintable(QStringLiteral("this kernel cannot count system calls: ") + probe.error()));
    }
    auto *notice = m_window->findChild<QLabel *>(QStringLiteral("machineCounting"));
    QVERIFY(notice);
    // No descriptor left, and the notice (told through the event loop) gone.
    auto released = [notice] {
        return QTest::qWaitFor([] { return kernelHookDescriptors().isEmpty(); }, 20000)
            && QTest::qWaitFor([notice] { return notice->isHidden(); }, 20000);
    };
    auto counting = [this, notice] {
        if (QTest::qWaitFor([notice] { return !notice->isHidden(); }, 20000) && !kernelHookDescriptors().isEmpty())
            return true;
        // Say why, for a run that fails.
        SampleHub *hub = pane<ChartsPane>()->hub();
        qWarning() << "not counting: map visible" << m_window->currentPane()->isVisible() << "window state"
                   << int(m_window->windowState()) << "sampled" << hub->keys() << "errors"
                   << hub->error(QStringLiteral("syscall:all")) << "hooks" << kernelHookDescriptors();
        return false;
    };
    const auto held = [] { return kernelHookDescriptors().join(QStringLiteral(", ")); };
    m_window->setCurrentPane(m_procfsIndex);
    QVERIFY2(released(), qPrintable(held()));

    m_window->setCurrentPane(0);
    QVERIFY(counting());
    m_window->setCurrentPane(m_procfsIndex);
    QVERIFY2(released(), qPrintable(held()));

    m_window->setCurrentPane(0);
    QVERIFY(counting());
    m_window->showMinimized();
    QVERIFY2(released(), qPrintable(held()));
    m_window->showNormal();
    QVERIFY(counting());
    m_window->setCurrentPane(m_procfsIndex);
    QVERIFY2(released(), qPrintable(held()));
}

namespace {

// Counts the paint events a widget gets, with their regions.
class PaintSpy : public QObject
{
public:
    QList<QRect> rects;
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint)
            rects.append(static_cast<QPaintEvent *>(e)->rect());
        return false;
    }
};

} // namespace

void TestGui::mapRepaintsOnlyWhatChanged()
{
    // An idle map costs what changes on it: an unchanged card is not
    // painted again, a changed one alone is.
    ChannelMapView view;
    view.resize(1200, 640);
    QList<MapChannel> cards;
    for (int i = 0; i < 6; ++i) {
        MapChannel c;
        c.pane = QStringLiteral("p%1").arg(i);
        c.name = QStringLiteral("Channel %1").arg(i);
        c.figure = QString::number(i * 100);
        cards.append(c);
    }
    view.setChannels(cards);
    view.setBands(QStringLiteral("user"), QStringLiteral("kernel"));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    PaintSpy spy;
    view.installEventFilter(&spy);
    QCoreApplication::processEvents();
    spy.rects.clear();

    view.setChannels(cards);
    view.setBands(QStringLiteral("user"), QStringLiteral("kernel"));
    QCoreApplication::processEvents();
    QVERIFY2(spy.rects.isEmpty(), "an unchanged map was painted again");

    cards[2].figure = QStringLiteral("201");
    view.setChannels(cards);
    QTRY_VERIFY(!spy.rects.isEmpty());
    QRect painted;
    for (const QRect &r : std::as_const(spy.rects))
        painted |= r;
    QVERIFY2(painted.width() < view.width() / 3, qPrintable(QStringLiteral("%1 px wide").arg(painted.width())));

    // The kernel's rates change each tick: their line of the band is
    // painted again, not the band with its title and outline.
    spy.rects.clear();
    view.setBands(QStringLiteral("user"), QStringLiteral("kernel 2"));
    QTRY_VERIFY(!spy.rects.isEmpty());
    painted = QRect();
    for (const QRect &r : std::as_const(spy.rects))
        painted |= r;
    QVERIFY2(painted.height() < view.fontMetrics().height() * 2, qPrintable(QStringLiteral("%1 px high").arg(painted.height())));
    // And what is on screen after these partial paints is what a whole
    // paint draws.
    const QImage shown = view.screen()->grabWindow(view.winId()).toImage().convertToFormat(QImage::Format_RGB32);
    const QImage whole = view.grab().toImage().convertToFormat(QImage::Format_RGB32);
    QCOMPARE(shown.size(), whole.size());
    QVERIFY2(shown == whole, "a partial paint differs from a whole one");
}

void TestGui::chartRepaintsOnlyWhenChanged()
{
    // A chart whose points and window did not move is neither laid out
    // nor painted again.
    SampleHub hub;
    hub.setIntervalMs(250);
    const QString key = QStringLiteral("stat:ctxt");
    hub.subscribe(this, {key});
    QTRY_VERIFY_WITH_TIMEOUT(hub.series(key) && hub.series(key)->size() >= 3, 20000);
    hub.setPaused(true); // from here the series stays as it is
    RateChart chart(&hub, {key}, hub.source(key).displayUnit());
    chart.resize(800, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    chart.update(now);
    const int points = chart.pointCount(key);
    QCOMPARE(points, hub.series(key)->size());
    PaintSpy spy;
    chart.viewport()->installEventFilter(&spy);
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    spy.rects.clear();

    chart.update(now);
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    QVERIFY2(spy.rects.isEmpty(), "an unchanged chart was painted again");
    QCOMPARE(chart.pointCount(key), points);

    // A minute on, the time axis has to move.
    chart.update(now + 60000);
    QTRY_VERIFY(!spy.rects.isEmpty());
    QCOMPARE(chart.pointCount(key), points);
    QCOMPARE(chart.stretchCount(key), 1);
    hub.subscribe(this, {});
}

void TestGui::hiddenPanesWakeNothing()
{
    // Each pane once, so that each has started what it runs while shown.
    const QList<Pane *> panes = m_window->panes();
    for (int i = 0; i < panes.size(); ++i) {
        if (m_window->paneAvailable(i)) {
            m_window->setCurrentPane(i);
            QCoreApplication::processEvents();
        }
    }
    // The timers that would wake the application: QTimers anywhere in the
    // window (panes, controllers) and timers objects started themselves,
    // apart from those of `shown`.
    const auto running = [this](const QObject *shown) {
        QStringList out;
        const auto within = [](const QObject *o, const QObject *ancestor) {
            for (; o; o = o->parent()) {
                if (o == ancestor)
                    return true;
            }
            return false;
        };
        QList<QObject *> objects = m_window->findChildren<QObject *>();
        objects.prepend(m_window);
        for (QObject *o : std::as_const(objects)) {
            if (shown && within(o, shown))
                continue;
            const auto *timer = qobject_cast<QTimer *>(o);
            const bool active = timer ? timer->isActive() : !QAbstractEventDispatcher::instance()->registeredTimers(o).isEmpty();
            if (!active)
                continue;
            QString path;
            for (const QObject *p = o; p && p != m_window; p = p->parent())
                path.prepend(QLatin1Char('/') + QString::fromLatin1(p->metaObject()->className())
                             + (p->objectName().isEmpty() ? QString() : QLatin1Char('(') + p->objectName() + QLatin1Char(')')));
            out.append(path + (timer ? QStringLiteral(" every %1 ms").arg(timer->interval()) : QStringLiteral(" (timer event)")));
        }
        return out;
    };
    // Another pane shown: the rest keep nothing running. The Why pane
    // runs nothing of its own until asked.
    const int why = m_window->paneNamed(QStringLiteral("why"));
    QVERIFY(why >= 0);
    m_window->setCurrentPane(why);
    QStringList left;
    QTRY_VERIFY2_WITH_TIMEOUT((left = running(m_window->currentPane())).isEmpty(), qPrintable(left.join(QStringLiteral("; "))), 10000);
    // Nothing asks the sampler for a reading (nothing is pinned).
    QVERIFY2(pane<ChartsPane>()->hub()->keys().isEmpty(), qPrintable(pane<ChartsPane>()->hub()->keys().join(QLatin1Char(' '))));

    // Minimized on a pane that runs timers while shown: none of them is left.
    for (const QString &name : {QStringLiteral("charts"), QStringLiteral("map"), QStringLiteral("procfs"), QStringLiteral("netlink")}) {
        const int index = m_window->paneNamed(name);
        QVERIFY(index >= 0);
        m_window->setCurrentPane(index);
        QCoreApplication::processEvents();
        m_window->showMinimized();
        QTRY_VERIFY2_WITH_TIMEOUT((left = running(nullptr)).isEmpty(),
                                  qPrintable(name + QStringLiteral(" minimized: ") + left.join(QStringLiteral("; "))), 10000);
        QVERIFY2(pane<ChartsPane>()->hub()->keys().isEmpty(),
                 qPrintable(name + QStringLiteral(" minimized samples ") + pane<ChartsPane>()->hub()->keys().join(QLatin1Char(' '))));
        m_window->showNormal();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }
}

void TestGui::liveTextLaysNothingOut()
{
    // A rate that changes each second repaints its line; the window around
    // it is laid out again only when the text no longer fits.
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *wrapped = new QLabel(QStringLiteral("A long explanation that wraps, as every pane has"), &window);
    wrapped->setWordWrap(true);
    layout->addWidget(wrapped);
    auto *rate = new LiveText(&window);
    rate->setText(QStringLiteral("1,000 system calls/s"));
    layout->addWidget(rate);
    window.resize(600, 200);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    struct Spy : QObject {
        int layouts = 0;
        int paints = 0;
        bool eventFilter(QObject *, QEvent *e) override
        {
            layouts += e->type() == QEvent::LayoutRequest;
            paints += e->type() == QEvent::Paint;
            return false;
        }
    } spy;
    window.installEventFilter(&spy);
    rate->installEventFilter(&spy);
    QCoreApplication::processEvents();
    spy.layouts = spy.paints = 0;
    const int relayouts = rate->relayouts();
    rate->setText(QStringLiteral("1,234 system calls/s"));
    QTRY_VERIFY(spy.paints > 0);
    QCOMPARE(spy.layouts, 0);
    QCOMPARE(rate->relayouts(), relayouts);
    rate->setText(QString(200, QLatin1Char('x')));
    QTRY_VERIFY(spy.layouts > 0);
    QCOMPARE(rate->relayouts(), relayouts + 1);
}

void TestGui::processPaneShowsOurChannels()
{
    ProcessPane *process = pane<ProcessPane>();
    QVERIFY(process);
    m_window->setCurrentPane(int(m_window->panes().indexOf(process)));
    process->setProcess(int(::getpid()));
    QTRY_VERIFY_WITH_TIMEOUT(process->hasRead(), 10000);
    QCOMPARE(process->channels().pid, int(::getpid()));
    // Our own netlink sockets (the live monitors) are there, under their channel.
    QStringList groups;
    for (int i = 0; i < process->tree()->topLevelItemCount(); ++i)
        groups.append(process->tree()->topLevelItem(i)->text(0));
    QVERIFY2(!groups.filter(QStringLiteral("Netlink sockets")).isEmpty(), qPrintable(groups.join(QLatin1Char(','))));
    QVERIFY(!groups.filter(QStringLiteral("Namespaces")).isEmpty());
    // As root with tracefs (ctest mounts one privately) our calls are counted.
    if (::geteuid() == 0 && !SyscallTable::findTracefs().isEmpty())
        QTRY_VERIFY_WITH_TIMEOUT(process->callRate() >= 0, 20000);
    // A child that exits stays on screen, marked gone.
    const pid_t child = ::fork();
    if (child == 0) {
        ::pause();
        ::_exit(0);
    }
    process->setProcess(child);
    QTRY_VERIFY_WITH_TIMEOUT(process->hasRead(), 10000);
    // Read again with the same descriptors, the tree is left as it is
    // (a mark on its first row survives), not cleared and filled again.
    QVERIFY(process->tree()->topLevelItemCount() > 0);
    process->tree()->topLevelItem(0)->setData(0, Qt::UserRole + 999, QStringLiteral("mark"));
    const int reads = process->readCount();
    process->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(process->readCount() > reads, 10000);
    QCOMPARE(process->tree()->topLevelItem(0)->data(0, Qt::UserRole + 999).toString(), QStringLiteral("mark"));
    // A process whose descriptors stay as they are is read less often.
    QCOMPARE(process->readInterval(), 2000);
    QTRY_VERIFY_WITH_TIMEOUT(process->readInterval() > 2000, 30000);
    process->refresh();
    QCOMPARE(process->readInterval(), 2000);
    ::kill(child, SIGKILL);
    ::waitpid(child, nullptr, 0);
    process->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(process->isGone(), 10000);
    QVERIFY(process->tree()->topLevelItemCount() > 0);
    m_window->setCurrentPane(m_procfsIndex);
}

// A name typed picks a process started after the pane opened, and what
// the pane says of it is what ps says.
void TestGui::processPickedByNameMatchesPs()
{
    ProcessPane *process = pane<ProcessPane>();
    QVERIFY(process);
    m_window->setCurrentPane(int(m_window->panes().indexOf(process)));
    QTRY_VERIFY_WITH_TIMEOUT(process->hasRead(), 10000);
    // A command name no other process has: sleep under another name.
    QTemporaryDir dir;
    const QString sleepy = dir.filePath(QStringLiteral("kcsleepy"));
    QVERIFY(QFile::copy(QStandardPaths::findExecutable(QStringLiteral("sleep")), sleepy));
    QVERIFY(QFile::setPermissions(sleepy, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
    QProcess first, second;
    first.start(sleepy, {QStringLiteral("4241")});
    QVERIFY(first.waitForStarted());
    QTest::qWait(50); // a later start time, in clock ticks (10 ms), for the second
    second.start(sleepy, {QStringLiteral("4242")});
    QVERIFY(second.waitForStarted());
    // Typed as a user types it, Enter: the newest of the two, both offered.
    auto *search = process->findChild<QLineEdit *>();
    QVERIFY(search);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("kcsleepy"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(process->process(), int(second.processId()), 10000);
    QCOMPARE(process->lastMatches(), (QList<int>{int(second.processId()), int(first.processId())}));
    auto *offered = qobject_cast<QStringListModel *>(search->completer()->model());
    QVERIFY(offered);
    QCOMPARE(offered->stringList().filter(QStringLiteral("kcsleepy")).size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(process->hasRead() && process->channels().overview.valid, 10000);
    const ProcessOverview o = process->channels().overview;
    // ps -o pid,ppid,user,rss,pcpu,args -p PID
    QProcess ps;
    ps.start(QStringLiteral("ps"), {QStringLiteral("-o"), QStringLiteral("pid=,ppid=,user=,rss=,pcpu=,args="), QStringLiteral("-p"),
                                    QString::number(second.processId())});
    QVERIFY(ps.waitForFinished(30000));
    const QString line = QString::fromUtf8(ps.readAllStandardOutput()).trimmed();
    const QStringList cells = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QVERIFY2(cells.size() >= 6, qPrintable(line));
    QCOMPARE(cells.at(0).toInt(), int(second.processId()));
    QCOMPARE(o.ppid, cells.at(1).toInt());
    QCOMPARE(o.ppid, int(::getpid()));
    // ps prints the uid when the name is longer than its column.
    QVERIFY2(cells.at(2) == o.user || cells.at(2) == QString::number(o.uid), qPrintable(line));
    QCOMPARE(QString::number(o.rssKiB), cells.at(3));
    QCOMPARE(ProcessOverview::cpuText(o.cpuPermille).remove(QStringLiteral(" %")), cells.at(4));
    QCOMPARE(o.cmdline, cells.mid(5).join(QLatin1Char(' ')));
    QCOMPARE(o.cmdline, sleepy + QStringLiteral(" 4242"));
    // And the pane says so.
    const QString who = process->whoLabel()->text();
    QVERIFY2(who.contains(o.cmdline.toHtmlEscaped()), qPrintable(who));
    QVERIFY2(who.contains(QStringLiteral("%1 (").arg(::getpid())), qPrintable(who));
    // ps's figure from the same formula, for a process that used CPU.
    QCOMPARE(ProcessOverview::psCpuPermille(150, 100 * 100, 100 + 10, 100), 150); // 1.5 s of CPU in 10 s: 15.0 %
    // A number still picks by PID.
    process->pickProcess(QString::number(first.processId()));
    QCOMPARE(process->process(), int(first.processId()));
    first.kill();
    second.kill();
    first.waitForFinished();
    second.waitForFinished();
    m_window->setCurrentPane(m_procfsIndex);
}

void TestGui::addressSpaceDrawn()
{
    ProcessPane *process = pane<ProcessPane>();
    QVERIFY(process);
    m_window->setCurrentPane(int(m_window->panes().indexOf(process)));
    process->setProcess(int(::getpid()));
    process->showAddressSpace();
    AddressSpaceView *view = process->addressSpaceView();
    QTRY_VERIFY_WITH_TIMEOUT(process->spaceReads() > 0 && view->model()->rowCount() > 0, 20000);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(view->table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const AddressSpace &space = view->addressSpace();
    QCOMPARE(space.pid, int(::getpid()));
    // Our heap, stack and vDSO, and the split drawn above every user region.
    QStringList kinds;
    for (const MemoryRegion &r : space.regions)
        kinds.append(MemoryRegion::kindKey(r.kind));
    for (const char *kind : {"heap", "stack", "vdso", "text", "library-text"})
        QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
    QVERIFY(space.split.userEnd == (quint64(1) << 47) - 1 || space.split.userEnd == (quint64(1) << 56) - 1);
    AddressSpaceDrawing *drawing = view->drawing();
    QVERIFY(drawing->bandCount() > view->model()->rowCount());
    QVERIFY(drawing->splitY() > 0);
    for (int i = 0; i < space.regions.size(); ++i) {
        if (space.regions[i].start < space.split.userEnd)
            QVERIFY(drawing->regionRect(i).top() > drawing->splitY());
    }
    QVERIFY(view->summary().contains(QLatin1String("la57")));
    // The filter narrows the table; the Explain card is the address space's.
    view->setFilterText(QStringLiteral("[stack]"));
    QCOMPARE(view->table()->model()->rowCount(), 1);
    view->setFilterText(QString());
    QCOMPARE(process->explainTarget().topic, QStringLiteral("address-space"));
    QCOMPARE(process->explainTarget().snippet, QStringLiteral("address-space"));
    // Another process's, and a kernel thread's: a sentence instead.
    process->setProcess(2);
    QTRY_VERIFY_WITH_TIMEOUT(view->message().contains(QLatin1String("kernel thread")), 20000);
    QCOMPARE(view->model()->rowCount(), 0);
    m_window->setCurrentPane(m_procfsIndex);
}

void TestGui::costOfACallMeasured()
{
    SyscallsPane *syscalls = pane<SyscallsPane>();
    QVERIFY(syscalls);
    m_window->setCurrentPane(int(m_window->panes().indexOf(syscalls)));
    syscalls->showCost();
    // Nothing is counted while the costs are on screen.
    QTRY_VERIFY_WITH_TIMEOUT(!syscalls->isCounting(), 5000);
    SyscallCostView *cost = syscalls->costView();
    QTRY_VERIFY_WITH_TIMEOUT(cost->hasResult() && !cost->isMeasuring(), 60000);
    QCOMPARE(cost->result().figures.size(), 4);
    QCOMPARE(cost->table()->topLevelItemCount(), 4);
    for (const CostFigure &f : cost->result().figures)
        QVERIFY(f.median > 0 && f.p10 <= f.median && f.median <= f.p90);
    QCOMPARE(syscalls->explainTarget().topic, QStringLiteral("syscall-cost"));
    QCOMPARE(syscalls->explainTarget().snippet, QStringLiteral("syscall-cost"));
    m_window->setCurrentPane(m_procfsIndex);
}

void TestGui::whyPaneChecksAndIsReachedFromPanes()
{
    WhyPane *why = nullptr;
    for (Pane *p : m_window->panes())
        why = why ? why : qobject_cast<WhyPane *>(p);
    QVERIFY(why);
    // As the procfs pane's action does it.
    Q_EMIT m_pane->whyRequested(QStringLiteral("/dev/null"));
    QCOMPARE(m_window->currentPane(), why);
    QTRY_VERIFY_WITH_TIMEOUT(!why->isChecking() && why->diagnosis().subject == QLatin1String("/dev/null"), 10000);
    QVERIFY(!why->diagnosis().failed());
    why->check(QStringLiteral("netlink:NETLINK_FIREWALL"));
    QTRY_VERIFY_WITH_TIMEOUT(!why->isChecking() && why->diagnosis().kind == QLatin1String("netlink"), 10000);
    QVERIFY(why->diagnosis().failed());
    // The status bar names the first check that failed, and the message
    // goes when the pane does.
    why->check(QStringLiteral("/proc/no-such-file-here"));
    QTRY_VERIFY_WITH_TIMEOUT(!why->isChecking() && why->diagnosis().subject == QLatin1String("/proc/no-such-file-here"), 10000);
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("/proc/no-such-file-here: in the way: Exists"));
    m_window->setCurrentPane(m_procfsIndex);
    QVERIFY(m_window->statusBar()->currentMessage().isEmpty());
}

void TestGui::explainFollowsTheSelection()
{
    ExplainPanel *explain = m_window->explainPanel();
    QVERIFY(explain);
    m_window->setCurrentPane(m_procfsIndex);
    explain->show();
    m_pane->selectPath(QStringLiteral("/proc/meminfo"));
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->fileView()->hasSnapshot() && m_pane->fileView()->path() == QLatin1String("/proc/meminfo"), 10000);
    m_pane->fileView()->tableView()->setCurrentIndex(QModelIndex()); // no field chosen (an earlier test may have)
    m_window->updateExplain();
    QCOMPARE(explain->target().topic, QStringLiteral("proc-meminfo"));
    QVERIFY(explain->cardText().contains(QLatin1String("MemAvailable")));
    QCOMPARE(explain->target().snippet, QStringLiteral("read-file"));
    QVERIFY(explain->code().contains(QLatin1String("\"/proc/meminfo\"")));
    // A field of the table: the snippet reads that field.
    QTableView *table = m_pane->fileView()->tableView();
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data().toString() == QLatin1String("MemTotal"))
            table->setCurrentIndex(table->model()->index(r, 1));
    }
    m_window->updateExplain();
    QCOMPARE(explain->target().snippet, QStringLiteral("proc-field"));
    QVERIFY(explain->code().contains(QLatin1String("\"MemTotal\"")));
    // The environment: the program that splits it on NUL, as its card says.
    m_pane->selectPath(QStringLiteral("/proc/self/environ"));
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->fileView()->hasSnapshot() && m_pane->fileView()->path() == QLatin1String("/proc/self/environ"), 10000);
    m_window->updateExplain();
    QCOMPARE(explain->target().topic, QStringLiteral("proc-pid-environ"));
    QVERIFY(explain->cardText().contains(QLatin1String("split on `\\0`")));
    QCOMPARE(explain->target().snippet, QStringLiteral("proc-environ"));
    QVERIFY(explain->code().contains(QLatin1String("\"/proc/self/environ\"")));
    QVERIFY(explain->code().contains(QLatin1String("strlen(data + at) + 1")));
    // A system call that only answers is called; the card is the channel's.
    for (int i = 0; i < m_window->panes().size(); ++i) {
        auto *syscalls = qobject_cast<SyscallsPane *>(m_window->panes()[i]);
        if (!syscalls)
            continue;
        m_window->setCurrentPane(i);
        QTRY_VERIFY_WITH_TIMEOUT(syscalls->model()->rowCount() > 0, 20000);
        QTableView *calls = syscalls->findChild<QTableView *>();
        for (int r = 0; r < calls->model()->rowCount(); ++r) {
            if (calls->model()->index(r, SyscallTableModel::NameColumn).data().toString() == QLatin1String("getppid"))
                calls->setCurrentIndex(calls->model()->index(r, SyscallTableModel::NameColumn));
        }
        m_window->updateExplain();
        QCOMPARE(explain->target().topic, QStringLiteral("channel-syscalls"));
        QCOMPARE(explain->target().snippet, QStringLiteral("syscall-call"));
        QVERIFY(explain->code().contains(QLatin1String("SYS_getppid")));
    }
    explain->hide();
    m_window->setCurrentPane(m_procfsIndex);
}

void TestGui::sandboxNoticesAbovePanes()
{
    // As inside Flatpak: each pane whose view the sandbox narrows says so
    // above it, and the status bar names the sandbox.
    qputenv("KC_FLATPAK_INFO", QByteArray(KC_FIXTURES "/flatpak/flatpak-info"));
    const RuntimeInfo rt = RuntimeInfo::detect();
    QVERIFY(rt.flatpak);
    QCOMPARE(rt.flatpakAppId, QStringLiteral("io.github.kernelchannels.KernelChannels"));
    MainWindow sandboxed(rt);
    qunsetenv("KC_FLATPAK_INFO");
    QStringList noticed;
    for (Pane *pane : sandboxed.panes()) {
        const QLabel *banner = pane->parentWidget()->findChild<QLabel *>(QStringLiteral("sandboxNotice"), Qt::FindDirectChildrenOnly);
        if (!banner)
            continue;
        QCOMPARE(banner->text(), rt.sandboxNotice(pane->objectName()));
        QVERIFY(banner->text().startsWith(QLatin1String("Flatpak sandbox")));
        noticed.append(pane->objectName());
    }
    noticed.sort();
    QCOMPARE(noticed, (QStringList{QStringLiteral("devices"), QStringLiteral("map"), QStringLiteral("netlink"), QStringLiteral("process"),
                                   QStringLiteral("procfs"), QStringLiteral("syscalls"), QStringLiteral("sysctl"), QStringLiteral("sysfs"),
                                   QStringLiteral("trace")}));
    bool status = false;
    for (const QLabel *l : sandboxed.findChildren<QLabel *>())
        status = status || l->text().startsWith(QLatin1String("Flatpak sandbox: /proc shows"));
    QVERIFY(status);
}

// Every pane, the widest included, fits a screen 1024 pixels wide; with the
// Explain panel open, a laptop's 1366. Lines of figures give way to buttons.
void TestGui::fitsASmallScreen()
{
    ExplainPanel *explain = m_window->explainPanel();
    const bool explaining = explain->isVisible();
    explain->hide();
    m_window->layout()->activate();
    QVERIFY2(m_window->minimumSizeHint().width() <= 1024, qPrintable(QString::number(m_window->minimumSizeHint().width())));
    explain->show();
    m_window->layout()->activate();
    QVERIFY2(m_window->minimumSizeHint().width() <= 1366, qPrintable(QString::number(m_window->minimumSizeHint().width())));
    explain->setVisible(explaining);

    SummaryLabel label;
    const QString line = QStringLiteral("1,336 keys · 1,102 described · 41 not readable · 0 changed since start");
    label.setSummary(line);
    label.show();
    label.resize(label.sizeHint());
    QVERIFY2(label.text() == line, qPrintable(label.text() + QStringLiteral(" at %1 of %2").arg(label.width()).arg(label.sizeHint().width())));
    label.resize(label.minimumSizeHint());
    QVERIFY2(label.text().endsWith(QChar(0x2026)) && label.text().size() < line.size(), qPrintable(label.text()));
    QCOMPARE(label.toolTip(), line);
}

void TestGui::explainNeverWidensPastTheScreen()
{
    // A 1024x700 window on a screen no wider: F1 on /proc/meminfo (a wide
    // card and program) must not push the window past the screen's edge.
    m_window->resize(1024, 700);
    QTRY_COMPARE(m_window->width(), 1024);
    m_pane->selectPath(QStringLiteral("/proc/meminfo"));
    QTRY_VERIFY(m_pane->fileView()->hasSnapshot() && m_pane->fileView()->path() == QLatin1String("/proc/meminfo"));
    const int room = qMax(1024, m_window->screen()->availableGeometry().width());
    ExplainPanel *explain = m_window->explainPanel();
    explain->show();
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    // Its card and program again, as the selection moves: the window is
    // not widened later either.
    m_window->updateExplain();
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    QVERIFY(explain->isVisible());
    QVERIFY2(m_window->width() <= room, qPrintable(QStringLiteral("%1 pixels wide on a screen of %2, the panel %3")
                                                                .arg(m_window->width()).arg(room)
                                                                .arg(explain->isFloating() ? QStringLiteral("floating") : QStringLiteral("docked"))));
    // Where it floats, it lies over the window, not beside it.
    if (explain->isFloating())
        QVERIFY(m_window->frameGeometry().contains(explain->geometry().center()));
    explain->hide();
}

void TestGui::mapCardsWholeAt1024()
{
    // In a 1024x700 window each card's title is whole on its one line
    // (System calls, Device nodes), and its line of code is broken only
    // where a line may break (socket(AF_NETLINK, SOCK_RAW, ...)).
    m_window->resize(1024, 700);
    m_window->setCurrentPane(m_window->paneNamed(QStringLiteral("map")));
    QTRY_COMPARE(m_window->width(), 1024);
    auto *view = pane<MapPane>()->findChild<ChannelMapView *>();
    QVERIFY(view);
    QTRY_VERIFY(view->channels().size() >= 6);
    for (int i = 0; i < view->channels().size(); ++i) {
        const MapChannel &ch = view->channels().at(i);
        const ChannelMapView::CardFonts fonts = view->cardFonts(i);
        QCOMPARE(fonts.shownTitle, ch.name);
        QVERIFY2(!fonts.codeBrokenInWords, qPrintable(ch.how));
        QVERIFY2(fonts.code.pointSizeF() > 0, qPrintable(ch.name));
    }
    m_window->setCurrentPane(m_procfsIndex);
}

void TestGui::themes()
{
    m_window->setTheme(Theme::Dark);
    QVERIFY(Theme::isDark());
    m_window->setTheme(Theme::Light);
    QVERIFY(!Theme::isDark());
}

void TestGui::screenshots()
{
    const QString dir = QDir(QStringLiteral(KC_BUILD_DIR)).filePath(QStringLiteral("screenshots"));
    int written = -2;
    Screenshotter::run(m_window, dir, [&written](int n, const QString &) { written = n; });
    QTRY_VERIFY_WITH_TIMEOUT(written != -2, 60000);
    int scenes = 0;
    for (Pane *p : m_window->panes()) {
        if (auto *s = dynamic_cast<ScreenshotScenes *>(p))
            scenes += int(s->screenshotScenes().size());
    }
    QCOMPARE(written, 2 * scenes);
    for (const QString &name : {QStringLiteral("procfs.png"), QStringLiteral("procfs-dark.png"), QStringLiteral("procfs-maps.png"),
                                QStringLiteral("devices.png"), QStringLiteral("devices-dark.png"), QStringLiteral("sysfs.png"),
                                QStringLiteral("netlink.png"), QStringLiteral("netlink-sockets.png"), QStringLiteral("netlink-families.png"),
                                QStringLiteral("map.png"), QStringLiteral("process.png"), QStringLiteral("process-maps.png"), QStringLiteral("syscalls-cost.png"), QStringLiteral("why.png"), QStringLiteral("trace.png"), QStringLiteral("explain.png"),
                                QStringLiteral("explain-dark.png")}) {
        const QImage img(QDir(dir).filePath(name));
        QVERIFY2(!img.isNull(), qPrintable(name));
        QVERIFY(img.width() >= 1000);
        // Not a blank window: many distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < img.height(); y += 7) {
            for (int x = 0; x < img.width(); x += 7)
                colours.insert(img.pixel(x, y));
        }
        QVERIFY(colours.size() > 20);
    }
}

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
