// SPDX-License-Identifier: GPL-2.0-or-later
#include "devices/deviceparsers.h"
#include "models/roles.h"
#include "models/ueventlogmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include "../fixtures.h"

using namespace kc;

namespace {

UeventRecord recordFrom(const char *fixture)
{
    UeventRecord r;
    r.raw = readFixture(QStringLiteral("uevent/") + QLatin1String(fixture));
    const UeventParse p = parsers::ueventMessage(r.raw);
    r.action = p.value(QStringLiteral("ACTION"));
    r.devpath = p.value(QStringLiteral("DEVPATH"));
    r.subsystem = p.value(QStringLiteral("SUBSYSTEM"));
    r.seqnum = p.value(QStringLiteral("SEQNUM")).toULongLong();
    r.msecsSinceEpoch = 1;
    return r;
}

} // namespace

class TestUeventLogModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void batchesAreOneInsertEach();
    void capDropsOldest();
    void gapRows();
};

void TestUeventLogModel::batchesAreOneInsertEach()
{
    UeventLogModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
    m.appendBatch({recordFrom("msg_add_kcv0"), recordFrom("msg_add_rx-0"), recordFrom("msg_remove_kcv0")});
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m.rowCount(), 3);
    QCOMPARE(m.index(0, UeventLogModel::ActionColumn).data().toString(), QStringLiteral("add"));
    QCOMPARE(m.index(0, UeventLogModel::DevpathColumn).data().toString(), QStringLiteral("/devices/virtual/net/kcv0"));
    QCOMPARE(m.index(2, UeventLogModel::SeqnumColumn).data().toULongLong(), 858ull);
    // Properties are decoded for the tooltip only.
    QVERIFY(m.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("INTERFACE=kcv0")));
    QCOMPARE(m.index(0, 0).data(PathRole).toString(), QStringLiteral("/sys/devices/virtual/net/kcv0"));
    QCOMPARE(m.index(0, UeventLogModel::PropertiesColumn).data().toString(), QStringLiteral("INTERFACE=kcv0 IFINDEX=3"));
}

void TestUeventLogModel::capDropsOldest()
{
    UeventLogModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setCap(2);
    m.appendBatch({recordFrom("msg_add_kcv0"), recordFrom("msg_add_rx-0")});
    m.appendBatch({recordFrom("msg_remove_kcv0")});
    QCOMPARE(m.rowCount(), 2);
    QCOMPARE(m.droppedCount(), 1ull);
    QCOMPARE(m.index(1, UeventLogModel::ActionColumn).data().toString(), QStringLiteral("remove"));
    // A batch larger than the cap keeps its newest rows.
    m.appendBatch({recordFrom("msg_add_kcv0"), recordFrom("msg_add_rx-0"), recordFrom("msg_remove_kcv0")});
    QCOMPARE(m.rowCount(), 2);
    QCOMPARE(m.droppedCount(), 1ull + 2 + 1);
    QCOMPARE(m.index(1, UeventLogModel::ActionColumn).data().toString(), QStringLiteral("remove"));
}

void TestUeventLogModel::gapRows()
{
    UeventLogModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.appendBatch({recordFrom("msg_add_kcv0")});
    m.appendGap(42);
    QVERIFY(m.isGap(1));
    QVERIFY(m.index(1, UeventLogModel::DevpathColumn).data().toString().contains(QStringLiteral("42")));
    m.clear();
    QCOMPARE(m.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestUeventLogModel)
#include "tst_ueventlogmodel.moc"
