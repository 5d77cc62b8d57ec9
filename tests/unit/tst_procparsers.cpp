// SPDX-License-Identifier: GPL-2.0-or-later
// Every /proc parser on files captured from a real kernel, plus a truncated
// and a garbage variant of each.
#include "procfs/procformats.h"
#include "procfs/procparsers.h"
#include "procfs/processscanner.h"

#include <QFile>
#include <QTest>

#include <unistd.h>
#include <utility>

#include "../fixtures.h"

using namespace kc;

namespace {

QByteArray fixture(const QString &name)
{
    return readFixture(QStringLiteral("proc/") + name);
}

QByteArray garbage()
{
    return noiseBytes(0x12345678, 3000);
}

// The first row of `doc` whose cell `keyColumn` is `key`.
QStringList findRow(const ParsedDoc &doc, const QString &key, int keyColumn)
{
    for (const ParsedTable &t : doc.tables) {
        for (const QStringList &row : t.rows) {
            if (row.value(keyColumn) == key)
                return row;
        }
    }
    return {};
}

} // namespace

class TestProcParsers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void truncated_data() { fixtures_data(); }
    void truncated();
    void garbageInput_data() { fixtures_data(); }
    void garbageInput();
    void emptyInput_data() { fixtures_data(); }
    void emptyInput();
    void pathsMapToFormats_data();
    void pathsMapToFormats();
    void inetAddresses_data();
    void inetAddresses();
    void statLineWithSpacesInComm();
    void kernelThreadFlag();
    void numbersMatchTables_data();
    void numbersMatchTables();
    void numbersRefuseGarbage();
};

