// SPDX-License-Identifier: GPL-2.0-or-later
// Learning by seeing, on this machine: kchan syscall-cost measures a system
// call above a vDSO call; kchan maps shows a 64 MiB mapping where a helper
// put it, totals equal to smaps_rollup, and the user/kernel split where
// this kernel refuses to map.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include "../kchanrun.h"

#include <cerrno>
#include <sys/mman.h>
#include <unistd.h>

namespace {

const QStringList asNobody = {QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                              QStringLiteral("--clear-groups"), QStringLiteral("--inh-caps=-all")};

quint64 address(const QJsonValue &v)
{
    return v.toString().toULongLong(nullptr, 16);
}

// "Rss:  123 kB" lines of smaps_rollup, by key.
QHash<QString, qint64> rollupOf(qint64 pid)
{
    QHash<QString, qint64> kb;
    QFile f(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return kb;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() == 3 && parts[0].endsWith(':') && parts[2] == "kB")
            kb.insert(QString::fromLatin1(parts[0].chopped(1)), parts[1].toLongLong());
    }
    return kb;
}

} // namespace

class TestLearn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void syscallAboveVdso();
    void syscallCostTable();
    void mappingShownWhereItIs();
    void totalsEqualRollup();
    void splitWhereTheKernelPutsIt();
    void refusalsSaySo();

private:
    QJsonObject mapsOfHelper();

    QProcess m_helper;
    quint64 m_hint = 0;
};

void TestLearn::initTestCase()
{
    // 32 TiB: far from where the kernel puts anything by itself, under
    // 47 bits; another gigabyte up if it is taken.
    for (quint64 hint = quint64(32) << 40; hint < (quint64(33) << 40); hint += quint64(1) << 30) {
        m_helper.start(QStringLiteral(KC_MAPFIXED), {QStringLiteral("0x") + QString::number(hint, 16)});
        QVERIFY(m_helper.waitForStarted(30000));
        QTRY_VERIFY_WITH_TIMEOUT(m_helper.canReadLine() || m_helper.state() == QProcess::NotRunning, 30000);
        if (m_helper.state() == QProcess::Running) {
            m_hint = hint;
            break;
        }
    }
    QVERIFY2(m_hint != 0, m_helper.readAllStandardError().constData());
    QVERIFY(m_helper.readLine().endsWith("ready\n"));
}

void TestLearn::cleanupTestCase()
{
    m_helper.kill();
    m_helper.waitForFinished(10000);
}

QJsonObject TestLearn::mapsOfHelper()
{
    const KchanRun r = kchan({QStringLiteral("maps"), QString::number(m_helper.processId()), QStringLiteral("--json")});
    if (r.code != 0)
        qWarning("kchan maps: %s", r.err.constData());
    return QJsonDocument::fromJson(r.out).object();
}

