// SPDX-License-Identifier: GPL-2.0-or-later
// kchan sysctl set refuses exactly what the kernel refuses. In a private
// network namespace, with a /proc of its own mounted in a private mount
// namespace, every key we describe under net.* that can be written there
// gets the same boundary values twice: written straight to /proc/sys with
// one write(), and through kchan sysctl set --yes. Where the kernel takes a
// value kchan must take it too and store the same; where the kernel refuses,
// kchan must fail with the kernel's errno. The keys belong to that namespace
// alone, and each is put back after every write all the same.
#include <QDir>
#include <QFile>
#include <QTest>

#include "../kchanrun.h"
#include "netnstest.h"
#include "sysctl/sysctl.h"
#include "sysctl/sysctldocs.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// The outcome of one write() straight to the file: 0 or the errno. Our own
// Sysctl::write is under test, so the reference is written out here.
int writeDirect(const QString &path, const QByteArray &bytes)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return errno;
    ssize_t n;
    do {
        n = ::write(fd, bytes.constData(), size_t(bytes.size()));
    } while (n < 0 && errno == EINTR);
    const int err = n < 0 ? errno : 0;
    ::close(fd);
    return err;
}

// The value as the kernel shows it now; for a key that cannot be read, the
// errno's name, so two unreadable states still compare.
QByteArray readDirect(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return QByteArray("<") + strerrorname_np(errno) + '>';
    QByteArray data;
    char buf[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            data = QByteArray("<") + strerrorname_np(errno) + '>';
            break;
        }
        if (n == 0)
            break;
        data.append(buf, n);
    }
    ::close(fd);
    return data;
}

QByteArray errnoName(int err)
{
    return err == 0 ? QByteArray("ok") : QByteArray(strerrorname_np(err));
}

// Every file under `dir`, as dotted keys below `prefix`.
void collect(const QString &dir, const QString &prefix, QStringList &keys)
{
    const QFileInfoList entries = QDir(dir).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System, QDir::Name);
    for (const QFileInfo &fi : entries) {
        QString component = fi.fileName();
        component.replace(QLatin1Char('.'), QLatin1Char('/'));
        const QString key = prefix + QLatin1Char('.') + component;
        if (fi.isDir() && !fi.isSymLink())
            collect(fi.filePath(), key, keys);
        else if (fi.isFile())
            keys.append(key);
    }
}

} // namespace

class TestSysctlKernel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void kchanRefusesWhatTheKernelRefuses(); // moves this process into new namespaces
};

