// SPDX-License-Identifier: GPL-2.0-or-later
// The sysctl core: key names, resolution that cannot leave the root, value
// advice, our descriptions, snapshots, the model, and the root helper's
// refusals. Runs against a sysctl-like tree made in a temporary directory.
#include "models/roles.h"
#include "models/sysctlmodel.h"
#include "sysctl/sysctl.h"
#include "sysctl/sysctldocs.h"
#include "sysctl/sysctlsnapshot.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestSysctl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void keyForPath_data();
    void keyForPath();
    void resolveRefuses_data();
    void resolveRefuses();
    void resolveFindsDottedInterface();
    void readAllNamesAndSkips();
    void advice_data();
    void advice();
    void writeAndReadBack();
    void commandLine();
    void docs();
    void readableValues_data();
    void readableValues();
    void snapshotRoundTripAndDiff();
    void modelTreeAndFlat();
    void helperRefuses_data();
    void helperRefuses();

private:
    void put(const QString &relative, const QByteArray &content, QFile::Permissions perms);
    QTemporaryDir m_dir;
    QString m_root;
};

void TestSysctl::put(const QString &relative, const QByteArray &content, QFile::Permissions perms)
{
    const QString path = m_root + QLatin1Char('/') + relative;
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    QVERIFY(f.setPermissions(perms));
}

void TestSysctl::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_root = m_dir.filePath(QStringLiteral("sys"));
    const auto rw = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
    put(QStringLiteral("kernel/ostype"), "Linux\n", QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    put(QStringLiteral("vm/swappiness"), "60\n", rw);
    put(QStringLiteral("vm/drop_caches"), "", QFile::WriteOwner);
    put(QStringLiteral("vm/stat_refresh"), "", QFile::ReadOwner | QFile::WriteOwner);
    put(QStringLiteral("net/ipv4/ip_local_port_range"), "32768\t60999\n", rw);
    put(QStringLiteral("net/ipv4/conf/eth0.100/rp_filter"), "2\n", rw);
    put(QStringLiteral("net/ipv4/neigh/lo/retrans_time"), "100\n", rw);
    put(QStringLiteral("net/ipv4/neigh/lo/retrans_time_ms"), "1000\n", rw);
    // Outside the root: a link from inside must not lead there.
    put(QStringLiteral("../secret"), "s3cret\n", rw);
    QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("secret")), m_root + QStringLiteral("/kernel/escape")));
}

void TestSysctl::keyForPath_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QString>("key");
    QTest::newRow("plain") << "net/ipv4/ip_forward" << "net.ipv4.ip_forward";
    QTest::newRow("vlan") << "net/ipv4/conf/eth0.100/rp_filter" << "net.ipv4.conf.eth0/100.rp_filter";
    QTest::newRow("slashes") << "/vm//swappiness/" << "vm.swappiness";
}

void TestSysctl::keyForPath()
{
    QFETCH(QString, relative);
    QFETCH(QString, key);
    QCOMPARE(kc::SysctlPath::keyForPath(relative), key);
    if (!relative.startsWith(QLatin1Char('/')))
        QCOMPARE(kc::SysctlPath::pathForKey(key, QStringLiteral("/r")), QStringLiteral("/r/") + relative);
}

void TestSysctl::resolveRefuses_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("why");
    QTest::newRow("empty") << "" << "No key";
    QTest::newRow("dotdot") << "../../etc/passwd" << "climbs out";
    QTest::newRow("empty part") << "vm..swappiness" << "climbs out";
    QTest::newRow("slash dotdot") << "net.ipv4.conf.//.rp_filter" << "climbs out";
    QTest::newRow("newline") << "vm.swappiness\nkernel.ostype" << "control characters";
    QTest::newRow("missing") << "vm.no_such" << "no sysctl key";
    QTest::newRow("group") << "net.ipv4" << "group of keys";
    QTest::newRow("symlink out") << "kernel.escape" << "leads outside";
}

void TestSysctl::resolveRefuses()
{
    QFETCH(QString, key);
    QFETCH(QString, why);
    QString error;
    QVERIFY(kc::SysctlPath::resolve(key, &error, m_root).isEmpty());
    QVERIFY2(error.contains(why), qPrintable(error));
}

