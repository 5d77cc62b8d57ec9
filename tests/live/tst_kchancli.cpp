// SPDX-License-Identifier: GPL-2.0-or-later
// kchan as a user runs it: real output from this machine, exit codes and
// messages for bad input.
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <asm/unistd.h>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <net/if.h>
#include <sys/sysinfo.h>
#include <unistd.h>

#include "../kchanrun.h"

#include <csignal>

using Run = KchanRun;

class TestKchanCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void procsJsonListsItself();
    void speaksTheUsersLanguage();
    void procsTsvHasHeaderAndUs();
    void parseMeminfoJson();
    void parseUnknownFails();
    void parseUnreadableFails();
    void catRefusesDevice();
    void catPrintsFile();
    void lsShowsLinksAndNotes();
    void formatsListsAll();
    void helpAndUsage();
    void everyCommandHasHelp();
    void usageListsEveryCommand();
    void usageErrorsAreUniform();
    void devicesJsonHasNull();
    void followNullJson();
    void followRefusesFile();
    void sysfsJsonLoopback();
    void netlinkSocketsListsItsOwnDump();
    void netlinkFamiliesHaveNlctrl();
    void decodeCapture();
    void countsInEnglish();
    void connectorSeesOurChild();
    void sysctlOstype();
    void sysctlJsonMatchesProcSys();
    void sysctlSnapshotDiff();
    void sysctlSetNotesButAsks();
    void sampleCpuAndContextSwitches();
    void syscallTableHasThisArchitecture();
    void syscallOfSleepingChild();
    void monitorStopsCleanlyOnSignal();
    void perfRatesLeaveNoWriterBehind();
    void traceCatMeminfo();
    void traceJsonMissingFile();
    void traceMissingCommand();
    void traceOnlyOpenat();
    void traceImport();
};

void TestKchanCli::procsJsonListsItself()
{
    const Run r = kchan({QStringLiteral("procs"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonArray arr = QJsonDocument::fromJson(r.out).array();
    QVERIFY(arr.size() > 1);
    bool self = false, parent = false;
    for (const QJsonValue &v : arr) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("pid")).toInteger() == r.pid) {
            self = true;
            QCOMPARE(o.value(QStringLiteral("comm")).toString(), QStringLiteral("kchan"));
            QCOMPARE(o.value(QStringLiteral("ppid")).toInteger(), qint64(::getpid()));
            QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("R"));
            QVERIFY(o.value(QStringLiteral("cmdline")).toString().endsWith(QStringLiteral("procs --json")));
        }
        if (o.value(QStringLiteral("pid")).toInteger() == ::getpid()) {
            parent = true;
            QCOMPARE(o.value(QStringLiteral("comm")).toString(), QStringLiteral("tst_kchancli"));
        }
    }
    QVERIFY(self);
    QVERIFY(parent);
}

void TestKchanCli::procsTsvHasHeaderAndUs()
{
    const Run r = kchan({QStringLiteral("procs")});
    QCOMPARE(r.code, 0);
    const QList<QByteArray> lines = r.out.split('\n');
    QCOMPARE(lines.first(), QByteArray("PID\tPPID\tSTATE\tRSS_KIB\tTHREADS\tUID\tCOMM\tCMDLINE"));
    bool found = false;
    for (const QByteArray &l : lines) {
        const QList<QByteArray> f = l.split('\t');
        if (f.size() == 8 && f[0].toLongLong() == ::getpid()) {
            found = true;
            QCOMPARE(f[6], QByteArray("tst_kchancli"));
        }
    }
    QVERIFY(found);
}

