// SPDX-License-Identifier: GPL-2.0-or-later
// As root: a child of this test calls getppid() exactly 100,000 times and
// then blocks in read(); `kchan syscalls --rates --pid CHILD` must count
// exactly 100,000 getppid calls, with a BPF program and with perf counting
// events, and `kchan syscall-of CHILD` must name the read it blocks in.
// 32-bit (compat) calls are left out by both ways of counting. ctest runs
// it through scripts/with-tracefs: tracefs is mounted only inside a
// private mount namespace.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

#include "../hookfds.h"
#include "sampling/sampler.h"
#include "syscalls/bpfsyscallcounter.h"
#include "syscalls/machinecounting.h"
#include "syscalls/syscallcounter.h"

#include <csignal>
#include <sched.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

class TestSyscallCount : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void getppidCountedExactly_data();
    void getppidCountedExactly();
    void compatCallsLeftOut_data();
    void compatCallsLeftOut();
    void processInChildPidNamespace_data() { compatCallsLeftOut_data(); }
    void processInChildPidNamespace();
    void callsByProcessExact();
    void bpfCounterReleasesEverything_data();
    void bpfCounterReleasesEverything();
    void bpfRefusedWithoutPrivilege();
    void syscallRateAsSample();
    void samplerReleasesCountersWithItsKeys();
};

void TestSyscallCount::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("needs root to count another process's system calls");
    if (!QFileInfo::exists(QStringLiteral("/sys/kernel/tracing/events/syscalls")))
        QSKIP("tracefs with syscall events is not mounted (run through scripts/with-tracefs)");
}

namespace {

void skipWithoutBpf(const QString &method)
{
    if (method != QLatin1String("bpf"))
        return;
    kc::BpfSyscallCounter probe;
    if (!probe.open())
        QSKIP(qPrintable(QStringLiteral("this kernel cannot count with BPF: ") + probe.error()));
}

// Counts the calls of process `pid` as `method` says: "bpf" by number
// (no tracefs needed), "perf" by tracepoint.
bool openFor(kc::SyscallCounter &counter, const QString &method, int pid)
{
    const bool bpf = method == QLatin1String("bpf");
    return counter.open(bpf ? kc::SyscallTable::compiled() : kc::SyscallTable::load().calls, pid,
                        bpf ? kc::SyscallCounter::Method::Bpf : kc::SyscallCounter::Method::Perf);
}

// Call `name` in a reading of `counter`; -1 when it is not counted.
qint64 countOf(const kc::SyscallCounter &counter, const QList<quint64> &counts, QLatin1StringView name)
{
    for (int i = 0; i < counter.calls().size(); ++i) {
        if (counter.calls()[i].name == name)
            return qint64(counts.value(i));
    }
    return -1;
}

} // namespace

void TestSyscallCount::getppidCountedExactly_data()
{
    QTest::addColumn<QString>("method");
    QTest::newRow("bpf") << QStringLiteral("bpf");
    QTest::newRow("perf") << QStringLiteral("perf");
}

void TestSyscallCount::getppidCountedExactly()
{
    QFETCH(QString, method);
    skipWithoutBpf(method);
    int go[2], stay[2];
    QVERIFY(::pipe(go) == 0 && ::pipe(stay) == 0);
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        // Only async-signal-safe calls from here on.
        char c;
        if (::read(go[0], &c, 1) != 1)
            ::_exit(1);
        for (int i = 0; i < 100000; ++i)
            ::syscall(SYS_getppid);
        ::read(stay[0], &c, 1); // blocks until killed
        ::_exit(0);
    }
    ::close(go[0]);
    ::close(stay[0]);

    QProcess kchan;
    kchan.setProcessChannelMode(QProcess::SeparateChannels);
    kchan.start(QStringLiteral(KC_KCHAN), {QStringLiteral("syscalls"), QStringLiteral("--rates"), QStringLiteral("--pid"),
                                           QString::number(child), QStringLiteral("--interval"), QStringLiteral("0.2"), QStringLiteral("--json"),
                                           QStringLiteral("--method"), method});
    QVERIFY(kchan.waitForStarted(30000));
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += kchan.readAllStandardError()).contains("counting"), 30000);
    QVERIFY2(err.contains(method == QLatin1String("bpf") ? "with a BPF program" : "with perf events"), err.constData());

    QCOMPARE(::write(go[1], "x", 1), ssize_t(1));
    qint64 getppid = 0;
    QByteArray pending;
    auto collect = [&] {
        pending += kchan.readAllStandardOutput();
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QJsonObject o = QJsonDocument::fromJson(pending.left(nl)).object();
            pending.remove(0, nl + 1);
            getppid += o.value(QStringLiteral("counts")).toObject().value(QStringLiteral("getppid")).toInteger();
        }
        return getppid;
    };
    QTRY_VERIFY_WITH_TIMEOUT(collect() >= 100000, 30000);
    // A few more intervals: nothing more may arrive.
    QTest::qWait(600);
    collect();
    QCOMPARE(getppid, qint64(100000));

    // The child now blocks in read() on the second pipe.
    QProcess of;
    of.start(QStringLiteral(KC_KCHAN), {QStringLiteral("syscall-of"), QString::number(child), QStringLiteral("--json")});
    QVERIFY(of.waitForFinished(30000));
    const QJsonObject o = QJsonDocument::fromJson(of.readAllStandardOutput()).object();
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("read"));
    QCOMPARE(o.value(QStringLiteral("args")).toArray().at(0).toInteger(), qint64(stay[0]));

    ::kill(child, SIGKILL);
    ::waitpid(child, nullptr, 0);
    // kchan notices the process is gone and ends by itself.
    QVERIFY(kchan.waitForFinished(30000));
    QCOMPARE(kchan.exitCode(), 0);
    QVERIFY(kchan.readAllStandardError().contains("has exited"));
    ::close(go[1]);
    ::close(stay[1]);
}