void TestSysctl::resolveFindsDottedInterface()
{
    QString error;
    const QString path = kc::SysctlPath::resolve(QStringLiteral("net.ipv4.conf.eth0/100.rp_filter"), &error, m_root);
    QVERIFY2(path.endsWith(QLatin1String("/net/ipv4/conf/eth0.100/rp_filter")), qPrintable(error));
    // The absolute path is accepted too.
    QCOMPARE(kc::SysctlPath::resolve(m_root + QStringLiteral("/vm/swappiness"), &error, m_root), QFileInfo(m_root + QStringLiteral("/vm/swappiness")).canonicalFilePath());
}

void TestSysctl::readAllNamesAndSkips()
{
    const std::vector<kc::SysctlEntry> all = kc::Sysctl::readAll(m_root);
    QStringList keys;
    for (const kc::SysctlEntry &e : all)
        keys.append(e.key);
    QCOMPARE(keys, (QStringList{QStringLiteral("kernel.ostype"), QStringLiteral("net.ipv4.conf.eth0/100.rp_filter"),
                                QStringLiteral("net.ipv4.ip_local_port_range"), QStringLiteral("net.ipv4.neigh.lo.retrans_time"),
                                QStringLiteral("net.ipv4.neigh.lo.retrans_time_ms"), QStringLiteral("vm.drop_caches"),
                                QStringLiteral("vm.stat_refresh"), QStringLiteral("vm.swappiness")}));
    QCOMPARE(all[0].value, QByteArray("Linux"));
    QCOMPARE(all[2].values(), (QStringList{QStringLiteral("32768"), QStringLiteral("60999")}));
    QCOMPARE(all[3].status, kc::ReadStatus::Denied); // deprecated: logs a warning
    QVERIFY(all[3].reason.contains(QLatin1String("_ms")));
    QCOMPARE(all[4].value, QByteArray("1000"));
    QCOMPARE(all[5].status, kc::ReadStatus::Denied); // write-only
    QVERIFY(all[5].reason.contains(QLatin1String("Write-only")));
    QCOMPARE(all[6].status, kc::ReadStatus::Denied); // an action
    QCOMPARE(all[7].value, QByteArray("60"));
    const kc::SysctlEntry one = kc::Sysctl::read(QStringLiteral("vm.swappiness"), m_root);
    QVERIFY(one.ok());
    QCOMPARE(one.value, QByteArray("60"));
}

void TestSysctl::advice_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("current");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("refusal"); // from checkText: never written
    QTest::addColumn<QString>("advice");  // empty: looks right
    QTest::newRow("bool ok") << "net.ipv4.ip_forward" << QByteArray("0") << "1" << "" << "";
    QTest::newRow("bool text") << "net.ipv4.ip_forward" << QByteArray("0") << "on" << "" << "not a whole number";
    QTest::newRow("bool two") << "net.ipv4.ip_forward" << QByteArray("0") << "2" << "" << "is a switch";
    QTest::newRow("bool hex") << "net.ipv4.ip_forward" << QByteArray("0") << "0x1" << "" << "";
    QTest::newRow("range ok") << "vm.swappiness" << QByteArray("60") << "200" << "" << "";
    QTest::newRow("range high") << "vm.swappiness" << QByteArray("60") << "201" << "" << "outside 0 to 200";
    QTest::newRow("range neg") << "kernel.perf_event_paranoid" << QByteArray("2") << "-2" << "" << "outside -1 to 4";
    // The kernel reads numbers with base 0: 0x hexadecimal, 0 octal.
    QTest::newRow("hex") << "vm.swappiness" << QByteArray("60") << "0x10" << "" << "";
    QTest::newRow("hex high") << "vm.swappiness" << QByteArray("60") << "0xff" << "" << "outside 0 to 200";
    QTest::newRow("octal") << "vm.swappiness" << QByteArray("60") << "010" << "" << "";
    QTest::newRow("bad octal") << "vm.swappiness" << QByteArray("60") << "08" << "" << "not a whole number";
    QTest::newRow("0x alone") << "vm.swappiness" << QByteArray("60") << "0x" << "" << "not a whole number";
    QTest::newRow("plus") << "vm.swappiness" << QByteArray("60") << "+1" << "" << "not a whole number";
    QTest::newRow("negative hex") << "kernel.panic" << QByteArray("0") << "-0x10" << "" << "";
    QTest::newRow("u64 max") << "vm.swappiness" << QByteArray("60") << "18446744073709551615" << "" << "outside 0 to 200";
    QTest::newRow("u64 overflow") << "vm.swappiness" << QByteArray("60") << "18446744073709551616" << "" << "not a whole number";
    QTest::newRow("21 chars") << "vm.swappiness" << QByteArray("60") << "000000000000000000001" << "" << "not a whole number";
    QTest::newRow("empty") << "vm.swappiness" << QByteArray("60") << "" << "" << "is empty";
    QTest::newRow("int words") << "vm.swappiness" << QByteArray("60") << "60 70" << "" << "one whole number";
    QTest::newRow("not number") << "vm.swappiness" << QByteArray("60") << "sixty" << "" << "not a whole number";
    QTest::newRow("vector ok") << "net.ipv4.tcp_rmem" << QByteArray("4096\t131072\t6291456") << "4096 87380 6291456" << "" << "";
    QTest::newRow("vector count") << "net.ipv4.tcp_rmem" << QByteArray("4096\t131072\t6291456") << "4096 87380" << "" << "holds 3 whole numbers";
    QTest::newRow("unknown int") << "kernel.made_up" << QByteArray("5") << "x" << "" << "not a whole number";
    QTest::newRow("unknown hex") << "kernel.made_up" << QByteArray("5") << "0x10" << "" << "";
    QTest::newRow("unknown pair") << "kernel.made_up" << QByteArray("5 6") << "7" << "" << "holds 2 whole numbers";
    QTest::newRow("text") << "kernel.hostname" << QByteArray("box") << "other-box" << "" << "";
    QTest::newRow("wildcard") << "net.ipv4.conf.eth0.rp_filter" << QByteArray("2") << "3" << "" << "outside 0 to 2";
    // Ranges of the kernel's own, not of setsockopt() or of the defaults.
    QTest::newRow("keepalive") << "net.ipv4.tcp_keepalive_time" << QByteArray("7200") << "65536" << "" << "";
    QTest::newRow("udp_rmem_min") << "net.ipv4.udp_rmem_min" << QByteArray("4096") << "256" << "" << "";
    QTest::newRow("ipv6 mtu") << "net.ipv6.conf.lo.mtu" << QByteArray("65536") << "65536" << "" << "";
    // Only what cannot be one line is refused.
    QTest::newRow("newline") << "kernel.hostname" << QByteArray("box") << "a\nb" << "line break" << "";
    QTest::newRow("nul") << "kernel.hostname" << QByteArray("box") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b")) << "NUL" << "";
    QTest::newRow("too long") << "kernel.hostname" << QByteArray("box") << QString(5000, QLatin1Char('a')) << "longer than" << "";
}

