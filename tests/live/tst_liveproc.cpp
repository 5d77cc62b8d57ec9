// SPDX-License-Identifier: GPL-2.0-or-later
// Reads this machine's kernel: real values, the safe reader's refusals, and
// a bounded walk of /proc and /sys.
#include "io/safereader.h"
#include "models/proctreemodel.h"
#include "models/roles.h"
#include "procfs/dirlister.h"
#include "procfs/parseutil.h"
#include "procfs/procformats.h"
#include "procfs/processscanner.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <dirent.h>
#include <sys/stat.h>
#include <sys/sysinfo.h>
#include <sys/wait.h>
#include <sys/prctl.h>
#include <unistd.h>

using namespace kc;

namespace {

QStringList findRow(const ParsedDoc &doc, const QString &key)
{
    for (const ParsedTable &t : doc.tables) {
        for (const QStringList &row : t.rows) {
            if (row.value(0) == key)
                return row;
        }
    }
    return {};
}

ParsedDoc parseLive(const QString &path)
{
    const ReadResult r = SafeReader::read(path);
    if (!r.ok())
        qFatal("cannot read %s: %s", qPrintable(path), qPrintable(r.reason));
    return ProcFormats::parse(path, r.data);
}

struct WalkStats {
    int entries = 0;
    QMap<QString, int> byStatus;
    QStringList deniedExamples;
};

// Depth-first walk without following links (sysfs is full of cycles),
// reading every regular file with a small cap.
void walk(const QByteArray &dir, WalkStats &stats, int limit)
{
    DIR *d = ::opendir(dir.constData());
    if (!d)
        return;
    QList<QByteArray> subdirs;
    while (const dirent *e = ::readdir(d)) {
        if (stats.entries >= limit)
            break;
        if (!qstrcmp(e->d_name, ".") || !qstrcmp(e->d_name, ".."))
            continue;
        const QByteArray path = dir + '/' + e->d_name;
        struct stat st {};
        if (::lstat(path.constData(), &st) != 0)
            continue;
        ++stats.entries;
        if (S_ISDIR(st.st_mode)) {
            subdirs.append(path);
        } else if (S_ISREG(st.st_mode)) {
            const ReadResult r = SafeReader::read(QString::fromLocal8Bit(path), 64 * 1024);
            const QString key = SafeReader::statusKey(r.status);
            ++stats.byStatus[key];
            if (r.status == ReadStatus::Denied && stats.deniedExamples.size() < 5)
                stats.deniedExamples.append(QString::fromLocal8Bit(path));
            if (!r.ok())
                QVERIFY2(!r.reason.isEmpty(), path.constData());
        }
    }
    ::closedir(d);
    for (const QByteArray &s : subdirs) {
        if (stats.entries >= limit)
            return;
        walk(s, stats, limit);
    }
}

} // namespace

class TestLiveProc : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void meminfoMatchesSysinfo();
    void selfStatusNamesOurPid();
    void statHasOneRowPerOnlineCpu();
    void scannerFindsUs();
    void scannerFindsEveryProcessOnce();
    void scannerGivesEffectiveUid();
    void scannerRssAsPsReportsIt();
    void refusesDeviceNodes();
    void refusesDenyList_data();
    void refusesDenyList();
    void fifoDoesNotHang();
    void capTruncatesHugeFile();
    void missingFile();
    void processGone();
    void permissionDenied();
    void walkProcAndSys();
    void treeModelLoadsSelf();
    void treeModelRefreshAppliesDiff();
    void treeModelRefreshSeesNewProcess();
};

void TestLiveProc::meminfoMatchesSysinfo()
{
    const ParsedDoc doc = parseLive(QStringLiteral("/proc/meminfo"));
    QVERIFY(doc.ok());
    struct sysinfo si {};
    QCOMPARE(::sysinfo(&si), 0);
    const quint64 totalKiB = quint64(si.totalram) * si.mem_unit / 1024;
    const QStringList row = findRow(doc, QStringLiteral("MemTotal"));
    QCOMPARE(row.value(1).toULongLong(), totalKiB);
    QCOMPARE(row.value(2), QStringLiteral("kB"));
}

