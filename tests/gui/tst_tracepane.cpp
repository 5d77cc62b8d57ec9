// SPDX-License-Identifier: GPL-2.0-or-later
// The Trace pane, offscreen: its model filters and caps as asked and passes
// the tester; a real `cat /proc/meminfo` traced through the pane and its
// controller shows the procfs open and reads and the exit status, makes the
// same calls as strace sees, and exports as kchan trace --json does; a
// missing command and a refused attach are explained; the pane going away
// mid-trace leaves the traced program running, untraced.
#include "crosschannel/runtimeinfo.h"
#include "devicespane.h"
#include "explainpanel.h"
#include "hexview.h"
#include "mainwindow.h"
#include "models/roles.h"
#include "models/tracecallmodel.h"
#include "netlinkpane.h"
#include "procfspane.h"
#include "sysfspane.h"
#include "trace/traceformat.h"
#include "tracecallview.h"
#include "trace/tracecontroller.h"
#include "tracepane.h"
#include "../kchanrun.h"
#include "../tracetest.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <csignal>
#include <unistd.h>

using namespace kc;

namespace {

TraceCall makeCall(qint64 t, int pid, const QString &name, const QString &path, FdChannel channel, int error = 0)
{
    TraceCall c;
    c.timeNs = t;
    c.durationNs = 1500;
    c.pid = pid;
    c.tid = pid;
    c.comm = QStringLiteral("cat");
    c.name = name;
    c.number = 0;
    c.decoded = {{QStringLiteral("pathname"), QLatin1Char('"') + path + QLatin1Char('"')}};
    c.returned = true;
    if (error) {
        c.ret = -error;
        c.errorNumber = error;
        c.errorName = QStringLiteral("ENOENT");
        c.errorMessage = QStringLiteral("No such file or directory");
        c.returnText = QStringLiteral("-1 ENOENT (No such file or directory)");
    } else {
        c.ret = 3;
        c.returnText = QStringLiteral("3");
        ChannelFd ch;
        ch.fd = 3;
        ch.channel = channel;
        ch.target = path;
        c.channels = {ch};
    }
    return c;
}


QString cat()
{
    // Absolute, so that no PATH search shows among the calls.
    const QString path = QStandardPaths::findExecutable(QStringLiteral("cat"));
    return path.isEmpty() ? QStringLiteral("/bin/cat") : path;
}

// The calls of the program itself: after its first successful execve.
QStringList namesAfterExec(const QStringList &names, const QList<bool> &ok)
{
    for (int i = 0; i < names.size(); ++i) {
        if (names[i] == QLatin1String("execve") && ok[i])
            return names.mid(i + 1);
    }
    return {};
}


} // namespace

class TestTracePane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void modelFiltersAndCaps();
    void catMeminfo();
    void sameCallsAsStrace();
    void netlinkDecodedBeside();
    void openSavedAndSaveAgain();
    void hexViewFollowsFields();
    void missingCommandAndRefusedAttach();
    void goneMidTraceLeavesProgramRunning_data();
    void goneMidTraceLeavesProgramRunning();
    void inTheMainWindow();
    void callLeadsToChannelAndCode();
};

void TestTracePane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTracePane::init()
{
    QSettings().clear();
}

