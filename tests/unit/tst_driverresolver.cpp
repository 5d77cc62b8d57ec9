// SPDX-License-Identifier: GPL-2.0-or-later
// Which registration under a major serves a minor, on /proc/devices and
// /proc/tty/drivers captured from this kernel: major 5 is /dev/tty,
// /dev/console and /dev/ptmx, major 4 /dev/vc/0, tty and ttyS; also with
// /proc/tty/drivers missing, cut short and garbled.
#include "devices/driverresolver.h"

#include <QTest>

#include "../fixtures.h"

using namespace kc;

Q_DECLARE_METATYPE(DeviceDriver::Basis)

class TestDriverResolver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pick_data();
    void pick();
    void ttyDriversParse();
    void garbage();
    void labels();
};

namespace {

DriverTables captured(bool withTtyDrivers = true)
{
    return DriverTables::parse(readFixture(QStringLiteral("proc/devices")),
                               withTtyDrivers ? readFixture(QStringLiteral("proc/tty_drivers")) : QByteArray());
}

} // namespace

void TestDriverResolver::pick_data()
{
    QTest::addColumn<bool>("ttyDrivers");
    QTest::addColumn<bool>("block");
    QTest::addColumn<uint>("major");
    QTest::addColumn<uint>("minor");
    QTest::addColumn<QString>("sysfsName");
    QTest::addColumn<QString>("name");
    QTest::addColumn<DeviceDriver::Basis>("basis");
    QTest::addColumn<QString>("minorName");
    using B = DeviceDriver::Basis;
    QTest::newRow("null") << true << false << 1u << 3u << "null" << "mem" << B::OnlyOne << "null";
    QTest::newRow("null, no sysfs") << true << false << 1u << 3u << "" << "mem" << B::OnlyOne << "null";
    QTest::newRow("kmsg, no sysfs") << true << false << 1u << 11u << "" << "mem" << B::OnlyOne << "kmsg";
    QTest::newRow("tty") << true << false << 5u << 0u << "tty" << "/dev/tty" << B::TtyDrivers << "tty";
    QTest::newRow("console") << true << false << 5u << 1u << "console" << "/dev/console" << B::TtyDrivers << "console";
    QTest::newRow("ptmx") << true << false << 5u << 2u << "ptmx" << "/dev/ptmx" << B::TtyDrivers << "ptmx";
    QTest::newRow("5:3 unregistered") << true << false << 5u << 3u << "" << "" << B::MinorNotRegistered << "ttyprintk";
    // tty0 starts like "tty", but minor 0 is /dev/vc/0's.
    QTest::newRow("tty0") << true << false << 4u << 0u << "tty0" << "/dev/vc/0" << B::TtyDrivers << "tty0";
    QTest::newRow("tty5") << true << false << 4u << 5u << "tty5" << "tty" << B::TtyDrivers << "tty5";
    QTest::newRow("tty63") << true << false << 4u << 63u << "tty63" << "tty" << B::TtyDrivers << "tty63";
    QTest::newRow("ttyS0") << true << false << 4u << 64u << "ttyS0" << "ttyS" << B::TtyDrivers << "ttyS0";
    // This kernel registered one serial port: 4:65 has no driver.
    QTest::newRow("ttyS1") << true << false << 4u << 65u << "" << "" << B::MinorNotRegistered << "ttyS1";
    QTest::newRow("pts") << true << false << 136u << 3u << "3" << "pts" << B::TtyDrivers << "3";
    QTest::newRow("misc fuse") << true << false << 10u << 229u << "fuse" << "misc" << B::OnlyOne << "fuse";
    QTest::newRow("vcsa1") << true << false << 7u << 129u << "vcsa1" << "vcs" << B::OnlyOne << "vcsa1";
    QTest::newRow("cpuid") << true << false << 203u << 0u << "cpu0" << "cpu/cpuid" << B::OnlyOne << "cpu0";
    // Block and character numbers are apart: block 7 is loop, char 7 vcs.
    QTest::newRow("loop0") << true << true << 7u << 0u << "loop0" << "loop" << B::OnlyOne << "loop0";
    QTest::newRow("block 1") << true << true << 1u << 3u << "" << "" << B::None << "";
    QTest::newRow("char 240") << true << false << 240u << 0u << "" << "" << B::None << "";
    QTest::newRow("char 253 vs block 253") << true << false << 253u << 0u << "" << "dimmctl" << B::OnlyOne << "";
    QTest::newRow("block 253") << true << true << 253u << 0u << "zram0" << "zram" << B::OnlyOne << "zram0";
    // Without /proc/tty/drivers: exact names first, then the kernel's fixed minors, then a prefix.
    QTest::newRow("no tty drivers: ptmx") << false << false << 5u << 2u << "ptmx" << "/dev/ptmx" << B::SysfsName << "ptmx";
    QTest::newRow("no tty drivers: console, no sysfs") << false << false << 5u << 1u << "" << "/dev/console" << B::KnownMinors << "console";
    QTest::newRow("no tty drivers: tty0") << false << false << 4u << 0u << "tty0" << "/dev/vc/0" << B::KnownMinors << "tty0";
    QTest::newRow("no tty drivers: tty5") << false << false << 4u << 5u << "tty5" << "tty" << B::KnownMinors << "tty5";
    QTest::newRow("no tty drivers: ttyS3") << false << false << 4u << 67u << "" << "ttyS" << B::KnownMinors << "ttyS3";
    QTest::newRow("no tty drivers: 5:7 unknown") << false << false << 5u << 7u << "" << "/dev/tty, /dev/console, /dev/ptmx" << B::Ambiguous << "";
}

