// SPDX-License-Identifier: GPL-2.0-or-later
#include "models/parsedtablemodel.h"
#include "models/roles.h"
#include "procfs/procparsers.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include "../fixtures.h"

using namespace kc;

class TestParsedTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testerOnFixture();
    void refreshMarksChangedCells();
    void reshapeResets();
    void humanSizes();
};

namespace {

QByteArray fixture(const char *name)
{
    return readFixture(QStringLiteral("proc/") + QLatin1String(name));
}

} // namespace

void TestParsedTableModel::testerOnFixture()
{
    ParsedTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const ParsedDoc doc = parsers::meminfo(fixture("meminfo"));
    model.setTable(doc.tables.first());
    QCOMPARE(model.rowCount(), 54);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("24683656"));
    QCOMPARE(model.index(0, 1).data(UnitRole).toString(), QStringLiteral("kB"));
    QVERIFY(model.index(0, 1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("GiB")));
    QVERIFY(!model.headerData(1, Qt::Horizontal).toString().isEmpty());
    model.setTable(parsers::interrupts(fixture("interrupts")).tables.first());
    QVERIFY(model.rowCount() > 10);
    QVERIFY(!model.headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestParsedTableModel::refreshMarksChangedCells()
{
    ParsedTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QByteArray before = fixture("meminfo");
    model.setTable(parsers::meminfo(before).tables.first());
    QCOMPARE(model.index(1, 1).data(ChangedAtRole).toLongLong(), 0);

    QByteArray after = before;
    after.replace("MemFree:        23556404 kB", "MemFree:        23556000 kB");
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setTable(parsers::meminfo(after).tables.first());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("23556000"));
    QVERIFY(model.index(1, 1).data(ChangedAtRole).toLongLong() > 0);
    QCOMPARE(model.index(0, 1).data(ChangedAtRole).toLongLong(), 0);
}

void TestParsedTableModel::reshapeResets()
{
    ParsedTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable(parsers::meminfo(fixture("meminfo")).tables.first());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setTable(parsers::pidStatus(fixture("pid_status")).tables.first());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 59);
}

void TestParsedTableModel::humanSizes()
{
    QCOMPARE(ParsedTableModel::humanSize(QStringLiteral("2048"), QStringLiteral("kB")), QStringLiteral("2.0 MiB"));
    QCOMPARE(ParsedTableModel::humanSize(QStringLiteral("100"), QStringLiteral("B")), QString());
    QCOMPARE(ParsedTableModel::humanSize(QStringLiteral("abc"), QStringLiteral("kB")), QString());
    QCOMPARE(ParsedTableModel::humanSize(QStringLiteral("5"), QStringLiteral("pages")), QString());
}

QTEST_GUILESS_MAIN(TestParsedTableModel)
#include "tst_parsedtablemodel.moc"
