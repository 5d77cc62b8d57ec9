// SPDX-License-Identifier: GPL-2.0-or-later
// As root: a child of this test calls getppid() exactly 100,000 times and
// then blocks in read(); `kchan syscalls --rates --pid CHILD` must count
// exactly 100,000 getppid calls (counting events are exact), and
// `kchan syscall-of CHILD` must name the read it blocks in. ctest runs it
// through scripts/with-tracefs: tracefs is mounted only inside a private
// mount namespace.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QFileInfo>
#include <QTest>

#include <csignal>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

class TestSyscallCount : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void getppidCountedExactly();
    void syscallRateAsSample();
};

void TestSyscallCount::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("needs root to count another process's system calls");
    if (!QFileInfo::exists(QStringLiteral("/sys/kernel/tracing/events/syscalls")))
        QSKIP("tracefs with syscall events is not mounted (run through scripts/with-tracefs)");
}

void TestSyscallCount::getppidCountedExactly()
{
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
                                           QString::number(child), QStringLiteral("--interval"), QStringLiteral("0.2"), QStringLiteral("--json")});
    QVERIFY(kchan.waitForStarted(30000));
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += kchan.readAllStandardError()).contains("counting"), 30000);

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

QTEST_GUILESS_MAIN(TestSyscallCount)
#include "tst_syscallcount.moc"
