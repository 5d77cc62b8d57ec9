// SPDX-License-Identifier: GPL-2.0-or-later
// Both backends (ptrace, and BPF where this process may load it) on real
// programs: each call on its channel as the
// kernel describes the descriptor (/proc, /sys/dev, /proc/devices), the
// same call sequence as strace sees, children followed, and a stop that
// leaves the program running and untraced.
#include "trace/tracer.h"
#include "trace/syscalldecoder.h"
#include "trace/traceformat.h"
#include "../tracetest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <memory>
#include <cstring>
#include <sys/syscall.h>
#include <unistd.h>

using namespace kc;

namespace {

// The backend under test: every test runs once with each.
TraceOptions::Backend g_backend = TraceOptions::Backend::Ptrace;

std::unique_ptr<Tracer> makeTracer()
{
    return std::unique_ptr<Tracer>(Tracer::make(g_backend));
}

bool ptrace()
{
    return g_backend == TraceOptions::Backend::Ptrace;
}

struct Run {
    QList<TraceCall> calls;
    TraceEnd end;
    bool finished = false;
};

Run trace(const QStringList &command, TraceOptions options = {})
{
    if (options.stdinPath.isEmpty())
        options.stdinPath = QStringLiteral("/dev/null");
    if (options.stdoutPath.isEmpty())
        options.stdoutPath = QStringLiteral("/dev/null");
    Run run;
    const std::unique_ptr<Tracer> made = makeTracer();
    Tracer &tracer = *made;
    QObject::connect(&tracer, &Tracer::callsReady, [&run](const QList<TraceCall> &calls) { run.calls += calls; });
    QObject::connect(&tracer, &Tracer::finished, [&run](const TraceEnd &end) {
        run.end = end;
        run.finished = true;
    });
    QString error;
    if (!tracer.start(command, options, &error)) {
        run.end.error = error;
        return run;
    }
    if (!QTest::qWaitFor([&run] { return run.finished; }, 120000))
        run.end.error = QStringLiteral("the trace did not finish");
    return run;
}


// The calls of the traced program itself: from its first successful execve on.
QList<TraceCall> afterExec(const QList<TraceCall> &calls)
{
    for (int i = 0; i < calls.size(); ++i) {
        if (calls[i].number == SYS_execve && calls[i].returned && !calls[i].failed())
            return calls.mid(i + 1);
    }
    return {};
}


// TracerPid names the tracing thread, one of ours.
bool isOurThread(int tid)
{
    return tid > 0 && QFileInfo::exists(QStringLiteral("/proc/self/task/%1").arg(tid));
}

// Descriptors of ours that hold a BPF program, link or map.
int bpfDescriptors()
{
    int n = 0;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QFileInfo &fd : fds.entryInfoList(QDir::System | QDir::NoDotAndDotDot)) {
        if (fd.symLinkTarget().contains(QLatin1String("bpf")))
            ++n;
    }
    return n;
}

int syscallOf(int pid)
{
    QFile f(QStringLiteral("/proc/%1/syscall").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -2;
    return f.readAll().split(' ').value(0).toInt();
}

// What strace printed: name and return, one line per finished call.
struct StraceLine {
    QString name;
    QString ret;
    QStringList args;
};

// Splits "AT_FDCWD, \"/a, b\", O_RDONLY" at the commas outside strings,
// brackets and braces.
QStringList splitArgs(const QString &text)
{
    QStringList out;
    QString cur;
    int depth = 0;
    bool inString = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inString) {
            cur += c;
            if (c == QLatin1Char('\\') && i + 1 < text.size())
                cur += text[++i];
            else if (c == QLatin1Char('"'))
                inString = false;
            continue;
        }
        if (c == QLatin1Char('"'))
            inString = true;
        else if (c == QLatin1Char('[') || c == QLatin1Char('{') || c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(']') || c == QLatin1Char('}') || c == QLatin1Char(')'))
            --depth;
        if (c == QLatin1Char(',') && depth == 0) {
            out.append(cur.trimmed());
            cur.clear();
            continue;
        }
        cur += c;
    }
    if (!cur.trimmed().isEmpty())
        out.append(cur.trimmed());
    return out;
}