void TestDriverResolver::pick()
{
    QFETCH(bool, ttyDrivers);
    QFETCH(bool, block);
    QFETCH(uint, major);
    QFETCH(uint, minor);
    QFETCH(QString, sysfsName);
    QFETCH(QString, name);
    QFETCH(DeviceDriver::Basis, basis);
    QFETCH(QString, minorName);
    const DeviceDriver d = DriverResolver::pick(captured(ttyDrivers), block, major, minor, sysfsName);
    QCOMPARE(d.name, name);
    QCOMPARE(d.basis, basis);
    QCOMPARE(d.minorName, minorName);
    QCOMPARE(d.registered(), !name.isEmpty() && basis != DeviceDriver::Basis::Ambiguous);
}

void TestDriverResolver::ttyDriversParse()
{
    const QList<TtyRange> r = DriverTables::parseTtyDrivers(readFixture(QStringLiteral("proc/tty_drivers")));
    QCOMPARE(r.size(), 8);
    QCOMPARE(r[2].region, QStringLiteral("/dev/ptmx"));
    QCOMPARE(r[2].major, 5u);
    QCOMPARE(r[2].first, 2u);
    QCOMPARE(r[2].last, 2u);
    QVERIFY(r[2].driver.isEmpty());
    QCOMPARE(r[4].region, QStringLiteral("ttyS"));
    QCOMPARE(r[4].driver, QStringLiteral("serial"));
    QCOMPARE(r[5].region, QStringLiteral("pts"));
    QCOMPARE(r[5].last, 1048575u);
    // The kernel prints "unknown" for a tty driver without a name.
    QCOMPARE(r[7].region, QStringLiteral("tty"));
    QCOMPARE(r[7].first, 1u);
    QCOMPARE(r[7].last, 63u);
    QVERIFY(r[7].driver.isEmpty());
}

void TestDriverResolver::garbage()
{
    const QByteArray tty = readFixture(QStringLiteral("proc/tty_drivers"));
    // Cut in the middle of a line: the whole lines before it still count.
    const QList<TtyRange> cut = DriverTables::parseTtyDrivers(tty.left(tty.indexOf("serial") + 30));
    QCOMPARE(cut.size(), 4);
    QVERIFY(DriverTables::parseTtyDrivers(noiseBytes(0x5eed, 4000)).size() <= 1);
    QVERIFY(DriverTables::parseTtyDrivers(QByteArray()).isEmpty());
    const DriverTables none = DriverTables::parse(noiseBytes(7, 3000), noiseBytes(8, 3000));
    QVERIFY(!none.error.isEmpty());
    const DeviceDriver d = DriverResolver::pick(none, false, 1, 3, QStringLiteral("null"));
    QVERIFY(!d.registered());
    QCOMPARE(d.basis, DeviceDriver::Basis::None);
}

void TestDriverResolver::labels()
{
    const DriverTables t = captured();
    QCOMPARE(DriverResolver::pick(t, false, 1, 3, QStringLiteral("null")).label(), QStringLiteral("mem (null)"));
    QCOMPARE(DriverResolver::pick(t, false, 5, 2, QStringLiteral("ptmx")).label(), QStringLiteral("/dev/ptmx"));
    QCOMPARE(DriverResolver::pick(t, false, 4, 0, QStringLiteral("tty0")).label(), QStringLiteral("/dev/vc/0 (tty0)"));
    QCOMPARE(DriverResolver::pick(t, false, 4, 64, QStringLiteral("ttyS0")).label(), QStringLiteral("ttyS"));
    QCOMPARE(DriverResolver::pick(t, false, 10, 229, QStringLiteral("fuse")).label(), QStringLiteral("misc (fuse)"));
    QCOMPARE(DriverResolver::pick(t, true, 254, 0, QStringLiteral("vda")).label(), QStringLiteral("virtblk (vda)"));
    QVERIFY(DriverResolver::pick(t, false, 240, 0, QString()).label().isEmpty());
}

QTEST_GUILESS_MAIN(TestDriverResolver)
#include "tst_driverresolver.moc"
