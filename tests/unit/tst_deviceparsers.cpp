// SPDX-License-Identifier: GPL-2.0-or-later
// uevent files and messages captured from this kernel, udev records, and
// garbage, on the device parsers.
#include "devices/deviceparsers.h"

#include <QFile>
#include <QTest>

#include "../fixtures.h"

using namespace kc;

namespace {

QByteArray fixture(const QString &name)
{
    return readFixture(name);
}

QByteArray garbage()
{
    return noiseBytes(0x9e3779b9, 2000);
}

} // namespace

class TestDeviceParsers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ueventFiles_data();
    void ueventFiles();
    void ueventMessages_data();
    void ueventMessages();
    void ueventMessageRejectsUdevAndGarbage();
    void ueventFileGarbage();
    void udevDbRejectsGarbage();
    void udevDbRecord();
};

void TestDeviceParsers::ueventFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("mem null") << "uevent/sysfs_mem_null" << 4 << "DEVNAME" << "null";
    QTest::newRow("mem null major") << "uevent/sysfs_mem_null" << 4 << "MAJOR" << "1";
    QTest::newRow("block vda") << "uevent/sysfs_block_vda" << 5 << "DEVTYPE" << "disk";
    QTest::newRow("net lo") << "uevent/sysfs_net_lo" << 2 << "INTERFACE" << "lo";
}

void TestDeviceParsers::ueventFiles()
{
    QFETCH(QString, file);
    QFETCH(int, count);
    QFETCH(QString, key);
    QFETCH(QString, value);
    const UeventParse p = parsers::ueventFile(fixture(file));
    QVERIFY(p.ok());
    QCOMPARE(p.properties.size(), count);
    QCOMPARE(p.value(key), value);
    QCOMPARE(p.skipped, 0);
    // Cut mid-line: still no crash, fewer or equal properties.
    const QByteArray full = fixture(file);
    const UeventParse cut = parsers::ueventFile(full.left(full.size() / 2));
    QVERIFY(cut.properties.size() <= count);
}

void TestDeviceParsers::ueventMessages_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("devpath");
    QTest::addColumn<QString>("subsystem");
    QTest::addColumn<QString>("interface");
    QTest::newRow("veth add") << "uevent/msg_add_kcv0" << "add" << "/devices/virtual/net/kcv0" << "net" << "kcv0";
    QTest::newRow("veth remove") << "uevent/msg_remove_kcv0" << "remove" << "/devices/virtual/net/kcv0" << "net" << "kcv0";
    QTest::newRow("queue add") << "uevent/msg_add_rx-0" << "add" << "/devices/virtual/net/kcv1/queues/rx-0" << "queues" << "";
}

void TestDeviceParsers::ueventMessages()
{
    QFETCH(QString, file);
    QFETCH(QString, action);
    QFETCH(QString, devpath);
    QFETCH(QString, subsystem);
    QFETCH(QString, interface);
    const UeventParse p = parsers::ueventMessage(fixture(file));
    QVERIFY2(p.ok(), qPrintable(p.error));
    QCOMPARE(p.value(QStringLiteral("ACTION")), action);
    QCOMPARE(p.value(QStringLiteral("DEVPATH")), devpath);
    QCOMPARE(p.value(QStringLiteral("SUBSYSTEM")), subsystem);
    QCOMPARE(p.value(QStringLiteral("INTERFACE")), interface);
    QVERIFY(p.value(QStringLiteral("SEQNUM")).toULongLong() > 0);
}

void TestDeviceParsers::ueventMessageRejectsUdevAndGarbage()
{
    QVERIFY(!parsers::ueventMessage(garbage()).ok());
    QVERIFY(!parsers::ueventMessage(QByteArray()).ok());
    QByteArray udev("libudev\0\xfe\xed\xca\xfe", 12);
    const UeventParse u = parsers::ueventMessage(udev);
    QVERIFY(!u.ok());
    QVERIFY(u.error.contains(QStringLiteral("udev")));
    // A truncated kernel message keeps what arrived whole.
    const QByteArray full = fixture(QStringLiteral("uevent/msg_add_kcv0"));
    const UeventParse cut = parsers::ueventMessage(full.left(60));
    QVERIFY(cut.ok());
    QCOMPARE(cut.value(QStringLiteral("ACTION")), QStringLiteral("add"));
}

void TestDeviceParsers::ueventFileGarbage()
{
    const UeventParse p = parsers::ueventFile(garbage());
    QVERIFY(!p.ok());
    QVERIFY(!p.error.isEmpty());
}

void TestDeviceParsers::udevDbRejectsGarbage()
{
    const UdevRecord r = parsers::udevDb(garbage());
    QVERIFY(!r.ok());
    QVERIFY(r.properties.isEmpty());
    QVERIFY(!parsers::udevDb(fixture(QStringLiteral("uevent/sysfs_mem_null"))).ok());
}

void TestDeviceParsers::udevDbRecord()
{
    // Written by systemd-udevd for a veth device, run in a user and network
    // namespace of its own with private /run and /dev (no host device
    // touched); captured from that run.
    const UdevRecord r = parsers::udevDb(fixture(QStringLiteral("udev/data_n3_veth")));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.skipped, 0);
    QVERIFY(r.links.isEmpty());
    QCOMPARE(r.properties.size(), 4);
    QCOMPARE(r.properties.at(0), qMakePair(QStringLiteral("ID_NET_DRIVER"), QStringLiteral("veth")));
    QCOMPARE(r.properties.at(2).second, QStringLiteral("kcv0"));
    QCOMPARE(r.tags, QStringList{QStringLiteral("systemd")});
    QCOMPARE(r.initializedUsec, QStringLiteral("5178413979"));
    // Cut short: what arrived whole is kept.
    const QByteArray full = fixture(QStringLiteral("udev/data_n3_veth"));
    const UdevRecord cut = parsers::udevDb(full.left(40));
    QVERIFY(cut.ok());
    QCOMPARE(cut.properties.size(), 1);
}

QTEST_GUILESS_MAIN(TestDeviceParsers)
#include "tst_deviceparsers.moc"
