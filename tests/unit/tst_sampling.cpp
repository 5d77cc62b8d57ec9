// SPDX-License-Identifier: GPL-2.0-or-later
// Sampling: counter steps across 32- and 64-bit wraps and resets, the
// extractors on files captured from this kernel, and the sampler replaying
// captured /proc/stat, net/dev and interrupts sequences (one read per file).
#include "../fixtures.h"
#include "procfs/parsedtable.h"
#include "sampling/sampler.h"

#include <QTest>

#include <unistd.h>

using kc::SampleSource;

class TestSampling : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void counterDelta_data();
    void counterDelta();
    void resolve_data();
    void resolve();
    void extractStat();
    void extractNetDevInterruptsDisk();
    void extractMeminfoPressureNumber();
    void samplerReplaysSequence();
    void samplerResetAndWrap();
    void timeSeriesRing();
    void keyForCell();
    void liveStatRate();
};

void TestSampling::counterDelta_data()
{
    QTest::addColumn<quint64>("prev");
    QTest::addColumn<quint64>("cur");
    QTest::addColumn<int>("bits");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<quint64>("delta");
    QTest::newRow("grows") << quint64(100) << quint64(250) << 0 << true << quint64(150);
    QTest::newRow("same") << quint64(7) << quint64(7) << 0 << true << quint64(0);
    QTest::newRow("wrap32") << quint64(0xfffffff0) << quint64(0x10) << 0 << true << quint64(0x20);
    QTest::newRow("wrap32 known") << quint64(0xffffff00) << quint64(5) << 32 << true << quint64(0x105);
    QTest::newRow("wrap64") << quint64(0xfffffffffffffff0ULL) << quint64(0x10) << 0 << true << quint64(0x20);
    QTest::newRow("wrap64 known") << quint64(0xffffffffffffff00ULL) << quint64(1) << 64 << true << quint64(0x101);
    QTest::newRow("reset small") << quint64(5000) << quint64(12) << 0 << false << quint64(0);
    QTest::newRow("reset 64") << quint64(0x500000000ULL) << quint64(3) << 0 << false << quint64(0);
    QTest::newRow("reset 64 known") << quint64(1000) << quint64(3) << 64 << false << quint64(0);
}

void TestSampling::counterDelta()
{
    QFETCH(quint64, prev);
    QFETCH(quint64, cur);
    QFETCH(int, bits);
    QFETCH(bool, valid);
    QFETCH(quint64, delta);
    const auto d = kc::counterDelta(prev, cur, bits);
    QCOMPARE(d.has_value(), valid);
    if (valid)
        QCOMPARE(*d, delta);
}

void TestSampling::resolve_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("counter");
    QTest::addColumn<QString>("displayUnit");
    QTest::newRow("cpu") << "stat:cpu.user" << "/proc/stat" << true << "%";
    QTest::newRow("ctxt") << "stat:ctxt" << "/proc/stat" << true << "/s";
    QTest::newRow("running") << "stat:procs_running" << "/proc/stat" << false << "";
    QTest::newRow("memfree") << "meminfo:MemFree" << "/proc/meminfo" << false << "B";
    QTest::newRow("net") << "net/dev:eth0.rx_bytes" << "/proc/net/dev" << true << "B/s";
    QTest::newRow("packets") << "net/dev:eth0.tx_packets" << "/proc/net/dev" << true << "/s";
    QTest::newRow("disk") << "diskstats:sda.written_bytes" << "/proc/diskstats" << true << "B/s";
    QTest::newRow("inflight") << "diskstats:sda.in_flight" << "/proc/diskstats" << false << "";
    QTest::newRow("psi total") << "pressure/io:full.total" << "/proc/pressure/io" << true << "%";
    QTest::newRow("psi avg") << "pressure/memory:some.avg10" << "/proc/pressure/memory" << false << "%";
    QTest::newRow("sysfs") << "/sys/class/net/lo/statistics/rx_bytes" << "/sys/class/net/lo/statistics/rx_bytes" << true << "B/s";
    QTest::newRow("index") << "/proc/loadavg:2" << "/proc/loadavg" << false << "";
    QTest::newRow("sysctl") << "sysctl:kernel.pid_max" << "/proc/sys/kernel/pid_max" << false << "";
}

