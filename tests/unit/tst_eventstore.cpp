// SPDX-License-Identifier: GPL-2.0-or-later
// The netlink event store and the live model over it, on rtnetlink
// messages captured from a veth pair: every kept message comes back byte
// for byte, whether kept zero-packed or as a delta from an earlier one,
// also after the oldest messages and their chunks are dropped.
#include "models/netlinkeventmodel.h"
#include "netlink/eventstore.h"
#include "netlink/ifnamecache.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <cstring>

#include "../fixtures.h"

using namespace kc;

namespace {

const char *const Kinds[] = {"newlink_af0", "newaddr_af2", "newroute_af2", "newneigh_af2", "deladdr_af2", "delroute_af2", "dellink_af0"};

// Message i of a burst: the captured kinds in turn, each with its own
// sequence number and (for links, addresses, neighbours) interface index,
// as consecutive veth pairs give.
NetlinkEvent burstEvent(int i)
{
    static QList<QByteArray> kinds;
    if (kinds.isEmpty()) {
        for (const char *k : Kinds)
            kinds.append(readFixture(QStringLiteral("rtnetlink/") + QLatin1String(k)));
    }
    const int kind = i % int(kinds.size());
    NetlinkEvent e;
    e.raw = kinds.at(kind);
    const quint32 seq = quint32(i) * 2654435761u; // all four bytes vary
    std::memcpy(e.raw.data() + 8, &seq, 4);
    if (kind != 2 && kind != 5) { // rtmsg has no index there
        const quint32 index = 1000 + quint32(i / 7);
        std::memcpy(e.raw.data() + 20, &index, 4);
    }
    std::memcpy(&e.firstType, e.raw.constData() + 4, 2);
    e.msecsSinceEpoch = 1700000000000 + i;
    return e;
}

QList<NetlinkEvent> burst(int first, int count)
{
    QList<NetlinkEvent> out;
    for (int i = first; i < first + count; ++i)
        out.append(burstEvent(i));
    return out;
}

} // namespace

class TestEventStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripWithDeltas();
    void unlikeMessagesArePackedAlone();
    void droppingFreesChunks();
    void modelCapAndGap();
    void batchLargerThanCap();
    void modelFilter();
    void modelNamesEachRowsInterfaces();
};

void TestEventStore::roundTripWithDeltas()
{
    const QList<NetlinkEvent> in = burst(0, 700);
    const PackedEvents packed = EventStore::pack(in);
    QCOMPARE(packed.entries.size(), in.size());
    int deltas = 0;
    quint64 raw = 0;
    for (const auto &e : packed.entries)
        deltas += (e.flags & EventStore::Delta) ? 1 : 0;
    for (const NetlinkEvent &e : in)
        raw += quint64(e.raw.size());
    QCOMPARE(packed.rawBytes, raw);
    // The first of each kind is a base; the other 693 repeat it closely.
    QCOMPARE(deltas, 700 - 7);
    QVERIFY2(quint64(packed.bytes.size()) * 10 < raw, qPrintable(QStringLiteral("%1 of %2 bytes").arg(packed.bytes.size()).arg(raw)));

    EventStore store;
    store.append(packed);
    QCOMPARE(store.size(), in.size());
    for (int i = 0; i < in.size(); ++i) {
        const NetlinkEvent e = store.event(i);
        QCOMPARE(e.raw, in.at(i).raw);
        QCOMPARE(e.firstType, in.at(i).firstType);
        QCOMPARE(e.msecsSinceEpoch, in.at(i).msecsSinceEpoch);
    }
}

void TestEventStore::unlikeMessagesArePackedAlone()
{
    // Noise of one length: XOR with a base would not pay, so none is a delta.
    QList<NetlinkEvent> in;
    for (quint32 i = 0; i < 50; ++i) {
        NetlinkEvent e;
        e.raw = noiseBytes(i + 1, 300);
        e.protocol = 16;
        in.append(e);
    }
    const PackedEvents packed = EventStore::pack(in);
    EventStore store;
    store.append(packed);
    for (int i = 0; i < in.size(); ++i) {
        QVERIFY(!(store.at(i).flags & EventStore::Delta));
        QCOMPARE(store.raw(i), in.at(i).raw);
    }
}

