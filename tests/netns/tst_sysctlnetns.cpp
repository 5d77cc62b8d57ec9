// SPDX-License-Identifier: GPL-2.0-or-later
// Writing a sysctl through the same code paths the GUI uses (kchan sysctl
// set, and the pkexec helper), inside a private network namespace, where
// net.* keys belong to that namespace alone: the host's value never changes.
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include "netnstest.h"
#include "source/datasource.h"
#include "sysctl/sysctlcontroller.h"

#include <sched.h>
#include <unistd.h>

class TestSysctlNetns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void setAndReadBack();
    void helperSetsToo();
    void kernelRefusalKeepsOldValue();
    void controllerWritesAndKeepsRefused(); // last: it moves this process into a new namespace

private:
    static QByteArray hostValue(const char *path);
};

QByteArray TestSysctlNetns::hostValue(const char *path)
{
    QFile f(QString::fromLatin1(path));
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray();
}

void TestSysctlNetns::initTestCase()
{
    if (const QString why = netnsSkipReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
}

void TestSysctlNetns::setAndReadBack()
{
    const QByteArray before = hostValue("/proc/sys/net/ipv4/ip_forward");
    const QString want = before == "1" ? QStringLiteral("0") : QStringLiteral("1");
    QByteArray out;
    QCOMPARE(runInNetns(QStringLiteral("\"$0\" sysctl set net.ipv4.ip_forward \"$1\" --yes >/dev/null || exit 4; "
                                       "\"$0\" sysctl get net.ipv4.ip_forward"),
                        want, QString(), &out), 0);
    QCOMPARE(out.trimmed(), want.toUtf8());
    QCOMPARE(hostValue("/proc/sys/net/ipv4/ip_forward"), before);
}

void TestSysctlNetns::helperSetsToo()
{
    const QByteArray before = hostValue("/proc/sys/net/ipv4/tcp_keepalive_time");
    QByteArray out;
    QCOMPARE(runInNetns(QStringLiteral("\"$1\" net.ipv4.tcp_keepalive_time 1234 || exit 4; "
                                       "\"$0\" sysctl get net.ipv4.tcp_keepalive_time"),
                        QStringLiteral(KC_BUILD_DIR "/bin/kchan-sysctl-helper"), QString(), &out), 0);
    QCOMPARE(out.trimmed(), QByteArray("1234"));
    QCOMPARE(hostValue("/proc/sys/net/ipv4/tcp_keepalive_time"), before);
}

void TestSysctlNetns::kernelRefusalKeepsOldValue()
{
    // Two numbers, as our check wants; the kernel refuses a range whose
    // end is below its start with EINVAL.
    QByteArray out;
    const QString script = QStringLiteral(
        "old=$(\"$0\" sysctl get net.ipv4.ip_local_port_range) || exit 4; "
        "\"$0\" sysctl set net.ipv4.ip_local_port_range \"$1\" --yes 2>&1 && exit 5; "
        "new=$(\"$0\" sysctl get net.ipv4.ip_local_port_range); "
        "[ \"$old\" = \"$new\" ] || exit 6; echo \"kept $new\"");
    QCOMPARE(runInNetns(script, QStringLiteral("40000 30000"), QString(), &out), 0);
    QVERIFY2(out.contains("EINVAL"), out.constData());
    QVERIFY2(out.contains("The value stays"), out.constData());
    QVERIFY2(out.contains("kept "), out.constData());
}

void TestSysctlNetns::controllerWritesAndKeepsRefused()
{
    // The GUI's own write path (SysctlController, as root: a direct write
    // off the GUI thread), in a network namespace of this process's own;
    // its worker threads are started after the unshare and share it.
    if (!kc::SysctlController::writesDirectly())
        QSKIP("the controller writes directly only as root");
    // A file of /proc/sys/net opened now stays the host's: read after the
    // write, it proves the host's value untouched.
    QFile host(QStringLiteral("/proc/sys/net/ipv4/ip_forward"));
    QVERIFY(host.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    const QByteArray hostBefore = host.readAll().trimmed();
    if (::unshare(CLONE_NEWNET) != 0)
        QSKIP("cannot create a network namespace here");
    kc::SysctlController sysctl(kc::DataSource::local());
    QSignalSpy written(&sysctl, &kc::SysctlController::written);
    const QByteArray before = hostValue("/proc/sys/net/ipv4/ip_forward");
    const QString want = before == "1" ? QStringLiteral("0") : QStringLiteral("1");
    sysctl.write(QStringLiteral("net.ipv4.ip_forward"), want);
    QTRY_COMPARE(written.count(), 1);
    QVERIFY2(written.at(0).at(1).toBool(), qPrintable(written.at(0).at(2).toString()));
    QCOMPARE(hostValue("/proc/sys/net/ipv4/ip_forward"), want.toUtf8());
    QVERIFY(host.seek(0));
    QCOMPARE(host.readAll().trimmed(), hostBefore);
    // The kernel refuses a range whose end is below its start: EINVAL, the
    // old value stays, and the message says so.
    const QByteArray range = hostValue("/proc/sys/net/ipv4/ip_local_port_range");
    sysctl.write(QStringLiteral("net.ipv4.ip_local_port_range"), QStringLiteral("40000 30000"));
    QTRY_COMPARE(written.count(), 2);
    QVERIFY(!written.at(1).at(1).toBool());
    QVERIFY2(written.at(1).at(2).toString().contains(QLatin1String("EINVAL")), qPrintable(written.at(1).at(2).toString()));
    QCOMPARE(hostValue("/proc/sys/net/ipv4/ip_local_port_range"), range);
}

QTEST_GUILESS_MAIN(TestSysctlNetns)
#include "tst_sysctlnetns.moc"