void TestTracePane::modelFiltersAndCaps()
{
    TraceCallModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendCalls({makeCall(1000, 10, QStringLiteral("openat"), QStringLiteral("/proc/meminfo"), FdChannel::Procfs),
                       makeCall(2000, 10, QStringLiteral("openat"), QStringLiteral("/dev/null"), FdChannel::Device),
                       makeCall(3000, 11, QStringLiteral("openat"), QStringLiteral("/nonexistent"), FdChannel::Other, ENOENT)});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(TraceCallModel::ColumnCount));
    QCOMPARE(model.index(0, TraceCallModel::ChannelColumn).data().toString(), QStringLiteral("procfs /proc/meminfo"));
    QCOMPARE(model.index(0, TraceCallModel::ChannelColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("<procfs /proc/meminfo>"));
    QCOMPARE(model.index(0, TraceCallModel::ArgumentsColumn).data().toString(), QStringLiteral("\"/proc/meminfo\""));
    QCOMPARE(model.index(0, TraceCallModel::TimeColumn).data().toString(), QStringLiteral("0.000001"));
    QCOMPARE(model.index(2, TraceCallModel::ResultColumn).data().toString(), QStringLiteral("-1 ENOENT (No such file or directory)"));
    QVERIFY(model.index(2, 0).data(FailedRole).toBool());
    QVERIFY(!model.index(0, 0).data(FailedRole).toBool());

    // Text over name, arguments, result and channel, ignoring case.
    model.setFilterText(QStringLiteral("MEMINFO"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(traceArg(model.call(0), "pathname"), QStringLiteral("\"/proc/meminfo\""));
    model.setFilterText(QStringLiteral("enoent"));
    QCOMPARE(model.rowCount(), 1);
    model.setFilterText(QStringLiteral("openat"));
    QCOMPARE(model.rowCount(), 3);
    model.setFilterText(QString());
    model.setChannelFilter(int(FdChannel::Device));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.call(0).channel().target, QStringLiteral("/dev/null"));
    model.setChannelFilter(-1);
    model.setPidFilter(11);
    QCOMPARE(model.rowCount(), 1);
    model.setPidFilter(0);
    model.setErrorsOnly(true);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.call(0).failed());
    // Calls arriving while filtered are matched as they come.
    model.appendCalls({makeCall(4000, 10, QStringLiteral("read"), QStringLiteral("/proc/meminfo"), FdChannel::Procfs),
                       makeCall(5000, 12, QStringLiteral("openat"), QStringLiteral("/missing"), FdChannel::Other, ENOENT)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.call(1).pid, 12);
    model.setErrorsOnly(false);
    QCOMPARE(model.rowCount(), 5);

    // Past the cap the oldest go, counted, filtered or not.
    model.setCap(4);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.droppedCount(), qint64(1));
    QCOMPARE(model.call(0).channel().target, QStringLiteral("/dev/null"));
    model.setFilterText(QStringLiteral("meminfo"));
    QCOMPARE(model.rowCount(), 1); // the read; the open was dropped
    model.appendCalls({makeCall(6000, 10, QStringLiteral("close"), QStringLiteral("/proc/meminfo"), FdChannel::Procfs),
                       makeCall(7000, 10, QStringLiteral("close"), QStringLiteral("/dev/null"), FdChannel::Device)});
    QCOMPARE(model.droppedCount(), qint64(3));
    QCOMPARE(model.storedCount(), 4);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.call(1).name, QStringLiteral("close"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.droppedCount(), qint64(0));
}

