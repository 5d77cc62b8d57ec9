// SPDX-License-Identifier: GPL-2.0-or-later
// The main window, offscreen, driven by the keyboard as a user would: each
// pane keeps its own filter and says how much it shows, Down goes to the
// first match, every pane has a shortcut, the sidebar shows its focus and
// Tab leaves it for the pane, a device's holder opens with Enter.
#include "crosschannel/runtimeinfo.h"
#include "devicespane.h"
#include "devices/devicescontroller.h"
#include "filterbar.h"
#include "fileview.h"
#include "mainwindow.h"
#include "mappane.h"
#include "models/devicetablemodel.h"
#include "models/netlinkeventmodel.h"
#include "models/parsedtablemodel.h"
#include "models/proctreemodel.h"
#include "models/roles.h"
#include "models/sysctlmodel.h"
#include "netlinklivewidget.h"
#include "netlinkpane.h"
#include "pane.h"
#include "processpane.h"
#include "procfspane.h"
#include "sidebar.h"
#include "sysctlpane.h"
#include "sysctleditdialog.h"
#include "sysctl/sysctlcontroller.h"
#include "crosschannel/runtimeinfo.h"

#include <QAction>
#include <QProcess>
#include "guidedialog.h"
#include <QPushButton>
#include "source/datasource.h"
#include <QClipboard>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QApplication>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <fcntl.h>
#include <functional>
#include <unistd.h>

using namespace kc;

class TestGuiTrust : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void filterBelongsToItsPane();
    void procfsFilterSaysWhatItSearched();
    void downSelectsTheFirstMatch();
    void mapHasNothingToFilter();
    void everyPaneHasAShortcut();
    void sidebarShowsFocusAndTabEntersPane();
    void holderOpensWithEnter();
    void sysctlSaysDefaultAndPersistence();
    void sysctlF2EditsValueAndChecksAsTyped();
    void sysctlEnterDoesNotWrite();
    void mapSaysWhereToBegin();
    void gettingStarted();
    void helpAndVersionWithoutDisplay();

private:
    template<typename P>
    int indexOf() const
    {
        for (int i = 0; i < m_window->panes().size(); ++i) {
            if (qobject_cast<P *>(m_window->panes().at(i)))
                return i;
        }
        return -1;
    }
    template<typename P>
    P *show()
    {
        const int i = indexOf<P>();
        m_window->setCurrentPane(i);
        return qobject_cast<P *>(m_window->panes().value(i));
    }
    QLineEdit *filterBox() const { return m_window->filterBar()->lineEdit(); }

    MainWindow *m_window = nullptr;
};

void TestGuiTrust::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestGuiTrust::init()
{
    QSettings().clear();
    m_window = new MainWindow(RuntimeInfo::detect());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestGuiTrust::cleanup()
{
    delete std::exchange(m_window, nullptr);
}

void TestGuiTrust::filterBelongsToItsPane()
{
    // A file with a parsed table, open before any filter is typed.
    auto *procfs = show<ProcfsPane>();
    procfs->selectPath(QStringLiteral("/proc/meminfo"));
    QTRY_VERIFY_WITH_TIMEOUT(procfs->fileView()->hasSnapshot() && procfs->fileView()->path() == QLatin1String("/proc/meminfo"), 30000);
    const int meminfoRows = procfs->fileView()->tableModel()->rowCount();
    QVERIFY(meminfoRows > 10);

    auto *devices = show<DevicesPane>();
    QTRY_VERIFY_WITH_TIMEOUT(devices->model()->rowOf(QStringLiteral("/dev/null")) >= 0, 30000);
    filterBox()->setFocus();
    QTest::keyClicks(filterBox(), QStringLiteral("null"));
    // What the count says, counted here from the model.
    const DeviceTableModel *model = devices->model();
    int matching = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        bool match = false;
        for (int c = 0; c < model->columnCount() && !match; ++c)
            match = model->index(r, c).data().toString().contains(QLatin1String("null"), Qt::CaseInsensitive);
        matching += match ? 1 : 0;
    }
    QVERIFY(matching >= 1);
    QCOMPARE(devices->table()->model()->rowCount(), matching);
    QCOMPARE(m_window->filterBar()->countText(),
             QStringLiteral("%1 of %2 device nodes shown").arg(matching).arg(model->rowCount()));

    // Netlink was not filtered by what was typed in Devices.
    auto *netlink = show<NetlinkPane>();
    QCOMPARE(filterBox()->text(), QString());
    QVERIFY(m_window->filterBar()->countText().isEmpty());
    auto *live = netlink->findChild<NetlinkLiveWidget *>();
    QVERIFY(live);
    QVERIFY(live->model()->filter().isEmpty());

    // Nor the open file's table in procfs.
    show<ProcfsPane>();
    QCOMPARE(filterBox()->text(), QString());
    QCOMPARE(procfs->fileView()->tableView()->model()->rowCount(), meminfoRows);

    // Back in Devices, its filter is still there and still applied.
    show<DevicesPane>();
    QCOMPARE(filterBox()->text(), QStringLiteral("null"));
    QCOMPARE(devices->table()->model()->rowCount(), matching);
    QVERIFY(!m_window->filterBar()->countText().isEmpty());
}

