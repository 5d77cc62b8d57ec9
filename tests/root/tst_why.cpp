// SPDX-License-Identifier: GPL-2.0-or-later
// kchan why as an unprivileged user (setpriv to nobody): /proc/1/environ is
// root's and mode 0400, and a device node whose major no driver registered
// has its driver missing. Where Why? says a call or an open will fail, the
// real call made the same way fails too, with the errno it names: reboot
// without CAP_SYS_BOOT, bpf with unprivileged BPF disabled, calls this kernel
// lacks, NETLINK_CONNECTOR outside the initial network namespace, a node on
// a nodev mount. A process's seccomp filter, read and run on a call, gives
// the errno the call really gets in that process. Needs root to change
// user, to mount, to mknod and to read another process's filters.
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "../kchanrun.h"
#include "syscalls/syscalltable.h"
#include "why/why.h"

#include <QFile>
#include <QStandardPaths>

#include <linux/bpf.h>
#include <linux/netlink.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/prctl.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <cstddef>
#include <csignal>
#include <fcntl.h>
#include <grp.h>
#include <unistd.h>

#include <functional>

using namespace kc;

namespace {

const QStringList asNobody = {QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                              QStringLiteral("--clear-groups"), QStringLiteral("--inh-caps=-all")};

/// Runs `call` in a child of ours (as nobody when asked, with no
/// capabilities left) and gives the errno it returns, 0 for success.
int errnoInChild(const std::function<int()> &call, bool asNobody)
{
    int fds[2];
    if (::pipe(fds) != 0)
        return -1;
    const pid_t child = ::fork();
    if (child == 0) {
        ::close(fds[0]);
        int result = -1;
        if (!asNobody || (::setgroups(0, nullptr) == 0 && ::setresgid(65534, 65534, 65534) == 0 && ::setresuid(65534, 65534, 65534) == 0))
            result = call();
        [[maybe_unused]] const ssize_t n = ::write(fds[1], &result, sizeof result);
        ::_exit(0);
    }
    ::close(fds[1]);
    int result = -1;
    if (::read(fds[0], &result, sizeof result) != sizeof result)
        result = -1;
    ::close(fds[0]);
    ::waitpid(child, nullptr, 0); // the child we forked
    return result;
}

int errnoOf(long r)
{
    return r < 0 ? errno : 0;
}

bool hasFailure(const WhyAnswer &a, const QString &title)
{
    for (const WhyCheck &c : a.checks) {
        if (c.result == WhyCheck::Result::Fail && c.title == title)
            return true;
    }
    return false;
}

} // namespace

class TestWhy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void environIsRootsAsNobody();
    void nodeWithoutDriver();
    void rebootNeedsItsCapability();
    void bpfWithUnprivilegedBpfDisabled();
    void callsThisKernelLacks();
    void connectorOnlyInTheInitialNamespace();
    void nodeOnANodevMount();
    void seccompFilterRunOnTheCall();
};

void TestWhy::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("needs root: runs kchan as nobody and makes a device node");
    if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
        QSKIP("needs setpriv (util-linux)");
}

void TestWhy::environIsRootsAsNobody()
{
    const KchanRun r = kchan({QStringLiteral("why"), QStringLiteral("/proc/1/environ")}, {}, asNobody);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains("owned by root, mode 0400"), r.out.constData());
    QVERIFY2(r.out.contains("FAIL  Permission"), r.out.constData());
    QVERIFY(r.out.contains("we are nobody (uid 65534)"));
}