void TestLearn::syscallAboveVdso()
{
    const KchanRun r = kchan({QStringLiteral("syscall-cost"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    // A clock source the vDSO cannot read makes clock_gettime a system
    // call itself; then there is nothing to compare.
    const QString clock = o.value(QStringLiteral("clocksource")).toString();
    if (!QStringList{QStringLiteral("tsc"), QStringLiteral("kvm-clock"), QStringLiteral("hyperv_clocksource_tsc_page"),
                     QStringLiteral("arch_sys_counter")}
             .contains(clock))
        QSKIP(qPrintable(QStringLiteral("the clock source %1 may not be readable from the vDSO").arg(clock)));
    QHash<QString, double> median;
    for (const QJsonValue &v : o.value(QStringLiteral("figures")).toArray()) {
        const QJsonObject f = v.toObject();
        median.insert(f.value(QStringLiteral("what")).toString(), f.value(QStringLiteral("median_ns")).toDouble());
        QCOMPARE(f.value(QStringLiteral("batches")).toInt(), 31);
        QVERIFY(f.value(QStringLiteral("p10_ns")).toDouble() <= f.value(QStringLiteral("median_ns")).toDouble());
        QVERIFY(f.value(QStringLiteral("median_ns")).toDouble() <= f.value(QStringLiteral("p90_ns")).toDouble());
    }
    QCOMPARE(median.size(), 4);
    // Medians of 31 batches that took turns: the order does not waver.
    QVERIFY2(median.value(QStringLiteral("vdso")) > 0, r.out.constData());
    QVERIFY2(median.value(QStringLiteral("syscall")) > median.value(QStringLiteral("vdso")), r.out.constData());
    QVERIFY(median.value(QStringLiteral("function")) > 0);
    QVERIFY(median.value(QStringLiteral("context-switch")) > 0);
}

void TestLearn::syscallCostTable()
{
    const KchanRun r = kchan({QStringLiteral("syscall-cost"), QStringLiteral("--batches"), QStringLiteral("3")});
    QCOMPARE(r.code, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines[0].startsWith("what\tmedian_ns\t"));
    QStringList kinds;
    for (const QByteArray &line : lines.mid(1)) {
        kinds.append(QString::fromUtf8(line.split('\t').value(0)));
        QVERIFY(line.split('\t').value(1).toDouble() > 0);
    }
    QCOMPARE(kinds, (QStringList{QStringLiteral("function"), QStringLiteral("vdso"), QStringLiteral("syscall"), QStringLiteral("context-switch")}));
    QCOMPARE(kchan({QStringLiteral("syscall-cost"), QStringLiteral("--batches"), QStringLiteral("1")}).code, 2);
}

void TestLearn::mappingShownWhereItIs()
{
    const QJsonObject o = mapsOfHelper();
    QCOMPARE(o.value(QStringLiteral("pid")).toInt(), int(m_helper.processId()));
    QJsonObject found;
    for (const QJsonValue &v : o.value(QStringLiteral("regions")).toArray()) {
        if (address(v.toObject().value(QStringLiteral("start"))) == m_hint)
            found = v.toObject();
    }
    QVERIFY2(!found.isEmpty(), qPrintable(QStringLiteral("no region at 0x%1").arg(m_hint, 0, 16)));
    QCOMPARE(found.value(QStringLiteral("size")).toInteger(), qint64(64) << 20);
    QCOMPARE(address(found.value(QStringLiteral("end"))), m_hint + (quint64(64) << 20));
    QCOMPARE(found.value(QStringLiteral("kind")).toString(), QStringLiteral("anonymous"));
    QCOMPARE(found.value(QStringLiteral("backing")).toString(), QStringLiteral("anonymous"));
    QCOMPARE(found.value(QStringLiteral("perms")).toString(), QStringLiteral("rw-p"));
    // The 256 pages it touched, and only those, are in memory.
    QCOMPARE(found.value(QStringLiteral("rss_kb")).toInt(), 1024);
    QCOMPARE(found.value(QStringLiteral("anonymous_kb")).toInt(), 1024);
    QVERIFY(found.value(QStringLiteral("maps_line")).toString().startsWith(QStringLiteral("%1-").arg(m_hint, 0, 16)));
    // The program is there too, as text.
    bool text = false;
    for (const QJsonValue &v : o.value(QStringLiteral("regions")).toArray())
        text = text || (v.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("text")
                        && v.toObject().value(QStringLiteral("path")).toString().endsWith(QLatin1String("kc-mapfixed")));
    QVERIFY(text);
}

void TestLearn::totalsEqualRollup()
{
    const QJsonObject o = mapsOfHelper();
    const QJsonObject totals = o.value(QStringLiteral("totals")).toObject();
    const QJsonObject rollup = o.value(QStringLiteral("rollup")).toObject();
    QVERIFY(o.value(QStringLiteral("totals_match_rollup")).toBool());
    for (const char *key : {"rss_kb", "swap_kb", "anonymous_kb"})
        QCOMPARE(totals.value(QLatin1String(key)).toInteger(), rollup.value(QLatin1String(key)).toInteger());
    // And as we read smaps_rollup ourselves: the helper holds still.
    const QHash<QString, qint64> ours = rollupOf(m_helper.processId());
    QCOMPARE(totals.value(QStringLiteral("rss_kb")).toInteger(), ours.value(QStringLiteral("Rss")));
    QCOMPARE(totals.value(QStringLiteral("anonymous_kb")).toInteger(), ours.value(QStringLiteral("Anonymous")));
    QCOMPARE(totals.value(QStringLiteral("swap_kb")).toInteger(), ours.value(QStringLiteral("Swap")));
    // PSS: each region's line rounds down, the rollup once.
    const qint64 regions = o.value(QStringLiteral("regions")).toArray().size();
    const qint64 pss = totals.value(QStringLiteral("pss_kb")).toInteger();
    QVERIFY(pss <= ours.value(QStringLiteral("Pss")));
    QVERIFY(ours.value(QStringLiteral("Pss")) - pss <= regions);
    QVERIFY(totals.value(QStringLiteral("rss_kb")).toInteger() >= 1024);
}

void TestLearn::splitWhereTheKernelPutsIt()
{
    const QJsonObject split = mapsOfHelper().value(QStringLiteral("split")).toObject();
    const quint64 userEnd = address(split.value(QStringLiteral("user_end")));
    QVERIFY(userEnd == (quint64(1) << 47) - 1 || userEnd == (quint64(1) << 56) - 1);
    QCOMPARE(address(split.value(QStringLiteral("kernel_start"))), ~userEnd);
    QVERIFY(!split.value(QStringLiteral("decided_by")).toString().isEmpty());
    // The kernel agrees: no page can be mapped at the first address past
    // user space, and one can just below it (the very last page is kept
    // free, so two pages down), unless something is there already.
    const long page = ::sysconf(_SC_PAGESIZE);
    auto tryMap = [page](quint64 at) {
        void *p = ::mmap(reinterpret_cast<void *>(at), size_t(page), PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
        const int error = p == MAP_FAILED ? errno : 0;
        if (p != MAP_FAILED)
            ::munmap(p, size_t(page));
        return error;
    };
    const int above = tryMap(userEnd + 1);
    QVERIFY2(above == ENOMEM || above == EINVAL, qPrintable(QString::number(above)));
    const int below = tryMap(userEnd + 1 - 2 * quint64(page));
    QVERIFY2(below == 0 || below == EEXIST, qPrintable(QString::number(below)));
    // With 5-level paging the 47-bit line is no limit.
    if (userEnd > (quint64(1) << 47)) {
        const int at47 = tryMap(quint64(1) << 47);
        QVERIFY(at47 == 0 || at47 == EEXIST);
    }
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    QVERIFY(cpuinfo.open(QIODevice::ReadOnly));
    const bool la57 = cpuinfo.readAll().contains(" la57");
    QCOMPARE(split.value(QStringLiteral("virtual_bits")).toInt(), la57 ? 57 : 48);
}

void TestLearn::refusalsSaySo()
{
    const KchanRun kthread = kchan({QStringLiteral("maps"), QStringLiteral("2")});
    QCOMPARE(kthread.code, 1);
    QVERIFY2(kthread.err.contains("kernel thread"), kthread.err.constData());
    // A process that is gone.
    QProcess gone;
    gone.start(QStringLiteral("true"), {});
    QVERIFY(gone.waitForStarted(30000));
    const qint64 goneId = gone.processId();
    QVERIFY(gone.waitForFinished(30000));
    const KchanRun missing = kchan({QStringLiteral("maps"), QString::number(goneId)});
    QCOMPARE(missing.code, 1);
    QVERIFY2(missing.err.contains("does not exist") || missing.err.contains("exited"), missing.err.constData());
    QCOMPARE(kchan({QStringLiteral("maps"), QStringLiteral("nope")}).code, 2);
    // Another user's process, as nobody.
    if (::geteuid() != 0 || QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
        QSKIP("the refusal of another user's map needs root and setpriv");
    const KchanRun denied = kchan({QStringLiteral("maps"), QString::number(m_helper.processId())}, {}, asNobody);
    QCOMPARE(denied.code, 1);
    QVERIFY2(denied.err.contains("Not allowed"), denied.err.constData());
}

QTEST_GUILESS_MAIN(TestLearn)
#include "tst_learn.moc"