// "O_RDONLY|O_CLOEXEC" in any order.
QStringList flagSet(const QString &flags)
{
    QStringList parts = flags.split(QLatin1Char('|'));
    parts.sort();
    return parts;
}

QList<StraceLine> parseStrace(const QByteArray &text)
{
    static const QRegularExpression line(QStringLiteral("^(?:\\d+\\s+)?([a-z0-9_]+)\\((.*)\\)\\s+=\\s+(.*)$"));
    QList<StraceLine> out;
    for (const QByteArray &l : text.split('\n')) {
        const QRegularExpressionMatch m = line.match(QString::fromUtf8(l));
        if (!m.hasMatch())
            continue;
        QString ret = m.captured(3);
        if (ret.startsWith(QLatin1String("-1 ")))
            ret = ret.section(QLatin1Char(' '), 1, 1); // the errno name
        else if (ret.startsWith(QLatin1String("0x")))
            ret = QString::number(ret.mid(2).section(QLatin1Char(' '), 0, 0).toULongLong(nullptr, 16));
        else
            ret = ret.section(QLatin1Char(' '), 0, 0);
        out.append({m.captured(1), ret, splitArgs(m.captured(2))});
    }
    return out;
}

// What strace -qq OPTIONS writes of `command`; empty when it could not run it.
QByteArray straceOutput(const QString &strace, const QStringList &options, const QStringList &command)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return {};
    const QString out = dir.filePath(QStringLiteral("strace.txt"));
    QProcess p;
    p.setStandardInputFile(QProcess::nullDevice());
    p.setStandardOutputFile(QProcess::nullDevice());
    p.start(strace, QStringList{QStringLiteral("-qq")} + options + QStringList{QStringLiteral("-o"), out} + command);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    QFile f(out);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString ourReturn(const TraceCall &c)
{
    if (!c.returned)
        return QStringLiteral("?");
    if (c.failed())
        return c.errorName;
    return QString::number(c.ret);
}

} // namespace

class TestTrace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qInfo("backend: %s", ptrace() ? "ptrace" : "BPF");
    }
    void procMeminfo();
    void deviceNodeAndMissingFile();
    void followsChildren();
    void sameAsStrace();
    void seccompOnlyOpenat();
    void ioctlsNamedAsStrace();
    void jsonRoundTrip();
    void commandNotFound();
    void stopLeavesRunning();
    void stopKills();
    void attachAndDetach();
};

void TestTrace::procMeminfo()
{
    const Run run = trace({QStringLiteral("cat"), QStringLiteral("/proc/meminfo")});
    QVERIFY2(run.finished, qPrintable(run.end.error));
    QVERIFY2(run.end.error.isEmpty(), qPrintable(run.end.error));
    QVERIFY(run.end.exited);
    QCOMPARE(run.end.exitCode, 0);
    QCOMPARE(run.end.dropped, 0);
    const QList<TraceCall> calls = afterExec(run.calls);
    int fd = -1;
    int openIndex = -1;
    for (int i = 0; i < calls.size(); ++i) {
        const TraceCall &c = calls[i];
        if (c.number == SYS_openat && traceArg(c, "pathname") == QLatin1String("\"/proc/meminfo\"")) {
            QVERIFY2(!c.failed(), qPrintable(c.returnText));
            QVERIFY(traceArg(c, "flags").startsWith(QLatin1String("O_RDONLY")));
            QCOMPARE(c.channels.size(), 1);
            QCOMPARE(c.channel().channel, FdChannel::Procfs);
            QCOMPARE(c.channel().target, QStringLiteral("/proc/meminfo"));
            QCOMPARE(c.channel().fd, int(c.ret));
            QCOMPARE(c.comm, QStringLiteral("cat"));
            fd = int(c.ret);
            openIndex = i;
        }
    }
    QVERIFY2(fd >= 0, "no openat of /proc/meminfo");
    int reads = 0;
    qint64 bytes = 0;
    bool closed = false;
    for (int i = openIndex + 1; i < calls.size(); ++i) {
        const TraceCall &c = calls[i];
        if (c.number == SYS_read && qint32(c.args[0]) == fd) {
            QCOMPARE(c.channel().channel, FdChannel::Procfs);
            QVERIFY(!c.failed());
            ++reads;
            bytes += c.ret;
        }
        if (c.number == SYS_close && qint32(c.args[0]) == fd) {
            QCOMPARE(c.channel().channel, FdChannel::Procfs);
            QCOMPARE(c.ret, 0);
            closed = true;
        }
    }
    QVERIFY(reads >= 2); // the text, then the end of the file
    QVERIFY(bytes > 0);
    QVERIFY(closed);
    QCOMPARE(calls.last().name, QStringLiteral("exit_group"));
    QVERIFY(!calls.last().returned);
}

