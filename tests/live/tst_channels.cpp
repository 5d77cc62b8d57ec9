// SPDX-License-Identifier: GPL-2.0-or-later
// kchan channels and kchan why on this machine: a child of the test holds
// /dev/null, a netlink route socket and a pipe, and each must be listed
// under its channel; why explains /dev/null, a gone process, a removed
// netlink protocol and system calls with evidence read here.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QDirIterator>
#include <QTest>

#include "../kchanrun.h"

#include <asm/unistd.h>
#include <csignal>
#include <fcntl.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

class TestChannels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mapFigures();
    void childChannelsByKind();
    void goneProcess();
    void whyDevNull();
    void whyGoneProcessFile();
    void whyRemovedNetlinkProtocol();
    void whyRouteNetlink();
    void whySyscalls();
    void whyGenlFamily();
    void whyBadInput();
};

namespace {

// Character and block nodes under /dev, counted here the test's own way.
int countNodes(const QString &dir)
{
    int n = 0;
    QDirIterator it(dir, QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat st {};
        if (::lstat(path.toLocal8Bit().constData(), &st) == 0 && (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)))
            ++n;
    }
    return n;
}

} // namespace

void TestChannels::mapFigures()
{
    const int before = countNodes(QStringLiteral("/dev"));
    const KchanRun r = kchan({QStringLiteral("map"), QStringLiteral("--json"), QStringLiteral("--interval"), QStringLiteral("0.3")});
    const int after = countNodes(QStringLiteral("/dev"));
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const int nodes = o.value(QStringLiteral("device_nodes")).toInt(-1);
    QVERIFY2(nodes == before || nodes == after, qPrintable(QStringLiteral("%1 vs %2").arg(nodes).arg(before)));
    QVERIFY(o.value(QStringLiteral("processes")).toInt() > 0);
    QVERIFY(o.value(QStringLiteral("sysctl_keys")).toInt() > 0);
    for (const char *k : {"netlink_sockets", "sysfs_devices", "syscalls_in_table"})
        QVERIFY2(o.value(QLatin1String(k)).toInt(-1) >= 0, k);
    const QJsonObject rates = o.value(QStringLiteral("rates")).toObject();
    // Rates are numbers >= 0, or null with the reason beside them.
    for (const char *k : {"interrupts_per_s", "context_switches_per_s", "syscalls_per_s"}) {
        const QJsonValue v = rates.value(QLatin1String(k));
        if (v.isNull())
            QVERIFY2(!rates.value(QLatin1String(k) + QStringLiteral("_error")).toString().isEmpty(), k);
        else
            QVERIFY2(v.toDouble(-1) >= 0, k);
    }
    QVERIFY(rates.value(QStringLiteral("context_switches_per_s")).toDouble(-1) > 0); // we slept: someone switched
}

void TestChannels::childChannelsByKind()
{
    int sync[2];
    QVERIFY(::pipe(sync) == 0);
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        const int null = ::open("/dev/null", O_RDWR);
        const int nl = ::socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
        sockaddr_nl addr {};
        addr.nl_family = AF_NETLINK;
        addr.nl_groups = RTMGRP_LINK;
        const bool bound = nl >= 0 && ::bind(nl, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0;
        int p[2];
        const bool piped = ::pipe(p) == 0;
        const char ok = (null >= 0 && bound && piped) ? 'y' : 'n';
        (void)!::write(sync[1], &ok, 1);
        for (;;)
            ::pause();
    }
    ::close(sync[1]);
    char ok = 0;
    QCOMPARE(::read(sync[0], &ok, 1), ssize_t(1));
    ::close(sync[0]);
    const KchanRun r = kchan({QStringLiteral("channels"), QString::number(child), QStringLiteral("--json")});
    ::kill(child, SIGKILL);
    ::waitpid(child, nullptr, 0);
    QCOMPARE(ok, 'y');
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("pid")).toInt(), int(child));
    bool null = false, route = false, pipe = false;
    for (const QJsonValue &g : o.value(QStringLiteral("channels")).toArray()) {
        const QString channel = g.toObject().value(QStringLiteral("channel")).toString();
        for (const QJsonValue &v : g.toObject().value(QStringLiteral("fds")).toArray()) {
            const QJsonObject fd = v.toObject();
            if (channel == QLatin1String("device") && fd.value(QStringLiteral("target")).toString() == QLatin1String("/dev/null")) {
                // The child's own (read-write) one; others came from ctest.
                null = null || (fd.value(QStringLiteral("detail")).toString().startsWith(QLatin1String("1:3"))
                                && fd.value(QStringLiteral("access")).toString() == QLatin1String("rw"));
            }
            if (channel == QLatin1String("netlink") && fd.value(QStringLiteral("netlink_protocol")).toInt(-1) == NETLINK_ROUTE)
                route = route || fd.value(QStringLiteral("detail")).toString().contains(QLatin1String("RTNLGRP_LINK"));
            if (channel == QLatin1String("pipe"))
                pipe = pipe || fd.value(QStringLiteral("target")).toString().startsWith(QLatin1String("pipe:["));
        }
    }
    QVERIFY2(null, r.out.constData());
    QVERIFY2(route, r.out.constData());
    QVERIFY2(pipe, r.out.constData());
    bool netNamespace = false;
    for (const QJsonValue &v : o.value(QStringLiteral("namespaces")).toArray())
        netNamespace = netNamespace || (v.toObject().value(QStringLiteral("type")).toString() == QLatin1String("net") && v.toObject().value(QStringLiteral("same_as_ours")).toBool());
    QVERIFY(netNamespace);
    QVERIFY(!o.value(QStringLiteral("limits")).toObject().value(QStringLiteral("rows")).toArray().isEmpty());
}

