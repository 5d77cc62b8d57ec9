// SPDX-License-Identifier: GPL-2.0-or-later
// kchan --remote through a real ssh: an sshd listening on 127.0.0.1 in a
// private network namespace, host and user keys made by the test, and the
// client's configuration in a private mount namespace, so nothing of the
// machine's own ssh set-up is read or changed. The agent answers from the
// far end of the connection: it runs under that sshd.
#include "../kchanrun.h"
#include "netnstest.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestAgentSsh : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void remoteThroughSsh();
};

void TestAgentSsh::initTestCase()
{
    if (const QString why = netnsSkipReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    if (!QFile::exists(QStringLiteral("/usr/sbin/sshd")) || QStandardPaths::findExecutable(QStringLiteral("ssh")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("ssh-keygen")).isEmpty())
        QSKIP("needs OpenSSH's client and server (openssh-client, openssh-server)");
}

void TestAgentSsh::remoteThroughSsh()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString d = dir.path();
    for (const QString &key : {QStringLiteral("host_key"), QStringLiteral("user_key")}) {
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                                                     QString(), QStringLiteral("-f"), dir.filePath(key)});
        QVERIFY(keygen.waitForFinished(30000));
        QCOMPARE(keygen.exitCode(), 0);
    }
    QVERIFY(QFile::copy(dir.filePath(QStringLiteral("user_key.pub")), dir.filePath(QStringLiteral("authorized_keys"))));
    const QString bin = QFileInfo(QStringLiteral(KC_KCHAN)).absolutePath();
    const auto write = [&](const QString &name, const QString &text) {
        QFile f(dir.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) > 0;
    };
    // The agent's kchan is found on the PATH of the session, as on a
    // machine where it is installed.
    QVERIFY(write(QStringLiteral("sshd_config"), QStringLiteral("ListenAddress 127.0.0.1\nPort 2222\nHostKey %1/host_key\n"
                                                                "AuthorizedKeysFile %1/authorized_keys\nPidFile %1/sshd.pid\n"
                                                                "StrictModes no\nUsePAM no\nPermitRootLogin prohibit-password\n"
                                                                "PasswordAuthentication no\nKbdInteractiveAuthentication no\n"
                                                                "SetEnv PATH=%2:/usr/sbin:/usr/bin:/sbin:/bin\n")
                                                     .arg(d, bin)));
    QVERIFY(write(QStringLiteral("ssh_config"), QStringLiteral("Host kc-test\n  HostName 127.0.0.1\n  Port 2222\n  User root\n"
                                                               "  IdentityFile %1/user_key\n  IdentitiesOnly yes\n"
                                                               "  UserKnownHostsFile %1/known_hosts\n  StrictHostKeyChecking accept-new\n"
                                                               "  BatchMode yes\n")
                                                    .arg(d)));
    // ssh reads ~/.ssh/config of the passwd entry's home: a tmpfs there,
    // in this namespace only.
    const QString script = QStringLiteral(
        "set -e; d=\"$1\"; kchan=\"$2\"\n"
        "ip link set lo up\n"
        "mount -t tmpfs tmpfs ~root\n"
        "mkdir -p ~root/.ssh /run/sshd\n"
        "cp \"$d/ssh_config\" ~root/.ssh/config; chmod 600 ~root/.ssh/config\n"
        "/usr/sbin/sshd -f \"$d/sshd_config\" -E \"$d/sshd.log\"\n"
        "for i in $(seq 100); do [ -s \"$d/sshd.pid\" ] && break; sleep 0.1; done\n"
        "set +e\n"
        "\"$kchan\" --remote kc-test procs --json > \"$d/procs.json\" 2> \"$d/procs.err\"; echo $? > \"$d/procs.rc\"\n"
        "\"$kchan\" --remote kc-test cat /proc/self/status > \"$d/status\" 2> \"$d/status.err\"; echo $? > \"$d/status.rc\"\n"
        "\"$kchan\" --agent 'ssh kc-test kchan-is-not-here agent --stdio' procs 2> \"$d/missing.err\"; echo $? > \"$d/missing.rc\"\n"
        "kill \"$(cat \"$d/sshd.pid\")\"\n");
    QProcess run;
    run.start(QStringLiteral("unshare"), QStringList{QStringLiteral("-n"), QStringLiteral("-m")} + mountPropagation()
                                              + QStringList{QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh"), d,
                                                            QStringLiteral(KC_KCHAN)});
    QVERIFY(run.waitForFinished(120000));
    const auto text = [&](const QString &name) {
        QFile f(dir.filePath(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    QVERIFY2(run.exitCode() == 0, QByteArray(run.readAllStandardError() + text(QStringLiteral("sshd.log"))).constData());
    QVERIFY2(text(QStringLiteral("procs.rc")).trimmed() == "0", QByteArray(text(QStringLiteral("procs.err")) + text(QStringLiteral("sshd.log"))).constData());

    QHash<int, QPair<int, QString>> procs;
    for (const QJsonValue &p : QJsonDocument::fromJson(text(QStringLiteral("procs.json"))).array())
        procs.insert(p[QStringLiteral("pid")].toInt(), {p[QStringLiteral("ppid")].toInt(), p[QStringLiteral("comm")].toString()});
    const QByteArray status = text(QStringLiteral("status"));
    QVERIFY2(text(QStringLiteral("status.rc")).trimmed() == "0", text(QStringLiteral("status.err")).constData());
    QVERIFY(status.startsWith("Name:\tkchan\n"));
    // The scan was made by an agent running under sshd: a kchan in the
    // list whose ancestors include the sshd that took the connection.
    bool agentUnderSshd = false;
    for (auto it = procs.cbegin(); it != procs.cend() && !agentUnderSshd; ++it) {
        if (it.value().second != QLatin1String("kchan"))
            continue;
        int pid = it.value().first;
        for (int hops = 0; pid > 1 && hops < 10 && !agentUnderSshd; ++hops) {
            agentUnderSshd = procs.value(pid).second.startsWith(QLatin1String("sshd"));
            pid = procs.value(pid).first;
        }
    }
    QVERIFY2(agentUnderSshd, text(QStringLiteral("procs.json")).left(4000).constData());

    // No kchan at the far end: said, with what to install.
    QCOMPARE(text(QStringLiteral("missing.rc")).trimmed(), QByteArray("1"));
    QVERIFY2(text(QStringLiteral("missing.err")).contains("kchan is not installed"), text(QStringLiteral("missing.err")).constData());
}

QTEST_GUILESS_MAIN(TestAgentSsh)
#include "tst_agentssh.moc"