void TestTrace::deviceNodeAndMissingFile()
{
    const QString missing = QStringLiteral("/nonexistent-kc-trace-file");
    const Run run = trace({QStringLiteral("cat"), QStringLiteral("/dev/null"), missing});
    QVERIFY2(run.finished && run.end.error.isEmpty(), qPrintable(run.end.error));
    QCOMPARE(run.end.exitCode, 1); // cat reports the missing file
    // What the kernel says about 1:3: the driver bound in sysfs, if any, and
    // the name of char major 1 in /proc/devices.
    const QString driverLink = QFileInfo(QStringLiteral("/sys/dev/char/1:3/driver")).symLinkTarget();
    const QString driver = driverLink.isEmpty() ? QString() : QFileInfo(driverLink).fileName();
    QString majorName;
    {
        QFile f(QStringLiteral("/proc/devices"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line == "Block devices:")
                break;
            const QList<QByteArray> parts = line.simplified().split(' ');
            if (parts.size() == 2 && parts[0] == "1")
                majorName = QString::fromLatin1(parts[1]);
        }
    }
    QVERIFY(!majorName.isEmpty());
    bool sawNull = false, sawMissing = false, sawRead = false;
    int nullFd = -1;
    for (const TraceCall &c : afterExec(run.calls)) {
        if (c.number == SYS_openat && traceArg(c, "pathname") == QLatin1String("\"/dev/null\"")) {
            const ChannelFd ch = c.channel();
            QCOMPARE(ch.channel, FdChannel::Device);
            QCOMPARE(ch.deviceMajor, 1);
            QCOMPARE(ch.deviceMinor, 3);
            QCOMPARE(ch.driver.bound, driver);
            QCOMPARE(ch.driver.name, majorName);
            QVERIFY2(ch.detail.startsWith(QLatin1String("1:3")), qPrintable(ch.detail));
            nullFd = int(c.ret);
            sawNull = true;
        }
        if (c.number == SYS_read && nullFd >= 0 && qint32(c.args[0]) == nullFd) {
            QCOMPARE(c.channel().channel, FdChannel::Device);
            QCOMPARE(c.ret, 0);
            sawRead = true;
        }
        if (c.number == SYS_openat && traceArg(c, "pathname") == QLatin1Char('"') + missing + QLatin1Char('"')) {
            QVERIFY(c.failed());
            QCOMPARE(c.errorNumber, ENOENT);
            QCOMPARE(c.errorName, QStringLiteral("ENOENT"));
            QCOMPARE(c.errorMessage, QString::fromLocal8Bit(std::strerror(ENOENT)));
            QCOMPARE(c.returnText, QStringLiteral("-1 ENOENT (%1)").arg(QString::fromLocal8Bit(std::strerror(ENOENT))));
            QVERIFY(c.channels.isEmpty());
            sawMissing = true;
        }
    }
    QVERIFY(sawNull);
    QVERIFY(sawRead);
    QVERIFY(sawMissing);
}