void TestWhy::nodeWithoutDriver()
{
    // A character major no driver holds: 240-254 are for local use.
    QFile devices(QStringLiteral("/proc/devices"));
    QVERIFY(devices.open(QIODevice::ReadOnly));
    const QByteArray table = devices.readAll();
    const QByteArray charPart = table.left(table.indexOf("Block devices:"));
    int free = -1;
    for (int m = 240; m <= 254 && free < 0; ++m) {
        const QByteArray entry = QByteArray("\n") + QByteArray::number(m).rightJustified(3, ' ') + ' ';
        if (!charPart.contains(entry))
            free = m;
    }
    if (free < 0)
        QSKIP("every local-use character major is taken here");
    QTemporaryDir dir;
    const QString node = dir.filePath(QStringLiteral("orphan"));
    QVERIFY2(::mknod(node.toLocal8Bit().constData(), S_IFCHR | 0666, makedev(free, 0)) == 0, strerror(errno));
    const KchanRun r = kchan({QStringLiteral("why"), node});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains("driver is missing"), r.out.constData());
    QVERIFY(r.out.contains(QStringLiteral("major %1").arg(free).toUtf8()));
}

// reboot() asks for CAP_SYS_BOOT before it looks at its arguments: as
// nobody, with a magic number that could never reboot, it fails with EPERM.
void TestWhy::rebootNeedsItsCapability()
{
    const KchanRun r = kchan({QStringLiteral("why"), QStringLiteral("syscall:reboot")}, {}, asNobody);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains("FAIL  Privilege"), r.out.constData());
    QVERIFY2(r.out.contains("CAP_SYS_BOOT") && r.out.contains("EPERM"), r.out.constData());
    QCOMPARE(errnoInChild([] { return errnoOf(::syscall(SYS_reboot, 0, 0, 0, nullptr)); }, true), EPERM);
}

void TestWhy::bpfWithUnprivilegedBpfDisabled()
{
    QFile setting(QStringLiteral("/proc/sys/kernel/unprivileged_bpf_disabled"));
    if (!setting.open(QIODevice::ReadOnly))
        QSKIP("no kernel.unprivileged_bpf_disabled here");
    const bool disabled = setting.readAll().trimmed() != "0";
    const int real = errnoInChild(
        [] {
            union bpf_attr attr {};
            attr.map_type = BPF_MAP_TYPE_ARRAY;
            attr.key_size = 4;
            attr.value_size = 4;
            attr.max_entries = 1;
            return errnoOf(::syscall(SYS_bpf, BPF_MAP_CREATE, &attr, sizeof attr));
        },
        true);
    const KchanRun r = kchan({QStringLiteral("why"), QStringLiteral("syscall:bpf")}, {}, asNobody);
    QVERIFY2(r.out.contains("unprivileged_bpf_disabled is"), r.out.constData());
    // Said to fail exactly when the kernel refuses.
    QCOMPARE(r.out.contains("FAIL  Privilege"), real == EPERM);
    QCOMPARE(real == EPERM, disabled);
}

// Every call Why? says this kernel lacks fails with ENOSYS when made (as
// nobody, with zero arguments: ENOSYS comes before any argument is read),
// and uname and stat, whose tracepoints have other names, are found.
void TestWhy::callsThisKernelLacks()
{
    if (SyscallTable::findTracefs().isEmpty()) {
        if (::mount("nodev", "/sys/kernel/tracing", "tracefs", 0, nullptr) != 0)
            QSKIP("tracefs cannot be mounted here");
    }
    if (!QFileInfo::exists(SyscallTable::findTracefs() + QStringLiteral("/events/syscalls/sys_enter_openat")))
        QSKIP("this kernel has no system call tracepoints");
    for (const char *name : {"uname", "stat", "fstat", "lstat", "sendfile", "umount2", "openat"})
        QVERIFY2(!hasFailure(Why::syscall(QLatin1String(name)), Why::tr("In the running kernel")), name);
    QStringList lacking;
    for (const SyscallInfo &call : SyscallTable::compiled()) {
        if (!hasFailure(Why::syscall(call.name), Why::tr("In the running kernel")))
            continue;
        lacking.append(call.name);
        const long number = call.number;
        QCOMPARE(errnoInChild([number] { return errnoOf(::syscall(number, 0, 0, 0, 0, 0, 0)); }, true), ENOSYS);
    }
    qInfo("calls this kernel lacks: %s", qPrintable(lacking.join(QLatin1Char(' '))));
}

