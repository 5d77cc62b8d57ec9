// SPDX-License-Identifier: GPL-2.0-or-later
// What the sysctl pane's inline editor says as a value is typed, against
// what the kernel answers when that value is written: in a child process
// moved into a network namespace of its own (unshare -n), so that
// net.ipv4.ip_default_ttl there is its alone, each value is written with
// one write() as the app writes it. What the editor calls refused, the
// kernel refuses (never stricter); what the kernel refuses, the editor
// marks, as refused or as advice (a range we know).
#include "netns/netnstest.h"
#include "sysctl/sysctl.h"
#include "sysctlvaluedelegate.h"

#include <QFile>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <sched.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace kc;

class TestSysctlInline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesTheKernel();
};

void TestSysctlInline::matchesTheKernel()
{
    if (const QString why = netnsSkipReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    const QString key = QStringLiteral("net.ipv4.ip_default_ttl");
    const QStringList values = {QStringLiteral("64"),   QStringLiteral("1"),     QStringLiteral("255"),   QStringLiteral("0"),
                                QStringLiteral("256"),  QStringLiteral("-1"),    QStringLiteral("0x40"),  QStringLiteral("0X40"),
                                QStringLiteral("010"),  QStringLiteral("08"),    QStringLiteral("abc"),   QStringLiteral(""),
                                QStringLiteral(" 64"),  QStringLiteral("64 "),   QStringLiteral("+5"),    QStringLiteral("6 4"),
                                QStringLiteral("99999999999999999999"),          QStringLiteral("2147483648"),
                                QStringLiteral("64abc"), QStringLiteral("0x"),   QStringLiteral("\t64"),
                                QStringLiteral("6 x")};
    // Everything the child needs is made before fork(): it only calls
    // the kernel from then on.
    QList<QByteArray> bytes;
    for (const QString &v : values)
        bytes.append(v.toUtf8() + '\n');
    QFile now(QStringLiteral("/proc/sys/net/ipv4/ip_default_ttl"));
    QVERIFY(now.open(QIODevice::ReadOnly));
    const QByteArray current = now.readAll().trimmed();
    const QByteArray path = "/proc/sys/net/ipv4/ip_default_ttl";

    int fds[2];
    QVERIFY(::pipe(fds) == 0);
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        ::close(fds[0]);
        if (::unshare(CLONE_NEWNET) != 0)
            ::_exit(2);
        for (const QByteArray &b : bytes) {
            int err = 0;
            const int fd = ::open(path.constData(), O_WRONLY | O_CLOEXEC);
            if (fd < 0) {
                err = errno;
            } else {
                const ssize_t n = ::write(fd, b.constData(), size_t(b.size()));
                err = n < 0 ? errno : 0;
                ::close(fd);
            }
            if (::write(fds[1], &err, sizeof err) != ssize_t(sizeof err))
                ::_exit(3);
        }
        ::_exit(0);
    }
    ::close(fds[1]);
    QList<int> errs;
    int err = 0;
    while (::read(fds[0], &err, sizeof err) == ssize_t(sizeof err))
        errs.append(err);
    ::close(fds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 0);
    QCOMPARE(errs.size(), values.size());

    int refusedByKernel = 0, refusedByEditor = 0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        bool refused = false;
        const QString problem = SysctlValueDelegate::problem(key, current, values[i], &refused);
        const bool kernelTook = errs[i] == 0;
        refusedByKernel += kernelTook ? 0 : 1;
        refusedByEditor += refused ? 1 : 0;
        const QString what = QStringLiteral("\"%1\": the kernel says %2, the editor says \"%3\"")
                                 .arg(values[i], kernelTook ? QStringLiteral("ok") : QString::fromLatin1(strerrorname_np(errs[i])), problem);
        // Never stricter: what it calls refused, the kernel refuses.
        QVERIFY2(!refused || !kernelTook, qPrintable(what));
        // Never silent: what the kernel refuses, it marks (refused or advice).
        QVERIFY2(kernelTook || !problem.isEmpty(), qPrintable(what));
        // What it takes without a word, the kernel takes as typed.
        if (problem.isEmpty())
            QVERIFY2(kernelTook, qPrintable(what));
        if (!kernelTook)
            QCOMPARE(errs[i], EINVAL);
    }
    // Both answers were met: the comparison means something.
    QVERIFY(refusedByKernel > 0 && refusedByKernel < values.size());
    QVERIFY(refusedByEditor > 0);
}

QTEST_MAIN(TestSysctlInline)
#include "tst_sysctlinline.moc"