void TestSampling::resolve()
{
    QFETCH(QString, key);
    QFETCH(QString, path);
    QFETCH(bool, counter);
    QFETCH(QString, displayUnit);
    const SampleSource s = SampleSource::resolve(key);
    QVERIFY2(s.ok(), qPrintable(s.error));
    QCOMPARE(s.path, path);
    QCOMPARE(s.kind == kc::SampleKind::Counter, counter);
    QCOMPARE(s.displayUnit(), displayUnit);
}

void TestSampling::extractStat()
{
    const auto v = SampleSource::extract(QStringLiteral("stat"), readFixture(QStringLiteral("sampling/proc_stat.1")));
    const double hz = double(::sysconf(_SC_CLK_TCK));
    QCOMPARE(v.value(QStringLiteral("cpu.user")), 461555 / hz);
    QCOMPARE(v.value(QStringLiteral("cpu1.system")), 32989 / hz);
    QVERIFY(v.contains(QStringLiteral("ctxt")));
    QVERIFY(v.value(QStringLiteral("intr")) > 0);
    QVERIFY(v.contains(QStringLiteral("procs_running")));
    QVERIFY(SampleSource::extract(QStringLiteral("stat"), "garbage\n\n").isEmpty());
}

void TestSampling::extractNetDevInterruptsDisk()
{
    const auto net = SampleSource::extract(QStringLiteral("net/dev"), readFixture(QStringLiteral("sampling/proc_net_dev.1")));
    QCOMPARE(net.value(QStringLiteral("lo.rx_bytes")), 6862.0);
    QCOMPARE(net.value(QStringLiteral("lo.tx_packets")), 64.0);
    QVERIFY(!net.contains(QStringLiteral("face.rx_bytes"))); // the header is not an interface
    const auto irq = SampleSource::extract(QStringLiteral("interrupts"), readFixture(QStringLiteral("sampling/proc_interrupts.1")));
    QCOMPARE(irq.value(QStringLiteral("26")), 13.0); // ttyS0: 0 on CPU0 + 13 on CPU1
    double sum = 0;
    for (auto it = irq.cbegin(); it != irq.cend(); ++it) {
        if (it.key() != QLatin1String("total"))
            sum += it.value();
    }
    QCOMPARE(irq.value(QStringLiteral("total")), sum);
    const auto disk = SampleSource::extract(QStringLiteral("diskstats"), readFixture(QStringLiteral("sampling/proc_diskstats.1")));
    QVERIFY(disk.contains(QStringLiteral("loop0.read_bytes")));
    QCOMPARE(disk.value(QStringLiteral("loop0.reads")), 0.0);
    // Cut short: whatever is whole is still read, nothing invented.
    const QByteArray cut = readFixture(QStringLiteral("sampling/proc_net_dev.1")).left(300);
    const auto part = SampleSource::extract(QStringLiteral("net/dev"), cut);
    QVERIFY(part.size() < net.size());
}

void TestSampling::extractMeminfoPressureNumber()
{
    const auto mem = SampleSource::extract(QStringLiteral("meminfo"), readFixture(QStringLiteral("sampling/proc_meminfo.1")));
    const QByteArray line = readFixture(QStringLiteral("sampling/proc_meminfo.1")).split('\n').first(); // MemTotal: N kB
    QCOMPARE(mem.value(QStringLiteral("MemTotal")), line.split(':').last().trimmed().split(' ').first().toDouble() * 1024);
    const auto psi = SampleSource::extract(QStringLiteral("pressure/cpu"), readFixture(QStringLiteral("sampling/proc_pressure_cpu.1")));
    QCOMPARE(psi.value(QStringLiteral("some.total")), 93313218 / 1e6);
    QCOMPARE(psi.value(QStringLiteral("some.avg10")), 0.03);
    const auto n = SampleSource::extract(QStringLiteral("number"), "  42\t7 x 9\n");
    QCOMPARE(n.value(QStringLiteral("0")), 42.0);
    QCOMPARE(n.value(QStringLiteral("1")), 7.0);
    QVERIFY(!n.contains(QStringLiteral("2")));
}

