// SPDX-License-Identifier: GPL-2.0-or-later
// pcapng export and import: the writer matches a committed reference file
// byte for byte (checked with tshark when it was made), the reader gives
// back what was written, bad files give a sentence, and tshark reads our
// export and names the same rtnetlink message types.
#include "netlink/nldecoder.h"
#include "netlink/pcapng.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "../fixtures.h"

#include <cstring>

using namespace kc;

namespace {

// The captured veth messages with fixed times, 250 ms apart.
QList<NetlinkEvent> capturedEvents()
{
    QList<NetlinkEvent> events;
    qint64 t = 1764000000000;
    for (const char *name : {"newlink_af0", "newaddr_af2", "newroute_af2", "newneigh_af2", "delroute_af2", "deladdr_af2", "dellink_af0"}) {
        NetlinkEvent e;
        e.protocol = 0;
        e.raw = readFixture(QStringLiteral("rtnetlink/") + QLatin1String(name));
        e.msecsSinceEpoch = t;
        t += 250;
        std::memcpy(&e.firstType, e.raw.constData() + 4, 2);
        events.append(e);
    }
    return events;
}

const QString reference = QStringLiteral("pcapng/rtnetlink_veth.pcapng");

} // namespace

class TestPcapng : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writerMatchesReference();
    void roundTrip();
    void badFiles();
    void tsharkReadsOurExport();
};

void TestPcapng::writerMatchesReference()
{
    QCOMPARE(Pcapng::file(capturedEvents()), readFixture(reference));
}

void TestPcapng::roundTrip()
{
    const QList<NetlinkEvent> written = capturedEvents();
    const Pcapng::ReadResult r = Pcapng::read(readFixture(reference));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.events.size(), written.size());
    for (int i = 0; i < written.size(); ++i) {
        QCOMPARE(r.events[i].raw, written[i].raw);
        QCOMPARE(r.events[i].protocol, 0);
        QCOMPARE(r.events[i].msecsSinceEpoch, written[i].msecsSinceEpoch);
        QCOMPARE(r.events[i].firstType, written[i].firstType);
    }
    QCOMPARE(NlDecoder::decode(0, r.events[1].raw).first().typeName, QStringLiteral("RTM_NEWADDR"));
}

void TestPcapng::badFiles()
{
    QVERIFY(!Pcapng::read(QByteArray()).error.isEmpty());
    QVERIFY(!Pcapng::read(QByteArray("not a capture at all, just text")).error.isEmpty());
    const QByteArray full = readFixture(reference);
    // Cut in the middle of the second packet: the first survives.
    const qsizetype firstEnd = Pcapng::header().size() + Pcapng::packet(capturedEvents().first()).size();
    const Pcapng::ReadResult cut = Pcapng::read(full.left(firstEnd + 40));
    QVERIFY(!cut.error.isEmpty());
    QCOMPARE(cut.events.size(), 1);
    const Pcapng::ReadResult cutEarly = Pcapng::read(full.left(Pcapng::header().size() + 100));
    QVERIFY(!cutEarly.error.isEmpty());
    QCOMPARE(cutEarly.events.size(), 0);
    // A packet length past its block.
    QByteArray bad = full;
    const qsizetype firstPacket = Pcapng::header().size();
    const quint32 huge = 100000;
    std::memcpy(bad.data() + firstPacket + 8 + 12, &huge, 4);
    QVERIFY(!Pcapng::read(bad).error.isEmpty());
}

void TestPcapng::tsharkReadsOurExport()
{
    const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
    if (tshark.isEmpty())
        QSKIP("tshark is not installed (the build root has it)");
    QTemporaryDir home; // tshark wants a writable profile directory
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    p.setProcessEnvironment(env);
    p.start(tshark, {QStringLiteral("-r"), QStringLiteral(KC_FIXTURES "/") + reference, QStringLiteral("-T"), QStringLiteral("fields"), QStringLiteral("-e"),
                     QStringLiteral("netlink-route.nltype")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    QStringList types;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        if (!line.trimmed().isEmpty())
            types.append(QString::fromLatin1(line.trimmed()));
    }
    // tshark prints the numeric message type; ours names it: they must agree.
    QStringList ours;
    for (const NetlinkEvent &e : capturedEvents())
        ours.append(QString::number(e.firstType));
    QCOMPARE(types, ours);
    QStringList names;
    for (const NetlinkEvent &e : capturedEvents())
        names.append(NlDecoder::messageTypeName(0, e.firstType));
    QCOMPARE(names, QStringList({QStringLiteral("RTM_NEWLINK"), QStringLiteral("RTM_NEWADDR"), QStringLiteral("RTM_NEWROUTE"),
                                 QStringLiteral("RTM_NEWNEIGH"), QStringLiteral("RTM_DELROUTE"), QStringLiteral("RTM_DELADDR"),
                                 QStringLiteral("RTM_DELLINK")}));
}

QTEST_GUILESS_MAIN(TestPcapng)
#include "tst_pcapng.moc"