void TestSyscallCount::compatCallsLeftOut_data()
{
    QTest::addColumn<QString>("method");
    QTest::newRow("bpf") << QStringLiteral("bpf");
    QTest::newRow("perf") << QStringLiteral("perf");
}

// A 64-bit process that enters the kernel through int $0x80 makes 32-bit
// calls: i386 number 64 is getppid, while x86-64 number 64 is semget.
// Neither way of counting may book them under semget (or at all); the
// child's native getppid calls are counted exactly.
void TestSyscallCount::compatCallsLeftOut()
{
#if defined(__x86_64__)
    QFETCH(QString, method);
    skipWithoutBpf(method);
    auto compatGetppid = [] {
        long ret;
        asm volatile("int $0x80" : "=a"(ret) : "a"(64L) : "memory");
        return ret;
    };
    // Without IA-32 emulation int $0x80 kills the caller: try it first.
    const pid_t probe = ::fork();
    QVERIFY(probe >= 0);
    if (probe == 0)
        ::_exit(compatGetppid() == long(::getppid()) ? 0 : 1);
    int status = 0;
    QCOMPARE(::waitpid(probe, &status, 0), probe);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        QSKIP("this kernel runs no 32-bit system calls (no IA-32 emulation)");

    int go[2], done[2];
    QVERIFY(::pipe(go) == 0 && ::pipe(done) == 0);
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        ::close(go[1]); // so that the parent's close ends the last read
        ::close(done[0]);
        char c;
        if (::read(go[0], &c, 1) != 1)
            ::_exit(1);
        for (int i = 0; i < 1000; ++i)
            compatGetppid();
        for (int i = 0; i < 100; ++i)
            ::syscall(SYS_getppid);
        ::write(done[1], "x", 1);
        ::read(go[0], &c, 1); // until the parent closes it
        ::_exit(0);
    }
    ::close(go[0]);
    ::close(done[1]);
    kc::SyscallCounter counter;
    QVERIFY2(openFor(counter, method, child), qPrintable(counter.error()));
    QCOMPARE(::write(go[1], "x", 1), ssize_t(1));
    char c;
    QCOMPARE(::read(done[0], &c, 1), ssize_t(1));
    const QList<quint64> counts = counter.read();
    const qint64 getppid = countOf(counter, counts, QLatin1StringView("getppid"));
    const qint64 semget = countOf(counter, counts, QLatin1StringView("semget"));
    counter.close();
    ::close(go[1]);
    ::close(done[0]);
    QCOMPARE(::waitpid(child, &status, 0), child);
    QCOMPARE(getppid, qint64(100));
    QCOMPARE(semget, qint64(0));
#else
    QSKIP("32-bit calls are told apart on x86-64 only");
#endif
}