void TestProcParsers::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("rows");      // exact row count over all tables
    QTest::addColumn<int>("keyColumn");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("value");

    QTest::newRow("meminfo") << "meminfo" << "/proc/meminfo" << 54 << 0 << "MemTotal" << 1 << "24683656";
    QTest::newRow("meminfo unit") << "meminfo" << "/proc/meminfo" << 54 << 0 << "MemFree" << 2 << "kB";
    QTest::newRow("stat cpu") << "stat" << "/proc/stat" << 3 + 7 << 0 << "cpu" << 3 << "2858";
    QTest::newRow("stat cpu0 idle") << "stat" << "/proc/stat" << 10 << 0 << "cpu0" << 4 << "147867";
    QTest::newRow("cpuinfo") << "cpuinfo" << "/proc/cpuinfo" << -1 << 0 << "model name" << 1 << "Intel(R) Xeon(R) Processor";
    QTest::newRow("loadavg") << "loadavg" << "/proc/loadavg" << 6 << 0 << "threads" << 1 << "79";
    QTest::newRow("uptime") << "uptime" << "/proc/uptime" << 2 << 0 << "idle" << 1 << "2939.09";
    QTest::newRow("vmstat") << "vmstat" << "/proc/vmstat" << 192 << 0 << "nr_free_pages" << 1 << "1117390";
    QTest::newRow("interrupts") << "interrupts" << "/proc/interrupts" << -1 << 0 << "24" << 4 << "IO-APIC 5-edge ACPI:Ged";
    QTest::newRow("softirqs") << "softirqs" << "/proc/softirqs" << 10 << 0 << "TIMER" << 3 << "21587";
    QTest::newRow("diskstats") << "diskstats" << "/proc/diskstats" << -1 << 2 << "vda" << 3 << "28607";
    QTest::newRow("partitions") << "partitions" << "/proc/partitions" << 1 << 3 << "vda" << 2 << "268435456";
    QTest::newRow("devices char") << "devices" << "/proc/devices" << -1 << 1 << "mem" << 0 << "1";
    QTest::newRow("devices dev/vc/0") << "devices" << "/proc/devices" << -1 << 1 << "/dev/vc/0" << 0 << "4";
    QTest::newRow("filesystems") << "filesystems" << "/proc/filesystems" << -1 << 0 << "sysfs" << 1 << "no";
    QTest::newRow("mounts") << "mounts" << "/proc/mounts" << -1 << 1 << "/proc" << 2 << "proc";
    QTest::newRow("mountinfo") << "mountinfo" << "/proc/self/mountinfo" << 20 << 0 << "22" << 2 << "0:21";
    QTest::newRow("net/dev") << "net_dev" << "/proc/net/dev" << -1 << 0 << "lo" << 1 << "3267";
    QTest::newRow("net/netlink") << "net_netlink" << "/proc/net/netlink" << -1 << 0 << "00000000937556ae" << 1 << "NETLINK_ROUTE (0)";
    QTest::newRow("net/tcp listen") << "net_tcp" << "/proc/net/tcp" << 4 << 1 << "0.0.0.0:2024" << 3 << "LISTEN";
    QTest::newRow("net/tcp established") << "net_tcp" << "/proc/net/tcp" << 4 << 0 << "2" << 3 << "ESTABLISHED";
    QTest::newRow("net/tcp6") << "net_tcp6" << "/proc/net/tcp6" << 1 << 0 << "0" << 1 << "[::1]:53881";
    QTest::newRow("net/udp") << "net_udp" << "/proc/net/udp" << 1 << 0 << "12705" << 1 << "127.0.0.1:39415";
    QTest::newRow("net/udp6") << "net_udp6" << "/proc/net/udp6" << 1 << 0 << "7987" << 1 << "[::1]:34697";
    QTest::newRow("net/unix listening") << "net_unix" << "/proc/net/unix" << 8 << 0 << "000000003605cd80" << 2 << "1";
    QTest::newRow("net/unix path") << "net_unix" << "/proc/net/unix" << 8 << 0 << "000000003605cd80" << 6 << "/tmp/kc-listen.sock";
    QTest::newRow("net/unix seqpacket") << "net_unix" << "/proc/net/unix" << 8 << 0 << "00000000b9e4c1e1" << 3 << "seqpacket";
    QTest::newRow("net/unix abstract") << "net_unix" << "/proc/net/unix" << 8 << 0 << "00000000cfcc5ad7" << 6 << "@kc-abstract";
    QTest::newRow("net/unix dgram inode") << "net_unix" << "/proc/net/unix" << 8 << 0 << "00000000cfcc5ad7" << 5 << "999263";
    // Captured by scripts/capture-modules from Debian's kernel under qemu:
    // the kernel these tests run on has no loadable modules.
    QTest::newRow("modules used by") << "modules" << "/proc/modules" << 9 << 0 << "llc" << 3 << "bridge,stp";
    QTest::newRow("modules none") << "modules" << "/proc/modules" << 9 << 0 << "dummy" << 3 << "";
    QTest::newRow("modules users") << "modules" << "/proc/modules" << 9 << 0 << "tun" << 2 << "2";
    QTest::newRow("modules size") << "modules" << "/proc/modules" << 9 << 0 << "bridge" << 1 << "393216";
    QTest::newRow("modules state") << "modules" << "/proc/modules" << 9 << 0 << "vxlan" << 4 << "Live";
    QTest::newRow("pressure") << "pressure_io" << "/proc/pressure/io" << 2 << 0 << "full" << 4 << "5277643";
    QTest::newRow("pid status") << "pid_status" << "/proc/1/status" << 59 << 0 << "Name" << 1 << "sleep";
    QTest::newRow("pid status uid") << "pid_status" << "/proc/self/status" << 59 << 0 << "Uid" << 1 << "0 0 0 0";
    QTest::newRow("pid stat") << "pid_stat" << "/proc/13387/stat" << 52 << 1 << "comm" << 2 << "sleep";
    QTest::newRow("pid stat ppid") << "pid_stat" << "/proc/13387/stat" << 52 << 1 << "ppid" << 2 << "13362";
    QTest::newRow("pid maps") << "pid_maps" << "/proc/self/maps" << 37 << 0 << "558859ca5000" << 7 << "/usr/bin/sleep";
    QTest::newRow("pid maps size") << "pid_maps" << "/proc/self/maps" << 37 << 0 << "558859ca5000" << 2 << "8";
    QTest::newRow("pid limits") << "pid_limits" << "/proc/self/limits" << 16 << 0 << "Max file size" << 3 << "bytes";
    QTest::newRow("pid io") << "pid_io" << "/proc/self/io" << 7 << 0 << "rchar" << 1 << "13952";
    QTest::newRow("pid environ") << "pid_environ" << "/proc/self/environ" << 3 << 0 << "HOME" << 1 << "/nonexistent";
    QTest::newRow("pid syscall") << "pid_syscall" << "/proc/self/syscall" << 11 << 0 << "name" << 1 << "wait4";
    QTest::newRow("pid syscall arg") << "pid_syscall" << "/proc/self/syscall" << 11 << 0 << "number" << 1 << "61";
    QTest::newRow("pid cmdline") << "pid_cmdline" << "/proc/self/cmdline" << 2 << 0 << "1" << 1 << "30";
    QTest::newRow("task status") << "pid_status" << "/proc/1/task/1/status" << 59 << 0 << "Tgid" << 1 << "13387";
}

