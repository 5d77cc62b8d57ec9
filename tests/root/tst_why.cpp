// SPDX-License-Identifier: GPL-2.0-or-later
// kchan why as an unprivileged user (setpriv to nobody): /proc/1/environ is
// root's and mode 0400, and a device node whose major no driver registered
// has its driver missing. Needs root to change user and to mknod.
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include "../kchanrun.h"

#include <QFile>
#include <QStandardPaths>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace {

const QStringList asNobody = {QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                              QStringLiteral("--clear-groups"), QStringLiteral("--inh-caps=-all")};

} // namespace

class TestWhy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void environIsRootsAsNobody();
    void nodeWithoutDriver();
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

QTEST_GUILESS_MAIN(TestWhy)
#include "tst_why.moc"