void TestChannels::goneProcess()
{
    // A child that has exited and been reaped: its PID names nobody now.
    const pid_t child = ::fork();
    if (child == 0)
        ::_exit(0);
    ::waitpid(child, nullptr, 0);
    const KchanRun r = kchan({QStringLiteral("channels"), QString::number(child)});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("gone"), r.err.constData());
}

void TestChannels::whyDevNull()
{
    const KchanRun r = kchan({QStringLiteral("why"), QStringLiteral("/dev/null"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QVERIFY(o.value(QStringLiteral("reachable")).toBool());
    bool major = false, type = false;
    for (const QJsonValue &v : o.value(QStringLiteral("checks")).toArray()) {
        const QString evidence = v.toObject().value(QStringLiteral("evidence")).toString();
        type = type || evidence.contains(QLatin1String("character device node, number 1:3"));
        major = major || (v.toObject().value(QStringLiteral("result")).toString() == QLatin1String("pass") && evidence.contains(QLatin1String("\"mem\"")));
    }
    QVERIFY2(type && major, r.out.constData());
}

void TestChannels::whyGoneProcessFile()
{
    const pid_t child = ::fork();
    if (child == 0)
        ::_exit(0);
    ::waitpid(child, nullptr, 0);
    const KchanRun r = kchan({QStringLiteral("why"), QStringLiteral("/proc/%1/status").arg(child)});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QStringLiteral("No process %1 is running").arg(child).toUtf8()), r.out.constData());
}

void TestChannels::whyRemovedNetlinkProtocol()
{
    const KchanRun r = kchan({QStringLiteral("why"), QStringLiteral("netlink:NETLINK_FIREWALL")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains("not in this kernel"), r.out.constData());
    QVERIFY(r.out.contains("Linux 3.5"));
}

void TestChannels::whyRouteNetlink()
{
    const KchanRun r = kchan({QStringLiteral("why"), QStringLiteral("netlink:route"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    bool present = false;
    for (const QJsonValue &v : o.value(QStringLiteral("checks")).toArray())
        present = present || (v.toObject().value(QStringLiteral("check")).toString() == QLatin1String("In this kernel")
                              && v.toObject().value(QStringLiteral("result")).toString() == QLatin1String("pass"));
    QVERIFY2(present, r.out.constData());
}

void TestChannels::whySyscalls()
{
    // read exists everywhere; our own seccomp state is read from /proc.
    const KchanRun read = kchan({QStringLiteral("why"), QStringLiteral("syscall:read"), QStringLiteral("--json")});
    const QJsonObject o = QJsonDocument::fromJson(read.out).object();
    bool number = false, seccomp = false;
    for (const QJsonValue &v : o.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject c = v.toObject();
        number = number || (c.value(QStringLiteral("check")).toString() == QLatin1String("On this architecture")
                            && c.value(QStringLiteral("evidence")).toString().contains(QStringLiteral("system call %1 ").arg(__NR_read)));
        seccomp = seccomp || c.value(QStringLiteral("check")).toString() == QLatin1String("Seccomp");
    }
    QVERIFY2(number && seccomp, read.out.constData());
    const KchanRun missing = kchan({QStringLiteral("why"), QStringLiteral("syscall:frobnicate")});
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.out.contains("no system call named frobnicate"));
}

void TestChannels::whyGenlFamily()
{
    // nlctrl, the controller itself, is in every kernel; a made-up one is not.
    const KchanRun r = kchan({QStringLiteral("why"), QStringLiteral("netlink:nlctrl"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QVERIFY2(o.value(QStringLiteral("checks")).toArray().first().toObject().value(QStringLiteral("evidence")).toString().contains(QLatin1String("id 16")), r.out.constData());
    const KchanRun missing = kchan({QStringLiteral("why"), QStringLiteral("netlink:genl:kc_no_such_family")});
    QCOMPARE(missing.code, 1);
    QVERIFY2(missing.out.contains("no generic netlink family"), missing.out.constData());
}

void TestChannels::whyBadInput()
{
    QCOMPARE(kchan({QStringLiteral("why"), QStringLiteral("netlink:NETLINK_NOPE")}).code, 2);
    QCOMPARE(kchan({QStringLiteral("why")}).code, 2);
    QCOMPARE(kchan({QStringLiteral("channels"), QStringLiteral("abc")}).code, 2);
    QCOMPARE(kchan({QStringLiteral("why"), QStringLiteral("syscall:read"), QStringLiteral("--pid"), QStringLiteral("x")}).code, 2);
}

QTEST_GUILESS_MAIN(TestChannels)
#include "tst_channels.moc"