void TestKchanCli::parseMeminfoJson()
{
    const Run r = kchan({QStringLiteral("parse"), QStringLiteral("/proc/meminfo"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("meminfo"));
    const QJsonArray rows = o.value(QStringLiteral("tables")).toArray().first().toObject().value(QStringLiteral("rows")).toArray();
    struct sysinfo si {};
    QCOMPARE(::sysinfo(&si), 0);
    bool found = false;
    for (const QJsonValue &row : rows) {
        const QJsonArray cells = row.toArray();
        if (cells.at(0).toString() == QLatin1String("MemTotal")) {
            found = true;
            QCOMPARE(cells.at(1).toString().toULongLong(), quint64(si.totalram) * si.mem_unit / 1024);
        }
    }
    QVERIFY(found);
}

void TestKchanCli::parseUnknownFails()
{
    const Run r = kchan({QStringLiteral("parse"), QStringLiteral("/proc/kallsyms")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.contains("no parser for /proc/kallsyms"));
}

void TestKchanCli::parseUnreadableFails()
{
    const Run r = kchan({QStringLiteral("parse"), QStringLiteral("/proc/999999999/status")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("exited") || r.err.contains("does not exist"), r.err.constData());
}

void TestKchanCli::catRefusesDevice()
{
    const Run r = kchan({QStringLiteral("cat"), QStringLiteral("/dev/zero")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.contains("device node"));
    const Run k = kchan({QStringLiteral("cat"), QStringLiteral("/proc/kmsg")});
    QCOMPARE(k.code, 1);
    QVERIFY(k.err.contains("Skipped"));
}

void TestKchanCli::catPrintsFile()
{
    const Run r = kchan({QStringLiteral("cat"), QStringLiteral("/proc/self/status")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("Name:\tkchan\n"));
    QVERIFY(r.out.contains(QByteArray("\nPid:\t" + QByteArray::number(r.pid) + '\n')));
}

void TestKchanCli::lsShowsLinksAndNotes()
{
    const Run r = kchan({QStringLiteral("ls"), QStringLiteral("/proc/self"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonArray arr = QJsonDocument::fromJson(r.out).array();
    bool exe = false, mem = false;
    for (const QJsonValue &v : arr) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("name")).toString() == QLatin1String("exe")) {
            exe = true;
            QVERIFY(o.value(QStringLiteral("target")).toString().endsWith(QStringLiteral("/kchan")));
        }
        if (o.value(QStringLiteral("name")).toString() == QLatin1String("mem")) {
            mem = true;
            QVERIFY(o.value(QStringLiteral("note")).toString().startsWith(QStringLiteral("Skipped:")));
        }
    }
    QVERIFY(exe);
    QVERIFY(mem);
    const Run bad = kchan({QStringLiteral("ls"), QStringLiteral("/proc/no-such-dir")});
    QCOMPARE(bad.code, 1);
    QVERIFY(bad.err.contains("does not exist"));
}

void TestKchanCli::formatsListsAll()
{
    const Run r = kchan({QStringLiteral("formats"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonArray arr = QJsonDocument::fromJson(r.out).array();
    QStringList ids;
    for (const QJsonValue &v : arr)
        ids.append(v.toObject().value(QStringLiteral("id")).toString());
    for (const char *id : {"meminfo", "stat", "cpuinfo", "loadavg", "uptime", "vmstat", "interrupts", "softirqs",
                           "diskstats", "partitions", "devices", "filesystems", "mounts", "mountinfo", "modules",
                           "net-dev", "net-netlink", "net-tcp", "net-udp", "pid-status", "pid-stat", "pid-maps",
                           "pid-limits", "pid-io", "pid-environ", "pid-cmdline", "pid-syscall", "pressure"})
        QVERIFY2(ids.contains(QLatin1String(id)), id);
}

void TestKchanCli::helpAndUsage()
{
    const Run help = kchan({QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains("procs"));
    const Run none = kchan({});
    QCOMPARE(none.code, 2);
    const Run unknown = kchan({QStringLiteral("frobnicate")});
    QCOMPARE(unknown.code, 2);
    QVERIFY(unknown.err.contains("unknown command"));
    const Run missing = kchan({QStringLiteral("parse")});
    QCOMPARE(missing.code, 2);
    const Run sub = kchan({QStringLiteral("parse"), QStringLiteral("--help")});
    QCOMPARE(sub.code, 0);
    QVERIFY(sub.out.contains("--json"));
}

// The command table: kchan help --commands (the man page's list) names
// every invocation; each has --help of its own and is in the usage text.
static QStringList commandList()
{
    const Run r = kchan({QStringLiteral("help"), QStringLiteral("--commands")});
    if (r.code != 0)
        return {};
    return QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void TestKchanCli::everyCommandHasHelp()
{
    const QStringList commands = commandList();
    QVERIFY(commands.size() >= 20);
    for (const char *name : {"ls", "netlink sockets", "netlink families", "sysctl", "sysctl diff", "map", "channels", "why"})
        QVERIFY2(commands.contains(QLatin1String(name)), name);
    QCOMPARE(QStringList(commands).removeDuplicates(), 0);
    for (const QString &command : commands) {
        const Run r = kchan(command.split(QLatin1Char(' ')) + QStringList{QStringLiteral("--help")});
        QVERIFY2(r.code == 0, qPrintable(command));
        // QCommandLineParser's help: usage line, description, options.
        QVERIFY2(r.out.startsWith("Usage: ") && r.out.contains("--help"), qPrintable(command + QLatin1String(": ") + QString::fromUtf8(r.out)));
        QVERIFY2(r.err.isEmpty(), qPrintable(command));
    }
}

void TestKchanCli::usageListsEveryCommand()
{
    const Run help = kchan({QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    const QStringList lines = QString::fromUtf8(help.out).split(QLatin1Char('\n'));
    const QStringList commands = commandList();
    QVERIFY(!commands.isEmpty());
    for (const QString &command : commands) {
        bool listed = false;
        for (const QString &line : lines)
            listed = listed || line.startsWith(QLatin1String("  ") + command + QLatin1Char(' '));
        QVERIFY2(listed, qPrintable(command));
    }
    // Without a command, the same text on stderr and a usage error.
    const Run none = kchan({});
    QCOMPARE(none.code, 2);
    QVERIFY(none.err.startsWith(help.out));
}

void TestKchanCli::usageErrorsAreUniform()
{
    const Run unknown = kchan({QStringLiteral("frobnicate"), QStringLiteral("--json")});
    QCOMPARE(unknown.code, 2);
    QVERIFY(unknown.out.isEmpty());
    QVERIFY(unknown.err.startsWith("kchan: unknown command \"frobnicate\"\n"));
    // Too many or too few arguments, an unknown option: exit 2, the command named.
    for (const QStringList &args : {QStringList{QStringLiteral("procs"), QStringLiteral("extra")},
                                    QStringList{QStringLiteral("sysctl"), QStringLiteral("set"), QStringLiteral("kernel.ostype")},
                                    QStringList{QStringLiteral("sysctl"), QStringLiteral("diff")},
                                    QStringList{QStringLiteral("sample")},
                                    QStringList{QStringLiteral("monitor"), QStringLiteral("route"), QStringLiteral("uevent")},
                                    QStringList{QStringLiteral("why")}}) {
        const Run r = kchan(args);
        QVERIFY2(r.code == 2, qPrintable(args.join(QLatin1Char(' '))));
        QVERIFY2(r.out.isEmpty(), qPrintable(args.join(QLatin1Char(' '))));
        const QByteArray command = args.first().toUtf8() + (args.first() == QLatin1String("sysctl") ? ' ' + args[1].toUtf8() : QByteArray());
        QVERIFY2(r.err.startsWith(QByteArray("kchan " + command + ": ")) && r.err.contains(QByteArray("see kchan " + command + " --help")),
                 r.err.constData());
    }
    const Run option = kchan({QStringLiteral("ls"), QStringLiteral("--frob"), QStringLiteral("/proc")});
    QCOMPARE(option.code, 2);
    QVERIFY2(option.err.contains("'frob'"), option.err.constData());
    // A group without a command of its own names its commands.
    const Run group = kchan({QStringLiteral("netlink")});
    QCOMPARE(group.code, 2);
    QVERIFY(group.err.contains("sockets") && group.err.contains("families"));
    const Run groupHelp = kchan({QStringLiteral("netlink"), QStringLiteral("--help")});
    QCOMPARE(groupHelp.code, 0);
    QCOMPARE(groupHelp.out, QByteArray("usage: kchan netlink sockets [--json] | kchan netlink families [--json]\n"));
}

void TestKchanCli::devicesJsonHasNull()
{
    const Run r = kchan({QStringLiteral("devices"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonArray arr = QJsonDocument::fromJson(r.out).array();
    bool null = false;
    for (const QJsonValue &v : arr) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("path")).toString() == QLatin1String("/dev/null")) {
            null = true;
            QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("char"));
            QCOMPARE(o.value(QStringLiteral("major")).toInt(), 1);
            QCOMPARE(o.value(QStringLiteral("minor")).toInt(), 3);
            QCOMPARE(o.value(QStringLiteral("major_name")).toString(), QStringLiteral("mem"));
            QCOMPARE(o.value(QStringLiteral("subsystem")).toString(), QStringLiteral("mem"));
            QVERIFY(o.value(QStringLiteral("holders")).toInt() >= 0);
        }
    }
    QVERIFY(null);
}

void TestKchanCli::followNullJson()
{
    // kchan's own standard input is /dev/null here, so kchan must find itself.
    const Run r = kchan({QStringLiteral("follow"), QStringLiteral("/dev/null"), QStringLiteral("--json")}, QStringLiteral("/dev/null"));
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("node")).toObject().value(QStringLiteral("sysfs")).toString(),
             QStringLiteral("/sys/devices/virtual/mem/null"));
    bool subsystem = false;
    for (const QJsonValue &v : o.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject step = v.toObject();
        if (step.value(QStringLiteral("kind")).toString() == QLatin1String("subsystem"))
            subsystem = step.value(QStringLiteral("value")).toString() == QLatin1String("mem");
    }
    QVERIFY(subsystem);
    bool self = false;
    for (const QJsonValue &v : o.value(QStringLiteral("holders")).toArray()) {
        const QJsonObject h = v.toObject();
        if (h.value(QStringLiteral("pid")).toInteger() == r.pid && h.value(QStringLiteral("fd")).toInt() == 0) {
            self = true;
            QCOMPARE(h.value(QStringLiteral("comm")).toString(), QStringLiteral("kchan"));
            QCOMPARE(h.value(QStringLiteral("access")).toString(), QStringLiteral("read"));
        }
    }
    QVERIFY(self);
}

void TestKchanCli::followRefusesFile()
{
    const Run r = kchan({QStringLiteral("follow"), QStringLiteral("/proc/self/status")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("not a device node"));
}

void TestKchanCli::sysfsJsonLoopback()
{
    const Run r = kchan({QStringLiteral("sysfs"), QStringLiteral("/sys/class/net/lo"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    bool ifindex = false;
    for (const QJsonValue &v : o.value(QStringLiteral("attributes")).toArray()) {
        const QJsonObject a = v.toObject();
        if (a.value(QStringLiteral("name")).toString() == QLatin1String("ifindex"))
            ifindex = a.value(QStringLiteral("value")).toString().toInt() == int(if_nametoindex("lo"));
    }
    QVERIFY(ifindex);
    const Run bad = kchan({QStringLiteral("sysfs"), QStringLiteral("/sys/no-such-object")});
    QCOMPARE(bad.code, 1);
    QVERIFY(bad.err.contains("does not exist"));
}

void TestKchanCli::netlinkSocketsListsItsOwnDump()
{
    const Run r = kchan({QStringLiteral("netlink"), QStringLiteral("sockets"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    bool own = false, routeKernel = false;
    QSet<qint64> inodes;
    for (const QJsonValue &v : o.value(QStringLiteral("sockets")).toArray()) {
        const QJsonObject s = v.toObject();
        // No socket is listed twice.
        QVERIFY(!inodes.contains(s.value(QStringLiteral("inode")).toInteger()));
        inodes.insert(s.value(QStringLiteral("inode")).toInteger());
        for (const QJsonValue &ow : s.value(QStringLiteral("owners")).toArray()) {
            if (ow.toObject().value(QStringLiteral("pid")).toInteger() == r.pid) {
                // kchan's own dump socket.
                own = s.value(QStringLiteral("protocol_name")).toString() == QLatin1String("NETLINK_SOCK_DIAG")
                    && ow.toObject().value(QStringLiteral("comm")).toString() == QLatin1String("kchan");
            }
        }
        routeKernel = routeKernel || (s.value(QStringLiteral("protocol")).toInt() == 0 && s.value(QStringLiteral("kernel")).toBool());
    }
    QVERIFY(own || o.value(QStringLiteral("source")).toString() != QLatin1String("sock_diag"));
    QVERIFY(routeKernel);
}

void TestKchanCli::netlinkFamiliesHaveNlctrl()
{
    const Run r = kchan({QStringLiteral("netlink"), QStringLiteral("families"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    bool nlctrl = false;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
        const QJsonObject f = v.toObject();
        if (f.value(QStringLiteral("name")).toString() != QLatin1String("nlctrl"))
            continue;
        nlctrl = true;
        QCOMPARE(f.value(QStringLiteral("id")).toInt(), 16); // GENL_ID_CTRL
        bool notify = false;
        for (const QJsonValue &g : f.value(QStringLiteral("groups")).toArray())
            notify = notify || g.toObject().value(QStringLiteral("name")).toString() == QLatin1String("notify");
        QVERIFY(notify);
        bool getfamily = false;
        for (const QJsonValue &op : f.value(QStringLiteral("operations")).toArray()) {
            if (op.toObject().value(QStringLiteral("id")).toInt() != 3) // CTRL_CMD_GETFAMILY
                continue;
            getfamily = true;
            // Its policy: CTRL_ATTR_FAMILY_NAME (2) is a NUL-terminated string.
            const QString policy = QString::number(op.toObject().value(QStringLiteral("do_policy")).toInt(-1));
            bool name = false;
            for (const QJsonValue &a : f.value(QStringLiteral("policies")).toObject().value(policy).toArray())
                name = name || (a.toObject().value(QStringLiteral("attr")).toInt() == 2
                                && a.toObject().value(QStringLiteral("type")).toString() == QLatin1String("nul-string"));
            QVERIFY(name);
        }
        QVERIFY(getfamily);
        // CTRL_CMD_GETPOLICY (10) is dump-only: its policy has CTRL_ATTR_OP (10), a u32.
        bool getpolicy = false;
        for (const QJsonValue &op : f.value(QStringLiteral("operations")).toArray()) {
            if (op.toObject().value(QStringLiteral("id")).toInt() != 10)
                continue;
            const QString policy = QString::number(op.toObject().value(QStringLiteral("dump_policy")).toInt(-1));
            for (const QJsonValue &a : f.value(QStringLiteral("policies")).toObject().value(policy).toArray())
                getpolicy = getpolicy || (a.toObject().value(QStringLiteral("attr")).toInt() == 10
                                          && a.toObject().value(QStringLiteral("type")).toString() == QLatin1String("u32"));
        }
        QVERIFY(getpolicy);
    }
    QVERIFY(nlctrl);
    const Run bad = kchan({QStringLiteral("netlink"), QStringLiteral("frob")});
    QCOMPARE(bad.code, 2);
}

void TestKchanCli::speaksTheUsersLanguage()
{
    // LANG=zh_CN: help and messages in Chinese, JSON keys as ever.
    const auto run = [](const QStringList &args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LC_MESSAGES"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(KC_KCHAN), args);
        p.waitForFinished(60000);
        return std::make_pair(p.readAllStandardOutput(), p.readAllStandardError());
    };
    QVERIFY(QString::fromUtf8(run({QStringLiteral("--help")}).first).startsWith(QStringLiteral("用法：kchan 命令")));
    const QString unknown = QString::fromUtf8(run({QStringLiteral("parse"), QStringLiteral("/proc/self/attr")}).second);
    QVERIFY2(unknown.contains(QStringLiteral("kchan formats")) && !unknown.contains(QStringLiteral("no parser")), qPrintable(unknown));
    const QJsonArray formats = QJsonDocument::fromJson(run({QStringLiteral("formats"), QStringLiteral("--json")}).first).array();
    QVERIFY(!formats.isEmpty());
    QCOMPARE(formats.first().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("meminfo"));
    // Without a translation for the language, English.
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(KC_KCHAN), {QStringLiteral("--help")});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY(p.readAllStandardOutput().startsWith("usage: kchan COMMAND"));
}

// English messages count in words: "1 byte", "3 bytes", never "byte(s)".
void TestKchanCli::countsInEnglish()
{
    QFile capture(QStringLiteral(KC_FIXTURES "/pcapng/rtnetlink_veth.pcapng"));
    QVERIFY(capture.open(QIODevice::ReadOnly));
    const QByteArray whole = capture.readAll();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (int extra : {1, 3}) {
        const QString path = dir.filePath(QStringLiteral("tail%1.pcapng").arg(extra));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(whole + QByteArray(extra, '\0'));
        f.close();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(KC_KCHAN), {QStringLiteral("decode"), path});
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        const QString want = extra == 1 ? QStringLiteral("1 byte at the end does not form a whole block.")
                                        : QStringLiteral("3 bytes at the end do not form a whole block.");
        QVERIFY2(err.contains(want), qPrintable(err));
    }
}

void TestKchanCli::decodeCapture()
{
    const Run r = kchan({QStringLiteral("decode"), QStringLiteral(KC_FIXTURES "/pcapng/rtnetlink_veth.pcapng"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QStringList types;
    QString gateway;
    for (const QByteArray &line : r.out.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QVERIFY(!o.isEmpty());
        types.append(o.value(QStringLiteral("type")).toString());
        if (types.last() == QLatin1String("RTM_NEWROUTE"))
            gateway = o.value(QStringLiteral("summary")).toString();
    }
    QCOMPARE(types.size(), 7);
    QCOMPARE(types.first(), QStringLiteral("RTM_NEWLINK"));
    QVERIFY(gateway.contains(QStringLiteral("via 10.9.0.2")));
    // Fields by name by default; --tree gives the byte-exact tree instead.
    const QJsonObject first = QJsonDocument::fromJson(r.out.left(r.out.indexOf('\n'))).object();
    QCOMPARE(first.value(QStringLiteral("fields")).toObject().value(QStringLiteral("attributes")).toObject().value(QStringLiteral("IFLA_IFNAME")).toString(),
             QStringLiteral("kcv1"));
    const Run tree = kchan({QStringLiteral("decode"), QStringLiteral(KC_FIXTURES "/pcapng/rtnetlink_veth.pcapng"), QStringLiteral("--json"),
                            QStringLiteral("--tree")});
    QCOMPARE(tree.code, 0);
    const QJsonObject firstTree = QJsonDocument::fromJson(tree.out.left(tree.out.indexOf('\n'))).object();
    QVERIFY(!firstTree.contains(QStringLiteral("fields")));
    QCOMPARE(firstTree.value(QStringLiteral("tree")).toObject().value(QStringLiteral("length")).toInt(), 1496);
    const Run bad = kchan({QStringLiteral("decode"), QStringLiteral(KC_FIXTURES "/proc/meminfo")});
    QCOMPARE(bad.code, 1);
    QVERIFY(bad.err.contains("pcapng"));
}

void TestKchanCli::connectorSeesOurChild()
{
    if (::geteuid() != 0)
        QSKIP("the process connector needs root (CAP_NET_ADMIN)");
    QTemporaryDir dir;
    const QString errFile = dir.filePath(QStringLiteral("err"));
    QProcess monitor;
    monitor.setStandardErrorFile(errFile);
    monitor.start(QStringLiteral(KC_KCHAN), {QStringLiteral("monitor"), QStringLiteral("connector"), QStringLiteral("--json"),
                                             QStringLiteral("--timeout"), QStringLiteral("60")});
    QVERIFY(monitor.waitForStarted(30000));
    QTRY_VERIFY_WITH_TIMEOUT(QFile(errFile).size() > 0, 30000);
    QProcess child;
    child.start(QStringLiteral("/bin/true"), QStringList());
    QVERIFY(child.waitForStarted(30000));
    const QString pid = QString::number(child.processId()); // gone once finished
    QVERIFY(child.waitForFinished(30000));
    // Wait for both events of our child, then stop the monitor we started.
    QByteArray out;
    auto seen = [&](const char *type) {
        out += monitor.readAllStandardOutput();
        for (const QByteArray &line : out.split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QStringLiteral("type")).toString() == QLatin1String(type)
                && o.value(QStringLiteral("summary")).toString().contains(QStringLiteral("process_pid=") + pid + QLatin1Char(' ')))
                return true;
        }
        return false;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(seen("PROC_EVENT_EXEC"), qPrintable(QStringLiteral("pid %1: %2").arg(pid, QString::fromUtf8(out.left(1500)))), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(seen("PROC_EVENT_EXIT"), 30000);
    monitor.kill();
    monitor.waitForFinished(30000);
}

void TestKchanCli::sysctlOstype()
{
    const Run r = kchan({QStringLiteral("sysctl"), QStringLiteral("kernel.ostype")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QByteArray("kernel.ostype = Linux\n"));
    const Run get = kchan({QStringLiteral("sysctl"), QStringLiteral("get"), QStringLiteral("kernel.ostype")});
    QCOMPARE(get.code, 0);
    QCOMPARE(get.out, QByteArray("Linux\n"));
    const Run missing = kchan({QStringLiteral("sysctl"), QStringLiteral("get"), QStringLiteral("kernel.no_such_key")});
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.err.contains("no sysctl key"));
    const Run escape = kchan({QStringLiteral("sysctl"), QStringLiteral("get"), QStringLiteral("../../etc/hostname")});
    QCOMPARE(escape.code, 1);
    QVERIFY(escape.err.contains("not a sysctl key"));
}

void TestKchanCli::sysctlJsonMatchesProcSys()
{
    const Run r = kchan({QStringLiteral("sysctl"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonArray arr = QJsonDocument::fromJson(r.out).array();
    // Every file under /proc/sys is one key, named as sysctl(8) names it.
    QProcess find;
    find.start(QStringLiteral("find"), {QStringLiteral("/proc/sys"), QStringLiteral("-type"), QStringLiteral("f")});
    QVERIFY(find.waitForFinished(60000));
    const QList<QByteArray> files = find.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(arr.size(), files.size());
    QHash<QString, QJsonObject> byKey;
    int described = 0;
    for (const QJsonValue &v : arr) {
        const QJsonObject o = v.toObject();
        byKey.insert(o.value(QStringLiteral("key")).toString(), o);
        described += o.contains(QStringLiteral("description"));
    }
    QVERIFY2(described >= 150, qPrintable(QString::number(described)));
    const QJsonObject pidMax = byKey.value(QStringLiteral("kernel.pid_max"));
    QFile f(QStringLiteral("/proc/sys/kernel/pid_max"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(pidMax.value(QStringLiteral("value")).toString().toUtf8(), f.readAll().trimmed());
    QVERIFY(!pidMax.value(QStringLiteral("description")).toString().isEmpty());
    QVERIFY(!pidMax.contains(QStringLiteral("values")));
    // Keys of several numbers are also given split.
    const QJsonObject range = byKey.value(QStringLiteral("net.ipv4.ip_local_port_range"));
    QCOMPARE(range.value(QStringLiteral("values")).toArray().size(), 2);
    QVERIFY(range.value(QStringLiteral("values")).toArray().at(0).toString().toInt() > 0);
    // Write-only keys are listed, unread, with the reason.
    const QJsonObject drop = byKey.value(QStringLiteral("vm.drop_caches"));
    if (!drop.isEmpty()) {
        QVERIFY(drop.value(QStringLiteral("value")).isNull());
        QVERIFY(drop.value(QStringLiteral("reason")).toString().contains(QLatin1String("Write-only")));
    }
}

void TestKchanCli::sysctlSnapshotDiff()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.json"));
    const Run save = kchan({QStringLiteral("sysctl"), QStringLiteral("snapshot"), a});
    QCOMPARE(save.code, 0);
    // Change one value in the saved file: diff must find exactly that key.
    QFile f(a);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QJsonObject values = o.value(QStringLiteral("values")).toObject();
    QCOMPARE(values.value(QStringLiteral("kernel.ostype")).toString(), QStringLiteral("Linux"));
    values.insert(QStringLiteral("kernel.ostype"), QStringLiteral("Hurd"));
    o.insert(QStringLiteral("values"), values);
    const QString b = dir.filePath(QStringLiteral("b.json"));
    QFile g(b);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write(QJsonDocument(o).toJson());
    g.close();
    const Run diff = kchan({QStringLiteral("sysctl"), QStringLiteral("diff"), a, b});
    QCOMPARE(diff.code, 3);
    QCOMPARE(diff.out, QByteArray("~ kernel.ostype = Linux -> Hurd\n"));
    const Run bad = kchan({QStringLiteral("sysctl"), QStringLiteral("diff"), QStringLiteral("/proc/self/status")});
    QCOMPARE(bad.code, 1);
    QVERIFY(bad.err.contains("Not a snapshot"));
}

void TestKchanCli::sysctlSetNotesButAsks()
{
    // Every run here answers "n": nothing reaches this machine's kernel.
    QTemporaryDir dir;
    const QString no = dir.filePath(QStringLiteral("no"));
    QFile n(no);
    QVERIFY(n.open(QIODevice::WriteOnly));
    n.write("n\n");
    n.close();
    // What looks wrong to us is noted, and the write is still offered: only
    // the kernel refuses.
    const Run high = kchan({QStringLiteral("sysctl"), QStringLiteral("set"), QStringLiteral("vm.swappiness"), QStringLiteral("900")}, no);
    QCOMPARE(high.code, 1);
    QVERIFY2(high.err.contains("outside 0 to 200"), high.err.constData());
    QVERIFY(high.err.contains("sysctl -w vm.swappiness=900"));
    QVERIFY(high.err.contains("Nothing was written"));
    const Run text = kchan({QStringLiteral("sysctl"), QStringLiteral("set"), QStringLiteral("net.ipv4.ip_forward"), QStringLiteral("yes")}, no);
    QCOMPARE(text.code, 1);
    QVERIFY2(text.err.contains("not a whole number"), text.err.constData());
    QVERIFY(text.err.contains("sysctl -w net.ipv4.ip_forward=yes"));
    // A negative value is a value, not an option, with or without --.
    for (const QStringList &args : {QStringList{QStringLiteral("kernel.panic"), QStringLiteral("-1")},
                                    QStringList{QStringLiteral("kernel.panic"), QStringLiteral("--"), QStringLiteral("-1")},
                                    QStringList{QStringLiteral("kernel.panic"), QStringLiteral("-1 -2")}}) {
        const Run neg = kchan(QStringList{QStringLiteral("sysctl"), QStringLiteral("set")} + args, no);
        QCOMPARE(neg.code, 1);
        QVERIFY2(neg.err.contains("sysctl -w kernel.panic="), neg.err.constData());
        QVERIFY(neg.err.contains("Nothing was written"));
    }
    // A line break is never sent.
    const Run line = kchan({QStringLiteral("sysctl"), QStringLiteral("set"), QStringLiteral("kernel.hostname"), QStringLiteral("a\nb"),
                            QStringLiteral("--yes")});
    QCOMPARE(line.code, 2);
    QVERIFY(line.err.contains("line break"));
    const Run asked = kchan({QStringLiteral("sysctl"), QStringLiteral("set"), QStringLiteral("kernel.hostname"),
                             QStringLiteral("never-written")}, no);
    QCOMPARE(asked.code, 1);
    QVERIFY(asked.err.contains("sysctl -w kernel.hostname=never-written"));
    QVERIFY(asked.err.contains("Nothing was written"));
}

void TestKchanCli::sampleCpuAndContextSwitches()
{
    const Run r = kchan({QStringLiteral("sample"), QStringLiteral("stat:cpu.system"), QStringLiteral("stat:ctxt"),
                         QStringLiteral("meminfo:MemTotal"), QStringLiteral("--interval"), QStringLiteral("0.1"),
                         QStringLiteral("--count"), QStringLiteral("2"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    struct sysinfo si {};
    QCOMPARE(::sysinfo(&si), 0);
    for (const QByteArray &line : lines) {
        const QJsonObject values = QJsonDocument::fromJson(line).object().value(QStringLiteral("values")).toObject();
        QVERIFY(values.value(QStringLiteral("stat:cpu.system")).toDouble(-1) >= 0);
        QVERIFY(values.value(QStringLiteral("stat:ctxt")).toDouble(-1) >= 0);
        QCOMPARE(qint64(values.value(QStringLiteral("meminfo:MemTotal")).toDouble()), qint64(si.totalram) * si.mem_unit);
    }
    const Run bad = kchan({QStringLiteral("sample"), QStringLiteral("nonsense")});
    QCOMPARE(bad.code, 2);
    QVERIFY(bad.err.contains("not a sample key"));
}

void TestKchanCli::syscallTableHasThisArchitecture()
{
    const Run r = kchan({QStringLiteral("syscalls"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
        byName.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
    QCOMPARE(byName.value(QStringLiteral("read")).value(QStringLiteral("number")).toInt(-1), __NR_read);
    QCOMPARE(byName.value(QStringLiteral("write")).value(QStringLiteral("number")).toInt(-1), __NR_write);
    QCOMPARE(byName.value(QStringLiteral("openat")).value(QStringLiteral("number")).toInt(-1), __NR_openat);
    QVERIFY(!byName.value(QStringLiteral("openat")).value(QStringLiteral("description")).toString().isEmpty());
    // Without tracefs the arguments are unknown and stderr says why.
    if (byName.value(QStringLiteral("openat")).value(QStringLiteral("args")).isNull())
        QVERIFY(r.err.contains("tracefs"));
    else
        QCOMPARE(byName.value(QStringLiteral("openat")).value(QStringLiteral("args")).toArray().size(), 4);
}

void TestKchanCli::syscallOfSleepingChild()
{
    QProcess sleeper;
    sleeper.start(QStringLiteral("sleep"), {QStringLiteral("30")});
    QVERIFY(sleeper.waitForStarted(30000));
    // Wait until it sleeps: its syscall line names clock_nanosleep.
    Run r;
    QTRY_VERIFY_WITH_TIMEOUT((r = kchan({QStringLiteral("syscall-of"), QString::number(sleeper.processId()), QStringLiteral("--json")})).out.contains("nanosleep"), 20000);
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("syscall"));
    QVERIFY(o.value(QStringLiteral("name")).toString().endsWith(QLatin1String("nanosleep")));
    sleeper.kill();
    sleeper.waitForFinished(10000);
    const Run gone = kchan({QStringLiteral("syscall-of"), QString::number(sleeper.processId() > 0 ? sleeper.processId() : 999999999)});
    QVERIFY(gone.code != 0);
    const Run bad = kchan({QStringLiteral("syscall-of"), QStringLiteral("abc")});
    QCOMPARE(bad.code, 2);
}

// kchan trace of a short command; skips where the kernel forbids ptrace.
static Run traced(const QStringList &args)
{
    Run r = kchan(QStringList{QStringLiteral("trace")} + args);
    if (r.code == 1 && r.err.contains("ptrace"))
        qWarning("%s", r.err.constData());
    return r;
}

#define SKIP_WITHOUT_PTRACE(r) \
    if ((r).code == 1 && (r).err.contains("ptrace")) \
        QSKIP("the kernel does not let us trace here (see the warning)");

// SIGTERM (or Ctrl-C) ends kchan monitor as a signal would, after it wrote
// what it held and said how much went by.
void TestKchanCli::monitorStopsCleanlyOnSignal()
{
    QProcess p;
    p.start(QStringLiteral(KC_KCHAN), {QStringLiteral("monitor"), QStringLiteral("route")});
    QVERIFY(p.waitForStarted(30000));
    QByteArray errors;
    QTRY_VERIFY_WITH_TIMEOUT((errors += p.readAllStandardError(), errors.contains("listening")), 30000);
    ::kill(pid_t(p.processId()), SIGTERM);
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 128 + SIGTERM);
    errors += p.readAllStandardError();
    QVERIFY2(errors.contains("messages received, 0 lost"), errors.constData());
}

// Counting with perf events, kchan leaves the slow release of the events
// to a process of its own. That process must keep nothing else of kchan's:
// a script reading kchan's output sees its end when kchan exits, not up to
// half a minute later when the kernel is done.
void TestKchanCli::perfRatesLeaveNoWriterBehind()
{
    int out[2];
    QVERIFY(::pipe2(out, O_CLOEXEC) == 0);
    QTemporaryDir dir;
    const QByteArray errPath = dir.filePath(QStringLiteral("err")).toLocal8Bit();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], 1);
    posix_spawn_file_actions_addopen(&actions, 2, errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    QList<QByteArray> args{QByteArrayLiteral(KC_KCHAN), "syscalls", "--rates", "--method", "perf", "--count", "1", "--interval", "0.2"};
    if (::geteuid() == 0)
        args.append("--mount-tracefs");
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, KC_KCHAN, &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(out[1]);
    QCOMPARE(spawned, 0);
    int status = 0;
    QCOMPARE(::waitpid(pid, &status, 0), pid); // the kchan we started
    QFile errors(QString::fromLocal8Bit(errPath));
    QVERIFY(errors.open(QIODevice::ReadOnly));
    const QByteArray said = errors.readAll();
    if (WIFEXITED(status) && WEXITSTATUS(status) == 1) {
        ::close(out[0]);
        QSKIP(qPrintable(QStringLiteral("perf events cannot count here: ") + QString::fromLocal8Bit(said.trimmed())));
    }
    QVERIFY2(WIFEXITED(status) && WEXITSTATUS(status) == 0, said.constData());
    QVERIFY2(said.contains("with perf events"), said.constData());
    // kchan has exited: with no writer left the pipe reads to its end at
    // once; a writer still holding it would make the read wait (EAGAIN).
    ::fcntl(out[0], F_SETFL, O_NONBLOCK);
    QByteArray printed;
    char buf[4096];
    ssize_t n = 0;
    while ((n = ::read(out[0], buf, sizeof buf)) > 0)
        printed.append(buf, n);
    const int readErrno = errno;
    ::close(out[0]);
    QVERIFY2(n == 0, qPrintable(QStringLiteral("a process still holds kchan's output: %1").arg(QString::fromLocal8Bit(strerror(readErrno)))));
    QVERIFY2(printed.contains("total"), printed.constData());
}

void TestKchanCli::traceCatMeminfo()
{
    const Run r = traced({QStringLiteral("--"), QStringLiteral("cat"), QStringLiteral("/proc/meminfo")});
    SKIP_WITHOUT_PTRACE(r);
    QVERIFY2(r.code == 0, r.err.constData());
    // The command's output went to stderr; stdout is the trace alone.
    QVERIFY(r.err.contains("MemTotal:"));
    QVERIFY(!r.out.startsWith("MemTotal:") && !r.out.contains("\nMemTotal:"));
    QByteArray fd;
    bool read = false;
    for (const QByteArray &line : r.out.split('\n')) {
        if (line.contains("openat(") && line.contains("\"/proc/meminfo\"") && line.contains("<procfs /proc/meminfo>")) {
            fd = line.mid(line.indexOf(" = ") + 3).split(' ').first();
        } else if (!fd.isEmpty() && line.contains(QByteArray("] read(" + fd + ", ")) && line.contains("<procfs /proc/meminfo>")) {
            read = true;
        }
    }
    QVERIFY2(!fd.isEmpty(), r.out.constData());
    QVERIFY2(read, r.out.constData());
    QVERIFY(r.err.contains("kchan trace: calls: "));
    QVERIFY(r.err.contains("exit status 0"));
}

void TestKchanCli::traceJsonMissingFile()
{
    const Run r = traced({QStringLiteral("--json"), QStringLiteral("--"), QStringLiteral("cat"), QStringLiteral("/nonexistent")});
    SKIP_WITHOUT_PTRACE(r);
    QCOMPARE(r.code, 1); // cat's status
    bool enoent = false;
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QVERIFY(lines.size() > 5);
    for (const QByteArray &line : lines) {
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
        for (const char *key : {"time", "pid", "tid", "comm", "call", "args", "ret", "errno", "error", "duration_us", "channels"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        if (o.value(QStringLiteral("call")).toString() == QLatin1String("openat")
            && o.value(QStringLiteral("errno")).toString() == QLatin1String("ENOENT")
            && line.contains("/nonexistent")) {
            enoent = true;
            QCOMPARE(o.value(QStringLiteral("ret")).toInteger(), -ENOENT);
            QVERIFY(!o.value(QStringLiteral("error")).toString().isEmpty());
            QCOMPARE(o.value(QStringLiteral("args")).toArray().at(1).toObject().value(QStringLiteral("name")).toString(),
                     QStringLiteral("pathname"));
        }
    }
    QVERIFY2(enoent, r.out.constData());
}

void TestKchanCli::traceMissingCommand()
{
    const Run r = traced({QStringLiteral("--"), QStringLiteral("/no/such/cmd")});
    SKIP_WITHOUT_PTRACE(r);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("kchan trace: Cannot run /no/such/cmd"), r.err.constData());
    // Neither a command nor --pid, or both: a usage error.
    QCOMPARE(kchan({QStringLiteral("trace")}).code, 2);
    QCOMPARE(kchan({QStringLiteral("trace"), QStringLiteral("--pid"), QStringLiteral("1"), QStringLiteral("--"), QStringLiteral("true")}).code, 2);
    QCOMPARE(kchan({QStringLiteral("trace"), QStringLiteral("--only"), QStringLiteral("frobnicate"), QStringLiteral("--"), QStringLiteral("true")}).code, 2);
}

void TestKchanCli::traceOnlyOpenat()
{
    const Run r = traced({QStringLiteral("--only"), QStringLiteral("openat"), QStringLiteral("--"), QStringLiteral("cat"), QStringLiteral("/proc/version")});
    SKIP_WITHOUT_PTRACE(r);
    QVERIFY2(r.code == 0, r.err.constData());
    bool version = false;
    for (const QByteArray &line : r.out.trimmed().split('\n')) {
        if (line.contains("+++"))
            continue; // a process's end
        const QByteArray call = line.mid(line.indexOf("] ") + 2).split('(').first();
        QVERIFY2(call == "openat" || call == "execve", line.constData());
        version = version || (call == "openat" && line.contains("<procfs /proc/version>"));
    }
    QVERIFY2(version, r.out.constData());
}

void TestKchanCli::traceImport()
{
    const Run r = traced({QStringLiteral("--json"), QStringLiteral("--"), QStringLiteral("cat"), QStringLiteral("/proc/meminfo")});
    SKIP_WITHOUT_PTRACE(r);
    QVERIFY2(r.code == 0, r.err.constData());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString saved = dir.filePath(QStringLiteral("cat.jsonl"));
    {
        QFile f(saved);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(r.out);
    }
    // JSON in, the same JSON out.
    const Run json = kchan({QStringLiteral("trace"), QStringLiteral("--import"), saved, QStringLiteral("--json")});
    QVERIFY2(json.code == 0, json.err.constData());
    QCOMPARE(json.out, r.out);
    QVERIFY(json.err.isEmpty());
    // As text: one strace-like line per call, as kchan trace prints them.
    const Run text = kchan({QStringLiteral("trace"), QStringLiteral("--import"), saved});
    QVERIFY2(text.code == 0, text.err.constData());
    static const QRegularExpression shape(QStringLiteral("^\\[\\d+\\] [a-z0-9_]+\\(.*\\) = \\S.*$"));
    const QList<QByteArray> lines = text.out.trimmed().split('\n');
    QCOMPARE(lines.size(), r.out.trimmed().split('\n').size());
    bool meminfo = false;
    for (const QByteArray &line : lines) {
        QVERIFY2(shape.match(QString::fromUtf8(line)).hasMatch(), line.constData());
        if (line.contains("openat(") && line.contains("\"/proc/meminfo\"") && line.contains("<procfs /proc/meminfo>"))
            meminfo = true;
    }
    QVERIFY2(meminfo, text.out.constData());

    // A damaged file: the calls in it, and one sentence about the rest.
    const QString damaged = QStringLiteral(KC_FIXTURES "/trace/kchan-trace-ip-link-show-lo-damaged.jsonl");
    const Run d = kchan({QStringLiteral("trace"), QStringLiteral("--import"), damaged});
    QCOMPARE(d.code, 0);
    QCOMPARE(d.out.count("\n["), 4); // five calls, the first at the start
    QVERIFY2(d.out.contains("RTM_GETLINK"), d.out.constData());
    QVERIFY2(d.err.contains("6 left out, the first at line 3 (not JSON"), d.err.constData());
    QCOMPARE(d.err.count('\n'), 1);
    // Nothing to read, or a command as well: refused.
    const Run missing = kchan({QStringLiteral("trace"), QStringLiteral("--import"), dir.filePath(QStringLiteral("none.jsonl"))});
    QCOMPARE(missing.code, 1);
    QVERIFY2(missing.err.contains("cannot read"), missing.err.constData());
    QCOMPARE(kchan({QStringLiteral("trace"), QStringLiteral("--import"), saved, QStringLiteral("--"), QStringLiteral("true")}).code, 2);
}

QTEST_GUILESS_MAIN(TestKchanCli)
#include "tst_kchancli.moc"