void TestEventStore::droppingFreesChunks()
{
    EventStore store;
    QList<NetlinkEvent> all;
    // Base messages only (one per batch of one) fill chunks fastest.
    for (int b = 0; b < 400; ++b) {
        QList<NetlinkEvent> batch = burst(b * 30, 30);
        for (NetlinkEvent &e : batch)
            e.raw += noiseBytes(quint32(b), 8000); // unlike each other: no deltas
        all.append(batch);
        store.append(EventStore::pack(batch));
    }
    QVERIFY2(store.chunkCount() > 3, qPrintable(QString::number(store.chunkCount())));
    const qsizetype chunks = store.chunkCount();
    store.removeFirst(all.size() / 2);
    QVERIFY(store.chunkCount() < chunks);
    QVERIFY(store.chunkCount() >= 1);
    for (qsizetype i = 0; i < store.size(); ++i)
        QCOMPARE(store.raw(i), all.at(all.size() / 2 + i).raw);
    store.clear();
    QCOMPARE(store.size(), 0);
    QCOMPARE(store.chunkCount(), 0);
    store.append(EventStore::pack(burst(0, 3)));
    QCOMPARE(store.raw(2), burstEvent(2).raw);
}

void TestEventStore::modelCapAndGap()
{
    NetlinkEventModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCap(100);
    model.appendPacked(EventStore::pack(burst(0, 60)));
    model.appendGap(0);
    model.appendBatch(burst(60, 60));
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.droppedCount(), quint64(21));
    QCOMPARE(model.event(99).raw, burstEvent(119).raw);
    QCOMPARE(model.event(0).raw, burstEvent(21).raw);
    QVERIFY(model.isGap(39));
    QCOMPARE(model.data(model.index(39, NetlinkEventModel::TypeColumn)).toString(), QStringLiteral("lost"));
    // Row 40 is message 60; 60 % 7 = 4, an RTM_DELADDR.
    QCOMPARE(model.data(model.index(40, NetlinkEventModel::TypeColumn)).toString(), QStringLiteral("RTM_DELADDR"));
    QCOMPARE(model.data(model.index(40, NetlinkEventModel::LengthColumn)).toInt(), 80);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.store().chunkCount(), 0);
}

void TestEventStore::batchLargerThanCap()
{
    // The kept tail of a batch still decodes when its bases were cut off.
    NetlinkEventModel model;
    model.setCap(10);
    model.appendPacked(EventStore::pack(burst(0, 100)));
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.droppedCount(), quint64(90));
    for (int r = 0; r < 10; ++r)
        QCOMPARE(model.event(r).raw, burstEvent(90 + r).raw);
}