void TestProcParsers::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(int, rows);
    QFETCH(int, keyColumn);
    QFETCH(QString, key);
    QFETCH(int, column);
    QFETCH(QString, value);

    const ParsedDoc doc = ProcFormats::parse(path, fixture(file));
    QVERIFY2(doc.ok(), qPrintable(doc.error));
    QVERIFY2(doc.notes.filter(QStringLiteral("did not match")).isEmpty(), qPrintable(doc.notes.join(QLatin1Char(' '))));
    if (rows >= 0)
        QCOMPARE(doc.rowCount(), rows);
    const QStringList row = findRow(doc, key, keyColumn);
    QVERIFY2(!row.isEmpty(), qPrintable(QStringLiteral("no row with %1").arg(key)));
    QCOMPARE(row.value(column), value);
    for (const ParsedTable &t : doc.tables) {
        for (const QStringList &r : t.rows)
            QCOMPARE(r.size(), t.columns.size());
    }
}

void TestProcParsers::truncated()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    const QByteArray full = fixture(file);
    const ParsedDoc whole = ProcFormats::parse(path, full);
    // Cut in the middle of a line, as a capped read would.
    const ParsedDoc cut = ProcFormats::parse(path, full.left(full.size() / 2 + 3));
    if (cut.ok()) {
        QVERIFY(cut.rowCount() <= whole.rowCount());
        QVERIFY(cut.rowCount() > 0);
    } else {
        QVERIFY(!cut.error.isEmpty());
    }
}

void TestProcParsers::garbageInput()
{
    QFETCH(QString, path);
    const ParsedDoc doc = ProcFormats::parse(path, garbage());
    // A command line is any bytes at all; everything else must refuse noise
    // with a sentence rather than show it as data.
    if (doc.formatId == QLatin1String("pid-cmdline")) {
        QVERIFY(doc.ok());
        return;
    }
    QVERIFY2(!doc.ok(), qPrintable(QStringLiteral("%1 accepted garbage as %2 rows").arg(path).arg(doc.rowCount())));
    QVERIFY(doc.error.size() > 20);
}

void TestProcParsers::emptyInput()
{
    QFETCH(QString, path);
    const ParsedDoc doc = ProcFormats::parse(path, QByteArray());
    QVERIFY(!doc.ok());
    QVERIFY(!doc.error.isEmpty());
}

void TestProcParsers::pathsMapToFormats_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("format");
    QTest::newRow("meminfo") << "/proc/meminfo" << "meminfo";
    QTest::newRow("self status") << "/proc/self/status" << "pid-status";
    QTest::newRow("thread status") << "/proc/12/task/13/status" << "pid-status";
    QTest::newRow("pid stat") << "/proc/1/stat" << "pid-stat";
    QTest::newRow("stat") << "/proc/stat" << "stat";
    QTest::newRow("net dev per pid") << "/proc/1/net/dev" << "net-dev";
    QTest::newRow("tcp6") << "/proc/net/tcp6" << "net-tcp";
    QTest::newRow("pressure memory") << "/proc/pressure/memory" << "pressure";
    QTest::newRow("self mounts") << "/proc/self/mounts" << "mounts";
    QTest::newRow("unknown") << "/proc/kallsyms" << "";
    QTest::newRow("not proc") << "/etc/meminfo" << "";
    QTest::newRow("no status at top") << "/proc/status" << "";
}