void TestTrace::followsChildren()
{
    // `true` at the end keeps the shell from exec'ing cat in its own place.
    const Run run = trace({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("ls / >/dev/null; cat /proc/version; true")});
    QVERIFY2(run.finished && run.end.error.isEmpty(), qPrintable(run.end.error));
    QCOMPARE(run.end.exitCode, 0);
    QSet<int> pids;
    QSet<QString> comms;
    QSet<int> execs;
    for (const TraceCall &c : run.calls) {
        pids.insert(c.pid);
        comms.insert(c.comm);
        if (c.number == SYS_execve && !c.failed())
            execs.insert(c.pid);
        QCOMPARE(c.pid, c.tid); // single-threaded programs
    }
    QVERIFY2(pids.size() >= 3, qPrintable(QString::number(pids.size())));
    QVERIFY(execs.size() >= 3);
    QVERIFY(comms.contains(QStringLiteral("ls")));
    QVERIFY(comms.contains(QStringLiteral("cat")));
    bool version = false;
    for (const TraceCall &c : run.calls) {
        if (c.comm == QLatin1String("cat") && c.number == SYS_openat && traceArg(c, "pathname") == QLatin1String("\"/proc/version\""))
            version = c.channel().channel == FdChannel::Procfs;
    }
    QVERIFY(version);
}

void TestTrace::sameAsStrace()
{
    const QString strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
    if (strace.isEmpty())
        QSKIP("needs strace");
    const QStringList command = {QStringLiteral("cat"), QStringLiteral("/proc/version")};
    QList<StraceLine> theirs = parseStrace(straceOutput(strace, {QStringLiteral("-f"), QStringLiteral("-e"), QStringLiteral("trace=all")}, command));
    QVERIFY(!theirs.isEmpty());
    QCOMPARE(theirs.first().name, QStringLiteral("execve"));
    theirs.removeFirst();

    const Run run = trace(command);
    QVERIFY2(run.finished && run.end.error.isEmpty(), qPrintable(run.end.error));
    const QList<TraceCall> ours = afterExec(run.calls);
    // Addresses and ids differ from run to run: for these, the name is compared.
    const QSet<QString> varying = {QStringLiteral("mmap"), QStringLiteral("brk"), QStringLiteral("mremap"),
                                   QStringLiteral("set_tid_address"), QStringLiteral("getpid"), QStringLiteral("gettid"),
                                   QStringLiteral("getppid")};
    QStringList a, b;
    for (const StraceLine &l : std::as_const(theirs))
        a.append(l.name + QLatin1Char('=') + (varying.contains(l.name) ? QStringLiteral("*") : l.ret));
    for (const TraceCall &c : ours)
        b.append(c.name + QLatin1Char('=') + (varying.contains(c.name) ? QStringLiteral("*") : ourReturn(c)));
    if (a != b)
        qWarning("strace: %s\nours:   %s", qPrintable(a.join(QLatin1Char(' '))), qPrintable(b.join(QLatin1Char(' '))));
    QCOMPARE(b, a);
    // The flags named alike: openat's path and flags, mmap's prot and flags.
    int compared = 0;
    for (int i = 0; i < ours.size(); ++i) {
        const TraceCall &c = ours[i];
        const QStringList &t = theirs[i].args;
        if (c.number == SYS_openat) {
            QCOMPARE(traceArg(c, "pathname"), t.value(1));
            QCOMPARE(flagSet(traceArg(c, "flags")), flagSet(t.value(2)));
            ++compared;
        } else if (c.number == SYS_mmap) {
            QCOMPARE(flagSet(traceArg(c, "prot")), flagSet(t.value(2)));
            QCOMPARE(flagSet(traceArg(c, "flags")), flagSet(t.value(3)));
            QCOMPARE(traceArg(c, "length"), t.value(1));
            ++compared;
        }
    }
    QVERIFY(compared >= 3);
}

