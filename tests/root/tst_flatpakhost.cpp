// SPDX-License-Identifier: GPL-2.0-or-later
// The Flatpak host view's agent command: /.flatpak-info's paths, the loader
// and libraries this process runs with, and every path mapped to the host.
// Then the agent built in the build root runs on the host outside it (a
// Debian release with none of the build root's libraries), started the way
// the Flatpak starts it, with the build root standing in for the runtime
// and a flatpak-spawn stand-in for the real one, and answers from there.
#include "source/agentsource.h"
#include "source/flatpakhost.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace kc;

namespace {

QByteArray fileText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString osRelease(const QByteArray &text, const char *key)
{
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith(QByteArray(QByteArray(key) + '=')))
            return QString::fromUtf8(line.mid(qstrlen(key) + 1)).remove(QLatin1Char('"'));
    }
    return {};
}

} // namespace

class TestFlatpakHost : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void instancePaths();
    void pathsMappedToTheHost();
    void linkageOfThisProcess();
    void agentRunsOnTheHost();
};

void TestFlatpakHost::instancePaths()
{
    FlatpakHost::Paths paths;
    QString error;
    QVERIFY(FlatpakHost::instancePaths(fileText(QStringLiteral(KC_FIXTURES "/flatpak/flatpak-info-paths")), &paths, &error));
    QCOMPARE(paths.appPath, QStringLiteral("/var/lib/flatpak/app/io.github.kernelchannels.KernelChannels/x86_64/master/"
                                           "0123456789abcdef/files"));
    QCOMPARE(paths.runtimePath, QStringLiteral("/var/lib/flatpak/runtime/org.kde.Platform/x86_64/6.10/fedcba9876543210/files"));
    // Without [Instance] paths (the older fixture): a sentence, no command.
    QVERIFY(!FlatpakHost::instancePaths(fileText(QStringLiteral(KC_FIXTURES "/flatpak/flatpak-info")), &paths, &error));
    QVERIFY(error.contains(QLatin1String("runtime-path")));
}

void TestFlatpakHost::pathsMappedToTheHost()
{
    const FlatpakHost::Paths paths{QStringLiteral("/h/app"), QStringLiteral("/h/runtime")};
    QCOMPARE(FlatpakHost::hostPath(QStringLiteral("/usr/lib/x86_64-linux-gnu/libQt6Core.so.6"), paths),
             QStringLiteral("/h/runtime/lib/x86_64-linux-gnu/libQt6Core.so.6"));
    QCOMPARE(FlatpakHost::hostPath(QStringLiteral("/app/bin/kchan"), paths), QStringLiteral("/h/app/bin/kchan"));
    QCOMPARE(FlatpakHost::hostPath(QStringLiteral("/usr"), paths), QStringLiteral("/h/runtime"));
    QCOMPARE(FlatpakHost::hostPath(QStringLiteral("/usrlocal/x"), paths), QStringLiteral("/usrlocal/x"));
    QCOMPARE(FlatpakHost::hostPath(QStringLiteral("/application"), paths), QStringLiteral("/application"));
    FlatpakHost::Linkage l;
    l.loader = QStringLiteral("/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2");
    l.libraryDirs = {QStringLiteral("/app/lib"), QStringLiteral("/usr/lib/x86_64-linux-gnu")};
    QCOMPARE(FlatpakHost::agentCommand(paths, l, QStringLiteral("/app/bin/kchan")),
             (QStringList{QStringLiteral("flatpak-spawn"), QStringLiteral("--host"), QStringLiteral("--watch-bus"),
                          QStringLiteral("/h/runtime/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2"), QStringLiteral("--library-path"),
                          QStringLiteral("/h/app/lib:/h/runtime/lib/x86_64-linux-gnu"), QStringLiteral("/h/app/bin/kchan"),
                          QStringLiteral("agent"), QStringLiteral("--stdio")}));
    // As root: pkexec on the host runs the loader, after flatpak-spawn's options.
    const QStringList asRoot = FlatpakHost::agentCommand(paths, l, QStringLiteral("/app/bin/kchan"), QStringLiteral("flatpak-spawn"), true);
    QCOMPARE(asRoot.mid(0, 5), (QStringList{QStringLiteral("flatpak-spawn"), QStringLiteral("--host"), QStringLiteral("--watch-bus"),
                                            QStringLiteral("pkexec"), QStringLiteral("/h/runtime/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2")}));
    QCOMPARE(asRoot.mid(5), FlatpakHost::agentCommand(paths, l, QStringLiteral("/app/bin/kchan")).mid(4));
}