void TestLiveProc::selfStatusNamesOurPid()
{
    const ParsedDoc doc = parseLive(QStringLiteral("/proc/self/status"));
    QVERIFY(doc.ok());
    QCOMPARE(findRow(doc, QStringLiteral("Pid")).value(1).toInt(), int(::getpid()));
    QCOMPARE(findRow(doc, QStringLiteral("PPid")).value(1).toInt(), int(::getppid()));
    QCOMPARE(findRow(doc, QStringLiteral("Name")).value(1), QStringLiteral("tst_liveproc"));
    const QString uid = findRow(doc, QStringLiteral("Uid")).value(1).section(QLatin1Char(' '), 0, 0);
    QCOMPARE(uid.toUInt(), uint(::getuid()));
}

void TestLiveProc::statHasOneRowPerOnlineCpu()
{
    const ParsedDoc doc = parseLive(QStringLiteral("/proc/stat"));
    QVERIFY(doc.ok());
    const ParsedTable &cpu = doc.tables.first();
    // "cpu" (the sum) plus one row per online CPU.
    QCOMPARE(cpu.rows.size(), qsizetype(::sysconf(_SC_NPROCESSORS_ONLN) + 1));
    QCOMPARE(cpu.rows.first().value(0), QStringLiteral("cpu"));
    QVERIFY(findRow(doc, QStringLiteral("ctxt")).value(1).toULongLong() > 0);
    // The kernel's own list of online CPUs names as many.
    QFile online(QStringLiteral("/sys/devices/system/cpu/online"));
    QVERIFY(online.open(QIODevice::ReadOnly));
    const QList<int> cpus = parse::cpuList(online.readAll());
    QCOMPARE(cpus.size(), qsizetype(::sysconf(_SC_NPROCESSORS_ONLN)));
    for (const QStringList &row : cpu.rows.mid(1))
        QVERIFY2(cpus.contains(row.value(0).mid(3).toInt()), qPrintable(row.value(0)));
}

void TestLiveProc::scannerFindsUs()
{
    const QList<ProcessInfo> all = ProcessScanner::scan();
    QVERIFY(all.size() > 1);
    bool found = false;
    for (const ProcessInfo &p : all) {
        if (p.pid == ::getpid()) {
            found = true;
            QCOMPARE(p.comm, QStringLiteral("tst_liveproc"));
            QCOMPARE(p.ppid, int(::getppid()));
            QCOMPARE(p.uid, uint(::getuid()));
            QVERIFY(p.threads >= 1);
            QVERIFY(p.rssKiB > 0);
            QVERIFY(p.cmdline.contains(QStringLiteral("tst_liveproc")));
            QVERIFY(!p.kernelThread);
        }
    }
    QVERIFY(found);
}

// Enough children that the scan spreads over threads: each is listed
// exactly once, with us as its parent, and the list is in PID order.
void TestLiveProc::scannerFindsEveryProcessOnce()
{
    QList<pid_t> children;
    for (int i = 0; i < 300; ++i) {
        const pid_t pid = ::fork();
        if (pid == 0) {
            ::pause();
            ::_exit(0);
        }
        QVERIFY(pid > 0);
        children.append(pid);
    }
    const QList<ProcessInfo> all = ProcessScanner::scan();
    for (pid_t pid : children)
        ::kill(pid, SIGKILL);
    for (pid_t pid : children)
        ::waitpid(pid, nullptr, 0);
    QHash<int, int> seen;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (i > 0)
            QVERIFY2(all[i - 1].pid < all[i].pid, qPrintable(QString::number(all[i].pid)));
        ++seen[all[i].pid];
    }
    for (pid_t pid : children) {
        QVERIFY2(seen.value(pid) == 1, qPrintable(QStringLiteral("child %1 seen %2 times").arg(pid).arg(seen.value(pid))));
        const auto it = std::find_if(all.cbegin(), all.cend(), [pid](const ProcessInfo &p) { return p.pid == pid; });
        QCOMPARE(it->ppid, int(::getpid()));
        QCOMPARE(it->comm, QStringLiteral("tst_liveproc"));
    }
}

