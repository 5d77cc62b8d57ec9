// SPDX-License-Identifier: GPL-2.0-or-later
// `ip link` traced in a private network namespace: its RTM_GETLINK request
// on NETLINK_ROUTE decodes, and the replies it receives decode to exactly
// the interfaces that ip itself prints for that namespace. The host's
// network is never touched. Once with each backend (BPF where it can be had).
#include "netlink/nldecoder.h"
#include "trace/tracer.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "netnstest.h"

#include <linux/netlink.h>
#include <memory>
#include <sys/syscall.h>

using namespace kc;

namespace {

const NlField *find(const NlField &f, const QString &name)
{
    if (f.name == name)
        return &f;
    for (const NlField &c : f.children) {
        if (const NlField *r = find(c, name))
            return r;
    }
    return nullptr;
}

} // namespace

class TestTraceNetns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void ipLink_data();
    void ipLink();
};

void TestTraceNetns::ipLink_data()
{
    QTest::addColumn<int>("backend");
    QTest::newRow("ptrace") << int(TraceOptions::Backend::Ptrace);
    QTest::newRow("bpf") << int(TraceOptions::Backend::Bpf);
}

void TestTraceNetns::initTestCase()
{
    if (const QString why = netnsSkipReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
}

void TestTraceNetns::ipLink()
{
    QFETCH(int, backend);
    QString unavailable;
    const std::unique_ptr<Tracer> made(Tracer::make(TraceOptions::Backend(backend), nullptr, &unavailable));
    if (!made)
        QSKIP(qPrintable(unavailable));
    Tracer &tracer = *made;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString listing = dir.filePath(QStringLiteral("links"));
    TraceOptions options;
    options.stdinPath = QStringLiteral("/dev/null");
    options.stdoutPath = listing;
    QList<TraceCall> calls;
    TraceEnd end;
    bool finished = false;
    connect(&tracer, &Tracer::callsReady, this, [&calls](const QList<TraceCall> &batch) { calls += batch; });
    connect(&tracer, &Tracer::finished, this, [&](const TraceEnd &e) {
        end = e;
        finished = true;
    });
    QString error;
    QVERIFY2(tracer.start({QStringLiteral("unshare"), QStringLiteral("-n"), QStringLiteral("sh"), QStringLiteral("-c"),
                           QStringLiteral("ip link add kctr0 type veth peer name kctr1 && exec ip -o link show")},
                          options, &error),
             qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(finished, 120000);
    QVERIFY2(end.error.isEmpty(), qPrintable(end.error));
    QCOMPARE(end.exitCode, 0);

    // What ip printed: "1: lo: <LOOPBACK> …", "3: kctr0@kctr1: …".
    QFile f(listing);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QSet<QString> printed;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QList<QByteArray> parts = line.split(':');
        if (parts.size() > 2)
            printed.insert(QString::fromUtf8(parts[1].trimmed()).section(QLatin1Char('@'), 0, 0));
    }
    QVERIFY(printed.contains(QStringLiteral("lo")));
    QVERIFY(printed.contains(QStringLiteral("kctr0")));

    // The process that listed them: the one that exec'd "ip -o link show".
    int lister = 0;
    for (const TraceCall &c : std::as_const(calls)) {
        if (c.number == SYS_execve && !c.failed() && c.decoded.value(1).text.contains(QLatin1String("\"show\"")))
            lister = c.pid;
    }
    QVERIFY(lister > 0);
    bool request = false;
    QSet<QString> decoded;
    for (const TraceCall &c : std::as_const(calls)) {
        if (c.pid != lister || c.netlinkPayload.isEmpty())
            continue;
        QCOMPARE(c.channel().channel, FdChannel::Netlink);
        QCOMPARE(c.netlinkProtocol, NETLINK_ROUTE);
        QCOMPARE(c.channel().netlinkProtocol, NETLINK_ROUTE);
        const QList<NlMessage> messages = NlDecoder::decode(c.netlinkProtocol, c.netlinkPayload);
        for (const NlMessage &m : messages) {
            QVERIFY2(m.error.isEmpty(), qPrintable(m.error));
            if ((c.number == SYS_sendmsg || c.number == SYS_sendto) && m.typeName == QLatin1String("RTM_GETLINK"))
                request = true;
            if ((c.number == SYS_recvmsg || c.number == SYS_recvfrom) && m.typeName == QLatin1String("RTM_NEWLINK")) {
                const NlField *name = find(m.tree, QStringLiteral("IFLA_IFNAME"));
                QVERIFY(name);
                decoded.insert(name->value);
            }
        }
    }
    if (!request) {
        // Say what the lister was seen doing, so a miss can be understood.
        for (const TraceCall &c : std::as_const(calls)) {
            if (c.pid == lister)
                qInfo().noquote() << c.tid << c.name << c.returnText << int(c.channel().channel)
                                  << c.netlinkProtocol << c.netlinkPayload.size();
        }
    }
    QVERIFY(request);
    QCOMPARE(decoded, printed);
}

QTEST_GUILESS_MAIN(TestTraceNetns)
#include "tst_tracenetns.moc"