void TestGuiTrust::procfsFilterSaysWhatItSearched()
{
    auto *procfs = show<ProcfsPane>();
    QTRY_VERIFY_WITH_TIMEOUT(procfs->model()->isListed({}), 30000);
    // /proc is listed as folders open: the box and the count say so.
    QVERIFY2(filterBox()->placeholderText().contains(QLatin1String("listed so far")), qPrintable(filterBox()->placeholderText()));
    filterBox()->setFocus();
    QTest::keyClicks(filterBox(), QStringLiteral("meminfo"));
    const QString count = m_window->filterBar()->countText();
    QVERIFY2(count.contains(QLatin1String("not opened yet are not searched")), qPrintable(count));
    // Shown: the rows of the tree, the folders above a match included.
    const QAbstractItemModel *tree = procfs->tree()->model();
    std::function<int(const QModelIndex &)> rows = [&](const QModelIndex &parent) {
        int n = tree->rowCount(parent);
        for (int r = 0; r < tree->rowCount(parent); ++r)
            n += rows(tree->index(r, 0, parent));
        return n;
    };
    QVERIFY(rows({}) >= 1);
    QVERIFY2(count.startsWith(QStringLiteral("%1 of ").arg(rows({}))), qPrintable(count));

    // A filter that hides the open file's rows says so above the table.
    procfs->selectPath(QStringLiteral("/proc/meminfo"));
    QTRY_VERIFY_WITH_TIMEOUT(procfs->fileView()->hasSnapshot() && procfs->fileView()->path() == QLatin1String("/proc/meminfo"), 30000);
    auto *note = procfs->fileView()->findChild<QLabel *>(QStringLiteral("fileFilterNote"));
    QVERIFY(note);
    QTRY_VERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("of %1 rows shown").arg(procfs->fileView()->tableModel()->rowCount())), qPrintable(note->text()));
    QVERIFY2(m_window->filterBar()->countText().contains(QLatin1String("rows of /proc/meminfo shown")),
             qPrintable(m_window->filterBar()->countText()));
}

void TestGuiTrust::downSelectsTheFirstMatch()
{
    auto *sysctl = show<SysctlPane>();
    QTRY_VERIFY_WITH_TIMEOUT(sysctl->model()->rowCount() > 0, 30000);
    auto *view = sysctl->findChild<QTreeView *>();
    QVERIFY(view);
    filterBox()->setFocus();
    QTest::keyClicks(filterBox(), QStringLiteral("ostype"));
    QTest::keyClick(filterBox(), Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), view);
    // The first key from the top, not a group and not the last match.
    view->expandAll();
    QModelIndex first;
    for (QModelIndex i = view->model()->index(0, 0); i.isValid() && !first.isValid(); i = view->indexBelow(i)) {
        if (!i.data(SysctlKeyRole).toString().isEmpty())
            first = i;
    }
    QVERIFY(first.isValid());
    const QModelIndex current = view->currentIndex().siblingAtColumn(0);
    QCOMPARE(current, first);
    // What it shows is what the kernel holds.
    const QString key = current.data(SysctlKeyRole).toString();
    QFile file(QStringLiteral("/proc/sys/") + QString(key).replace(QLatin1Char('.'), QLatin1Char('/')));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(current.siblingAtColumn(SysctlModel::ValueColumn).data().toString(), QString::fromUtf8(file.readAll()).trimmed());
    QVERIFY(m_window->filterBar()->countText().endsWith(QLatin1String("keys shown")));
}

void TestGuiTrust::mapHasNothingToFilter()
{
    show<MapPane>();
    QVERIFY(!filterBox()->isEnabled());
    QCOMPARE(filterBox()->placeholderText(), QStringLiteral("Nothing to filter in this pane"));
    show<ProcfsPane>();
    QVERIFY(filterBox()->isEnabled());
}