void TestSampling::samplerReplaysSequence()
{
    // Ticks 1000 ms apart over the two captures.
    int step = 1;
    int reads = 0;
    kc::Sampler s;
    s.setReader([&](const QString &path) {
        ++reads;
        kc::ReadResult r;
        r.status = kc::ReadStatus::Ok;
        const QString name = path.mid(6).replace(QLatin1Char('/'), QLatin1Char('_'));
        r.data = readFixture(QStringLiteral("sampling/proc_%1.%2").arg(name).arg(step));
        return r;
    });
    s.setKeys({QStringLiteral("stat:cpu.user"), QStringLiteral("stat:cpu.idle"), QStringLiteral("stat:ctxt"),
               QStringLiteral("net/dev:lo.rx_bytes"), QStringLiteral("interrupts:total"), QStringLiteral("stat:procs_running")});
    QList<kc::SamplePoint> first = s.sample(0);
    QCOMPARE(reads, 3); // stat once for four keys
    QCOMPARE(s.filesRead(), 3);
    QVERIFY(!first[0].valid); // a counter needs two readings
    QVERIFY(first[5].valid);  // a level does not
    step = 2;
    const QList<kc::SamplePoint> second = s.sample(1000);
    QVERIFY(second[0].valid);
    // Ticks become seconds before the difference: allow rounding.
    QVERIFY(qAbs(second[0].value - 100.0 * (461556 - 461555) / double(::sysconf(_SC_CLK_TCK))) < 1e-6);
    QVERIFY(qAbs(second[1].value - 100.0 * (1834098 - 1833896) / double(::sysconf(_SC_CLK_TCK))) < 1e-6);
    const auto s1 = SampleSource::extract(QStringLiteral("stat"), readFixture(QStringLiteral("sampling/proc_stat.1")));
    const auto s2 = SampleSource::extract(QStringLiteral("stat"), readFixture(QStringLiteral("sampling/proc_stat.2")));
    QCOMPARE(second[2].value, s2.value(QStringLiteral("ctxt")) - s1.value(QStringLiteral("ctxt")));
    QVERIFY(second[3].valid && second[3].value >= 0);
    QVERIFY(second[4].valid && second[4].value >= 0);
}

void TestSampling::samplerResetAndWrap()
{
    quint64 value = 0xfffffff0;
    kc::Sampler s;
    s.setReader([&](const QString &) {
        kc::ReadResult r;
        r.status = kc::ReadStatus::Ok;
        r.data = QByteArray::number(value) + '\n';
        return r;
    });
    s.setKeys({QStringLiteral("/sys/class/net/x/statistics/rx_packets")});
    s.sample(0);
    value = 0x10; // wrapped at 2^32
    auto p = s.sample(2000);
    QVERIFY(p[0].valid);
    QCOMPARE(p[0].value, 16.0); // 0x20 in 2 s
    value = 3; // reset: no rate this tick, counting again from 3
    p = s.sample(3000);
    QVERIFY(!p[0].valid);
    value = 13;
    p = s.sample(4000);
    QVERIFY(p[0].valid);
    QCOMPARE(p[0].value, 10.0);
    // A file that fails gives an error and no stale rate afterwards.
    s.setReader([](const QString &path) { return kc::SafeReader::fromErrno(path, ENOENT); });
    p = s.sample(5000);
    QVERIFY(!p[0].valid);
    QVERIFY(!p[0].error.isEmpty());
}

void TestSampling::timeSeriesRing()
{
    kc::TimeSeries t(3);
    for (int i = 0; i < 5; ++i)
        t.append(i, i * 10);
    QCOMPARE(t.size(), 3);
    QCOMPARE(t.points(), (QList<QPointF>{{2, 20}, {3, 30}, {4, 40}}));
    t.setCapacity(5);
    t.append(5, 50);
    QCOMPARE(t.points(), (QList<QPointF>{{2, 20}, {3, 30}, {4, 40}, {5, 50}}));
    t.setCapacity(2);
    QCOMPARE(t.points(), (QList<QPointF>{{4, 40}, {5, 50}}));

    // Stretches: a point after a gap begins one; they survive a resize, and
    // the oldest point always begins one.
    kc::TimeSeries g(4);
    g.append(1, 10);
    g.append(2, 20);
    g.append(9, 90, true);
    g.append(10, 100);
    QCOMPARE(g.stretches(), (QList<QList<QPointF>>{{{1, 10}, {2, 20}}, {{9, 90}, {10, 100}}}));
    g.setCapacity(6);
    g.append(11, 110);
    QCOMPARE(g.stretches().size(), 2);
    QVERIFY(g.beginsStretch(2) && !g.beginsStretch(3));
    g.setCapacity(3); // keeps 9, 10, 11
    QCOMPARE(g.stretches(), (QList<QList<QPointF>>{{{9, 90}, {10, 100}, {11, 110}}}));
    g.append(20, 200, true); // 10, 11, 20: the oldest begins one too
    QCOMPARE(g.stretches(), (QList<QList<QPointF>>{{{10, 100}, {11, 110}}, {{20, 200}}}));
}

