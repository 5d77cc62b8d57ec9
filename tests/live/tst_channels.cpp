// SPDX-License-Identifier: GPL-2.0-or-later
// kchan channels and kchan why on this machine: a child of the test holds
// /dev/null, a netlink route socket and a pipe, and each must be listed
// under its channel; why explains /dev/null, a gone process, a removed
// netlink protocol and system calls with evidence read here.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QFile>
#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

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
    void everyDescriptorAccountedFor();
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

// A child of the test that opens its descriptors with `setUp` and waits to
// be killed; `ok` says whether setUp succeeded. setUp runs in a fork of a
// threaded process: plain system calls only.
pid_t holdingChild(const std::function<bool()> &setUp, bool &ok)
{
    ok = false;
    int sync[2];
    if (::pipe(sync) != 0)
        return -1;
    const pid_t child = ::fork();
    if (child == 0) {
        const char c = setUp() ? 'y' : 'n';
        (void)!::write(sync[1], &c, 1);
        for (;;)
            ::pause();
    }
    ::close(sync[1]);
    char c = 0;
    ok = child > 0 && ::read(sync[0], &c, 1) == 1 && c == 'y';
    ::close(sync[0]);
    return child;
}

// A NETLINK_ROUTE socket bound to the link group; -1 when that fails.
int boundRouteSocket()
{
    const int nl = ::socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
    sockaddr_nl addr {};
    addr.nl_family = AF_NETLINK;
    addr.nl_groups = RTMGRP_LINK;
    return nl >= 0 && ::bind(nl, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 ? nl : -1;
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
    bool ok = false;
    const pid_t child = holdingChild(
        [] {
            int p[2];
            return ::open("/dev/null", O_RDWR) >= 0 && boundRouteSocket() >= 0 && ::pipe(p) == 0;
        },
        ok);
    QVERIFY(child > 0);
    const KchanRun r = kchan({QStringLiteral("channels"), QString::number(child), QStringLiteral("--json")});
    ::kill(child, SIGKILL);
    ::waitpid(child, nullptr, 0);
    QVERIFY(ok);
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

namespace {

struct FdSeen {
    QString channel;
    QString target;
    QString access;
    int netlinkProtocol = -1;
};

// fd -> what kchan channels --json said of it.
QHash<int, FdSeen> channelsByFd(const QJsonObject &o)
{
    QHash<int, FdSeen> fds;
    for (const QJsonValue &g : o.value(QStringLiteral("channels")).toArray()) {
        const QString channel = g.toObject().value(QStringLiteral("channel")).toString();
        for (const QJsonValue &v : g.toObject().value(QStringLiteral("fds")).toArray()) {
            const QJsonObject fd = v.toObject();
            fds.insert(fd.value(QStringLiteral("fd")).toInt(), {channel, fd.value(QStringLiteral("target")).toString(),
                                                                fd.value(QStringLiteral("access")).toString(),
                                                                fd.value(QStringLiteral("netlink_protocol")).toInt(-1)});
        }
    }
    return fds;
}

// The netlink protocol of a socket inode in /proc/PID/net/netlink, -1 when
// it is not there (an unbound socket is not).
int netlinkProtocolOf(pid_t pid, const QString &target)
{
    QFile f(QStringLiteral("/proc/%1/net/netlink").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray inode = target.mid(8, target.size() - 9).toLatin1(); // socket:[N]
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QList<QByteArray> cols = line.simplified().split(' ');
        if (cols.size() >= 10 && cols[9] == inode)
            return cols[1].toInt();
    }
    return -1;
}

// Does lsof's TYPE fit our channel? lsof names the file type, we the channel.
bool typeFits(const QString &lsofType, const QString &channel)
{
    if (lsofType == QLatin1String("DIR") || lsofType == QLatin1String("REG") || lsofType == QLatin1String("LINK"))
        return channel == QLatin1String("file") || channel == QLatin1String("procfs") || channel == QLatin1String("sysfs");
    if (lsofType == QLatin1String("CHR") || lsofType == QLatin1String("BLK"))
        return channel == QLatin1String("device");
    if (lsofType == QLatin1String("FIFO"))
        return channel == QLatin1String("pipe");
    if (lsofType == QLatin1String("netlink"))
        return channel == QLatin1String("netlink");
    if (lsofType == QLatin1String("sock"))
        return channel == QLatin1String("netlink") || channel == QLatin1String("socket");
    if (lsofType == QLatin1String("unix") || lsofType.startsWith(QLatin1String("IPv")) || lsofType == QLatin1String("pack"))
        return channel == QLatin1String("socket");
    if (lsofType == QLatin1String("a_inode"))
        return channel == QLatin1String("kernel-object");
    return true; // a type lsof knows and we have no opinion on
}

} // namespace

void TestChannels::everyDescriptorAccountedFor()
{
    // A child holds one descriptor of each kind that used to go missing or
    // be mislabelled, at fixed numbers: directories, an O_PATH descriptor,
    // an unbound and a bound NETLINK_ROUTE socket, a pipe and a file.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray file = QFile::encodeName(dir.filePath(QStringLiteral("held")));
    bool ok = false;
    const pid_t child = holdingChild(
        [&file] {
            int p[2];
            return ::dup2(::open("/tmp", O_RDONLY | O_DIRECTORY), 40) == 40 && ::dup2(::open("/proc/self", O_RDONLY | O_DIRECTORY), 41) == 41
                && ::dup2(::open(file.constData(), O_RDWR | O_CREAT, 0600), 43) == 43 && ::dup2(::open(file.constData(), O_PATH), 42) == 42
                && ::dup2(::socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE), 44) == 44 // never bound
                && ::dup2(boundRouteSocket(), 45) == 45 && ::pipe(p) == 0 && ::dup2(p[0], 46) == 46 && ::dup2(p[1], 47) == 47
                && ::dup2(::open("/", O_PATH | O_DIRECTORY), 48) == 48;
        },
        ok);
    QVERIFY(child > 0);
    struct Reap {
        pid_t pid;
        ~Reap()
        {
            ::kill(pid, SIGKILL);
            ::waitpid(pid, nullptr, 0);
        }
    } reap{child};
    QVERIFY(ok);

    const KchanRun r = kchan({QStringLiteral("channels"), QString::number(child), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QHash<int, FdSeen> ours = channelsByFd(QJsonDocument::fromJson(r.out).object());

    // Every number the kernel lists, with the target readlink gives.
    const QString fdDir = QStringLiteral("/proc/%1/fd").arg(child);
    int listed = 0;
    for (const QString &name : QDir(fdDir).entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot)) {
        const int fd = name.toInt();
        char buf[4096];
        const ssize_t n = ::readlink(QFile::encodeName(fdDir + QLatin1Char('/') + name).constData(), buf, sizeof buf);
        const QString target = n > 0 ? QString::fromLocal8Bit(buf, int(n)) : QString();
        QVERIFY2(ours.contains(fd), qPrintable(QStringLiteral("fd %1 (%2) is missing").arg(fd).arg(target)));
        QCOMPARE(ours[fd].target, target);
        ++listed;
    }
    QCOMPARE(ours.size(), listed);

    QCOMPARE(ours[40].channel, QStringLiteral("file"));
    QCOMPARE(ours[40].target, QStringLiteral("/tmp"));
    QCOMPARE(ours[41].channel, QStringLiteral("procfs"));
    QCOMPARE(ours[41].target, QStringLiteral("/proc/%1").arg(child));
    QCOMPARE(ours[42].access, QStringLiteral("path"));
    QCOMPARE(ours[42].channel, QStringLiteral("file"));
    QCOMPARE(ours[43].access, QStringLiteral("rw"));
    QCOMPARE(ours[43].target, QString::fromLocal8Bit(file));
    QCOMPARE(ours[48].access, QStringLiteral("path"));
    QCOMPARE(ours[48].target, QStringLiteral("/"));
    QCOMPARE(ours[46].channel, QStringLiteral("pipe"));
    QCOMPARE(ours[46].access, QStringLiteral("r"));
    QCOMPARE(ours[47].access, QStringLiteral("w"));
    // The bound socket: the protocol /proc/net/netlink gives its inode.
    QCOMPARE(ours[45].channel, QStringLiteral("netlink"));
    QCOMPARE(ours[45].netlinkProtocol, netlinkProtocolOf(child, ours[45].target));
    QCOMPARE(ours[45].netlinkProtocol, NETLINK_ROUTE);
    // The unbound one is in no table, but it is a netlink socket.
    QCOMPARE(netlinkProtocolOf(child, ours[44].target), -1);
    QCOMPARE(ours[44].channel, QStringLiteral("netlink"));
    if (::geteuid() == 0)
        QCOMPARE(ours[44].netlinkProtocol, NETLINK_ROUTE); // asked of the socket itself, with ptrace permission

    // lsof, where the build root has it: the same numbers, fitting types and
    // the same names for paths.
    const QString lsof = QStandardPaths::findExecutable(QStringLiteral("lsof"));
    if (lsof.isEmpty())
        QSKIP("no lsof here; compared with /proc/PID/fd only");
    QProcess p;
    p.start(lsof, {QStringLiteral("-w"), QStringLiteral("-p"), QString::number(child), QStringLiteral("-F"), QStringLiteral("ftn")});
    QVERIFY(p.waitForFinished(60000));
    QHash<int, QPair<QString, QString>> theirs; // fd -> (type, name)
    int fd = -1;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        if (line.isEmpty())
            continue;
        const QString value = QString::fromLocal8Bit(line.mid(1));
        switch (line[0]) {
        case 'f': {
            bool number = false;
            fd = value.toInt(&number);
            if (!number)
                fd = -1; // cwd, rtd, txt, mem: not descriptors
            break;
        }
        case 't':
            if (fd >= 0)
                theirs[fd].first = value;
            break;
        case 'n':
            if (fd >= 0)
                theirs[fd].second = value;
            break;
        default:
            break;
        }
    }
    QVERIFY2(!theirs.isEmpty(), p.readAllStandardError().constData());
    QList<int> a = ours.keys(), b = theirs.keys();
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    QCOMPARE(a, b);
    for (auto it = theirs.cbegin(); it != theirs.cend(); ++it) {
        const FdSeen &o = ours[it.key()];
        const QString what = QStringLiteral("fd %1: lsof %2 %3, ours %4 %5").arg(it.key()).arg(it->first, it->second, o.channel, o.target);
        QVERIFY2(typeFits(it->first, o.channel), qPrintable(what));
        if (it->first == QLatin1String("DIR") || it->first == QLatin1String("REG") || it->first == QLatin1String("CHR"))
            QVERIFY2(it->second == o.target || it->second.startsWith(o.target + QLatin1Char(' ')), qPrintable(what));
    }
    qInfo("%d descriptors, the same in kchan channels, /proc/%d/fd and lsof", int(a.size()), int(child));
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

    // Exited but not reaped: a zombie, said to be waiting for its parent
    // (us), not blocked in the kernel.
    const pid_t zombie = ::fork();
    if (zombie == 0)
        ::_exit(3);
    const auto isZombie = [zombie] {
        QFile f(QStringLiteral("/proc/%1/stat").arg(zombie));
        return f.open(QIODevice::ReadOnly) && f.readAll().contains(") Z ");
    };
    QTRY_VERIFY(isZombie());
    const KchanRun z = kchan({QStringLiteral("channels"), QString::number(zombie), QStringLiteral("--json")});
    QCOMPARE(z.code, 0);
    const QString blocked = QJsonDocument::fromJson(z.out).object().value(QStringLiteral("blocked_in")).toString();
    QVERIFY2(blocked.contains(QLatin1String("not yet reaped")) && blocked.contains(QString::number(::getpid())), qPrintable(blocked));
    int status = 0;
    QCOMPARE(::waitpid(zombie, &status, 0), zombie); // ours
    QCOMPARE(WEXITSTATUS(status), 3);
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