// The filter matches what the table shows, off the GUI thread, and keeps
// matching as rows arrive and the oldest go.
void TestEventStore::modelFilter()
{
    NetlinkEventModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCap(700);
    model.appendPacked(EventStore::pack(burst(0, 350)));
    model.appendGap(0);
    // What a filter by hand over every cell finds.
    auto expected = [&model](const QString &needle) {
        QList<QByteArray> rows;
        for (qsizetype i = 0; i < model.store().size(); ++i) {
            for (int c = 0; c < NetlinkEventModel::ColumnCount; ++c) {
                if (NetlinkEventModel::cellText(model.store(), i, c).contains(needle, Qt::CaseInsensitive)) {
                    rows.append(model.store().raw(i));
                    break;
                }
            }
        }
        return rows;
    };
    auto shown = [&model] {
        QList<QByteArray> rows;
        for (int r = 0; r < model.rowCount(); ++r)
            rows.append(model.event(r).raw);
        return rows;
    };
    model.setFilter(QStringLiteral("rtm_deladdr"));
    QTRY_VERIFY(!model.isFiltering());
    QCOMPARE(model.rowCount(), 50); // every seventh of 350
    QCOMPARE(shown(), expected(QStringLiteral("rtm_deladdr")));
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.data(model.index(r, NetlinkEventModel::TypeColumn)).toString(), QStringLiteral("RTM_DELADDR"));
    // The gap row's text matches too.
    model.setFilter(QStringLiteral("lost"));
    QTRY_VERIFY(!model.isFiltering());
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.isGap(0));
    // Rows that arrive are matched; rows past the cap leave the view.
    model.setFilter(QStringLiteral("RTM_DELADDR"));
    model.appendPacked(EventStore::pack(burst(350, 700)));
    QTRY_VERIFY(!model.isFiltering());
    QCOMPARE(model.store().size(), 700);
    QCOMPARE(shown(), expected(QStringLiteral("RTM_DELADDR")));
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.event(0).raw, burstEvent(354).raw); // the first RTM_DELADDR still kept: 1050 - 700 = 350 dropped
    // A number of a hidden column (the sequence number) is matched as well.
    const QString seq = NetlinkEventModel::cellText(model.store(), 123, NetlinkEventModel::SeqColumn);
    model.setFilter(seq);
    QTRY_VERIFY(!model.isFiltering());
    QCOMPARE(shown(), expected(seq));
    QVERIFY(model.rowCount() >= 1);
    model.setFilter(QString());
    QCOMPARE(model.rowCount(), 700);
    QCOMPARE(model.event(0).raw, burstEvent(350).raw);
}

// Rows are summed up with the interface names of the namespace they came
// from: listening in another namespace brings other names, and a capture
// opened names its interfaces from its own link messages.
void TestEventStore::modelNamesEachRowsInterfaces()
{
    auto event = [](const char *fixture) {
        NetlinkEvent e;
        e.raw = readFixture(QStringLiteral("rtnetlink/") + QLatin1String(fixture));
        std::memcpy(&e.firstType, e.raw.constData() + 4, 2);
        return e;
    };
    const NetlinkEvent failed = event("newneigh_failed_af2"); // 10.0.0.9 on index 3
    NetlinkEventModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto summary = [&model](int row) { return model.data(model.index(row, NetlinkEventModel::SummaryColumn)).toString(); };
    model.appendPacked(EventStore::pack({failed}));
    auto here = std::make_shared<IfNameCache>();
    here->insert(3, QStringLiteral("here0"));
    model.setInterfaceNames(here);
    model.appendPacked(EventStore::pack({failed}));
    auto there = std::make_shared<IfNameCache>();
    there->insert(3, QStringLiteral("there0"));
    model.setInterfaceNames(there);
    model.appendPacked(EventStore::pack({failed}));
    model.appendBatch({event("newlink_kcv0_af0"), failed});
    model.appendPacked(EventStore::pack({failed}));
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(summary(0), QStringLiteral("10.0.0.9 dev index 3 FAILED"));
    QCOMPARE(summary(1), QStringLiteral("10.0.0.9 dev here0 FAILED"));
    QCOMPARE(summary(2), QStringLiteral("10.0.0.9 dev there0 FAILED"));
    QCOMPARE(summary(4), QStringLiteral("10.0.0.9 dev kcv0 FAILED"));
    QCOMPARE(summary(5), QStringLiteral("10.0.0.9 dev there0 FAILED"));
    QCOMPARE(model.interfaceNames(2), there.get());
    // The filter matches the names each row shows.
    model.setFilter(QStringLiteral("dev here0")); // not "there0"
    QTRY_VERIFY(!model.isFiltering());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(summary(0), QStringLiteral("10.0.0.9 dev here0 FAILED"));
    model.setFilter(QString());
    // Past the cap the oldest rows go; the others keep their names.
    model.setCap(3);
    model.appendPacked(EventStore::pack({failed}));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(summary(0), QStringLiteral("10.0.0.9 dev kcv0 FAILED"));
    QCOMPARE(summary(1), QStringLiteral("10.0.0.9 dev there0 FAILED"));
    QCOMPARE(summary(2), QStringLiteral("10.0.0.9 dev there0 FAILED"));
}

QTEST_GUILESS_MAIN(TestEventStore)
#include "tst_eventstore.moc"