void TestLiveProc::scannerRssAsPsReportsIt()
{
    // Sleeping processes we started hold still: their resident set as we
    // scan it is exactly what ps prints for them at the same moment.
    QList<QProcess *> sleepers;
    QStringList pids;
    for (int i = 0; i < 3; ++i) {
        auto *p = new QProcess(this);
        p->start(QStringLiteral("sleep"), {QStringLiteral("30")});
        QVERIFY(p->waitForStarted(30000));
        sleepers.append(p);
        pids.append(QString::number(p->processId()));
    }
    // Asleep: the state in stat says S.
    for (const QString &pid : std::as_const(pids))
        QTRY_COMPARE_WITH_TIMEOUT(ProcessScanner::read(pid.toInt()).state, 'S', 20000);
    QProcess ps;
    ps.start(QStringLiteral("ps"), {QStringLiteral("-o"), QStringLiteral("pid=,rss="), QStringLiteral("-p"), pids.join(QLatin1Char(','))});
    QVERIFY(ps.waitForFinished(30000));
    QHash<int, quint64> theirs;
    for (const QByteArray &line : ps.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() == 2)
            theirs.insert(f[0].toInt(), f[1].toULongLong());
    }
    QCOMPARE(theirs.size(), 3);
    for (const ProcessInfo &p : ProcessScanner::scan()) {
        if (theirs.contains(p.pid))
            QCOMPARE(p.rssKiB, theirs.value(p.pid));
    }
    for (QProcess *p : std::as_const(sleepers)) {
        p->kill();
        p->waitForFinished(10000);
    }
}

void TestLiveProc::refusesDeviceNodes()
{
    const ReadResult r = SafeReader::read(QStringLiteral("/dev/null"));
    QCOMPARE(r.status, ReadStatus::DeviceNode);
    QVERIFY(r.reason.contains(QStringLiteral("device node")));
    // A link to a device is refused too.
    const ReadResult stdinLink = SafeReader::read(QStringLiteral("/proc/self/fd/0"));
    QVERIFY(stdinLink.status != ReadStatus::Ok || QFileInfo(QStringLiteral("/proc/self/fd/0")).isFile());
}

void TestLiveProc::refusesDenyList_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("kmsg") << "/proc/kmsg";
    QTest::newRow("kcore") << "/proc/kcore";
    QTest::newRow("self mem") << "/proc/self/mem";
    QTest::newRow("pagemap") << "/proc/self/pagemap";
    QTest::newRow("clear_refs") << "/proc/self/clear_refs";
    QTest::newRow("sysrq") << "/proc/sysrq-trigger";
    QTest::newRow("kpageflags") << "/proc/kpageflags";
    QTest::newRow("trace_pipe") << "/sys/kernel/tracing/trace_pipe";
    QTest::newRow("thread mem") << "/proc/self/task/1/mem";
}

void TestLiveProc::refusesDenyList()
{
    QFETCH(QString, path);
    const ReadResult r = SafeReader::read(path);
    QCOMPARE(r.status, ReadStatus::Denied);
    QVERIFY(r.reason.startsWith(QStringLiteral("Skipped:")));
    QVERIFY(r.data.isEmpty());
}

void TestLiveProc::fifoDoesNotHang()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray fifo = QFile::encodeName(dir.filePath(QStringLiteral("fifo")));
    QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
    QElapsedTimer t;
    t.start();
    const ReadResult r = SafeReader::read(QString::fromLocal8Bit(fifo));
    QCOMPARE(r.status, ReadStatus::NotRegular);
    QVERIFY(!r.reason.isEmpty());
}

void TestLiveProc::capTruncatesHugeFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QByteArray block(1024 * 1024, 'x');
    for (int i = 0; i < 5; ++i)
        f.write(block);
    f.close();
    const ReadResult r = SafeReader::read(path);
    QVERIFY(r.ok());
    QVERIFY(r.truncated);
    QCOMPARE(r.data.size(), SafeReader::DefaultCap);
    QVERIFY(!r.reason.isEmpty());
    const ReadResult small = SafeReader::read(path, 100);
    QCOMPARE(small.data.size(), 100);
    QVERIFY(small.truncated);
    // /proc files report size 0; the cap still applies.
    const ReadResult capped = SafeReader::read(QStringLiteral("/proc/self/status"), 10);
    QCOMPARE(capped.data.size(), 10);
    QVERIFY(capped.truncated);
}

void TestLiveProc::missingFile()
{
    const ReadResult r = SafeReader::read(QStringLiteral("/proc/no-such-file-here"));
    QCOMPARE(r.status, ReadStatus::NotFound);
    QVERIFY(r.reason.contains(QStringLiteral("does not exist")));
}