void TestProcParsers::pathsMapToFormats()
{
    QFETCH(QString, path);
    QFETCH(QString, format);
    const ProcFormat *f = ProcFormats::forPath(path);
    QCOMPARE(f ? f->id : QString(), format);
}

void TestProcParsers::inetAddresses_data()
{
    QTest::addColumn<QString>("hex");
    QTest::addColumn<QString>("text");
    QTest::newRow("loopback") << "0100007F:1F90" << "127.0.0.1:8080";
    QTest::newRow("any") << "00000000:0000" << "0.0.0.0:0";
    QTest::newRow("v6 loopback") << "00000000000000000000000001000000:0277" << "[::1]:631";
    QTest::newRow("bad") << "XYZ:12" << "";
    QTest::newRow("no port") << "0100007F" << "";
}

void TestProcParsers::inetAddresses()
{
    QFETCH(QString, hex);
    QFETCH(QString, text);
    QCOMPARE(parsers::decodeInetAddress(hex.toLatin1()), text);
}

void TestProcParsers::statLineWithSpacesInComm()
{
    const QByteArray line = "4242 (my (odd) prog) S 1 4242 4242 0 -1 4194304 1 2 3 4 5 6 7 8 20 0 3 0 100 1000000 250 "
                            "18446744073709551615 0 0 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0\n";
    ProcessInfo info;
    QVERIFY(ProcessScanner::parseStatLine(line.constData(), size_t(line.size()), info));
    QCOMPARE(info.pid, 4242);
    QCOMPARE(info.comm, QStringLiteral("my (odd) prog"));
    QCOMPARE(info.state, 'S');
    QCOMPARE(info.ppid, 1);
    QCOMPARE(info.threads, 3);
    QVERIFY(!info.kernelThread);
    const ParsedDoc doc = parsers::pidStat(line);
    QVERIFY(doc.ok());
    QCOMPARE(findRow(doc, QStringLiteral("comm"), 1).value(2), QStringLiteral("my (odd) prog"));
    QVERIFY(!ProcessScanner::parseStatLine("garbage", 7, info));
    QVERIFY(!ProcessScanner::parseStatLine("12 (x) S 1 2", 12, info));
}

void TestProcParsers::kernelThreadFlag()
{
    const QByteArray kthread = fixture(QStringLiteral("pid_stat_kthread"));
    ProcessInfo info;
    QVERIFY(ProcessScanner::parseStatLine(kthread.constData(), size_t(kthread.size()), info));
    QCOMPARE(info.pid, 2);
    QCOMPARE(info.comm, QStringLiteral("kthreadd"));
    QVERIFY(info.kernelThread);
    const QByteArray user = fixture(QStringLiteral("pid_stat"));
    QVERIFY(ProcessScanner::parseStatLine(user.constData(), size_t(user.size()), info));
    QVERIFY(!info.kernelThread);
    QCOMPARE(info.comm, QStringLiteral("sleep"));
}

void TestProcParsers::numbersMatchTables_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("id");
    for (const auto &[file, id] : {std::pair{"meminfo", "meminfo"}, {"stat", "stat"}, {"loadavg", "loadavg"},
                                   {"vmstat", "vmstat"}, {"interrupts", "interrupts"}, {"diskstats", "diskstats"},
                                   {"pressure_io", "pressure"}, {"net_dev", "net-dev"}})
        QTest::newRow(file) << QString::fromLatin1(file) << QString::fromLatin1(id);
}

