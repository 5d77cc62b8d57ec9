// SPDX-License-Identifier: GPL-2.0-or-later
// Reading back the JSON lines of kchan trace --json: a trace of
// `ip -brief link show lo` saved by kchan, with lines damaged in the ways a
// hand-edited or cut-off file is, read call by call; the damaged lines
// counted and named, never taken for calls.
#include "../fixtures.h"
#include "../tracetest.h"
#include "trace/traceformat.h"

#include <QTest>

using namespace kc;

class TestTraceImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void damagedFile();
    void noCalls();
    void oldLinesWithoutElapsed();
};

void TestTraceImport::damagedFile()
{
    const QString name = QStringLiteral("trace/kchan-trace-ip-link-show-lo-damaged.jsonl");
    const TraceFormat::Import in = TraceFormat::readJsonLines(readFixture(name));
    QStringList calls;
    for (const TraceCall &c : in.calls)
        calls.append(c.name);
    QCOMPARE(calls, (QStringList{QStringLiteral("execve"), QStringLiteral("openat"), QStringLiteral("sendmsg"),
                                 QStringLiteral("recvmsg"), QStringLiteral("exit_group")}));
    // Not JSON, no "call", a list, a payload that is not hex, a bad time, a
    // line cut short; the empty line is no call and no damage.
    QCOMPARE(in.malformed, 6);
    QCOMPARE(in.firstMalformedLine, 3);
    const QString problem = in.problemText(QStringLiteral("saved.jsonl"));
    QVERIFY2(problem.startsWith(QLatin1String("Not every line of saved.jsonl is a call of a trace: 6 left out, the first at line 3 (not JSON")),
             qPrintable(problem));

    // The start of the trace, from the first call's time and offset.
    const TraceCall &exec = in.calls[0];
    QCOMPARE(exec.timeNs, qint64(5905867));
    QCOMPARE(exec.pid, 19169);
    QCOMPARE(exec.comm, QStringLiteral("ip"));
    QCOMPARE(in.startMs + exec.timeNs / 1000000, QDateTime::fromString(QStringLiteral("2026-12-08T02:00:51.273"), Qt::ISODateWithMs).toMSecsSinceEpoch());

    const TraceCall &open = in.calls[1];
    QCOMPARE(open.channel().channel, FdChannel::Procfs);
    QVERIFY(open.channel().target.startsWith(QLatin1String("/proc/")));
    QCOMPARE(open.channel().fd, int(open.ret));
    QVERIFY(!traceArg(open, "pathname").isEmpty());

    // The netlink request and its answer decode again from their bytes.
    const TraceCall &send = in.calls[2];
    QCOMPARE(send.netlinkProtocol, 0); // NETLINK_ROUTE
    QCOMPARE(send.netlinkPayload.size(), 48);
    QCOMPARE(send.channel().channel, FdChannel::Netlink);
    const QList<NlMessage> request = TraceFormat::netlinkMessages(send);
    QCOMPARE(request.size(), 1);
    QCOMPARE(request[0].typeName, QStringLiteral("RTM_GETLINK"));
    const QList<NlMessage> answer = TraceFormat::netlinkMessages(in.calls[3]);
    QVERIFY(!answer.isEmpty());
    QCOMPARE(answer[0].typeName, QStringLiteral("RTM_NEWLINK"));
    QVERIFY2(answer[0].summary.startsWith(QLatin1String("lo ")), qPrintable(answer[0].summary));

    // exit_group never returns.
    const TraceCall &exit = in.calls[4];
    QVERIFY(!exit.returned);
    QCOMPARE(exit.returnText, QStringLiteral("?"));
}

void TestTraceImport::noCalls()
{
    TraceFormat::Import in = TraceFormat::readJsonLines(QByteArrayView());
    QVERIFY(in.calls.isEmpty());
    QCOMPARE(in.malformed, 0);
    QVERIFY(in.problemText(QStringLiteral("x")).isEmpty());
    in = TraceFormat::readJsonLines(QByteArrayView("\n\n{}\n"));
    QVERIFY(in.calls.isEmpty());
    QCOMPARE(in.malformed, 1);
    QCOMPARE(in.firstMalformedLine, 3);
    QCOMPARE(in.problemText(QStringLiteral("x.jsonl")), QStringLiteral("Not every line of x.jsonl is a call of a trace: 1 left out, the first at line 3 (no \"call\" name)."));
}

void TestTraceImport::oldLinesWithoutElapsed()
{
    // Lines written before "elapsed_us", "result" and "netlink" existed:
    // times from "time", the result from "ret" and "errno".
    const QByteArray old =
        "{\"time\":\"2026-11-29T10:23:35.100\",\"pid\":7,\"tid\":7,\"comm\":\"cat\",\"call\":\"openat\",\"args\":[],"
        "\"ret\":-2,\"errno\":\"ENOENT\",\"error\":\"No such file or directory\",\"duration_us\":3.500,\"channels\":[]}\n"
        "{\"time\":\"2026-11-29T10:23:35.125\",\"pid\":7,\"tid\":7,\"comm\":\"cat\",\"call\":\"close\",\"args\":[],"
        "\"ret\":0,\"errno\":null,\"error\":null,\"duration_us\":1.000,\"channels\":[]}\n";
    const TraceFormat::Import in = TraceFormat::readJsonLines(old);
    QCOMPARE(in.calls.size(), 2);
    QCOMPARE(in.calls[0].timeNs, qint64(0));
    QCOMPARE(in.calls[1].timeNs, qint64(25000000));
    QCOMPARE(in.calls[0].errorNumber, 2);
    QCOMPARE(in.calls[0].returnText, QStringLiteral("-1 ENOENT (No such file or directory)"));
    QCOMPARE(in.calls[0].durationNs, qint64(3500));
    QCOMPARE(in.calls[1].returnText, QStringLiteral("0"));
}

QTEST_GUILESS_MAIN(TestTraceImport)
#include "tst_traceimport.moc"