// The connector's kernel socket lives in the initial network namespace
// only: in a new one socket() fails, and Why? says why rather than "not in
// this kernel".
void TestWhy::connectorOnlyInTheInitialNamespace()
{
    if (!Why::netlink(QStringLiteral("NETLINK_CONNECTOR")).checks.value(1).evidence.contains(QLatin1String("/proc/net/netlink")))
        QSKIP("this kernel has no process connector here");
    // The protocol is registered for every namespace, so socket() and
    // bind() succeed; the kernel's end exists only in the initial one, so
    // the first message to it (the connector's LISTEN) is refused.
    const int real = errnoInChild(
        [] {
            if (::unshare(CLONE_NEWNET) != 0)
                return -2;
            const int fd = ::socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_CONNECTOR);
            if (fd < 0)
                return errno;
            sockaddr_nl local {};
            local.nl_family = AF_NETLINK;
            local.nl_groups = 1; // CN_IDX_PROC
            if (::bind(fd, reinterpret_cast<sockaddr *>(&local), sizeof local) != 0)
                return errno;
            struct {
                nlmsghdr header;
                char body[24];
            } message {};
            message.header.nlmsg_len = sizeof message;
            message.header.nlmsg_type = NLMSG_DONE;
            sockaddr_nl kernel {};
            kernel.nl_family = AF_NETLINK;
            return errnoOf(::sendto(fd, &message, sizeof message, 0, reinterpret_cast<sockaddr *>(&kernel), sizeof kernel));
        },
        false);
    QCOMPARE(real, ECONNREFUSED);
    const KchanRun r = kchan({QStringLiteral("why"), QStringLiteral("netlink:NETLINK_CONNECTOR")}, {}, {QStringLiteral("unshare"), QStringLiteral("-n")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains("FAIL  In this network namespace") && r.out.contains("only in the initial network namespace"), r.out.constData());
    QVERIFY2(r.out.contains("ECONNREFUSED"), r.out.constData());
}

// A node on a nodev mount cannot be opened, even by root and whatever its
// mode: Why? fails it and open() says EACCES.
void TestWhy::nodeOnANodevMount()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray where = dir.path().toLocal8Bit();
    const QByteArray node = where + "/null";
    // The mount that holds the directory, made private in a mount
    // namespace of our own so the nodev tmpfs goes with it.
    QFile mounts(QStringLiteral("/proc/self/mounts"));
    QVERIFY(mounts.open(QIODevice::ReadOnly));
    QByteArray holder = "/";
    for (const QByteArray &line : mounts.readAll().split('\n')) {
        const QByteArray point = line.split(' ').value(1);
        if (!point.isEmpty() && (where == point || where.startsWith(point.endsWith('/') ? point : point + '/')) && point.size() > holder.size())
            holder = point;
    }
    const int real = errnoInChild(
        [&] {
            if (::unshare(CLONE_NEWNS) != 0 || ::mount(nullptr, holder.constData(), nullptr, MS_REC | MS_PRIVATE, nullptr) != 0
                || ::mount("none", where.constData(), "tmpfs", MS_NODEV, "mode=0755") != 0 || ::mknod(node.constData(), S_IFCHR | 0666, makedev(1, 3)) != 0)
                return -2;
            const int fd = ::open(node.constData(), O_RDONLY | O_CLOEXEC);
            return fd < 0 ? errno : 0;
        },
        false);
    if (real == -2)
        QSKIP("cannot mount a tmpfs in a mount namespace of our own here");
    QCOMPARE(real, EACCES);
    const QString script = QStringLiteral("mount --make-rprivate \"$3\" && mount -t tmpfs -o nodev none \"$2\" && mknod \"$2/null\" c 1 3 "
                                          "&& exec \"$0\" \"$1\" \"$2/null\"");
    const KchanRun r = kchan({QStringLiteral("why"), dir.path(), QString::fromLocal8Bit(holder)}, {},
                             {QStringLiteral("unshare"), QStringLiteral("-m"), QStringLiteral("--propagation"), QStringLiteral("unchanged"),
                              QStringLiteral("sh"), QStringLiteral("-c"), script});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains("FAIL  Mount") && r.out.contains("nodev"), QByteArray(r.out + r.err).constData());
}

