// SPDX-License-Identifier: GPL-2.0-or-later
// "Show me the code": every snippet template, filled for a sample of
// items, compiles with the C compiler (-Wall -Wextra -Werror) and runs,
// and prints what kchan prints for the same item on this machine.
#include "explain/explaincatalog.h"
#include "explain/snippets.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "../kchanrun.h"
#include "../netns/netnstest.h"

#include <unistd.h>

using namespace kc;

class TestSnippets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyKindHasATemplate();
    void procField_data();
    void procField();
    void readFile();
    void devNode();
    void netlinkLinks();
    void uevents();
    void linkEvents();
    void procEnviron();
    void genlFamily();
    void syscallNumber_data();
    void syscallNumber();
    void syscallCall();
    void syscallCost();
    void addressSpace();
    void sendPath();
    void commonCallsMadeWithArguments();
    void unfitValuesRefused();
    void cardsInBothLanguages();
    void topicsForPaths_data();
    void topicsForPaths();

private:
    // Compiles the filled template; the program's path, or empty.
    QString build(const QString &kind, const QHash<QString, QString> &params);
    QByteArray run(const QString &program, int *code = nullptr, qint64 *pid = nullptr);

    QTemporaryDir m_dir;
    QString m_cc;
    int m_built = 0;
};

void TestSnippets::initTestCase()
{
    m_cc = QStandardPaths::findExecutable(QStringLiteral("cc"));
    if (m_cc.isEmpty())
        QSKIP("needs a C compiler (cc) to build the snippets");
    QVERIFY(m_dir.isValid());
}

QString TestSnippets::build(const QString &kind, const QHash<QString, QString> &params)
{
    QFile t(QStringLiteral(KC_SOURCE_DIR "/resources/explain/snippets/") + kind + QStringLiteral(".c"));
    if (!t.open(QIODevice::ReadOnly)) {
        qWarning("no template for %s", qPrintable(kind));
        return {};
    }
    QString error;
    const QString code = Snippets::fill(QString::fromUtf8(t.readAll()), params, &error);
    if (code.isEmpty()) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    const QString base = m_dir.filePath(QStringLiteral("%1-%2").arg(kind).arg(++m_built));
    QFile src(base + QStringLiteral(".c"));
    if (!src.open(QIODevice::WriteOnly) || src.write(code.toUtf8()) < 0)
        return {};
    src.close();
    QProcess cc;
    cc.start(m_cc, {QStringLiteral("-std=gnu11"), QStringLiteral("-Wall"), QStringLiteral("-Wextra"), QStringLiteral("-Werror"),
                    QStringLiteral("-o"), base, src.fileName()});
    if (!cc.waitForFinished(120000) || cc.exitCode() != 0) {
        qWarning("%s does not compile:\n%s", qPrintable(kind), cc.readAllStandardError().constData());
        return {};
    }
    return base;
}

QByteArray TestSnippets::run(const QString &program, int *code, qint64 *pid)
{
    QProcess p;
    p.start(program, {});
    if (!p.waitForStarted(30000))
        return {};
    if (pid)
        *pid = p.processId();
    p.waitForFinished(60000);
    if (code)
        *code = p.exitCode();
    return p.readAllStandardOutput();
}

void TestSnippets::everyKindHasATemplate()
{
    for (const QString &kind : Snippets::kinds()) {
        QVERIFY2(QFile::exists(QStringLiteral(KC_SOURCE_DIR "/resources/explain/snippets/") + kind + QStringLiteral(".c")), qPrintable(kind));
        const bool none = kind == QLatin1String("netlink-links") || kind == QLatin1String("syscall-cost") || kind == QLatin1String("address-space")
            || Snippets::exampleCalls().contains(kind.mid(8));
        QCOMPARE(Snippets::parameters(kind).isEmpty(), none);
    }
}

void TestSnippets::procField_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("field");
    QTest::newRow("MemTotal") << "/proc/meminfo" << "MemTotal";
    QTest::newRow("SwapTotal") << "/proc/meminfo" << "SwapTotal";
    QTest::newRow("HugePages_Total") << "/proc/meminfo" << "HugePages_Total";
}