void TestSysctl::advice()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, current);
    QFETCH(QString, value);
    QFETCH(QString, refusal);
    QFETCH(QString, advice);
    const QString refused = kc::Sysctl::checkText(value);
    if (refusal.isEmpty())
        QVERIFY2(refused.isEmpty(), qPrintable(refused));
    else
        QVERIFY2(refused.contains(refusal), qPrintable(refused));
    const QString got = kc::Sysctl::advice(key, current, value);
    if (advice.isEmpty())
        QVERIFY2(got.isEmpty(), qPrintable(got));
    else
        QVERIFY2(got.contains(advice), qPrintable(got));
}

void TestSysctl::writeAndReadBack()
{
    const kc::SysctlWriteResult ok = kc::Sysctl::write(QStringLiteral("vm.swappiness"), QStringLiteral("10"), m_root);
    QVERIFY2(ok.ok, qPrintable(ok.message));
    QCOMPARE(kc::Sysctl::read(QStringLiteral("vm.swappiness"), m_root).value, QByteArray("10"));
    const kc::SysctlWriteResult out = kc::Sysctl::write(QStringLiteral("kernel.escape"), QStringLiteral("x"), m_root);
    QVERIFY(!out.ok);
    QFile secret(m_dir.filePath(QStringLiteral("secret")));
    QVERIFY(secret.open(QIODevice::ReadOnly));
    QCOMPARE(secret.readAll(), QByteArray("s3cret\n"));
    const kc::SysctlWriteResult line = kc::Sysctl::write(QStringLiteral("vm.swappiness"), QStringLiteral("1\n2"), m_root);
    QVERIFY(!line.ok);
    QCOMPARE(kc::Sysctl::read(QStringLiteral("vm.swappiness"), m_root).value, QByteArray("10"));
    QVERIFY(kc::Sysctl::writeError(QStringLiteral("k"), EINVAL).contains(QLatin1String("EINVAL")));
}