// A child of ours installs a filter (uname fails with EMLINK; socket is
// allowed only for AF_UNIX, the filter reading its first argument; the rest
// goes through), makes the real calls, reports their errnos and waits. Why?
// reads the filter from outside and runs it on each call.
void TestWhy::seccompFilterRunOnTheCall()
{
#if defined(__x86_64__)
    int report[2];
    QCOMPARE(::pipe(report), 0);
    const pid_t child = ::fork();
    if (child == 0) {
        ::close(report[0]);
        sock_filter filter[] = {
            BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(seccomp_data, arch)),
            BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 1, 0),
            BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
            BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(seccomp_data, nr)),
            BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_uname, 0, 1),
            BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EMLINK),
            BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_socket, 0, 3),
            BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(seccomp_data, args[0])),
            BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AF_UNIX, 1, 0),
            BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EAFNOSUPPORT),
            BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
        };
        sock_fprog prog{quint16(sizeof filter / sizeof filter[0]), filter};
        int errs[3] = {-1, -1, -1};
        if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == 0 && ::prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog) == 0) {
            struct utsname u;
            errs[0] = errnoOf(::uname(&u));
            errs[1] = errnoOf(::getppid());
            errs[2] = errnoOf(::socket(AF_INET, SOCK_DGRAM, 0));
        }
        [[maybe_unused]] const ssize_t n = ::write(report[1], errs, sizeof errs);
        ::pause();
        ::_exit(0);
    }
    ::close(report[1]);
    int errs[3] = {-1, -1, -1};
    QCOMPARE(::read(report[0], errs, sizeof errs), ssize_t(sizeof errs));
    ::close(report[0]);
    QCOMPARE(errs[0], EMLINK);
    QCOMPARE(errs[1], 0);
    QCOMPARE(errs[2], EAFNOSUPPORT);
    auto seccomp = [child](const char *call) {
        for (const WhyCheck &c : Why::syscall(QLatin1String(call), child).checks) {
            if (c.title == Why::tr("Seccomp"))
                return c;
        }
        return WhyCheck();
    };
    const WhyCheck uname = seccomp("uname");
    QCOMPARE(uname.result, WhyCheck::Result::Fail);
    QVERIFY2(uname.evidence.contains(QLatin1String("EMLINK")), qPrintable(uname.evidence));
    const WhyCheck getppid = seccomp("getppid");
    QCOMPARE(getppid.result, WhyCheck::Result::Pass);
    // socket: decided by its arguments; with 0 (AF_UNSPEC) it is refused,
    // and Why? says the arguments matter.
    const WhyCheck socket = seccomp("socket");
    QCOMPARE(socket.result, WhyCheck::Result::Fail);
    QVERIFY2(socket.evidence.contains(QLatin1String("EAFNOSUPPORT")) && socket.evidence.contains(QLatin1String("arguments")),
             qPrintable(socket.evidence));
    // Reading the filters left the child running, untraced.
    QFile status(QStringLiteral("/proc/%1/status").arg(child));
    QVERIFY(status.open(QIODevice::ReadOnly));
    const QByteArray text = status.readAll();
    QVERIFY2(text.contains("TracerPid:\t0\n") && text.contains("State:\tS"), text.constData());
    ::kill(child, SIGKILL); // ours
    ::waitpid(child, nullptr, 0);
#else
    QSKIP("the filter is written for x86-64");
#endif
}

QTEST_GUILESS_MAIN(TestWhy)
#include "tst_why.moc"
