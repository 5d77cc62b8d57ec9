// SPDX-License-Identifier: GPL-2.0-or-later
// Which sysctl.d file sets a key at boot: the lines of a file, a name in
// /etc hiding the same name in /usr/lib, a link to /dev/null masking one,
// files read in the order of their names, /etc/sysctl.conf last, globs.
// Read through the local data source from folders made here.
#include "source/datasource.h"
#include "sysctl/sysctlbootconfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kc;

class TestSysctlBootConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse();
    void precedence();

private:
    void put(const QString &path, const QByteArray &text);
    QTemporaryDir m_dir;
};

void TestSysctlBootConfig::put(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

void TestSysctlBootConfig::parse()
{
    const QList<SysctlBootSetting> s = SysctlBootConfig::parse(
        "# comment\n; another\n\nnet.ipv4.ip_forward = 1\n-kernel.no_such = 3\nnet/ipv4/conf/eth0.100/rp_filter=2\nnot a setting\n",
        QStringLiteral("/x.conf"));
    QCOMPARE(s.size(), 3);
    QCOMPARE(s[0].key, QStringLiteral("net.ipv4.ip_forward"));
    QCOMPARE(s[0].value, QStringLiteral("1"));
    QCOMPARE(s[0].line, 4);
    QCOMPARE(s[1].key, QStringLiteral("kernel.no_such"));
    QCOMPARE(s[2].key, QStringLiteral("net.ipv4.conf.eth0/100.rp_filter"));
    QCOMPARE(s[2].value, QStringLiteral("2"));
}

void TestSysctlBootConfig::precedence()
{
    QVERIFY(m_dir.isValid());
    const QString etc = m_dir.filePath(QStringLiteral("etc/sysctl.d"));
    const QString lib = m_dir.filePath(QStringLiteral("usr/lib/sysctl.d"));
    const QString conf = m_dir.filePath(QStringLiteral("etc/sysctl.conf"));
    put(lib + QStringLiteral("/10-a.conf"), "vm.swappiness = 10\nkernel.pid_max = 100000\nnet.ipv4.conf.*.rp_filter = 2\n");
    put(lib + QStringLiteral("/50-b.conf"), "vm.swappiness = 50\n");
    put(etc + QStringLiteral("/50-b.conf"), "vm.swappiness = 55\n"); // hides the one in usr/lib
    put(lib + QStringLiteral("/60-masked.conf"), "kernel.pid_max = 1\n");
    QVERIFY(QFile::link(QStringLiteral("/dev/null"), etc + QStringLiteral("/60-masked.conf")));
    put(lib + QStringLiteral("/README"), "vm.swappiness = 99\n"); // not a .conf
    put(conf, "kernel.sysrq = 16\nvm.swappiness = 70\n");

    const auto settings = SysctlBootConfig::read(DataSource::local().get(), {etc, lib}, conf);
    const SysctlBootSetting *swappiness = SysctlBootConfig::find(settings, QStringLiteral("vm.swappiness"));
    QVERIFY(swappiness);
    QCOMPARE(swappiness->value, QStringLiteral("70")); // sysctl.conf last
    QCOMPARE(swappiness->file, conf);
    const SysctlBootSetting *pidMax = SysctlBootConfig::find(settings, QStringLiteral("kernel.pid_max"));
    QVERIFY(pidMax);
    QCOMPARE(pidMax->value, QStringLiteral("100000")); // the masked file is not read
    QCOMPARE(pidMax->file, lib + QStringLiteral("/10-a.conf"));
    const SysctlBootSetting *rp = SysctlBootConfig::find(settings, QStringLiteral("net.ipv4.conf.eth0.rp_filter"));
    QVERIFY(rp);
    QCOMPARE(rp->value, QStringLiteral("2"));
    QVERIFY(!SysctlBootConfig::find(settings, QStringLiteral("kernel.ostype")));

    // Without sysctl.conf, the file in /etc wins over the one in usr/lib.
    const auto noConf = SysctlBootConfig::read(DataSource::local().get(), {etc, lib}, QString());
    QCOMPARE(SysctlBootConfig::find(noConf, QStringLiteral("vm.swappiness"))->value, QStringLiteral("55"));
    QCOMPARE(SysctlBootConfig::find(noConf, QStringLiteral("vm.swappiness"))->file, etc + QStringLiteral("/50-b.conf"));
}

QTEST_GUILESS_MAIN(TestSysctlBootConfig)
#include "tst_sysctlbootconfig.moc"