// A container's process, picked by the number we see in /proc, is counted
// (it is PID 1 in its own namespace).
void TestSyscallCount::processInChildPidNamespace()
{
    QFETCH(QString, method);
    skipWithoutBpf(method);
    int go[2], done[2], report[2];
    QVERIFY(::pipe(go) == 0 && ::pipe(done) == 0 && ::pipe(report) == 0);
    const pid_t middle = ::fork();
    QVERIFY(middle >= 0);
    if (middle == 0) {
        ::close(go[1]);
        ::close(done[0]);
        ::close(report[0]);
        if (::unshare(CLONE_NEWPID) != 0)
            ::_exit(2);
        const pid_t inner = ::fork();
        if (inner == 0) {
            char c;
            if (::syscall(SYS_getpid) != 1 || ::read(go[0], &c, 1) != 1)
                ::_exit(1);
            for (int i = 0; i < 1000; ++i)
                ::syscall(SYS_getppid);
            ::write(done[1], "x", 1);
            ::read(go[0], &c, 1); // until the parent closes it
            ::_exit(0);
        }
        ::write(report[1], &inner, sizeof inner);
        ::waitpid(inner, nullptr, 0);
        ::_exit(0);
    }
    ::close(go[0]);
    ::close(done[1]);
    ::close(report[1]);
    pid_t inner = -1;
    QCOMPARE(::read(report[0], &inner, sizeof inner), ssize_t(sizeof inner));
    QVERIFY(inner > 0);
    kc::SyscallCounter counter;
    QVERIFY2(openFor(counter, method, inner), qPrintable(counter.error()));
    QCOMPARE(::write(go[1], "x", 1), ssize_t(1));
    char c;
    QCOMPARE(::read(done[0], &c, 1), ssize_t(1));
    const qint64 getppid = countOf(counter, counter.read(), QLatin1StringView("getppid"));
    counter.close();
    ::close(go[1]);
    ::close(done[0]);
    ::close(report[0]);
    int status = 0;
    QCOMPARE(::waitpid(middle, &status, 0), middle);
    QCOMPARE(getppid, qint64(1000));
}

// Counting every process, the calls of one are also counted on their own:
// between two moments when the child is blocked in read(), it makes
// exactly 100,000 getppid calls, one write and one read.
void TestSyscallCount::callsByProcessExact()
{
    skipWithoutBpf(QStringLiteral("bpf"));
    int go[2], done[2];
    QVERIFY(::pipe(go) == 0 && ::pipe(done) == 0);
    kc::SyscallCounter counter;
    QVERIFY2(counter.open(kc::SyscallTable::compiled(), -1, kc::SyscallCounter::Method::Bpf, true), qPrintable(counter.error()));
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        ::close(go[1]);
        ::close(done[0]);
        char c;
        for (int round = 0; round < 2; ++round) {
            if (::read(go[0], &c, 1) != 1)
                ::_exit(1);
            for (int i = 0; i < 100000; ++i)
                ::syscall(SYS_getppid);
            ::write(done[1], "x", 1);
        }
        ::read(go[0], &c, 1); // until the parent closes it
        ::_exit(0);
    }
    ::close(go[0]);
    ::close(done[1]);
    // In read() (number 0) and asleep: its entry has been counted.
    const QString syscallFile = QStringLiteral("/proc/%1/syscall").arg(child);
    auto blockedInRead = [&] {
        QFile f(syscallFile);
        return f.open(QIODevice::ReadOnly) && f.readAll().startsWith("0 ");
    };
    auto callsOfChild = [&] { return qint64(counter.callsByProcess().value(child, 0)); };
    char c;
    QCOMPARE(::write(go[1], "x", 1), ssize_t(1));
    QCOMPARE(::read(done[0], &c, 1), ssize_t(1));
    QTRY_VERIFY_WITH_TIMEOUT(blockedInRead(), 10000);
    const qint64 before = callsOfChild();
    QVERIFY(before >= 100002);
    QCOMPARE(::write(go[1], "x", 1), ssize_t(1));
    QCOMPARE(::read(done[0], &c, 1), ssize_t(1));
    QTRY_VERIFY_WITH_TIMEOUT(blockedInRead(), 10000);
    QCOMPARE(callsOfChild() - before, qint64(100002));
    ::close(go[1]);
    ::close(done[0]);
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    // Ended: its figures are read once more at most, then it is dropped
    // (noted by the BPF program at its exit, no probe by PID).
    counter.callsByProcess();
    QVERIFY(!counter.callsByProcess().contains(child));
}

void TestSyscallCount::bpfCounterReleasesEverything_data()
{
    QTest::addColumn<int>("pid");
    QTest::addColumn<bool>("byProcess");
    QTest::newRow("every process") << -1 << false;
    QTest::newRow("by process") << -1 << true;
    QTest::newRow("one process") << int(::getpid()) << false;
}

