// SPDX-License-Identifier: GPL-2.0-or-later
// The syscall table's parsers: tracefs format files captured from this
// kernel, /proc/PID/syscall lines, and the table compiled from the uapi
// headers checked against <asm/unistd.h>.
#include "../fixtures.h"
#include "models/syscalltablemodel.h"
#include "syscalls/syscalltable.h"
#include "trace/syscalldecoder.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <QTest>

#include <asm/unistd.h>
#include <linux/fs.h>
#include <linux/input.h>
#include <linux/loop.h>
#include <linux/sockios.h>
#include <sys/ioctl.h>

using kc::SyscallTable;

class TestSyscalls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formatOpenat();
    void formatNoArgs();
    void formatEveryFixture();
    void formatBad_data();
    void formatBad();
    void procSyscall_data();
    void procSyscall();
    void compiledMatchesHeaders();
    void ioctlNames_data();
    void ioctlNames();
    void unquoted_data();
    void unquoted();
    void descriptions();
    void modelAnnouncesOnlyMovedRows();
};

void TestSyscalls::formatOpenat()
{
    const auto s = SyscallTable::parseFormat(readFixture(QStringLiteral("tracefs/sys_enter_openat.format")));
    QVERIFY(s);
    QCOMPARE(s->name, QStringLiteral("openat"));
    QCOMPARE(s->tracepointId, 782);
    QCOMPARE(s->args.size(), 4);
    QCOMPARE(s->args[0].type, QStringLiteral("int"));
    QCOMPARE(s->args[0].name, QStringLiteral("dfd"));
    QCOMPARE(s->args[1].type, QStringLiteral("const char *"));
    QCOMPARE(s->args[1].name, QStringLiteral("filename"));
    QCOMPARE(s->args[3].type, QStringLiteral("umode_t"));
    kc::SyscallInfo info = *s;
    QCOMPARE(info.signature(), QStringLiteral("openat(int dfd, const char *filename, int flags, umode_t mode)"));
}

void TestSyscalls::formatNoArgs()
{
    const auto s = SyscallTable::parseFormat(readFixture(QStringLiteral("tracefs/sys_enter_getppid.format")));
    QVERIFY(s);
    QCOMPARE(s->name, QStringLiteral("getppid"));
    QCOMPARE(s->tracepointId, 305);
    QVERIFY(s->args.isEmpty());
    QVERIFY(s->argsKnown);
    QCOMPARE(s->signature(), QStringLiteral("getppid()"));
}

void TestSyscalls::formatEveryFixture()
{
    for (const char *name : {"read", "mmap", "ioctl", "execve", "sendmsg", "clone3", "exit_group", "pselect6", "bpf"}) {
        const auto s = SyscallTable::parseFormat(readFixture(QStringLiteral("tracefs/sys_enter_%1.format").arg(QLatin1String(name))));
        QVERIFY2(s, name);
        QCOMPARE(s->name, QLatin1String(name));
        QVERIFY(s->tracepointId > 0);
        QVERIFY2(!s->args.isEmpty(), name);
        for (const kc::SyscallArg &a : s->args)
            QVERIFY(!a.type.isEmpty() && !a.name.isEmpty() && !a.name.startsWith(QLatin1String("common_")));
    }
    QCOMPARE(SyscallTable::parseFormat(readFixture(QStringLiteral("tracefs/sys_enter_mmap.format")))->args.size(), 6);
}

void TestSyscalls::formatBad_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("garbage") << noiseBytes(7, 4096);
    QTest::newRow("not a syscall") << QByteArray("name: sched_switch\nID: 12\nformat:\n\tfield:int x;\toffset:8;\n");
    QTest::newRow("no name") << QByteArray("ID: 12\nformat:\n\tfield:int fd;\toffset:8;size:8;\n");
}

void TestSyscalls::formatBad()
{
    QFETCH(QByteArray, data);
    QVERIFY(!SyscallTable::parseFormat(data));
    // Cut short after the name: the name and what came are kept.
    const QByteArray full = readFixture(QStringLiteral("tracefs/sys_enter_openat.format"));
    const auto cut = SyscallTable::parseFormat(full.left(full.indexOf("filename")));
    QVERIFY(cut);
    QCOMPARE(cut->name, QStringLiteral("openat"));
    QCOMPARE(cut->args.size(), 1); // dfd only; the cut line is incomplete
}