void TestTrace::seccompOnlyOpenat()
{
    TraceOptions o;
    o.onlyCalls = {int(SYS_openat)};
    const Run run = trace({QStringLiteral("cat"), QStringLiteral("/proc/meminfo")}, o);
    QVERIFY2(run.finished && run.end.error.isEmpty(), qPrintable(run.end.error));
    QCOMPARE(run.end.exitCode, 0);
    bool meminfo = false;
    for (const TraceCall &c : run.calls) {
        QVERIFY2(c.number == SYS_openat || c.number == SYS_execve, qPrintable(c.name));
        if (traceArg(c, "pathname") == QLatin1String("\"/proc/meminfo\""))
            meminfo = c.channel().channel == FdChannel::Procfs;
    }
    QVERIFY(meminfo);
}

void TestTrace::ioctlsNamedAsStrace()
{
    const QStringList command = {QStringLiteral(KC_IOCTLS)};
    const Run run = trace(command);
    QVERIFY2(run.finished && run.end.error.isEmpty(), qPrintable(run.end.error));
    QCOMPARE(run.end.exitCode, 0);
    QStringList ours;
    for (const TraceCall &c : afterExec(run.calls)) {
        if (c.number == SYS_ioctl)
            ours.append(traceArg(c, "request"));
    }
    // The requests the program makes, named by the uapi headers; the third
    // is named by no header and taken apart.
    QCOMPARE(ours.mid(0, 3), (QStringList{QStringLiteral("FIONREAD"), QStringLiteral("TIOCGWINSZ"),
                                          QStringLiteral("_IOC(_IOC_READ|_IOC_WRITE, 0xf7, 0x3c, 0x10)")}));
    QCOMPARE(ours.mid(3), (QStringList{QStringLiteral("TCGETS"), QStringLiteral("TIOCGPGRP"), QStringLiteral("BLKGETSIZE64"),
                                       QStringLiteral("BLKSSZGET"), QStringLiteral("FS_IOC_GETFLAGS"), QStringLiteral("FIOQSIZE"),
                                       QStringLiteral("EVIOCGVERSION"), QStringLiteral("EVIOCGID"), QStringLiteral("LOOP_CTL_GET_FREE"),
                                       QStringLiteral("LOOP_GET_STATUS64"), QStringLiteral("SIOCGIFINDEX"), QStringLiteral("SIOCGIFFLAGS"),
                                       QStringLiteral("RNDGETENTCNT")}));
    const QString strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
    if (strace.isEmpty())
        QSKIP("needs strace to compare with");
    QStringList theirs;
    for (const StraceLine &l : parseStrace(straceOutput(strace, {QStringLiteral("-e"), QStringLiteral("trace=ioctl")}, command))) {
        if (l.name == QLatin1String("ioctl"))
            theirs.append(l.args.value(1));
    }
    QCOMPARE(ours, theirs);
}

// Messages as text, to compare the decoded netlink of two calls.
QStringList messageTexts(const TraceCall &c)
{
    QStringList out;
    for (const NlMessage &m : TraceFormat::netlinkMessages(c))
        out.append(m.typeName + QLatin1Char(' ') + m.summary + QLatin1Char(' ') + m.error);
    return out;
}