void TestTracePane::catMeminfo()
{
    TraceController controller;
    TracePane pane(&controller);
    pane.resize(1100, 700);
    pane.show();
    QAbstractItemModelTester tester(controller.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString error;
    QVERIFY2(pane.run(cat() + QStringLiteral(" /proc/meminfo"), QString(), &error), qPrintable(error));
    QVERIFY(controller.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(controller.hasEnded(), 120000);
    const TraceEnd end = controller.end();
    QVERIFY2(end.error.isEmpty(), qPrintable(end.error));
    QVERIFY(end.exited);
    QCOMPARE(end.exitCode, 0);
    QCOMPARE(end.dropped, 0);
    QVERIFY2(pane.message().contains(QLatin1String("exited with status 0")), qPrintable(pane.message()));

    TraceCallModel *model = controller.model();
    QCOMPARE(qint64(model->rowCount()), end.calls);
    int openRow = -1;
    int fd = -1;
    for (int r = 0; r < model->rowCount() && openRow < 0; ++r) {
        const TraceCall &c = model->call(r);
        if (c.name == QLatin1String("openat") && traceArg(c, "pathname") == QLatin1String("\"/proc/meminfo\"")) {
            openRow = r;
            fd = int(c.ret);
            QVERIFY2(!c.failed(), qPrintable(c.returnText));
            QCOMPARE(c.channel().channel, FdChannel::Procfs);
            QCOMPARE(c.comm, QStringLiteral("cat"));
            QCOMPARE(model->index(r, TraceCallModel::ChannelColumn).data().toString(), QStringLiteral("procfs /proc/meminfo"));
        }
    }
    QVERIFY2(openRow >= 0, "no openat of /proc/meminfo");
    QVERIFY(fd >= 0);
    int reads = 0;
    for (int r = openRow + 1; r < model->rowCount(); ++r) {
        const TraceCall &c = model->call(r);
        if (c.name == QLatin1String("read") && qint32(c.args[0]) == fd) {
            QCOMPARE(c.channel().channel, FdChannel::Procfs);
            ++reads;
        }
    }
    QVERIFY(reads >= 2); // the text, then the end of the file
    QCOMPARE(model->call(model->rowCount() - 1).name, QStringLiteral("exit_group"));

    // Summaries: the channel line, and strace -c's table with cat's calls.
    QVERIFY2(pane.channelSummary().contains(QLatin1String("procfs files: 1 opened")), qPrintable(pane.channelSummary()));
    QVERIFY(controller.summary().uses(FdChannel::Procfs, TraceSummary::Read) >= 2);
    pane.findChild<QTabWidget *>()->setCurrentIndex(1);
    QStringList summarized;
    for (int i = 0; i < pane.callSummary()->topLevelItemCount(); ++i)
        summarized.append(pane.callSummary()->topLevelItem(i)->text(5));
    QVERIFY2(summarized.contains(QStringLiteral("openat")) && summarized.contains(QStringLiteral("read")), qPrintable(summarized.join(QLatin1Char(','))));

    // The filter: the pane's Ctrl+F text reaches the model.
    pane.setFilterText(QStringLiteral("/proc/meminfo"));
    QVERIFY(model->rowCount() >= 2 + reads); // execve, openat, the reads
    for (int r = 0; r < model->rowCount(); ++r) {
        QVERIFY2(model->cellText(r, TraceCallModel::ArgumentsColumn).contains(QLatin1String("/proc/meminfo"))
                     || model->toolTip(r, TraceCallModel::ChannelColumn).contains(QLatin1String("/proc/meminfo")),
                 qPrintable(model->call(r).name));
    }
    pane.setFilterText(QString());
    QCOMPARE(qint64(model->rowCount()), end.calls);

    // Selected: decoded below, copied as kchan trace prints, exported as --json writes.
    pane.table()->setCurrentIndex(model->index(openRow, TraceCallModel::CallColumn));
    QStringList fields;
    for (int i = 0; i < pane.details()->topLevelItemCount(); ++i)
        fields.append(pane.details()->topLevelItem(i)->text(0));
    QVERIFY2(fields.contains(QStringLiteral("Arguments")) && fields.contains(QStringLiteral("fd %1").arg(fd)), qPrintable(fields.join(QLatin1Char(','))));
    QCOMPARE(pane.details()->findItems(QStringLiteral("fd %1").arg(fd), Qt::MatchExactly).value(0)->text(1), QStringLiteral("procfs files: /proc/meminfo"));
    QVERIFY(pane.messages()->isHidden());
    const QString text = pane.selectedText();
    QVERIFY2(QRegularExpression(QStringLiteral("^\\[\\d+\\] openat\\(AT_FDCWD, \"/proc/meminfo\", O_RDONLY.*\\) = \\d+  <procfs /proc/meminfo")).match(text).hasMatch(),
             qPrintable(text));
    const QByteArray json = pane.jsonLines(true);
    QCOMPARE(int(json.count('\n')), 1);
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(json, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QCOMPARE(o.value(QStringLiteral("call")).toString(), QStringLiteral("openat"));
    QCOMPARE(o.value(QStringLiteral("ret")).toInt(), fd);
    QCOMPARE(o.value(QStringLiteral("channels")).toArray().at(0).toObject().value(QStringLiteral("channel")).toString(), QStringLiteral("procfs"));
    QCOMPARE(o.value(QStringLiteral("args")).toArray().at(1).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("\"/proc/meminfo\""));
    const QByteArray all = pane.jsonLines();
    QCOMPARE(int(all.count('\n')), model->rowCount());
}

void TestTracePane::sameCallsAsStrace()
{
    const QString strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
    if (strace.isEmpty())
        QSKIP("needs strace on PATH");
    const QStringList command = {cat(), QStringLiteral("/proc/meminfo")};
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("strace.txt"));
    QProcess p;
    p.setStandardInputFile(QProcess::nullDevice());
    p.setStandardOutputFile(QProcess::nullDevice());
    p.start(strace, QStringList{QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-o"), out} + command);
    QVERIFY(p.waitForFinished(60000));
    if (p.exitCode() != 0)
        QSKIP("strace cannot trace here (ptrace refused to it)");
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    // "[pid] name(args) = ret": the name, and whether it succeeded (for execve).
    static const QRegularExpression line(QStringLiteral("^(?:\\d+\\s+)?([a-z0-9_]+)\\((.*)\\)\\s+=\\s+(\\S+)"));
    QStringList theirs;
    QList<bool> theirOk;
    for (const QByteArray &l : f.readAll().split('\n')) {
        const QRegularExpressionMatch m = line.match(QString::fromUtf8(l));
        if (m.hasMatch()) {
            theirs.append(m.captured(1));
            theirOk.append(m.captured(3) != QLatin1String("-1"));
        }
    }

    TraceController controller;
    TracePane pane(&controller);
    QVERIFY(pane.run(command.join(QLatin1Char(' '))));
    QTRY_VERIFY_WITH_TIMEOUT(controller.hasEnded(), 120000);
    QCOMPARE(controller.end().exitCode, 0);
    QStringList ours;
    QList<bool> ourOk;
    for (int r = 0; r < controller.model()->rowCount(); ++r) {
        ours.append(controller.model()->call(r).name);
        ourOk.append(!controller.model()->call(r).failed());
    }
    // Each tracer's own start-up differs: compared from the program's exec on.
    const QStringList a = namesAfterExec(theirs, theirOk);
    const QStringList b = namesAfterExec(ours, ourOk);
    QVERIFY(!a.isEmpty());
    if (a != b)
        qWarning("strace: %s\nours:   %s", qPrintable(a.join(QLatin1Char(' '))), qPrintable(b.join(QLatin1Char(' '))));
    QCOMPARE(b, a);
}

void TestTracePane::netlinkDecodedBeside()
{
    const QString ip = QStandardPaths::findExecutable(QStringLiteral("ip"));
    if (ip.isEmpty())
        QSKIP("needs ip (iproute2) on PATH");
    TraceController controller;
    TracePane pane(&controller);
    pane.show();
    QVERIFY(pane.run(ip + QStringLiteral(" link show lo")));
    QTRY_VERIFY_WITH_TIMEOUT(controller.hasEnded(), 120000);
    QCOMPARE(controller.end().exitCode, 0);
    TraceCallModel *model = controller.model();
    // The request for lo, and a reply naming it, each decoded beside the call.
    QStringList sent, received;
    for (int r = 0; r < model->rowCount(); ++r) {
        const TraceCall &c = model->call(r);
        if (c.netlinkPayload.isEmpty())
            continue;
        QCOMPARE(model->cellText(r, TraceCallModel::ChannelColumn), QStringLiteral("netlink NETLINK_ROUTE"));
        pane.table()->setCurrentIndex(model->index(r, 0));
        QVERIFY(!pane.messages()->isHidden());
        for (int i = 0; i < pane.messages()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *m = pane.messages()->topLevelItem(i);
            (c.name.startsWith(QLatin1String("send")) ? sent : received).append(m->text(0) + QLatin1Char(' ') + m->text(1));
        }
    }
    QVERIFY2(!sent.filter(QStringLiteral("RTM_GETLINK")).isEmpty(), qPrintable(sent.join(QLatin1Char('|'))));
    QVERIFY2(!received.filter(QRegularExpression(QStringLiteral("^RTM_NEWLINK .*\\blo\\b"))).isEmpty(), qPrintable(received.join(QLatin1Char('|'))));
    QVERIFY2(pane.channelSummary().contains(QLatin1String("Netlink sockets:")), qPrintable(pane.channelSummary()));
}

void TestTracePane::openSavedAndSaveAgain()
{
    // kchan's trace of ip with six damaged lines: the five calls shown as a
    // finished trace named after the file, the damage in one sentence.
    const QString saved = QStringLiteral(KC_FIXTURES "/trace/kchan-trace-ip-link-show-lo-damaged.jsonl");
    TraceController controller;
    TracePane pane(&controller);
    pane.show();
    QAbstractItemModelTester tester(controller.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString error;
    QVERIFY2(pane.openFile(saved, &error), qPrintable(error));
    TraceCallModel *model = controller.model();
    QCOMPARE(model->rowCount(), 5);
    QVERIFY(controller.imported());
    QVERIFY(!controller.isRunning());
    QCOMPARE(controller.targetText(), QStringLiteral("kchan-trace-ip-link-show-lo-damaged.jsonl"));
    QVERIFY2(pane.message().startsWith(QLatin1String("kchan-trace-ip-link-show-lo-damaged.jsonl: a saved trace, 5 call")), qPrintable(pane.message()));
    QVERIFY2(pane.message().contains(QLatin1String("6 left out, the first at line 3 (not JSON")), qPrintable(pane.message()));
    QCOMPARE(controller.summary().calls(), qint64(5));
    QVERIFY2(pane.channelSummary().contains(QLatin1String("Netlink sockets:")), qPrintable(pane.channelSummary()));
    // The netlink request decoded again below the list.
    QCOMPARE(model->call(2).name, QStringLiteral("sendmsg"));
    pane.table()->setCurrentIndex(model->index(2, 0));
    QVERIFY(!pane.messages()->isHidden());
    QCOMPARE(pane.messages()->topLevelItem(0)->text(0), QStringLiteral("RTM_GETLINK"));

    // Saved again in each shape: what kchan trace --import prints of the same file.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString text = dir.filePath(QStringLiteral("again.txt"));
    const QString json = dir.filePath(QStringLiteral("again.jsonl"));
    QVERIFY2(pane.saveCalls(text, TracePane::FileFormat::Text, &error), qPrintable(error));
    QVERIFY2(pane.saveCalls(json, TracePane::FileFormat::JsonLines, &error), qPrintable(error));
    auto contents = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const KchanRun kchanText = kchan({QStringLiteral("trace"), QStringLiteral("--import"), saved});
    const KchanRun kchanJson = kchan({QStringLiteral("trace"), QStringLiteral("--import"), saved, QStringLiteral("--json")});
    QCOMPARE(kchanText.code, 0);
    QCOMPARE(kchanJson.code, 0);
    QVERIFY(kchanText.out.contains("] sendmsg(5, "));
    QCOMPARE(contents(text), kchanText.out);
    QCOMPARE(contents(json), kchanJson.out);
    // Our own JSON opens again, now whole.
    QVERIFY2(pane.openFile(json, &error), qPrintable(error));
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(pane.message(), QStringLiteral("again.jsonl: a saved trace, 5 call(s)."));
    QCOMPARE(pane.textLines(), kchanText.out);

    // Nothing to show: said, and the last trace stays.
    QVERIFY(!pane.openFile(dir.filePath(QStringLiteral("none.jsonl")), &error));
    QVERIFY2(error.contains(QLatin1String("none.jsonl")), qPrintable(error));
    QCOMPARE(pane.message(), error);
    QFile garbage(dir.filePath(QStringLiteral("garbage.jsonl")));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("not a trace\n");
    garbage.close();
    QVERIFY(!pane.openFile(garbage.fileName(), &error));
    QCOMPARE(error, QStringLiteral("Not every line of garbage.jsonl is a call of a trace: 1 left out, the first at line 1 (not JSON: illegal value)."));
    QCOMPARE(model->rowCount(), 5);
}

void TestTracePane::hexViewFollowsFields()
{
    TraceController controller;
    TracePane pane(&controller);
    pane.resize(1100, 700);
    pane.show();
    QVERIFY(pane.openFile(QStringLiteral(KC_FIXTURES "/trace/kchan-trace-ip-link-show-lo-damaged.jsonl")));
    TraceCallModel *model = controller.model();
    HexView *hex = pane.callView()->hexView();

    // ip's RTM_GETLINK request: the datagram, 48 bytes, starting with its
    // nlmsghdr (nlmsg_len 48 = 0x30, nlmsg_type RTM_GETLINK = 0x12).
    const TraceCall &send = model->call(2);
    pane.table()->setCurrentIndex(model->index(2, 0));
    QVERIFY(hex->isVisible());
    QCOMPARE(hex->bytes(), send.netlinkPayload);
    QCOMPARE(pane.callView()->hexTitle(), QStringLiteral("Netlink datagram, 48 byte(s):"));
    const QStringList lines = hex->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[0].startsWith(QLatin1String("0000  30 00 00 00 12 00 ")), qPrintable(lines[0]));
    QVERIFY2(lines[2].startsWith(QLatin1String("0020  ")), qPrintable(lines[2]));
    QCOMPARE(lines[0].mid(6, 47), QString::fromLatin1(send.netlinkPayload.first(16).toHex(' ')));

    // The message lights up whole; each field, its own bytes as the decoder places them.
    const NlMessage decoded = TraceFormat::netlinkMessages(send).first();
    QTreeWidgetItem *message = pane.messages()->topLevelItem(0);
    pane.messages()->setCurrentItem(message);
    QCOMPARE(hex->highlightOffset(), decoded.tree.offset);
    QCOMPARE(hex->highlightLength(), 48);
    QCOMPARE(hex->extraSelections().size(), 48);
    int checked = 0;
    for (int i = 0; i < message->childCount(); ++i) {
        const NlField &field = decoded.tree.children.at(i);
        QCOMPARE(message->child(i)->text(0), field.name);
        pane.messages()->setCurrentItem(message->child(i));
        QCOMPARE(hex->highlightOffset(), field.offset);
        QCOMPARE(hex->highlightLength(), field.length);
        QCOMPARE(int(hex->extraSelections().size()), field.length);
        ++checked;
    }
    QVERIFY(checked >= 2); // the header and the ifinfomsg at least

    // openat: the path's bytes, as copied from the program.
    const TraceCall &open = model->call(1);
    pane.table()->setCurrentIndex(model->index(1, 0));
    QVERIFY(hex->isVisible());
    QCOMPARE(QLatin1Char('"') + QString::fromUtf8(hex->bytes()) + QLatin1Char('"'), traceArg(open, "pathname"));
    QVERIFY2(pane.callView()->hexTitle().startsWith(QLatin1String("pathname, ")), qPrintable(pane.callView()->hexTitle()));
    // exit_group passes no bytes.
    pane.table()->setCurrentIndex(model->index(4, 0));
    QVERIFY(!hex->isVisible());
}

void TestTracePane::missingCommandAndRefusedAttach()
{
    TraceController controller;
    TracePane pane(&controller);
    const QString missing = QStringLiteral("/nonexistent/kc-no-such-command");
    QVERIFY(pane.run(missing));
    QTRY_VERIFY_WITH_TIMEOUT(controller.hasEnded(), 60000);
    QCOMPARE(controller.end().exitCode, 127);
    QVERIFY2(pane.message().contains(missing) && pane.message().contains(QLatin1String("ENOENT")), qPrintable(pane.message()));

    // Nothing to run is said at once.
    QString error;
    QVERIFY(!pane.run(QStringLiteral("   "), QString(), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(pane.message(), error);
    // A process that is not there: refused, with the reason.
    QVERIFY(!pane.attachTo(999999999, &error));
    QVERIFY2(error.contains(QLatin1String("999999999")), qPrintable(error));
    QVERIFY2(pane.message().contains(error), qPrintable(pane.message()));
    QVERIFY(!controller.isRunning());
    // Calls named that this architecture lacks are refused before starting.
    QSettings().setValue(QStringLiteral("trace/only"), QStringLiteral("openat, no_such_call"));
    QVERIFY(!pane.run(cat() + QStringLiteral(" /dev/null"), QString(), &error));
    QVERIFY2(error.contains(QLatin1String("no_such_call")), qPrintable(error));
}

void TestTracePane::goneMidTraceLeavesProgramRunning_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("ptrace") << QStringLiteral("ptrace");
    QTest::newRow("bpf") << QStringLiteral("bpf");
}

void TestTracePane::goneMidTraceLeavesProgramRunning()
{
    QFETCH(QString, backend);
    const bool ptrace = backend == QLatin1String("ptrace");
    if (!ptrace && !Tracer::bpfUnavailable().isEmpty())
        QSKIP(qPrintable(Tracer::bpfUnavailable()));
    QSettings().setValue(QStringLiteral("trace/backend"), backend);
    int pid = 0;
    {
        auto *controller = new TraceController;
        auto *pane = new TracePane(controller);
        QVERIFY(pane->run(QStringLiteral("sleep 30")));
        pid = controller->pid();
        QVERIFY(pid > 0);
        // Traced, and asleep in the kernel.
        if (ptrace)
            QTRY_VERIFY_WITH_TIMEOUT(statusField(pid, "TracerPid").toInt() > 0, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(controller->model()->rowCount() > 0, 20000);
        QCOMPARE(controller->backendName(), ptrace ? QStringLiteral("ptrace") : QStringLiteral("BPF"));
        // As the main window goes: the pane first, then its controller.
        delete pane;
        delete controller;
    }
    QCOMPARE(statusField(pid, "TracerPid"), QByteArray("0"));
    const QByteArray state = statusField(pid, "State");
    QVERIFY2(!state.isEmpty() && !state.startsWith('t') && !state.startsWith('Z'), state.constData());
    QCOMPARE(::kill(pid, SIGKILL), 0); // ours: started by this test
    QSettings().remove(QStringLiteral("trace/backend"));
}

void TestTracePane::inTheMainWindow()
{
    MainWindow window(RuntimeInfo::detect());
    const QStringList names = window.paneNames();
    const int trace = window.paneNamed(QStringLiteral("trace"));
    QVERIFY2(trace >= 0, qPrintable(names.join(QLatin1Char(','))));
    QCOMPARE(names.value(trace - 1), QStringLiteral("why"));
    auto *pane = qobject_cast<TracePane *>(window.panes().value(trace));
    QVERIFY(pane);
    QCOMPARE(window.paneNamed(QString::number(trace + 1)), trace);
    QVERIFY(!pane->icon().isNull());
    window.setCurrentPane(trace);
    QCOMPARE(window.currentPane(), pane);
}

void TestTracePane::callLeadsToChannelAndCode()
{
    MainWindow window(RuntimeInfo::detect());
    window.show();
    auto *pane = qobject_cast<TracePane *>(window.panes().value(window.paneNamed(QStringLiteral("trace"))));
    QVERIFY(pane);
    auto paneOf = [&window](const char *name) { return window.panes().value(window.paneNamed(QLatin1String(name))); };
    TraceCall netlink = makeCall(5000, 10, QStringLiteral("sendto"), QStringLiteral("socket:[1]"), FdChannel::Netlink);
    netlink.channels[0].netlinkProtocol = 0;
    TraceCall dev = makeCall(3000, 10, QStringLiteral("openat"), QStringLiteral("/dev/null"), FdChannel::Device);
    dev.channels[0].devicePath = QStringLiteral("/dev/null");
    const QList<TraceCall> calls = {makeCall(1000, 10, QStringLiteral("openat"), QStringLiteral("/proc/meminfo"), FdChannel::Procfs),
                                    makeCall(2000, 10, QStringLiteral("openat"), QStringLiteral("/sys/kernel/uevent_seqnum"), FdChannel::Sysfs),
                                    dev, makeCall(4000, 10, QStringLiteral("openat"), QStringLiteral("/nonexistent"), FdChannel::Other, ENOENT),
                                    netlink};
    QVERIFY(pane->controller()->showImported(calls, QStringLiteral("made up"), 0));
    auto *open = pane->table()->findChild<QAction *>(QStringLiteral("openChannelPane"));
    auto *code = pane->table()->findChild<QAction *>(QStringLiteral("showCode"));
    QVERIFY(open && code);
    QVERIFY(pane->table()->actions().contains(open) && pane->table()->actions().contains(code));
    auto select = [pane](int row) {
        pane->table()->setCurrentIndex(pane->model()->index(row, TraceCallModel::CallColumn));
    };
    auto back = [&] { window.setCurrentPane(window.paneNamed(QStringLiteral("trace"))); };

    select(0);
    QVERIFY(open->isEnabled());
    QCOMPARE(open->text(), QStringLiteral("Open in the procfs pane"));
    open->trigger();
    auto *procfs = qobject_cast<ProcfsPane *>(paneOf("procfs"));
    QCOMPARE(window.currentPane(), procfs);
    QTRY_COMPARE(procfs->tree()->currentIndex().data(PathRole).toString(), QStringLiteral("/proc/meminfo"));

    back();
    select(1);
    open->trigger();
    auto *sysfs = qobject_cast<SysfsPane *>(paneOf("sysfs"));
    QCOMPARE(window.currentPane(), sysfs);
    QTRY_COMPARE(sysfs->tree()->currentIndex().data(PathRole).toString(), QStringLiteral("/sys/kernel/uevent_seqnum"));

    back();
    select(2);
    QCOMPARE(open->text(), QStringLiteral("Open in the Devices pane"));
    open->trigger();
    auto *devices = qobject_cast<DevicesPane *>(paneOf("devices"));
    QCOMPARE(window.currentPane(), devices);
    QTRY_VERIFY_WITH_TIMEOUT(devices->table()->currentIndex().data(PathRole).toString() == QLatin1String("/dev/null"), 30000);

    // A call that reached no channel has nowhere to go.
    back();
    select(3);
    QVERIFY(!open->isEnabled());
    open->trigger();
    QCOMPARE(window.currentPane(), pane);

    select(4);
    open->trigger();
    QCOMPARE(window.currentPane(), paneOf("netlink"));

    // Show me the code: the Explain panel, with a program making the call.
    back();
    select(0);
    QVERIFY(code->isEnabled());
    QVERIFY(!window.explainPanel()->isVisible());
    code->trigger();
    QTRY_VERIFY(window.explainPanel()->isVisible());
    QCOMPARE(window.explainPanel()->target().params.value(QStringLiteral("NAME")), QStringLiteral("openat"));
    QVERIFY2(window.explainPanel()->code().contains(QLatin1String("openat")), qPrintable(window.explainPanel()->code()));
}

QTEST_MAIN(TestTracePane)
#include "tst_tracepane.moc"