void TestSyscalls::procSyscall_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("text");
    QTest::newRow("sleep") << QByteArray("230 0x0 0x0 0x7ffcbf3e7a80 0x7ffcbf3e7ac0 0x0 0x0 0x7ffcbf3e7a68 0x7feacd474503\n")
                           << int(kc::ProcSyscall::State::InSyscall) << 230 << "in clock_nanosleep(0, 0, 0x7ffcbf3e7a80, 0x7ffcbf3e7ac0, 0, 0)";
    QTest::newRow("read") << QByteArray("0 0x3 0x7f73a9061000 0x20000 0x7f73a90f2b60 0xffffffff 0x0 0x7fff221c0b08 0x7f73a91db2ad")
                          << int(kc::ProcSyscall::State::InSyscall) << 0 << "in read(3, 0x7f73a9061000, 0x20000, 0x7f73a90f2b60, 0xffffffff, 0)";
    QTest::newRow("running") << QByteArray("running\n") << int(kc::ProcSyscall::State::Running) << -1 << "running on a CPU now";
    QTest::newRow("fault") << QByteArray("-1 0x7ffc2ba36250 0x401000\n") << int(kc::ProcSyscall::State::NotInSyscall) << -1
                           << "blocked in the kernel, but not in a system call (for example a page fault)";
}

void TestSyscalls::procSyscall()
{
    QFETCH(QByteArray, line);
    QFETCH(int, state);
    QFETCH(int, number);
    QFETCH(QString, text);
    const auto s = SyscallTable::parseProcSyscall(line);
    QVERIFY(s);
    QCOMPARE(int(s->state), state);
    QCOMPARE(s->number, number);
    QCOMPARE(SyscallTable::describe(*s), text);
    QVERIFY(!SyscallTable::parseProcSyscall("garbage"));
    QVERIFY(!SyscallTable::parseProcSyscall("0 0x1 0x2"));        // cut short
    QVERIFY(!SyscallTable::parseProcSyscall("0 0x1 zz 3 4 5 6 7 8")); // not hex
    QVERIFY(!SyscallTable::parseProcSyscall(""));
}

void TestSyscalls::ioctlNames_data()
{
    // The request as this test's compiler works it out from the headers,
    // and the name the generated table must give it.
    QTest::addColumn<quint64>("request");
    QTest::addColumn<QString>("name");
    QTest::newRow("TCGETS") << quint64(TCGETS) << QStringLiteral("TCGETS");
    QTest::newRow("TIOCGWINSZ") << quint64(TIOCGWINSZ) << QStringLiteral("TIOCGWINSZ");
    QTest::newRow("FIONREAD") << quint64(FIONREAD) << QStringLiteral("FIONREAD");
    QTest::newRow("FIOCLEX") << quint64(FIOCLEX) << QStringLiteral("FIOCLEX");
    QTest::newRow("BLKGETSIZE64") << quint64(BLKGETSIZE64) << QStringLiteral("BLKGETSIZE64");
    QTest::newRow("BLKSSZGET") << quint64(BLKSSZGET) << QStringLiteral("BLKSSZGET");
    QTest::newRow("FS_IOC_GETFLAGS") << quint64(FS_IOC_GETFLAGS) << QStringLiteral("FS_IOC_GETFLAGS");
    QTest::newRow("FICLONE") << quint64(FICLONE) << QStringLiteral("FICLONE");
    QTest::newRow("LOOP_CTL_GET_FREE") << quint64(LOOP_CTL_GET_FREE) << QStringLiteral("LOOP_CTL_GET_FREE");
    QTest::newRow("LOOP_SET_FD") << quint64(LOOP_SET_FD) << QStringLiteral("LOOP_SET_FD");
    QTest::newRow("EVIOCGVERSION") << quint64(EVIOCGVERSION) << QStringLiteral("EVIOCGVERSION");
    QTest::newRow("EVIOCGRAB") << quint64(EVIOCGRAB) << QStringLiteral("EVIOCGRAB");
    QTest::newRow("SIOCGIFINDEX") << quint64(SIOCGIFINDEX) << QStringLiteral("SIOCGIFINDEX");
    QTest::newRow("SIOCGIFFLAGS") << quint64(SIOCGIFFLAGS) << QStringLiteral("SIOCGIFFLAGS");
    // The kernel reads the request as an unsigned int.
    QTest::newRow("upper half ignored") << (quint64(TCGETS) | 0xffffffff00000000ull) << QStringLiteral("TCGETS");
    // Named by no header: taken apart as strace does.
    QTest::newRow("unknown rw") << quint64(_IOC(_IOC_READ | _IOC_WRITE, 0xf7, 0x3c, 16))
                                << QStringLiteral("_IOC(_IOC_READ|_IOC_WRITE, 0xf7, 0x3c, 0x10)");
    QTest::newRow("unknown none") << quint64(_IOC(_IOC_NONE, 0xf7, 0x3d, 0)) << QStringLiteral("_IOC(_IOC_NONE, 0xf7, 0x3d, 0)");
    QTest::newRow("unknown write") << quint64(_IOC(_IOC_WRITE, 0xf7, 0, 4)) << QStringLiteral("_IOC(_IOC_WRITE, 0xf7, 0, 0x4)");
}