void TestGuiTrust::everyPaneHasAShortcut()
{
    QSet<QKeySequence> seen;
    const QList<Pane *> panes = m_window->panes();
    for (int i = 0; i < panes.size(); ++i) {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("show-") + panes[i]->objectName());
        QVERIFY2(action, qPrintable(panes[i]->objectName()));
        const QKeySequence key = action->shortcut();
        QVERIFY2(!key.isEmpty(), qPrintable(panes[i]->objectName()));
        QVERIFY2(!seen.contains(key), qPrintable(key.toString()));
        seen.insert(key);
        // The sidebar names it.
        QVERIFY(m_window->sidebar()->item(i)->toolTip().contains(key.toString(QKeySequence::NativeText)));
        m_window->setCurrentPane(i == 0 ? 1 : 0);
        QTest::keySequence(m_window, key);
        QCOMPARE(m_window->currentPane(), panes[i]);
    }
}

void TestGuiTrust::sidebarShowsFocusAndTabEntersPane()
{
    Sidebar *sidebar = m_window->sidebar();
    show<DevicesPane>();
    filterBox()->setFocus();
    QTRY_VERIFY(filterBox()->hasFocus());
    const QImage unfocused = sidebar->grab().toImage();
    sidebar->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(sidebar->hasFocus());
    const QImage focused = sidebar->grab().toImage();
    QVERIFY(unfocused.size() == focused.size());
    // The current channel's row looks different with the focus.
    const QRect row = sidebar->visualItemRect(sidebar->currentItem()).translated(sidebar->viewport()->pos());
    bool differs = false;
    for (int y = row.top(); y <= row.bottom() && !differs; ++y) {
        for (int x = row.left(); x <= row.right() && !differs; ++x)
            differs = unfocused.pixel(x, y) != focused.pixel(x, y);
    }
    QVERIFY(differs);

    QTest::keyClick(sidebar, Qt::Key_Tab);
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QVERIFY2(m_window->currentPane()->isAncestorOf(focus), focus->metaObject()->className());
}

void TestGuiTrust::holderOpensWithEnter()
{
    // We hold /dev/null open ourselves: we are among its holders.
    const int fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    QVERIFY(fd >= 0);
    auto *devices = show<DevicesPane>();
    devices->selectNode(QStringLiteral("/dev/null"));
    QTRY_VERIFY_WITH_TIMEOUT(devices->followedPath() == QLatin1String("/dev/null"), 30000);
    QTreeWidgetItem *ours = nullptr;
    QTreeWidget *follow = devices->followView();
    for (int i = 0; i < follow->topLevelItemCount() && !ours; ++i) {
        for (int k = 0; k < follow->topLevelItem(i)->childCount() && !ours; ++k) {
            QTreeWidgetItem *child = follow->topLevelItem(i)->child(k);
            if (child->data(0, PidRole).toInt() == int(::getpid()))
                ours = child;
        }
    }
    ::close(fd);
    QVERIFY(ours);
    follow->setFocus();
    follow->setCurrentItem(ours);
    QTest::keyClick(follow, Qt::Key_Return);
    auto *process = qobject_cast<ProcessPane *>(m_window->currentPane());
    QVERIFY(process);
    QCOMPARE(process->process(), int(::getpid()));
}

void TestGuiTrust::sysctlSaysDefaultAndPersistence()
{
    auto *sysctl = show<SysctlPane>();
    QTRY_VERIFY_WITH_TIMEOUT(sysctl->model()->rowCount() > 0 && sysctl->controller()->hasBootSettings(), 30000);
    const QString key = QStringLiteral("net.ipv4.ip_default_ttl");
    QVERIFY(sysctl->selectKey(key));
    QFile file(QStringLiteral("/proc/sys/net/ipv4/ip_default_ttl"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString value = QString::fromUtf8(file.readAll()).trimmed();
    auto *details = sysctl->findChild<QTextBrowser *>();
    QVERIFY(details);
    const QString text = details->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("At start: %1").arg(value)), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("At boot:")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("lasts until the next reboot")), qPrintable(text));
    const QString line = QStringLiteral("%1 = %2").arg(key, value);
    QVERIFY2(text.contains(line), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("/etc/sysctl.d/99-")), qPrintable(text));
    // The link copies the line; nothing is written.
    Q_EMIT details->anchorClicked(QUrl(QStringLiteral("copy:persist")));
    QCOMPARE(QGuiApplication::clipboard()->text(), line);
    QVERIFY(!QFile::exists(QStringLiteral("/etc/sysctl.d/99-kernel-channels.conf")));
}