void TestSysctlKernel::initTestCase()
{
    if (const QString why = netnsSkipReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
}

void TestSysctlKernel::kchanRefusesWhatTheKernelRefuses()
{
    // A network namespace of our own, and a mount namespace in which /proc
    // is mounted again, so that every net.* key is that namespace's; kchan,
    // started from here, shares both.
    if (::unshare(CLONE_NEWNET | CLONE_NEWNS) != 0)
        QSKIP(qPrintable(QStringLiteral("cannot make a network and a mount namespace here: %1").arg(QString::fromLocal8Bit(strerror(errno)))));
    // Keep the new mount to this namespace. Where / is no mount point (the
    // dev build root's chroot), /proc itself is.
    if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        QVERIFY2(::mount(nullptr, "/proc", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0, strerror(errno));
    if (::mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, nullptr) != 0)
        QSKIP(qPrintable(QStringLiteral("cannot mount /proc in a mount namespace here: %1").arg(QString::fromLocal8Bit(strerror(errno)))));
    // A new namespace has lo and nothing else: these keys are its own.
    QCOMPARE(QDir(QStringLiteral("/proc/sys/net/ipv4/conf")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name),
             (QStringList{QStringLiteral("all"), QStringLiteral("default"), QStringLiteral("lo")}));

    const QString root = kc::SysctlPath::defaultRoot();
    QStringList keys;
    collect(root + QStringLiteral("/net"), QStringLiteral("net"), keys);
    // The boundaries where our old ranges and the kernel's disagreed, the
    // extremes of an int and a little beyond, the bases the kernel reads
    // (0x10 is 16, 010 is 8, 08 is refused) and no number at all.
    const QStringList numbers{QStringLiteral("-1"), QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"),
                              QStringLiteral("3"), QStringLiteral("255"), QStringLiteral("256"), QStringLiteral("1280"),
                              QStringLiteral("4096"), QStringLiteral("32767"), QStringLiteral("32768"), QStringLiteral("65535"),
                              QStringLiteral("65536"), QStringLiteral("2147483647"), QStringLiteral("2147483648"),
                              QStringLiteral("-2147483648"), QStringLiteral("-2147483649"), QStringLiteral("0x10"),
                              QStringLiteral("-0x10"), QStringLiteral("010"), QStringLiteral("08")};
    const QStringList words{QStringLiteral("garbage"), QStringLiteral("1x"), QStringLiteral("")};

    int probedKeys = 0;
    int probes = 0;
    int kernelTook = 0;
    int stricter = 0; // kchan refused what the kernel took
    int laxer = 0;    // kchan said it wrote what the kernel refuses
    int unheard = 0;  // kchan refused before the kernel could answer
    int stored = 0;   // both took it, the kernel stored something else
    QStringList mismatches;
    QStringList notRestored;
    for (const QString &key : std::as_const(keys)) {
        const kc::SysctlDoc *doc = kc::sysctldocs::find(key);
        if (!doc)
            continue;
        // Congestion control and qdisc names make the kernel load a module
        // of that name: nothing a namespace keeps to itself.
        if (key.endsWith(QLatin1String("congestion_control")) || key.endsWith(QLatin1String("default_qdisc")))
            continue;
        const QString path = root + QLatin1Char('/') + QString(key).replace(QLatin1Char('.'), QLatin1Char('/'));
        struct stat st {};
        if (::stat(QFile::encodeName(path).constData(), &st) != 0 || !(st.st_mode & 0200))
            continue;
        ++probedKeys;
        const QByteArray original = readDirect(path);
        const bool restorable = !original.startsWith('<');
        const auto restore = [&] {
            if (restorable)
                writeDirect(path, original);
        };
        // Keys of several numbers get each number alone and once per field.
        QStringList values = numbers;
        kc::SysctlEntry now;
        now.value = original.trimmed();
        const qsizetype fields = restorable ? now.values().size() : 1;
        if (fields > 1) {
            for (const QString &n : numbers)
                values.append(QStringList(fields, n).join(QLatin1Char(' ')));
        }
        values += words;
        for (const QString &value : std::as_const(values)) {
            ++probes;
            restore();
            const int direct = writeDirect(path, value.toUtf8() + '\n');
            const QByteArray storedDirect = readDirect(path);
            restore();
            const KchanRun r = kchan({QStringLiteral("sysctl"), QStringLiteral("set"), key, value, QStringLiteral("--yes")});
            const QByteArray storedKchan = readDirect(path);
            restore();
            const QString what = QStringLiteral("%1=\"%2\": ").arg(key, value);
            if (direct == 0)
                ++kernelTook;
            if ((direct == 0) != (r.code == 0)) {
                ++(direct == 0 ? stricter : laxer);
                mismatches.append(what + QStringLiteral("the kernel says %1, kchan exits %2: %3")
                                             .arg(QString::fromLatin1(errnoName(direct))).arg(r.code)
                                             .arg(QString::fromLocal8Bit(r.err.trimmed())));
            } else if (direct != 0 && !r.err.contains(errnoName(direct))) {
                ++unheard;
                mismatches.append(what + QStringLiteral("kchan refuses without the kernel's %1: %2")
                                             .arg(QString::fromLatin1(errnoName(direct)), QString::fromLocal8Bit(r.err.trimmed())));
            } else if (storedDirect != storedKchan) {
                ++stored;
                mismatches.append(what + QStringLiteral("the kernel stores \"%1\" from a write, \"%2\" from kchan")
                                             .arg(QString::fromUtf8(storedDirect.trimmed()), QString::fromUtf8(storedKchan.trimmed())));
            }
        }
        if (restorable && readDirect(path) != original)
            notRestored.append(key);
    }
    qInfo("%d described writable net.* keys, %d values written both ways (%d taken by the kernel), %d mismatches: "
          "%d taken by the kernel but refused by kchan, %d refused by the kernel but not by kchan, "
          "%d refused by kchan without the kernel's errno, %d stored differently",
          probedKeys, probes, kernelTook, int(mismatches.size()), stricter, laxer, unheard, stored);
    // Enough keys to mean something: lo, all and default of every
    // per-interface key, and the namespace's own ipv4, ipv6 and core keys.
    QVERIFY2(probedKeys >= 100, qPrintable(QString::number(probedKeys)));
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.mid(0, 60).join(QLatin1Char('\n'))));
    QVERIFY2(notRestored.isEmpty(), qPrintable(notRestored.join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(TestSysctlKernel)
#include "tst_sysctlkernel.moc"