void TestSysctl::commandLine()
{
    QCOMPARE(kc::Sysctl::commandLine(QStringLiteral("vm.swappiness"), QStringLiteral("10")), QStringLiteral("sysctl -w vm.swappiness=10"));
    QCOMPARE(kc::Sysctl::commandLine(QStringLiteral("net.ipv4.ip_local_port_range"), QStringLiteral("1024 65000")),
             QStringLiteral("sysctl -w net.ipv4.ip_local_port_range='1024 65000'"));
    QCOMPARE(kc::Sysctl::commandLine(QStringLiteral("kernel.core_pattern"), QStringLiteral("it's")),
             QStringLiteral("sysctl -w kernel.core_pattern='it'\\''s'"));
}

void TestSysctl::docs()
{
    QVERIFY2(kc::sysctldocs::count() >= 200, qPrintable(QString::number(kc::sysctldocs::count())));
    for (const char *key : {"net.ipv4.ip_forward", "net.core.somaxconn", "vm.swappiness", "kernel.pid_max", "fs.file-max",
                            "net.ipv4.conf.all.rp_filter", "net.ipv6.conf.eth0.disable_ipv6"}) {
        const kc::SysctlDoc *d = kc::sysctldocs::find(QString::fromLatin1(key));
        QVERIFY2(d, key);
        QVERIFY(!d->description().isEmpty());
    }
    QVERIFY(!kc::sysctldocs::find(QStringLiteral("net.ipv4.conf.rp_filter")));
    QCOMPARE(kc::sysctldocs::unitName(kc::sysctldocs::find(QStringLiteral("vm.min_free_kbytes"))->unit), QStringLiteral("KiB"));
}

void TestSysctl::readableValues_data()
{
    QTest::addColumn<int>("unit");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("readable");
    using U = kc::SysctlUnit;
    // net.ipv4.tcp_keepalive_time, vm.dirty_expire_centisecs, ...
    QTest::newRow("2 h") << int(U::Seconds) << QByteArray("7200\n") << "2 h";
    QTest::newRow("1.5 h") << int(U::Seconds) << QByteArray("5400") << "1.5 h";
    QTest::newRow("12 h") << int(U::Seconds) << QByteArray("43200") << "12 h";
    QTest::newRow("2 d") << int(U::Seconds) << QByteArray("172800") << "2 d";
    QTest::newRow("75 s") << int(U::Seconds) << QByteArray("75") << "1.3 min";
    QTest::newRow("under a minute") << int(U::Seconds) << QByteArray("30") << "";
    QTest::newRow("centiseconds") << int(U::Centiseconds) << QByteArray("3000") << "30 s";
    QTest::newRow("few centiseconds") << int(U::Centiseconds) << QByteArray("50") << "";
    QTest::newRow("milliseconds") << int(U::Milliseconds) << QByteArray("120000") << "2 min";
    QTest::newRow("KiB") << int(U::KiB) << QByteArray("100402") << "98.0 MiB";
    QTest::newRow("bytes") << int(U::Bytes) << QByteArray("4096") << "4.0 KiB";
    QTest::newRow("few bytes") << int(U::Bytes) << QByteArray("512") << "";
    QTest::newRow("pages") << int(U::Pages) << QByteArray("262144") << "1.0 GiB";
    QTest::newRow("not one number") << int(U::Seconds) << QByteArray("4096 87380 6291456") << "";
    QTest::newRow("zero") << int(U::Seconds) << QByteArray("0") << "";
    QTest::newRow("no unit") << int(U::None) << QByteArray("7200") << "";
    QTest::newRow("percent") << int(U::Percent) << QByteArray("7200") << "";
}

void TestSysctl::readableValues()
{
    QFETCH(int, unit);
    QFETCH(QByteArray, value);
    QFETCH(QString, readable);
    QLocale::setDefault(QLocale::c());
    QCOMPARE(kc::sysctldocs::readable(kc::SysctlUnit(unit), value, 4096), readable);
    QLocale::setDefault(QLocale::system());
}