void TestGuiTrust::sysctlF2EditsValueAndChecksAsTyped()
{
    auto *sysctl = show<SysctlPane>();
    QTRY_VERIFY_WITH_TIMEOUT(sysctl->model()->rowCount() > 0, 30000);
    auto *view = sysctl->findChild<QTreeView *>();
    QVERIFY(sysctl->selectKey(QStringLiteral("net.ipv4.ip_default_ttl")));
    // From the name's cell, F2 edits the value's.
    view->setCurrentIndex(view->currentIndex().siblingAtColumn(SysctlModel::NameColumn));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = view->findChild<QLineEdit *>(QStringLiteral("sysctlValueEditor"));
    QVERIFY(editor);
    QCOMPARE(view->currentIndex().column(), int(SysctlModel::ValueColumn));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("abc"));
    QVERIFY(editor->property("refused").toBool());
    QVERIFY(!editor->property("problem").toString().isEmpty());
    QCOMPARE(editor->toolTip(), editor->property("problem").toString());
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("64"));
    QVERIFY(editor->property("problem").toString().isEmpty());
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("300"));
    QVERIFY(!editor->property("refused").toBool()); // a range is advice
    QVERIFY(!editor->property("problem").toString().isEmpty());
    QTest::keyClick(editor, Qt::Key_Escape);
}

void TestGuiTrust::sysctlEnterDoesNotWrite()
{
    // A key that does not exist: a write, if one happened, changes nothing
    // and still answers (ENOENT), so it cannot go unseen.
    SysctlController controller(DataSource::local());
    SysctlEntry entry;
    entry.key = QStringLiteral("kernelchannels.test.no_such_key");
    entry.value = "1";
    entry.mode = 0644;
    SysctlEditDialog dialog(&controller, RuntimeInfo::detect(), entry);
    QSignalSpy written(&controller, &SysctlController::written);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *value = dialog.findChild<QLineEdit *>();
    QVERIFY(value);
    value->setFocus();
    value->selectAll();
    QTest::keyClicks(value, QStringLiteral("2"));
    QTest::keyClick(value, Qt::Key_Return);
    // A write starts at once on the click (isWriting()); none started.
    QVERIFY(dialog.isVisible());
    QCOMPARE(written.count(), 0);
    QVERIFY(!controller.isWriting());
    // Pressing Write itself does write (here: tries, and the kernel says no).
    auto *write = dialog.findChild<QPushButton *>(QStringLiteral("write"));
    QVERIFY(write);
    if (!SysctlController::writesDirectly())
        QSKIP("not root: Write would ask pkexec");
    QTest::mouseClick(write, Qt::LeftButton);
    QTRY_COMPARE(written.count(), 1);
    QCOMPARE(written.first().at(1).toBool(), false);
}

void TestGuiTrust::mapSaysWhereToBegin()
{
    m_window->resize(1200, 1000); // taller than the map needs
    auto *map = show<MapPane>();
    auto *welcome = map->findChild<QLabel *>(QStringLiteral("welcome"));
    QVERIFY(welcome);
    QVERIFY(welcome->isVisible());
    QVERIFY(welcome->text().contains(QLatin1String("To begin")));
    QVERIFY(welcome->geometry().top() <= 2);
    // The picture starts right under the line: no empty band above it.
    QWidget *view = nullptr;
    for (QWidget *w : map->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        view = w != welcome && w->isVisible() ? w : view;
    QVERIFY(view);
    QTRY_VERIFY(view->height() > 600);
    const QImage image = view->grab().toImage();
    const QRgb background = image.pixel(image.width() - 2, 2);
    int firstDrawn = -1;
    for (int y = 0; y < image.height() && firstDrawn < 0; ++y) {
        for (int x = 0; x < image.width() && firstDrawn < 0; ++x) {
            if (image.pixel(x, y) != background)
                firstDrawn = y;
        }
    }
    QVERIFY(firstDrawn >= 0);
    QVERIFY2(firstDrawn <= 3 * view->fontMetrics().height(), qPrintable(QString::number(firstDrawn)));
}

void TestGuiTrust::gettingStarted()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("gettingStarted"));
    QVERIFY(action);
    action->trigger();
    GuideDialog *guide = nullptr;
    QTRY_VERIFY((guide = m_window->findChild<GuideDialog *>()) && guide->isVisible());
    const QString text = guide->text()->toPlainText();
    QVERIFY(text.contains(QLatin1String("Ctrl+F")));
    QVERIFY(text.contains(QLatin1String("F1")));
    QVERIFY(text.size() > 600);
    guide->close();
}

void TestGuiTrust::helpAndVersionWithoutDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QLatin1String(name));
    auto run = [&env](const QString &arg, QByteArray *out) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(KC_GUI_BINARY), {arg});
        if (!p.waitForFinished(60000))
            return -1;
        *out = p.readAllStandardOutput();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    };
    QByteArray out;
    QCOMPARE(run(QStringLiteral("--help"), &out), 0);
    QVERIFY2(out.contains("--pane") && out.contains("--screenshot") && out.contains("Linux kernel"), out.constData());
    QCOMPARE(run(QStringLiteral("--version"), &out), 0);
    QCOMPARE(out.trimmed(), QByteArray("kernel-channels " KC_VERSION));
}

QTEST_MAIN(TestGuiTrust)
#include "tst_guitrust.moc"