void TestSyscalls::ioctlNames()
{
    QFETCH(quint64, request);
    QFETCH(QString, name);
    QCOMPARE(kc::SyscallDecoder::ioctlRequest(request), name);
}

void TestSyscalls::unquoted_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("path") << QByteArray("/proc/meminfo");
    QTest::newRow("escapes") << QByteArray("a\"b\\c\n\t\r\x01\x7f\xff", 15);
    QTest::newRow("NUL") << QByteArray("a\0b", 3);
    QTest::newRow("every byte") << noiseBytes(7, 512);
}

void TestSyscalls::unquoted()
{
    // What quoted() writes reads back as the same bytes, a cut note or not.
    QFETCH(QByteArray, bytes);
    QCOMPARE(kc::SyscallDecoder::unquoted(kc::SyscallDecoder::quoted(bytes, 4096, bytes.size())), std::optional<QByteArray>(bytes));
    const QString cut = kc::SyscallDecoder::quoted(bytes, 4, -1);
    QCOMPARE(kc::SyscallDecoder::unquoted(cut), std::optional<QByteArray>(bytes.left(4)));
    QCOMPARE(kc::SyscallDecoder::unquoted(QStringLiteral("0x7ffd1000")), std::nullopt);
    QCOMPARE(kc::SyscallDecoder::unquoted(QStringLiteral("\"no end")), std::nullopt);
    QCOMPARE(kc::SyscallDecoder::unquoted(QStringLiteral("\"bad \\q\"")), std::nullopt);
}

void TestSyscalls::compiledMatchesHeaders()
{
    // The numbers come from the headers at build time; check a few against
    // the header this test is compiled with.
    QCOMPARE(SyscallTable::nameOf(__NR_read), QStringLiteral("read"));
    QCOMPARE(SyscallTable::nameOf(__NR_write), QStringLiteral("write"));
    QCOMPARE(SyscallTable::nameOf(__NR_openat), QStringLiteral("openat"));
    QCOMPARE(SyscallTable::nameOf(__NR_getppid), QStringLiteral("getppid"));
    QCOMPARE(SyscallTable::nameOf(__NR_perf_event_open), QStringLiteral("perf_event_open"));
    QVERIFY(SyscallTable::compiled().size() > 300);
    QVERIFY(SyscallTable::nameOf(-5).isEmpty());
}

void TestSyscalls::descriptions()
{
    int described = 0;
    for (const kc::SyscallInfo &s : SyscallTable::compiled())
        described += !s.description().isEmpty();
    QVERIFY2(described >= 100, qPrintable(QString::number(described)));
    for (const char *name : {"read", "write", "openat", "close", "mmap", "ioctl", "socket", "sendmsg", "recvmsg", "bpf", "perf_event_open"}) {
        kc::SyscallInfo s;
        s.name = QLatin1String(name);
        QVERIFY2(!s.description().isEmpty(), name);
    }
}

void TestSyscalls::modelAnnouncesOnlyMovedRows()
{
    // Each second's rates reach the table as changes of the rows that
    // moved, not of every row: a view repaints only those.
    kc::SyscallTable table;
    for (const char *name : {"read", "write", "openat", "close"}) {
        kc::SyscallInfo c;
        c.name = QString::fromLatin1(name);
        table.calls.append(c);
    }
    kc::SyscallTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable(table);
    const QString read = QStringLiteral("read"), openat = QStringLiteral("openat");
    qRegisterMetaType<QList<int>>(); // the roles argument of dataChanged, for the spy
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setCounts({{read, 10}}, {{read, 10}});
    QCOMPARE(changed.count(), 1); // counting began: every row's figures appear
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 3);
    changed.clear();
    model.setCounts({{read, 10}}, {{read, 10}});
    QCOMPARE(changed.count(), 0);
    model.setCounts({{read, 10}, {openat, 2}}, {{read, 10}, {openat, 2}});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
    QCOMPARE(model.index(2, kc::SyscallTableModel::TotalColumn).data().toString(), QStringLiteral("2"));
}

QTEST_GUILESS_MAIN(TestSyscalls)
#include "tst_syscalls.moc"