void TestLiveProc::processGone()
{
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0)
        ::_exit(0);
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    const ReadResult r = SafeReader::read(QStringLiteral("/proc/%1/status").arg(child));
    QCOMPARE(r.status, ReadStatus::ProcessGone);
    QVERIFY(r.reason.contains(QString::number(child)));
    const DirListing l = DirLister::list(QStringLiteral("/proc/%1").arg(child));
    QVERIFY(!l.error.isEmpty());
}

void TestLiveProc::scannerGivesEffectiveUid()
{
    // A child that keeps real uid 0, takes effective uid 65534 and makes
    // itself non-dumpable (which makes its /proc files root's): the scanner
    // still names the effective user, as /proc/PID/status does.
    if (::geteuid() != 0)
        QSKIP("changing a child's effective user needs root");
    int ready[2];
    int hold[2];
    QCOMPARE(::pipe(ready), 0);
    QCOMPARE(::pipe(hold), 0);
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        ::close(ready[0]);
        ::close(hold[1]);
        const char ok = (::prctl(PR_SET_DUMPABLE, 0) == 0 && ::setresuid(uid_t(-1), 65534, uid_t(-1)) == 0) ? '1' : '0';
        if (::write(ready[1], &ok, 1) != 1)
            ::_exit(1);
        char c;
        while (::read(hold[0], &c, 1) < 0 && errno == EINTR) {
        }
        ::_exit(0);
    }
    ::close(ready[1]);
    ::close(hold[0]);
    char ok = 0;
    QCOMPARE(::read(ready[0], &ok, 1), ssize_t(1));
    const ProcessInfo info = ProcessScanner::read(child);
    const ParsedDoc status = parseLive(QStringLiteral("/proc/%1/status").arg(child));
    ::close(hold[1]); // the child exits
    int wstatus = 0;
    QCOMPARE(::waitpid(child, &wstatus, 0), child);
    ::close(ready[0]);
    QCOMPARE(ok, '1');
    QCOMPARE(info.pid, int(child));
    QCOMPARE(info.uid, 65534u);
    // Uid: real effective saved filesystem
    const QStringList uids = findRow(status, QStringLiteral("Uid")).value(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QCOMPARE(uids.value(0), QStringLiteral("0"));
    QCOMPARE(uids.value(1), QStringLiteral("65534"));
}

void TestLiveProc::permissionDenied()
{
    // /proc/1/environ is readable only by its owner (root). As root, check
    // it from a child that has given up root.
    if (::getuid() != 0) {
        const ReadResult r = SafeReader::read(QStringLiteral("/proc/1/environ"));
        QCOMPARE(r.status, ReadStatus::PermissionDenied);
        QVERIFY(r.reason.contains(QStringLiteral("Permission denied")));
        return;
    }
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        if (::setgid(65534) != 0 || ::setuid(65534) != 0)
            ::_exit(10);
        const ReadResult r = SafeReader::read(QStringLiteral("/proc/1/environ"));
        ::_exit(r.status == ReadStatus::PermissionDenied && r.reason.contains(QStringLiteral("Permission denied")) ? 0 : 1);
    }
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status));
    if (WEXITSTATUS(status) == 10)
        QSKIP("cannot drop privileges to nobody here");
    QCOMPARE(WEXITSTATUS(status), 0);
}

void TestLiveProc::walkProcAndSys()
{
    for (const char *root : {"/proc", "/sys"}) {
        WalkStats stats;
        QElapsedTimer t;
        t.start();
        walk(QByteArray(root), stats, 60000);
        QVERIFY(stats.entries > 100);
        QVERIFY(stats.byStatus.value(QStringLiteral("ok")) > 50);
        QStringList summary;
        for (auto it = stats.byStatus.cbegin(); it != stats.byStatus.cend(); ++it)
            summary.append(QStringLiteral("%1=%2").arg(it.key()).arg(it.value()));
        qInfo("%s: %d entries in %lld ms; files by outcome: %s; denied e.g. %s", root, stats.entries, t.elapsed(),
              qPrintable(summary.join(QStringLiteral(", "))), qPrintable(stats.deniedExamples.join(QStringLiteral(" "))));
        if (qstrcmp(root, "/proc") == 0) {
            // Every process has mem, pagemap and clear_refs: the deny list fired.
            QVERIFY(stats.byStatus.value(QStringLiteral("denied")) >= 3);
        }
    }
}