// Every number the sampler charts is a cell of the table the procfs pane
// shows, converted to base units, and every row gives its numbers: both
// come from one line reader.
void TestProcParsers::numbersMatchTables()
{
    QFETCH(QString, file);
    QFETCH(QString, id);
    for (const QByteArray &data : {fixture(file), fixture(file).left(fixture(file).size() / 2 + 3)}) {
        const ProcFormat *format = ProcFormats::byId(id);
        QVERIFY(format && format->numbers);
        const ParsedDoc doc = format->parse(data);
        const QHash<QString, double> numbers = ProcFormats::numbers(id, data);
        const double hz = double(::sysconf(_SC_CLK_TCK));
        QStringList expected;
        auto expect = [&](const QString &key, const QString &cell, double scale) {
            expected.append(key);
            QVERIFY2(numbers.contains(key), qPrintable(key));
            QCOMPARE(numbers.value(key), cell.toDouble() * scale);
        };
        for (const ParsedTable &t : doc.tables) {
            for (const QStringList &r : t.rows) {
                if (id == QLatin1String("meminfo"))
                    expect(r[0], r[1], r[2] == QLatin1String("kB") ? 1024 : 1);
                else if (id == QLatin1String("vmstat"))
                    expect(r[0], r[1], 1);
                else if (id == QLatin1String("stat") && t.unitColumn < 0 && r[0].startsWith(QLatin1String("cpu"))) {
                    for (int c = 1; c < r.size() && !r[c].isEmpty(); ++c)
                        expect(r[0] + QLatin1Char('.') + QLatin1String(parsers::statCpuFields[c - 1]), r[c], 1 / hz);
                } else if (id == QLatin1String("stat"))
                    expect(r[0], r[1], 1);
                else if (id == QLatin1String("loadavg")) {
                    static const QHash<QString, QString> names{{QStringLiteral("load1"), QStringLiteral("1")},
                                                               {QStringLiteral("load5"), QStringLiteral("5")},
                                                               {QStringLiteral("load15"), QStringLiteral("15")},
                                                               {QStringLiteral("running"), QStringLiteral("running")},
                                                               {QStringLiteral("threads"), QStringLiteral("total")}};
                    if (names.contains(r[0]))
                        expect(names.value(r[0]), r[1], 1);
                } else if (id == QLatin1String("interrupts")) {
                    expect(r[0], r[t.columns.size() - 2], 1); // the Total column, before Source
                } else if (id == QLatin1String("diskstats")) {
                    for (int c = 3; c < r.size() && !r[c].isEmpty(); ++c) {
                        const QString name = QLatin1String(parsers::diskstatsFields[c - 3]);
                        expect(r[2] + QLatin1Char('.') + name, r[c],
                               name.endsWith(QLatin1String("_bytes")) ? 512 : name.endsWith(QLatin1String("_ms")) ? 0.001 : 1);
                    }
                } else if (id == QLatin1String("pressure")) {
                    for (int c = 1; c <= 4; ++c)
                        expect(r[0] + QLatin1Char('.') + QLatin1String(parsers::pressureFields[c - 1]), r[c], c == 4 ? 1e-6 : 1);
                } else if (id == QLatin1String("net-dev")) {
                    for (int c = 1; c < r.size(); ++c)
                        expect(r[0] + QLatin1Char('.') + QLatin1String(parsers::netDevFields[c - 1]), r[c], 1);
                }
            }
        }
        if (id == QLatin1String("interrupts"))
            expected.append(QStringLiteral("total"));
        QVERIFY(!expected.isEmpty() || data.size() < fixture(file).size()); // a cut loadavg is no line at all
        QStringList got = numbers.keys();
        got.sort();
        expected.sort();
        QCOMPARE(got, expected);
    }
}

void TestProcParsers::numbersRefuseGarbage()
{
    for (const ProcFormat &f : ProcFormats::all()) {
        if (f.numbers)
            QVERIFY2(f.numbers(garbage()).isEmpty(), qPrintable(f.id));
    }
}

QTEST_GUILESS_MAIN(TestProcParsers)
#include "tst_procparsers.moc"