void TestTrace::jsonRoundTrip()
{
    // ip asks the kernel over netlink; cat reads procfs and nothing else.
    const QString ip = QStandardPaths::findExecutable(QStringLiteral("ip"));
    const QStringList command = ip.isEmpty() ? QStringList{QStringLiteral("cat"), QStringLiteral("/proc/version")}
                                             : QStringList{ip, QStringLiteral("-brief"), QStringLiteral("link"), QStringLiteral("show"), QStringLiteral("lo")};
    const Run run = trace(command);
    QVERIFY2(run.finished && run.end.error.isEmpty(), qPrintable(run.end.error));
    QVERIFY(run.calls.size() > 10);
    const qint64 startMs = 1764411815123; // any start: only the offsets matter
    QByteArray json, text;
    for (const TraceCall &c : run.calls) {
        TraceFormat::appendJson(json, c, startMs);
        TraceFormat::appendText(text, c);
    }
    const TraceFormat::Import in = TraceFormat::readJsonLines(json);
    QCOMPARE(in.malformed, 0);
    QCOMPARE(in.startMs, startMs);
    QCOMPARE(in.calls.size(), run.calls.size());
    int netlink = 0;
    for (int i = 0; i < run.calls.size(); ++i) {
        const TraceCall &a = run.calls[i];
        const TraceCall &b = in.calls[i];
        QCOMPARE(b.name, a.name);
        QCOMPARE(b.number, a.number);
        QCOMPARE(b.pid, a.pid);
        QCOMPARE(b.tid, a.tid);
        QCOMPARE(b.comm, a.comm);
        QCOMPARE(b.timeNs, a.timeNs);
        QCOMPARE(b.durationNs, a.durationNs);
        QCOMPARE(TraceFormat::argumentsText(b), TraceFormat::argumentsText(a));
        QCOMPARE(b.returned, a.returned);
        if (a.returned) {
            QCOMPARE(b.ret, a.ret);
            QCOMPARE(b.returnText, a.returnText);
        }
        QCOMPARE(b.errorNumber, a.errorNumber);
        QCOMPARE(b.errorName, a.errorName);
        QCOMPARE(b.errorMessage, a.errorMessage);
        QCOMPARE(b.channels.size(), a.channels.size());
        for (int k = 0; k < a.channels.size(); ++k) {
            QCOMPARE(b.channels[k].fd, a.channels[k].fd);
            QCOMPARE(b.channels[k].channel, a.channels[k].channel);
            QCOMPARE(b.channels[k].target, a.channels[k].target);
            QCOMPARE(b.channels[k].detail, a.channels[k].detail);
            if (a.channels[k].channel == FdChannel::Netlink)
                QCOMPARE(b.channels[k].netlinkProtocol, a.channels[k].netlinkProtocol);
        }
        QCOMPARE(b.netlinkPayload, a.netlinkPayload);
        QCOMPARE(b.netlinkProtocol, a.netlinkProtocol);
        QCOMPARE(messageTexts(b), messageTexts(a));
        netlink += messageTexts(a).size();
    }
    if (!ip.isEmpty())
        QVERIFY2(netlink >= 2, "ip's request and the kernel's answer"); // RTM_GETLINK, RTM_NEWLINK
    // Written again, both shapes come out the same.
    QByteArray json2, text2;
    for (const TraceCall &c : in.calls) {
        TraceFormat::appendJson(json2, c, in.startMs);
        TraceFormat::appendText(text2, c);
    }
    QCOMPARE(text2, text);
    QCOMPARE(json2, json);
}

void TestTrace::commandNotFound()
{
    const QString missing = QStringLiteral("/nonexistent/kc-no-such-command");
    const Run run = trace({missing});
    QVERIFY(run.finished);
    QVERIFY(run.end.exited);
    QCOMPARE(run.end.exitCode, 127);
    QVERIFY2(run.end.error.contains(missing), qPrintable(run.end.error));
    QVERIFY2(run.end.error.contains(QLatin1String("ENOENT")), qPrintable(run.end.error));
    QVERIFY2(run.end.error.contains(QString::fromLocal8Bit(std::strerror(ENOENT))), qPrintable(run.end.error));
    // The failed exec is also in the trace, as strace would show it.
    QVERIFY(!run.calls.isEmpty());
    QCOMPARE(run.calls.first().name, QStringLiteral("execve"));
    QCOMPARE(run.calls.first().errorName, QStringLiteral("ENOENT"));
}