void TestSnippets::procField()
{
    QFETCH(QString, path);
    QFETCH(QString, field);
    const QString program = build(QStringLiteral("proc-field"), {{QStringLiteral("PATH"), path}, {QStringLiteral("FIELD"), field}});
    QVERIFY(!program.isEmpty());
    const QByteArray got = run(program).trimmed();
    const KchanRun r = kchan({QStringLiteral("parse"), path, QStringLiteral("--json")});
    QString expected;
    for (const QJsonValue &row : QJsonDocument::fromJson(r.out).object().value(QStringLiteral("tables")).toArray().first().toObject().value(QStringLiteral("rows")).toArray()) {
        const QJsonArray cells = row.toArray();
        if (cells.at(0).toString() == field)
            expected = QString(cells.at(1).toString() + QLatin1Char(' ') + cells.at(2).toString()).trimmed();
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(QString::fromUtf8(got), expected);
}

void TestSnippets::readFile()
{
    const QString program = build(QStringLiteral("read-file"), {{QStringLiteral("PATH"), QStringLiteral("/proc/sys/kernel/ostype")}});
    QVERIFY(!program.isEmpty());
    QCOMPARE(run(program), kchan({QStringLiteral("cat"), QStringLiteral("/proc/sys/kernel/ostype")}).out);
}

void TestSnippets::devNode()
{
    const QString program = build(QStringLiteral("dev-node"), {{QStringLiteral("NODE"), QStringLiteral("/dev/null")}});
    QVERIFY(!program.isEmpty());
    QString expected;
    for (const QJsonValue &v : QJsonDocument::fromJson(kchan({QStringLiteral("devices"), QStringLiteral("--json")}).out).array()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("path")).toString() == QLatin1String("/dev/null"))
            expected = QStringLiteral("%1 %2:%3").arg(o.value(QStringLiteral("type")).toString()).arg(o.value(QStringLiteral("major")).toInt()).arg(o.value(QStringLiteral("minor")).toInt());
    }
    QCOMPARE(QString::fromUtf8(run(program).trimmed()), expected);
}

void TestSnippets::netlinkLinks()
{
    const QString program = build(QStringLiteral("netlink-links"), {});
    QVERIFY(!program.isEmpty());
    int code = -1;
    QSet<QString> fromSnippet;
    for (const QByteArray &line : run(program, &code).split('\n')) {
        if (!line.isEmpty())
            fromSnippet.insert(QString::fromUtf8(line.mid(line.indexOf(' ') + 1)));
    }
    QCOMPARE(code, 0);
    QSet<QString> fromKchan;
    for (const QJsonValue &v : QJsonDocument::fromJson(kchan({QStringLiteral("ls"), QStringLiteral("/sys/class/net"), QStringLiteral("--json")}).out).array())
        fromKchan.insert(v.toObject().value(QStringLiteral("name")).toString());
    QVERIFY(fromSnippet.contains(QStringLiteral("lo")));
    QCOMPARE(fromSnippet, fromKchan);
}

void TestSnippets::uevents()
{
    const QString program = build(QStringLiteral("uevents"), {{QStringLiteral("SECONDS"), QStringLiteral("0")}});
    QVERIFY(!program.isEmpty());
    int code = -1;
    QCOMPARE(run(program, &code).split('\n').first(), QByteArray("subscribed"));
    QCOMPARE(code, 0);
}