void TestSysctl::snapshotRoundTripAndDiff()
{
    std::vector<kc::SysctlEntry> entries = kc::Sysctl::readAll(m_root);
    const kc::SysctlSnapshot a = kc::SysctlSnapshot::fromEntries(entries);
    QCOMPARE(a.values.value(QStringLiteral("kernel.ostype")), QStringLiteral("Linux"));
    QVERIFY(!a.values.contains(QStringLiteral("vm.drop_caches"))); // no value to keep
    QString error;
    const auto back = kc::SysctlSnapshot::fromJson(a.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->values, a.values);
    QVERIFY(!kc::SysctlSnapshot::fromJson("{\"values\":{}}", &error));
    QVERIFY(error.contains(QLatin1String("Not a snapshot")));
    QVERIFY(!kc::SysctlSnapshot::fromJson("garbage", &error));

    kc::SysctlSnapshot b = a;
    b.values[QStringLiteral("vm.swappiness")] = QStringLiteral("99");
    b.values.remove(QStringLiteral("kernel.ostype"));
    b.values.insert(QStringLiteral("zz.new"), QStringLiteral("1"));
    const QList<kc::SysctlDifference> d = kc::diffSnapshots(a, b);
    QCOMPARE(d.size(), 3);
    QCOMPARE(d[0].key, QStringLiteral("kernel.ostype"));
    QVERIFY(d[0].inBefore && !d[0].inAfter);
    QCOMPARE(d[1].key, QStringLiteral("vm.swappiness"));
    QCOMPARE(d[1].after, QStringLiteral("99"));
    QCOMPARE(d[2].key, QStringLiteral("zz.new"));
    QVERIFY(!d[2].inBefore);
}

void TestSysctl::modelTreeAndFlat()
{
    kc::SysctlModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(kc::Sysctl::readAll(m_root));
    QCOMPARE(model.rowCount(), 3); // kernel, net, vm
    const QModelIndex swappiness = model.indexOfKey(QStringLiteral("vm.swappiness"));
    QVERIFY(swappiness.isValid());
    QCOMPARE(swappiness.data().toString(), QStringLiteral("swappiness"));
    QCOMPARE(swappiness.parent().data().toString(), QStringLiteral("vm"));
    QCOMPARE(swappiness.siblingAtColumn(kc::SysctlModel::UnitColumn).data().toString(), QString());
    QVERIFY(!swappiness.data(kc::ChangedSinceStartRole).toBool());

    // A value changes: marked as changed since start, with the old value.
    QVERIFY(kc::Sysctl::write(QStringLiteral("vm.swappiness"), QStringLiteral("33"), m_root).ok);
    model.setEntries(kc::Sysctl::readAll(m_root));
    QVERIFY(model.indexOfKey(QStringLiteral("vm.swappiness")).data(kc::ChangedSinceStartRole).toBool());
    QVERIFY(model.indexOfKey(QStringLiteral("vm.swappiness")).data(kc::ChangedAtRole).toLongLong() > 0);
    QCOMPARE(model.changedSinceStart(), 1);

    model.setFlat(true);
    QCOMPARE(model.rowCount(), 8);
    const QModelIndex flat = model.indexOfKey(QStringLiteral("net.ipv4.conf.eth0/100.rp_filter"));
    QCOMPARE(flat.data().toString(), QStringLiteral("net.ipv4.conf.eth0/100.rp_filter"));
    QVERIFY(!flat.parent().isValid());
    QVERIFY(flat.siblingAtColumn(kc::SysctlModel::DescriptionColumn).data().toString().contains(QLatin1String("Reverse path")));
    QCOMPARE(model.indexOfKey(QStringLiteral("vm.swappiness")).data(kc::StartValueRole).toString(), QStringLiteral("10"));

    // A key appears (an interface came up): the model resets, values stay.
    put(QStringLiteral("net/ipv4/conf/eth1/rp_filter"), "1\n", QFile::ReadOwner | QFile::WriteOwner);
    model.setEntries(kc::Sysctl::readAll(m_root));
    QCOMPARE(model.rowCount(), 9);
    QVERIFY(model.indexOfKey(QStringLiteral("vm.swappiness")).data(kc::ChangedSinceStartRole).toBool());
}

void TestSysctl::helperRefuses_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no args") << QStringList{} << "usage";
    QTest::newRow("three") << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")} << "usage";
    QTest::newRow("dotdot") << QStringList{QStringLiteral("../../etc/shadow"), QStringLiteral("x")} << "climbs out";
    QTest::newRow("outside") << QStringList{QStringLiteral("/etc/hostname"), QStringLiteral("x")} << "climbs out";
    QTest::newRow("newline") << QStringList{QStringLiteral("kernel.hostname"), QStringLiteral("a\nb")} << "line break";
    QTest::newRow("group") << QStringList{QStringLiteral("net"), QStringLiteral("1")} << "group of keys";
}

void TestSysctl::helperRefuses()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QProcess p;
    p.start(QStringLiteral(KC_BUILD_DIR "/bin/kchan-sysctl-helper"), args);
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 2);
    const QString err = QString::fromLocal8Bit(p.readAllStandardError());
    QVERIFY2(err.contains(message), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestSysctl)
#include "tst_sysctl.moc"