void TestSampling::keyForCell()
{
    kc::ParsedTable t;
    t.rows = {{QStringLiteral("cpu1"), QStringLiteral("5"), QStringLiteral("0"), QStringLiteral("7")},
              {QStringLiteral("ctxt"), QStringLiteral("99")},
              {QStringLiteral("btime"), QStringLiteral("1700000000")}};
    QCOMPARE(SampleSource::keyForCell(QStringLiteral("stat"), QStringLiteral("/proc/stat"), t, 0, 3), QStringLiteral("stat:cpu1.system"));
    QCOMPARE(SampleSource::keyForCell(QStringLiteral("stat"), QStringLiteral("/proc/stat"), t, 0, 0), QString());
    QCOMPARE(SampleSource::keyForCell(QStringLiteral("stat"), QStringLiteral("/proc/stat"), t, 1, 1), QStringLiteral("stat:ctxt"));
    QCOMPARE(SampleSource::keyForCell(QStringLiteral("stat"), QStringLiteral("/proc/stat"), t, 2, 1), QString()); // a date, not a number to chart
    QCOMPARE(SampleSource::keyForCell(QStringLiteral("stat"), QStringLiteral("/proc/stat"), t, 9, 1), QString());
    kc::ParsedTable net;
    net.rows = {QString(QStringLiteral("eth0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16")).split(QLatin1Char(' '))};
    QCOMPARE(SampleSource::keyForCell(QStringLiteral("net-dev"), QStringLiteral("/proc/net/dev"), net, 0, 10), QStringLiteral("net/dev:eth0.tx_packets"));
    kc::ParsedTable disk;
    disk.rows = {QString(QStringLiteral("8 0 sda 1 2 3 4 5 6 7 8 9 10 11")).split(QLatin1Char(' '))};
    QCOMPARE(SampleSource::keyForCell(QStringLiteral("diskstats"), QStringLiteral("/proc/diskstats"), disk, 0, 5), QStringLiteral("diskstats:sda.read_bytes"));
    kc::ParsedTable psi;
    psi.rows = {{QStringLiteral("some"), QStringLiteral("0.1"), QStringLiteral("0.2"), QStringLiteral("0.3"), QStringLiteral("42")}};
    QCOMPARE(SampleSource::keyForCell(QStringLiteral("pressure"), QStringLiteral("/proc/pressure/io"), psi, 0, 4), QStringLiteral("pressure/io:some.total"));
    kc::ParsedTable mem;
    mem.rows = {{QStringLiteral("Dirty"), QStringLiteral("12"), QStringLiteral("kB")}};
    QCOMPARE(SampleSource::keyForCell(QStringLiteral("meminfo"), QStringLiteral("/proc/meminfo"), mem, 0, 1), QStringLiteral("meminfo:Dirty"));
    QCOMPARE(SampleSource::keyForCell(QStringLiteral("cpuinfo"), QStringLiteral("/proc/cpuinfo"), mem, 0, 1), QString());
    // Every key made here resolves.
    QVERIFY(SampleSource::resolve(QStringLiteral("diskstats:sda.read_bytes")).ok());
    QCOMPARE(SampleSource::resolve(QStringLiteral("meminfo:Dirty@rate")).displayUnit(), QStringLiteral("B/s"));
    QCOMPARE(SampleSource::resolve(QStringLiteral("stat:ctxt@value")).kind, kc::SampleKind::Gauge);
}

void TestSampling::liveStatRate()
{
    kc::Sampler s;
    s.setKeys({QStringLiteral("stat:cpu.user"), QStringLiteral("stat:cpu.system"), QStringLiteral("stat:cpu.idle"),
               QStringLiteral("stat:ctxt")});
    s.sample(0);
    QCOMPARE(s.filesRead(), 1);
    // Burn a little CPU so the rates have something to count.
    volatile double x = 0;
    for (int i = 0; i < 5000000; ++i)
        x = x + i * 0.5;
    const QList<kc::SamplePoint> p = s.sample(1000);
    for (const kc::SamplePoint &pt : p) {
        QVERIFY2(pt.valid, qPrintable(pt.key + QLatin1Char(' ') + pt.error));
        QVERIFY2(pt.value >= 0, qPrintable(pt.key));
    }
    QVERIFY(p[3].value > 0); // the kernel switched contexts meanwhile
}

QTEST_GUILESS_MAIN(TestSampling)
#include "tst_sampling.moc"