void TestTrace::stopLeavesRunning()
{
    const std::unique_ptr<Tracer> made = makeTracer();
    Tracer &tracer = *made;
    TraceOptions o;
    o.stdinPath = QStringLiteral("/dev/null");
    QString error;
    QVERIFY2(tracer.start({QStringLiteral("sleep"), QStringLiteral("5")}, o, &error), qPrintable(error));
    const int pid = tracer.pid();
    QVERIFY(pid > 0);
    // Traced, and asleep in the kernel.
    QTRY_COMPARE_WITH_TIMEOUT(syscallOf(pid), int(SYS_clock_nanosleep), 20000);
    if (ptrace())
        QVERIFY(isOurThread(statusField(pid, "TracerPid").toInt()));
    else
        QVERIFY(bpfDescriptors() > 0);
    tracer.stop();
    QCOMPARE(statusField(pid, "TracerPid"), QByteArray("0"));
    // Nothing of the BPF tracer is left attached.
    QCOMPARE(bpfDescriptors(), 0);
    const QByteArray state = statusField(pid, "State");
    QVERIFY2(!state.startsWith('t') && !state.startsWith('Z') && !state.startsWith('X'), state.constData());
    // Still asleep: interrupted by the detach, the sleep goes on in restart_syscall.
    const int call = syscallOf(pid);
    QVERIFY2(call == SYS_clock_nanosleep || call == SYS_restart_syscall, qPrintable(QString::number(call)));
    QCOMPARE(::kill(pid, SIGKILL), 0); // ours: started by this test
}

void TestTrace::stopKills()
{
    const std::unique_ptr<Tracer> made = makeTracer();
    Tracer &tracer = *made;
    TraceOptions o;
    o.stdinPath = QStringLiteral("/dev/null");
    o.killLaunchedOnStop = true;
    bool finished = false;
    TraceEnd end;
    connect(&tracer, &Tracer::finished, this, [&](const TraceEnd &e) {
        end = e;
        finished = true;
    });
    QString error;
    QVERIFY2(tracer.start({QStringLiteral("sleep"), QStringLiteral("5")}, o, &error), qPrintable(error));
    const int pid = tracer.pid();
    QTRY_COMPARE_WITH_TIMEOUT(syscallOf(pid), int(SYS_clock_nanosleep), 20000);
    tracer.stop();
    QTRY_VERIFY(finished);
    QVERIFY(end.stopped);
    QCOMPARE(end.signal, SIGKILL);
    QTRY_VERIFY(!QFileInfo::exists(QStringLiteral("/proc/%1/status").arg(pid)) || statusField(pid, "State").startsWith('Z'));
}

void TestTrace::attachAndDetach()
{
    QProcess sleeper;
    sleeper.start(QStringLiteral("sleep"), {QStringLiteral("30")});
    QVERIFY(sleeper.waitForStarted());
    const int pid = int(sleeper.processId());
    QTRY_COMPARE_WITH_TIMEOUT(syscallOf(pid), int(SYS_clock_nanosleep), 20000);
    const std::unique_ptr<Tracer> made = makeTracer();
    Tracer &tracer = *made;
    QString error;
    QVERIFY2(tracer.attach(pid, {}, &error), qPrintable(error));
    if (ptrace())
        QTRY_VERIFY(isOurThread(statusField(pid, "TracerPid").toInt()));
    tracer.stop();
    QCOMPARE(statusField(pid, "TracerPid"), QByteArray("0"));
    QVERIFY(!statusField(pid, "State").startsWith('t'));
    // A process that is not there is refused with a reason.
    const std::unique_ptr<Tracer> none = makeTracer();
    QVERIFY(!none->attach(999999999, {}, &error));
    QVERIFY2(error.contains(QLatin1String("999999999")), qPrintable(error));
    sleeper.kill();
    sleeper.waitForFinished();
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int status = 0;
    {
        g_backend = TraceOptions::Backend::Ptrace;
        TestTrace ptraceRun;
        status |= QTest::qExec(&ptraceRun, argc, argv);
    }
    const QString why = Tracer::bpfUnavailable();
    if (!why.isEmpty()) {
        qInfo("The BPF backend is not tested here: %s", qPrintable(why));
        return status;
    }
    g_backend = TraceOptions::Backend::Bpf;
    TestTrace bpfRun;
    status |= QTest::qExec(&bpfRun, argc, argv);
    return status;
}
#include "tst_trace.moc"