// The idle-cost rule for the BPF counter itself: while open it holds its
// program and link; once closed not one descriptor more than before is
// left (no program, link, map, BTF object or file libbpf opened), and it
// opens again as well as the first time.
void TestSyscallCount::bpfCounterReleasesEverything()
{
    QFETCH(int, pid);
    QFETCH(bool, byProcess);
    skipWithoutBpf(QStringLiteral("bpf"));
    auto descriptors = [] {
        QStringList fds;
        const QDir dir(QStringLiteral("/proc/self/fd"));
        for (const QString &fd : dir.entryList(QDir::System | QDir::NoDotAndDotDot))
            fds.append(fd + QLatin1Char(' ') + QFileInfo(dir.filePath(fd)).symLinkTarget());
        fds.removeIf([](const QString &fd) { return fd.endsWith(QLatin1String("/proc/self/fd")); }); // the listing's own
        return fds;
    };
    QVERIFY2(kernelHookDescriptors().isEmpty(), qPrintable(kernelHookDescriptors().join(QStringLiteral(", "))));
    const QStringList before = descriptors();
    for (int round = 0; round < 2; ++round) {
        kc::BpfSyscallCounter counter;
        QVERIFY2(counter.open(pid, byProcess), qPrintable(counter.error()));
        const QString hooks = kernelHookDescriptors().join(QStringLiteral(", "));
        QVERIFY2(hooks.contains(QLatin1String("bpf-prog")) && hooks.contains(QLatin1String("bpf_link")), qPrintable(hooks));
        ::syscall(SYS_getppid);
        const QList<quint64> counts = counter.read();
        QCOMPARE(counts.size(), kc::BpfSyscallCounter::Slots);
        QVERIFY(counts.value(SYS_getppid) >= 1);
        QCOMPARE(!counter.readByProcess().isEmpty(), byProcess);
        counter.close();
        QVERIFY(!counter.isOpen());
        QCOMPARE(descriptors(), before);
    }
}

// Without privilege the counter says what it needs, in one sentence and
// with nothing of libbpf's on the terminal.
void TestSyscallCount::bpfRefusedWithoutPrivilege()
{
    if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
        QSKIP("needs setpriv (util-linux)");
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("setpriv"), {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                                        QStringLiteral("--inh-caps=-all"), QStringLiteral(KC_KCHAN), QStringLiteral("syscalls"),
                                        QStringLiteral("--rates"), QStringLiteral("--method"), QStringLiteral("bpf")});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY(p.exitCode() != 0);
    QCOMPARE(p.readAllStandardError(), QByteArray("kchan syscalls: Counting with BPF needs root (CAP_BPF and CAP_PERFMON).\n"));
}

void TestSyscallCount::syscallRateAsSample()
{
    // A pinned syscall rate goes through the sampler: kchan sample sleeps
    // between samples, so its own clock_nanosleep calls are counted.
    QProcess p;
    p.start(QStringLiteral(KC_KCHAN), {QStringLiteral("sample"), QStringLiteral("syscall:clock_nanosleep"), QStringLiteral("--interval"),
                                       QStringLiteral("0.2"), QStringLiteral("--count"), QStringLiteral("3"), QStringLiteral("--json")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    for (const QByteArray &line : lines) {
        const double rate = QJsonDocument::fromJson(line).object().value(QStringLiteral("values")).toObject()
                                .value(QStringLiteral("syscall:clock_nanosleep")).toDouble(-1);
        QVERIFY2(rate > 0, line.constData());
    }
}

void TestSyscallCount::samplerReleasesCountersWithItsKeys()
{
    // The kernel's hook is held exactly while a syscall key is sampled:
    // taking the keys away releases it at once, with no further tick.
    QVERIFY2(kernelHookDescriptors().isEmpty(), qPrintable(kernelHookDescriptors().join(QStringLiteral(", "))));
    kc::Sampler sampler;
    sampler.setKeys({QStringLiteral("syscall:all"), QStringLiteral("interrupts:total")});
    QVERIFY(sampler.isCounting());
    QVERIFY(!kernelHookDescriptors().isEmpty());
    QCOMPARE(kc::MachineCounting::instance()->counters(), 1);
    // The first tick only primes the counter; the second has a rate.
    sampler.sample(0);
    QList<kc::SamplePoint> points = sampler.sample(1000);
    QCOMPARE(points.size(), 2);
    QVERIFY2(points[0].valid && points[0].value > 0, qPrintable(points[0].error));
    // Unsubscribed: nothing of the kernel's is left in this process.
    sampler.setKeys({QStringLiteral("interrupts:total")});
    QVERIFY(!sampler.isCounting());
    QVERIFY2(kernelHookDescriptors().isEmpty(), qPrintable(kernelHookDescriptors().join(QStringLiteral(", "))));
    QCOMPARE(kc::MachineCounting::instance()->counters(), 0);
    // A call added reopens the counters from zero: the key kept gets no
    // rate across that (it would read as a wrap of the counter).
    sampler.setKeys({QStringLiteral("syscall:all")});
    sampler.sample(2000);
    QVERIFY(sampler.sample(3000)[0].valid);
    sampler.setKeys({QStringLiteral("syscall:all"), QStringLiteral("syscall:read")});
    QVERIFY(sampler.isCounting());
    QCOMPARE(kc::MachineCounting::instance()->counters(), 1);
    points = sampler.sample(4000);
    QVERIFY(!points[0].valid);
    QVERIFY(sampler.sample(5000)[0].valid);
    sampler.setKeys({});
    QVERIFY(kernelHookDescriptors().isEmpty());
}

QTEST_GUILESS_MAIN(TestSyscallCount)
#include "tst_syscallcount.moc"