void TestLiveProc::treeModelLoadsSelf()
{
    ProcTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The tester itself may already have asked for the root's children.
    if (model.canFetchMore({}))
        model.fetchMore({});
    QTRY_VERIFY(model.isListed({}));
    QVERIFY(model.rowCount() > 10);

    const QModelIndex ours = model.indexForPath(QStringLiteral("/proc/%1").arg(::getpid()));
    QVERIFY(ours.isValid());
    QCOMPARE(ours.data(PidRole).toInt(), int(::getpid()));
    QCOMPARE(ours.data().toString(), QStringLiteral("%1  tst_liveproc").arg(::getpid()));
    QCOMPARE(DirEntry::Kind(ours.data(EntryKindRole).toInt()), DirEntry::Kind::Process);
    QVERIFY(!ours.data(KernelThreadRole).toBool());

    const QModelIndex kthreadd = model.indexForPath(QStringLiteral("/proc/2"));
    if (kthreadd.isValid() && kthreadd.data().toString().contains(QStringLiteral("kthreadd")))
        QVERIFY(kthreadd.data(KernelThreadRole).toBool());

    const QModelIndex self = model.indexForPath(QStringLiteral("/proc/self"));
    QVERIFY(self.isValid());
    QVERIFY(self.data(IsContainerRole).toBool());
    if (model.canFetchMore(self))
        model.fetchMore(self);
    QTRY_VERIFY(model.isListed(self));
    const QModelIndex status = model.indexForPath(QStringLiteral("/proc/self/status"));
    QVERIFY(status.isValid());
    QCOMPARE(DirEntry::Kind(status.data(EntryKindRole).toInt()), DirEntry::Kind::File);
    const QModelIndex mem = model.indexForPath(QStringLiteral("/proc/self/mem"));
    QVERIFY(mem.isValid());
    QVERIFY(mem.data(NoteRole).toString().startsWith(QStringLiteral("Skipped:")));
    const QModelIndex exe = model.indexForPath(QStringLiteral("/proc/self/exe"));
    QVERIFY(exe.isValid());
    QVERIFY(exe.siblingAtColumn(ProcTreeModel::DetailColumn).data().toString().contains(QStringLiteral("tst_liveproc")));
    QVERIFY(!exe.data(IsContainerRole).toBool());
}

void TestLiveProc::treeModelRefreshAppliesDiff()
{
    // A directory we control, so the tester can check every insert and
    // removal without crawling all of /proc.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const char *name : {"a", "b", "c"})
        QVERIFY(QFile(dir.filePath(QLatin1String(name))).open(QIODevice::WriteOnly));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
    ProcTreeModel model(dir.path());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    if (model.canFetchMore({}))
        model.fetchMore({});
    QTRY_VERIFY(model.isListed({}));
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("b"))));
    QVERIFY(QFile(dir.filePath(QStringLiteral("d"))).open(QIODevice::WriteOnly));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("a")), dir.filePath(QStringLiteral("link"))));
    model.refresh();
    QTRY_VERIFY(model.indexForPath(dir.filePath(QStringLiteral("d"))).isValid());
    QVERIFY(!model.indexForPath(dir.filePath(QStringLiteral("b"))).isValid());
    QCOMPARE(model.rowCount(), 5);
    const QModelIndex link = model.indexForPath(dir.filePath(QStringLiteral("link")));
    QCOMPARE(DirEntry::Kind(link.data(EntryKindRole).toInt()), DirEntry::Kind::Symlink);
    QCOMPARE(link.siblingAtColumn(ProcTreeModel::DetailColumn).data().toString(),
             QString(QStringLiteral("→ ") + dir.filePath(QStringLiteral("a"))));
}

void TestLiveProc::treeModelRefreshSeesNewProcess()
{
    ProcTreeModel model;
    if (model.canFetchMore({}))
        model.fetchMore({});
    QTRY_VERIFY(model.isListed({}));

    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        ::pause();
        ::_exit(0);
    }
    const QString path = QStringLiteral("/proc/%1").arg(child);

    QVERIFY(!model.indexForPath(path).isValid());
    model.refresh();
    QTRY_VERIFY(model.indexForPath(path).isValid());

    ::kill(child, SIGKILL);
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    model.refresh();
    QTRY_VERIFY(!model.indexForPath(path).isValid());
}

QTEST_GUILESS_MAIN(TestLiveProc)
#include "tst_liveproc.moc"