// The link-events program, in a private namespace, prints the link
// notifications `ip monitor link` prints there: the same links, the same
// order, new or deleted, up or down.
void TestSnippets::linkEvents()
{
    const QString program = build(QStringLiteral("link-events"), {{QStringLiteral("SECONDS"), QStringLiteral("3")}});
    QVERIFY(!program.isEmpty());
    if (const QString reason = netnsSkipReason(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    // ip monitor first; the changes once both listen: the program says it
    // subscribed, and ip's NETLINK_ROUTE socket (port ID its PID) has joined
    // a group in /proc/net/netlink.
    const QString script = QStringLiteral(
        "ip -o monitor link > \"$1/monitor\" & m=$!\n"
        "\"$2\" > \"$1/snippet\" & p=$!\n"
        "i=0; while ! grep -q subscribed \"$1/snippet\" 2>/dev/null && [ $i -lt 200 ]; do sleep 0.05; i=$((i+1)); done\n"
        "i=0; while ! awk -v p=$m '$2 == 0 && $3 == p && $4 != \"00000000\" { f = 1 } END { exit !f }' /proc/net/netlink "
        "&& [ $i -lt 200 ]; do sleep 0.05; i=$((i+1)); done\n"
        "ip link add kcsn0 type veth peer name kcsn1 && ip link set kcsn0 up && ip link del kcsn0 || exit 2\n"
        "wait $p; kill $m; wait $m 2>/dev/null; exit 0\n");
    QCOMPARE(runInNetns(script, m_dir.path(), program), 0);
    QFile snippetOut(m_dir.filePath(QStringLiteral("snippet")));
    QFile monitorOut(m_dir.filePath(QStringLiteral("monitor")));
    QVERIFY(snippetOut.open(QIODevice::ReadOnly) && monitorOut.open(QIODevice::ReadOnly));
    QStringList fromSnippet;
    for (const QByteArray &line : snippetOut.readAll().split('\n')) {
        if (line.startsWith("RTM_"))
            fromSnippet.append(QString::fromUtf8(line));
    }
    // "Deleted 3: kcsn0@NONE: <BROADCAST,MULTICAST,UP> mtu ..." as the
    // program's "RTM_DELLINK 3 kcsn0 up".
    QStringList fromIp;
    static const QRegularExpression ipLine(QStringLiteral("^(Deleted )?(\\d+): ([^:@]+)(?:@[^:]*)?: <([^>]*)>"));
    for (const QByteArray &line : monitorOut.readAll().split('\n')) {
        const auto m = ipLine.match(QString::fromUtf8(line));
        if (!m.hasMatch())
            continue;
        const bool up = m.captured(4).split(QLatin1Char(',')).contains(QStringLiteral("UP"));
        fromIp.append(QStringLiteral("%1 %2 %3 %4").arg(m.captured(1).isEmpty() ? QStringLiteral("RTM_NEWLINK") : QStringLiteral("RTM_DELLINK"),
                                                       m.captured(2), m.captured(3), up ? QStringLiteral("up") : QStringLiteral("down")));
    }
    QVERIFY2(fromSnippet.size() >= 4, qPrintable(fromSnippet.join(QLatin1Char('\n'))));
    QCOMPARE(fromSnippet, fromIp);
}

// The environ program splits on NUL, as the card says: one variable a
// line, the same the process was started with, in order.
void TestSnippets::procEnviron()
{
    QCOMPARE(ExplainCatalog::topicForPath(QStringLiteral("/proc/self/environ")), QStringLiteral("proc-pid-environ"));
    const QString program = build(QStringLiteral("proc-environ"), {{QStringLiteral("PATH"), QStringLiteral("/proc/self/environ")}});
    QVERIFY(!program.isEmpty());
    QProcess p;
    QProcessEnvironment env;
    env.insert(QStringLiteral("KC_FIRST"), QStringLiteral("one"));
    env.insert(QStringLiteral("KC_SPACED"), QStringLiteral("two words"));
    env.insert(QStringLiteral("KC_EMPTY"), QString());
    p.setProcessEnvironment(env);
    p.start(program, {});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'));
    QCOMPARE(lines.takeLast(), QString());
    QStringList expected;
    for (const QString &kv : env.toStringList())
        expected.append(kv);
    lines.sort();
    expected.sort();
    QCOMPARE(lines, expected);
    // And what `tr '\\0' '\\n'` makes of another process's environ.
    QProcess child;
    child.setProcessEnvironment(env);
    child.start(QStringLiteral("sleep"), {QStringLiteral("30")});
    QVERIFY(child.waitForStarted());
    const QString path = QStringLiteral("/proc/%1/environ").arg(child.processId());
    const QString other = build(QStringLiteral("proc-environ"), {{QStringLiteral("PATH"), path}});
    QVERIFY(!other.isEmpty());
    QProcess tr;
    tr.setStandardInputFile(path);
    tr.start(QStringLiteral("tr"), {QStringLiteral("\\0"), QStringLiteral("\\n")});
    QVERIFY(tr.waitForFinished(30000));
    QCOMPARE(run(other), tr.readAllStandardOutput());
    child.kill();
    child.waitForFinished();
}

void TestSnippets::genlFamily()
{
    // nlctrl is in every kernel: its id and group as kchan reports them.
    const QString program = build(QStringLiteral("genl-family"), {{QStringLiteral("FAMILY"), QStringLiteral("nlctrl")}});
    QVERIFY(!program.isEmpty());
    int code = -1;
    const QByteArray out = run(program, &code);
    QCOMPARE(code, 0);
    QJsonObject nlctrl;
    for (const QJsonValue &v : QJsonDocument::fromJson(kchan({QStringLiteral("netlink"), QStringLiteral("families"), QStringLiteral("--json")}).out).array()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == QLatin1String("nlctrl"))
            nlctrl = v.toObject();
    }
    QVERIFY(!nlctrl.isEmpty());
    QByteArray expected = "id " + QByteArray::number(nlctrl.value(QStringLiteral("id")).toInt()) + "\nversion "
        + QByteArray::number(nlctrl.value(QStringLiteral("version")).toInt()) + '\n';
    for (const QJsonValue &g : nlctrl.value(QStringLiteral("groups")).toArray())
        expected += "group " + g.toObject().value(QStringLiteral("name")).toString().toUtf8() + ' ' + QByteArray::number(g.toObject().value(QStringLiteral("id")).toInt()) + '\n';
    QCOMPARE(out, expected);
    QString error;
    QVERIFY(Snippets::fill(QStringLiteral("@FAMILY@"), {{QStringLiteral("FAMILY"), QStringLiteral("a\"b")}}, &error).isEmpty());
}

void TestSnippets::syscallNumber_data()
{
    QTest::addColumn<QString>("name");
    for (const char *n : {"read", "openat", "bpf", "perf_event_open", "getppid"})
        QTest::newRow(n) << QString::fromLatin1(n);
}

void TestSnippets::syscallNumber()
{
    QFETCH(QString, name);
    const QString program = build(QStringLiteral("syscall-number"), {{QStringLiteral("NAME"), name}});
    QVERIFY(!program.isEmpty());
    int number = -1;
    for (const QJsonValue &v : QJsonDocument::fromJson(kchan({QStringLiteral("syscalls"), QStringLiteral("--json")}).out).array()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            number = v.toObject().value(QStringLiteral("number")).toInt(-1);
    }
    QVERIFY(number >= 0);
    QCOMPARE(QString::fromUtf8(run(program).trimmed()), QStringLiteral("%1 is system call %2").arg(name).arg(number));
}

void TestSnippets::syscallCall()
{
    QCOMPARE(Snippets::syscallKind(QStringLiteral("getppid")), QStringLiteral("syscall-call"));
    QCOMPARE(Snippets::syscallKind(QStringLiteral("reboot")), QStringLiteral("syscall-number"));
    const QString parent = build(QStringLiteral("syscall-call"), {{QStringLiteral("NAME"), QStringLiteral("getppid")}});
    QVERIFY(!parent.isEmpty());
    QCOMPARE(run(parent).trimmed(), QByteArray("getppid returned ") + QByteArray::number(::getpid()));
    const QString self = build(QStringLiteral("syscall-call"), {{QStringLiteral("NAME"), QStringLiteral("getpid")}});
    qint64 pid = 0;
    const QByteArray out = run(self, nullptr, &pid).trimmed();
    QCOMPARE(out, QByteArray("getpid returned ") + QByteArray::number(pid));
}

void TestSnippets::syscallCost()
{
    // The four costs, each a positive number of nanoseconds, in order.
    const QString program = build(QStringLiteral("syscall-cost"), {});
    QVERIFY(!program.isEmpty());
    int code = -1;
    const QList<QByteArray> lines = run(program, &code).trimmed().split('\n');
    QCOMPARE(code, 0);
    QCOMPARE(lines.size(), 4);
    const QList<QByteArray> names = {"function call", "vDSO clock_gettime", "system call getppid", "context switch"};
    for (int i = 0; i < 4; ++i) {
        QVERIFY2(lines[i].startsWith(QByteArray(names[i] + ": ")) && lines[i].endsWith(" ns"), lines[i].constData());
        QVERIFY(lines[i].mid(names[i].size() + 2).chopped(3).toDouble() > 0);
    }
}

void TestSnippets::addressSpace()
{
    // Each address it prints lies in a line of the maps it prints after,
    // of the kind the Address space tab would draw it as.
    const QString program = build(QStringLiteral("address-space"), {});
    QVERIFY(!program.isEmpty());
    int code = -1;
    const QByteArray out = run(program, &code);
    QCOMPARE(code, 0);
    const qsizetype blank = out.indexOf("\n\n");
    QVERIFY(blank > 0);
    QHash<QByteArray, quint64> addresses;
    for (const QByteArray &line : out.left(blank).split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        addresses.insert(parts.value(0), parts.value(1).toULongLong(nullptr, 16));
    }
    QCOMPARE(addresses.size(), 6);
    auto lineOf = [&](quint64 at) {
        for (const QByteArray &line : out.mid(blank + 2).split('\n')) {
            const QByteArray range = line.left(line.indexOf(' '));
            const quint64 start = range.left(range.indexOf('-')).toULongLong(nullptr, 16);
            const quint64 end = range.mid(range.indexOf('-') + 1).toULongLong(nullptr, 16);
            if (at >= start && at < end)
                return line;
        }
        return QByteArray();
    };
    const QByteArray self = program.toUtf8();
    QVERIFY2(lineOf(addresses.value("function")).contains(" r-xp ") && lineOf(addresses.value("function")).endsWith(self), out.constData());
    QVERIFY(lineOf(addresses.value("global")).contains(" rw-p ") && lineOf(addresses.value("global")).endsWith(self));
    QVERIFY(lineOf(addresses.value("bss")).contains(" rw-p "));
    QVERIFY(lineOf(addresses.value("malloc")).endsWith("[heap]"));
    QVERIFY(lineOf(addresses.value("stack")).endsWith("[stack]"));
    const QByteArray mapped = lineOf(addresses.value("mmap"));
    QVERIFY(mapped.contains(" rw-p 00000000 00:00 0"));
    const QByteArray range = mapped.left(mapped.indexOf(' '));
    QVERIFY(range.mid(range.indexOf('-') + 1).toULongLong(nullptr, 16) - range.left(range.indexOf('-')).toULongLong(nullptr, 16) >= quint64(64) << 20);
}

// Ten datagrams over loopback: the program sees the UDP and IP counters
// of its namespace rise by at least ten.
void TestSnippets::sendPath()
{
    const QString program = build(QStringLiteral("send-path"), {{QStringLiteral("DEST"), QStringLiteral("127.0.0.1")}});
    QVERIFY(!program.isEmpty());
    int code = -1;
    const QByteArray out = run(program, &code);
    QCOMPARE(code, 0);
    QVERIFY2(out.contains("sent 10 datagrams to 127.0.0.1 port 9"), out.constData());
    for (const QByteArray &line : out.split('\n')) {
        if (line.contains("rose by"))
            QVERIFY2(line.mid(line.lastIndexOf(' ') + 1).toLongLong() >= 10, line.constData());
    }
    QString error;
    QVERIFY(Snippets::fill(QStringLiteral("@DEST@"), {{QStringLiteral("DEST"), QStringLiteral("1.2.3.4\"); system(\"x")}}, &error).isEmpty());
}

// The common calls' programs build, run, make the call (their output
// names it) and end well; traced, each makes the call it is about.
void TestSnippets::commonCallsMadeWithArguments()
{
    for (const QString &call : Snippets::exampleCalls()) {
        const QString kind = Snippets::syscallKind(call);
        QCOMPARE(kind, QStringLiteral("syscall-") + call);
        const QString program = build(kind, {});
        QVERIFY2(!program.isEmpty(), qPrintable(call));
        int code = -1;
        const QByteArray out = run(program, &code);
        QVERIFY2(code == 0, qPrintable(call + QStringLiteral(": ") + QString::fromLocal8Bit(out)));
        QVERIFY2(out.contains(QByteArray(call.toLatin1() + " returned")) || out.contains(QByteArray(call.toLatin1() + ":")), out.constData());
        if (!QStandardPaths::findExecutable(QStringLiteral("strace")).isEmpty()) {
            QProcess strace;
            strace.start(QStringLiteral("strace"), {QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-e"),
                                                   QStringLiteral("trace=") + call, program});
            QVERIFY(strace.waitForFinished(60000));
            QVERIFY2(strace.readAllStandardError().contains(QByteArray(call.toLatin1() + "(")), qPrintable(call));
        }
    }
}

void TestSnippets::unfitValuesRefused()
{
    QString error;
    QVERIFY(Snippets::fill(QStringLiteral("@NAME@"), {{QStringLiteral("NAME"), QStringLiteral("x); system(\"rm")}}, &error).isEmpty());
    QVERIFY(!error.isEmpty());
    QVERIFY(Snippets::fill(QStringLiteral("@PATH@"), {}, &error).isEmpty());
    QVERIFY(Snippets::fill(QStringLiteral("@SECONDS@"), {{QStringLiteral("SECONDS"), QStringLiteral("-1")}}, &error).isEmpty());
    // A path with a quote stays inside its string literal and just fails to open.
    const QString program = build(QStringLiteral("read-file"), {{QStringLiteral("PATH"), QStringLiteral("/proc/no\"such\\file")}});
    QVERIFY(!program.isEmpty());
    int code = 0;
    run(program, &code);
    QCOMPARE(code, 1);
}

void TestSnippets::cardsInBothLanguages()
{
    QVERIFY(ExplainCatalog::procTopics().size() >= 40);
    // Every required topic and every /proc card, in English and Chinese;
    // and no card in one language without the other. Lists what is missing.
    const QDir dir(QStringLiteral(KC_SOURCE_DIR "/resources/explain"));
    QStringList missing;
    for (const QString &topic : ExplainCatalog::requiredTopics() + ExplainCatalog::procTopics()) {
        for (const char *lang : {"en", "zh_CN"}) {
            if (!dir.exists(QStringLiteral("%1.%2.md").arg(topic, QLatin1String(lang))))
                missing.append(QStringLiteral("%1.%2.md").arg(topic, QLatin1String(lang)));
        }
    }
    for (const QString &file : dir.entryList({QStringLiteral("*.md")})) {
        const QString topic = file.section(QLatin1Char('.'), 0, 0);
        const QString other = file.endsWith(QLatin1String(".en.md")) ? topic + QStringLiteral(".zh_CN.md") : topic + QStringLiteral(".en.md");
        if (!dir.exists(other))
            missing.append(other);
        // A card starts with its title and says who writes it and where to read more.
        QFile f(dir.filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY2(text.startsWith(QLatin1String("# ")), qPrintable(file));
        QVERIFY2(text.contains(QLatin1String("man ")) || text.contains(QLatin1String("Documentation/")), qPrintable(file));
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("missing: ") + missing.join(QStringLiteral(", "))));
}

void TestSnippets::topicsForPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("topic");
    QTest::newRow("meminfo") << "/proc/meminfo" << "proc-meminfo";
    QTest::newRow("pid status") << "/proc/1/status" << "proc-pid-status";
    QTest::newRow("self status") << "/proc/self/status" << "proc-pid-status";
    QTest::newRow("task status") << "/proc/1/task/1/status" << "proc-pid-status";
    QTest::newRow("fd link") << "/proc/self/fd/3" << "proc-pid-fd";
    QTest::newRow("mountinfo") << "/proc/1/mountinfo" << "proc-mounts";
    QTest::newRow("mounts") << "/proc/mounts" << "proc-mounts";
    QTest::newRow("other proc") << "/proc/kpageflags" << "channel-procfs";
    QTest::newRow("zoneinfo") << "/proc/zoneinfo" << "proc-zoneinfo";
    QTest::newRow("net tcp6") << "/proc/net/tcp6" << "proc-net-tcp";
    QTest::newRow("pid net dev") << "/proc/1/net/dev" << "proc-net-dev";
    QTest::newRow("pressure") << "/proc/pressure/io" << "proc-pressure";
    QTest::newRow("smaps_rollup") << "/proc/self/smaps_rollup" << "proc-pid-smaps";
    QTest::newRow("oom adj") << "/proc/1/oom_score_adj" << "proc-pid-oom_score";
    QTest::newRow("ns link") << "/proc/self/ns/net" << "proc-pid-ns";
    QTest::newRow("cwd") << "/proc/self/cwd" << "proc-pid-exe";
    QTest::newRow("sysctl") << "/proc/sys/vm/swappiness" << "channel-sysctl";
    QTest::newRow("sysfs") << "/sys/class/net/lo/mtu" << "channel-sysfs";
    QTest::newRow("device") << "/dev/null" << "channel-devices";
}

void TestSnippets::topicsForPaths()
{
    QFETCH(QString, path);
    QFETCH(QString, topic);
    QCOMPARE(ExplainCatalog::topicForPath(path), topic);
}

QTEST_GUILESS_MAIN(TestSnippets)
#include "tst_snippets.moc"