void TestFlatpakHost::linkageOfThisProcess()
{
    // The loader is the one the kernel started us with (PT_INTERP), and
    // the directory of Qt Core is among the library directories.
    const FlatpakHost::Linkage l = FlatpakHost::linkage(fileText(QStringLiteral("/proc/self/maps")));
    QVERIFY(!l.loader.isEmpty());
    QVERIFY2(QFileInfo(l.loader).fileName().startsWith(QLatin1String("ld-")), qPrintable(l.loader));
    QCOMPARE(QFileInfo(l.loader).canonicalFilePath(), QFileInfo(QStringLiteral("/lib64/ld-linux-x86-64.so.2")).canonicalFilePath());
    bool qtCore = false;
    for (const QString &dir : l.libraryDirs)
        qtCore = qtCore || !QDir(dir).entryList({QStringLiteral("libQt6Core.so*")}).isEmpty();
    QVERIFY(qtCore);
}

void TestFlatpakHost::agentRunsOnTheHost()
{
    const QString onHost = qEnvironmentVariable("KC_BUILDROOT_ON_HOST");
    if (onHost.isEmpty() || !QFileInfo::exists(QStringLiteral("/run/host/usr")))
        QSKIP("needs the build root of scripts/dev, which shows the host at /run/host");
    if (::geteuid() != 0)
        QSKIP("needs root: the flatpak-spawn stand-in mounts the host's /proc and enters it with chroot");
    const QByteArray hostRelease = fileText(QStringLiteral("/run/host/etc/os-release"));
    const QByteArray rootRelease = fileText(QStringLiteral("/etc/os-release"));
    if (hostRelease == rootRelease)
        QSKIP("the host runs the build root's own release; nothing foreign to show");

    // The build root is the runtime (/usr), the build directory the app.
    QTemporaryDir dir;
    const QString info = dir.filePath(QStringLiteral("flatpak-info"));
    QFile f(info);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[Application]\nname=io.github.kernelchannels.KernelChannels\n\n[Instance]\napp-path=/tmp/kc-share\nruntime-path="
            + onHost.toUtf8() + "/usr\n");
    f.close();
    FlatpakHost::Paths paths;
    QString error;
    QVERIFY2(FlatpakHost::instancePaths(fileText(info), &paths, &error), qPrintable(error));
    const FlatpakHost::Linkage l = FlatpakHost::linkage(fileText(QStringLiteral("/proc/self/maps")));
    // kchan is where the stand-in shares the build directory on the host.
    const QString buildDir = QFileInfo(QStringLiteral(KC_KCHAN)).absolutePath();
    qputenv("KC_SPAWN_SHARE", buildDir.toLocal8Bit());
    const QStringList command = FlatpakHost::agentCommand(paths, l, QStringLiteral("/app/kchan"), QStringLiteral(KC_SOURCE_DIR "/tests/fakes/flatpak-spawn"));
    QVERIFY2(command.at(3).startsWith(onHost + QStringLiteral("/usr/")), qPrintable(command.join(QLatin1Char(' '))));
    const auto agent = AgentSource::start(command, &error);
    qunsetenv("KC_SPAWN_SHARE");
    QVERIFY2(agent, qPrintable(error));

    // It runs on the host: /etc/os-release there is the host's release,
    // not the build root's, and its kernel is ours.
    const ReadResult release = agent->read(QStringLiteral("/etc/os-release"));
    QVERIFY2(release.ok(), qPrintable(release.reason));
    QCOMPARE(osRelease(release.data, "VERSION_ID"), osRelease(hostRelease, "VERSION_ID"));
    QVERIFY(osRelease(release.data, "VERSION_ID") != osRelease(rootRelease, "VERSION_ID"));
    QCOMPARE(agent->info().kernel, SourceInfo::here().kernel);
    // And answers as the agent does anywhere: this test among its processes.
    bool found = false;
    for (const ProcessInfo &p : agent->processes())
        found = found || p.pid == int(::getpid());
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestFlatpakHost)
#include "tst_flatpakhost.moc"
