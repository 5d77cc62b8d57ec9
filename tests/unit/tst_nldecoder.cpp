// SPDX-License-Identifier: GPL-2.0-or-later
// The netlink decoder on rtnetlink messages captured from a veth pair in a
// private namespace, and on a committed corpus of malformed messages
// derived from them: every one decodes to an error, never a crash or hang.
#include "io/jsonwriter.h"
#include "netlink/genlfamilies.h"
#include "netlink/netlinknames.h"
#include "netlink/nldecoder.h"
#include "netlink/zeropack.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cstring>

#include <linux/genetlink.h>
#include <linux/rtnetlink.h>

#include "../fixtures.h"

using namespace kc;

namespace {

QByteArray fixture(const QString &name)
{
    return readFixture(QStringLiteral("rtnetlink/") + name);
}

const NlField *find(const NlField &root, const QString &name)
{
    if (root.name == name)
        return &root;
    for (const NlField &c : root.children) {
        if (const NlField *f = find(c, name))
            return f;
    }
    return nullptr;
}

// Every field lies inside the datagram.
void checkBounds(const NlField &f, int size)
{
    QVERIFY(f.offset >= 0);
    QVERIFY(f.length >= 0);
    QVERIFY(f.offset + f.length <= size);
    for (const NlField &c : f.children)
        checkBounds(c, size);
}

} // namespace

class TestNlDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void zeropackRoundTrip();
    void groupNamesMatchHeaders();
    void isoLocalTimeMatchesQt();
    void dumpOnlyOperationPolicies();
    void captured_data();
    void captured();
    void malformedCorpus();
    void randomBytes();
    void ueventMessage();
    void genlControllerReply();
    void processConnector_data();
    void processConnector();
    void jsonFieldsByName();
};

void TestNlDecoder::captured_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("summary");
    QTest::newRow("newlink") << "newlink_af0" << "RTM_NEWLINK" << "IFLA_IFNAME" << "kcv1" << "kcv1 index";
    QTest::newRow("newlink kind") << "newlink_af0" << "RTM_NEWLINK" << "IFLA_INFO_KIND" << "veth" << "veth";
    // Numbers past 35 (a table once named each one too early): a veth's limits.
    QTest::newRow("min mtu") << "newlink_af0" << "RTM_NEWLINK" << "IFLA_MIN_MTU" << "68" << "kcv1";
    QTest::newRow("max mtu") << "newlink_af0" << "RTM_NEWLINK" << "IFLA_MAX_MTU" << "65535" << "kcv1";
    QTest::newRow("gso segs") << "newlink_af0" << "RTM_NEWLINK" << "IFLA_GSO_MAX_SEGS" << "65535" << "kcv1";
    QTest::newRow("tso size") << "newlink_af0" << "RTM_NEWLINK" << "IFLA_TSO_MAX_SIZE" << "524280" << "kcv1";
    QTest::newRow("tso segs") << "newlink_af0" << "RTM_NEWLINK" << "IFLA_TSO_MAX_SEGS" << "65535" << "kcv1";
    QTest::newRow("allmulti") << "newlink_af0" << "RTM_NEWLINK" << "IFLA_ALLMULTI" << "0" << "kcv1";
    QTest::newRow("dellink") << "dellink_af0" << "RTM_DELLINK" << "IFLA_IFNAME" << "kcv1" << "kcv1";
    QTest::newRow("newaddr") << "newaddr_af2" << "RTM_NEWADDR" << "IFA_LOCAL" << "10.9.0.1" << "10.9.0.1/24";
    QTest::newRow("deladdr") << "deladdr_af2" << "RTM_DELADDR" << "IFA_ADDRESS" << "10.9.0.1" << "10.9.0.1/24";
    QTest::newRow("newroute") << "newroute_af2" << "RTM_NEWROUTE" << "RTA_GATEWAY" << "10.9.0.2" << "10.10.0.0/24 via 10.9.0.2";
    QTest::newRow("delroute") << "delroute_af2" << "RTM_DELROUTE" << "rtm_table" << "main" << "table main";
    QTest::newRow("newneigh") << "newneigh_af2" << "RTM_NEWNEIGH" << "NDA_LLADDR" << "02:00:00:00:00:03" << "10.9.0.3 lladdr 02:00:00:00:00:03";
}

void TestNlDecoder::captured()
{
    QFETCH(QString, file);
    QFETCH(QString, type);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, summary);
    const QByteArray data = fixture(file);
    const QList<NlMessage> msgs = NlDecoder::decode(0, data);
    QCOMPARE(msgs.size(), 1);
    const NlMessage &m = msgs.first();
    QVERIFY2(m.error.isEmpty(), qPrintable(m.error));
    QCOMPARE(m.typeName, type);
    const NlField *f = find(m.tree, field);
    QVERIFY2(f, qPrintable(field));
    QCOMPARE(f->value, value);
    QVERIFY2(m.summary.contains(summary), qPrintable(m.summary));
    checkBounds(m.tree, int(data.size()));
    QCOMPARE(m.tree.length, int(data.size()));
}

void TestNlDecoder::malformedCorpus()
{
    const QDir dir(QStringLiteral(KC_FIXTURES "/rtnetlink/malformed"));
    const QStringList files = dir.entryList(QDir::Files);
    QVERIFY(files.size() >= 8);
    for (const QString &name : files) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        const QList<NlMessage> msgs = NlDecoder::decode(0, data);
        QVERIFY2(!msgs.isEmpty(), qPrintable(name));
        bool anyError = false;
        for (const NlMessage &m : msgs) {
            checkBounds(m.tree, int(data.size()));
            anyError = anyError || !m.error.isEmpty();
        }
        // An unknown message type is not an error: it is shown raw.
        if (name == QLatin1String("unknown_type")) {
            QCOMPARE(msgs.first().typeName, QStringLiteral("30583"));
            QVERIFY(find(msgs.first().tree, QStringLiteral("payload")));
            continue;
        }
        QVERIFY2(anyError, qPrintable(name));
    }
}

void TestNlDecoder::randomBytes()
{
    // Mutations of a real message: flip bytes at every position in turn.
    const QByteArray base = fixture(QStringLiteral("newlink_af0"));
    quint32 x = 12345;
    for (int i = 0; i < 3000; ++i) {
        QByteArray m = base;
        for (int k = 0; k < 4; ++k) {
            x = x * 1664525u + 1013904223u;
            m[int(x % quint32(m.size()))] = char(x >> 24);
        }
        x = x * 1664525u + 1013904223u;
        m.truncate(int(x % quint32(m.size() + 1)));
        const QList<NlMessage> msgs = NlDecoder::decode(0, m);
        for (const NlMessage &msg : msgs)
            checkBounds(msg.tree, int(m.size()));
    }
}

void TestNlDecoder::ueventMessage()
{
    const QByteArray data = readFixture(QStringLiteral("uevent/msg_add_kcv0"));
    const QList<NlMessage> msgs = NlDecoder::decode(15, data);
    QCOMPARE(msgs.size(), 1);
    QVERIFY2(msgs.first().error.isEmpty(), qPrintable(msgs.first().error));
    QCOMPARE(msgs.first().typeName, QStringLiteral("add"));
    QCOMPARE(msgs.first().summary, QStringLiteral("/devices/virtual/net/kcv0 (net)"));
    const NlField *iface = find(msgs.first().tree, QStringLiteral("INTERFACE"));
    QVERIFY(iface);
    QCOMPARE(iface->value, QStringLiteral("kcv0"));
    // The field's bytes are "INTERFACE=kcv0" in the datagram.
    QCOMPARE(data.mid(iface->offset, iface->length), QByteArray("INTERFACE=kcv0"));
    checkBounds(msgs.first().tree, int(data.size()));
    QVERIFY(!NlDecoder::decode(15, QByteArray("no header here")).first().error.isEmpty());
}

void TestNlDecoder::genlControllerReply()
{
    // The controller's answer to CTRL_CMD_GETFAMILY for "nlctrl", captured.
    const QByteArray data = readFixture(QStringLiteral("genl/ctrl_newfamily_nlctrl"));
    const QList<NlMessage> msgs = NlDecoder::decode(16, data);
    QCOMPARE(msgs.size(), 1);
    const NlMessage &m = msgs.first();
    QVERIFY2(m.error.isEmpty(), qPrintable(m.error));
    QCOMPARE(m.typeName, QStringLiteral("CTRL_CMD_NEWFAMILY"));
    QCOMPARE(find(m.tree, QStringLiteral("CTRL_ATTR_FAMILY_NAME"))->value, QStringLiteral("nlctrl"));
    QCOMPARE(find(m.tree, QStringLiteral("CTRL_ATTR_FAMILY_ID"))->value, QStringLiteral("16"));
    QCOMPARE(m.summary, QStringLiteral("nlctrl (family 16)"));
    checkBounds(m.tree, int(data.size()));
}

void TestNlDecoder::processConnector_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    // Captured while /bin/true (pid 7925) ran under a python parent.
    QTest::newRow("fork") << "proc_fork" << "PROC_EVENT_FORK" << "child_pid" << "7925";
    QTest::newRow("exec") << "proc_exec" << "PROC_EVENT_EXEC" << "process_pid" << "7925";
    QTest::newRow("exit") << "proc_exit" << "PROC_EVENT_EXIT" << "exit_code" << "0";
}

void TestNlDecoder::processConnector()
{
    QFETCH(QString, file);
    QFETCH(QString, what);
    QFETCH(QString, field);
    QFETCH(QString, value);
    const QByteArray data = readFixture(QStringLiteral("connector/") + file);
    const QList<NlMessage> msgs = NlDecoder::decode(11, data);
    QCOMPARE(msgs.size(), 1);
    QVERIFY2(msgs.first().error.isEmpty(), qPrintable(msgs.first().error));
    QCOMPARE(msgs.first().typeName, what);
    QCOMPARE(find(msgs.first().tree, field)->value, value);
    QCOMPARE(find(msgs.first().tree, QStringLiteral("id.idx"))->value, QStringLiteral("CN_IDX_PROC"));
    checkBounds(msgs.first().tree, int(data.size()));
    // Cut short: a clear error, inside bounds.
    const QList<NlMessage> cut = NlDecoder::decode(11, data.left(30));
    QVERIFY(!cut.first().error.isEmpty());
}

void TestNlDecoder::jsonFieldsByName()
{
    // The captured RTM_NEWADDR with a second IFA_LABEL and an attribute
    // type no header names appended: repeated names become an array, the
    // unnamed type is attr_N, and nothing of the tree is lost.
    QByteArray data = fixture(QStringLiteral("newaddr_af2"));
    const auto appendAttr = [&data](quint16 type, const QByteArray &payload) {
        const quint16 len = quint16(4 + payload.size());
        data.append(reinterpret_cast<const char *>(&len), 2);
        data.append(reinterpret_cast<const char *>(&type), 2);
        data.append(payload);
        while (data.size() % 4)
            data.append('\0');
    };
    appendAttr(IFA_LABEL, QByteArray("second", 7));
    appendAttr(999, QByteArray("\x01\x02\x03\x04", 4));
    const quint32 total = quint32(data.size());
    std::memcpy(data.data(), &total, 4);
    const QList<NlMessage> msgs = NlDecoder::decode(0, data);
    QCOMPARE(msgs.size(), 1);
    QVERIFY2(msgs.first().error.isEmpty(), qPrintable(msgs.first().error));
    QByteArray line;
    NlDecoder::appendJson(line, msgs.first(), QStringLiteral("t"), QStringLiteral("NETLINK_ROUTE"));
    QVERIFY(line.endsWith('\n'));
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("RTM_NEWADDR"));
    QCOMPARE(o.value(QStringLiteral("length")).toInt(), int(total));
    const QJsonObject fields = o.value(QStringLiteral("fields")).toObject();
    QVERIFY(!fields.contains(QStringLiteral("nlmsghdr")));
    QCOMPARE(fields.value(QStringLiteral("family_header")).toObject().value(QStringLiteral("ifa_prefixlen")).toString(), QStringLiteral("24"));
    const QJsonObject attrs = fields.value(QStringLiteral("attributes")).toObject();
    QCOMPARE(attrs.value(QStringLiteral("IFA_LOCAL")).toString(), QStringLiteral("10.9.0.1"));
    QCOMPARE(attrs.value(QStringLiteral("IFA_LABEL")).toArray(), (QJsonArray{QStringLiteral("kcv0"), QStringLiteral("second")}));
    QCOMPARE(attrs.value(QStringLiteral("attr_999")).toString(), QStringLiteral("01 02 03 04"));
    // The tree keeps names, values and byte offsets.
    QByteArray treeLine;
    NlDecoder::appendJson(treeLine, msgs.first(), QStringLiteral("t"), QStringLiteral("NETLINK_ROUTE"), NlDecoder::JsonShape::Tree);
    const QJsonObject tree = QJsonDocument::fromJson(treeLine).object().value(QStringLiteral("tree")).toObject();
    QCOMPARE(tree.value(QStringLiteral("length")).toInt(), int(total));
    QCOMPARE(tree.value(QStringLiteral("children")).toArray().first().toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("nlmsghdr"));
    // A uevent's keys are its own.
    const QList<NlMessage> uevent = NlDecoder::decode(15, readFixture(QStringLiteral("uevent/msg_add_kcv0")));
    QByteArray ueventLine;
    NlDecoder::appendJson(ueventLine, uevent.first(), QStringLiteral("t"), QStringLiteral("NETLINK_KOBJECT_UEVENT"));
    const QJsonObject ue = QJsonDocument::fromJson(ueventLine).object().value(QStringLiteral("fields")).toObject();
    QCOMPARE(ue.value(QStringLiteral("INTERFACE")).toString(), QStringLiteral("kcv0"));
    QVERIFY(ue.value(QStringLiteral("header")).toString().startsWith(QLatin1String("add@")));
    // Entries without "=" share one key, so they become one array.
    const QByteArray bare("add@/devices/virtual/net/kcv0\0ACTION=add\0first\0second\0", 54);
    QByteArray bareLine;
    NlDecoder::appendJson(bareLine, NlDecoder::decode(15, bare).first(), QStringLiteral("t"), QStringLiteral("NETLINK_KOBJECT_UEVENT"));
    const QJsonObject bareFields = QJsonDocument::fromJson(bareLine).object().value(QStringLiteral("fields")).toObject();
    QCOMPARE(bareFields.value(QStringLiteral("entry")).toArray(), (QJsonArray{QStringLiteral("first"), QStringLiteral("second")}));
    QCOMPARE(bareFields.value(QStringLiteral("ACTION")).toString(), QStringLiteral("add"));
}

// The event store keeps messages zero-packed: every byte must come back.
void TestNlDecoder::isoLocalTimeMatchesQt()
{
    // The stream commands' cheap time stamps read exactly like Qt's.
    for (qint64 ms : {qint64(0), qint64(1700000000123), qint64(1790000000999), QDateTime::currentMSecsSinceEpoch()})
        QCOMPARE(json::isoLocalTime(ms), QDateTime::fromMSecsSinceEpoch(ms).toString(Qt::ISODateWithMs));
}

void TestNlDecoder::groupNamesMatchHeaders()
{
    // Our names against the numbers this build's <linux/rtnetlink.h> gives.
    const QList<QPair<int, const char *>> groups = {
        {RTNLGRP_LINK, "RTNLGRP_LINK"}, {RTNLGRP_NEIGH, "RTNLGRP_NEIGH"}, {RTNLGRP_IPV4_IFADDR, "RTNLGRP_IPV4_IFADDR"},
        {RTNLGRP_IPV4_ROUTE, "RTNLGRP_IPV4_ROUTE"}, {RTNLGRP_IPV6_IFADDR, "RTNLGRP_IPV6_IFADDR"},
        {RTNLGRP_IPV6_ROUTE, "RTNLGRP_IPV6_ROUTE"}, {RTNLGRP_IPV6_RULE, "RTNLGRP_IPV6_RULE"},
        {RTNLGRP_IPV4_NETCONF, "RTNLGRP_IPV4_NETCONF"}, {RTNLGRP_NSID, "RTNLGRP_NSID"},
        {RTNLGRP_NEXTHOP, "RTNLGRP_NEXTHOP"}, {RTNLGRP_STATS, "RTNLGRP_STATS"}};
    for (const auto &[number, name] : groups)
        QCOMPARE(NetlinkNames::group(NETLINK_ROUTE, number), QLatin1String(name));
}

void TestNlDecoder::dumpOnlyOperationPolicies()
{
    // As nlctrl answers CTRL_CMD_GETPOLICY: a dump-only operation's entry
    // carries command 0, in the order of the operations.
    GenlFamily f;
    auto op = [](quint32 id, quint32 flags) {
        GenlOperation o;
        o.id = id;
        o.flags = flags;
        return o;
    };
    f.operations = {op(3, GENL_CMD_CAP_DO | GENL_CMD_CAP_DUMP | GENL_CMD_CAP_HASPOL), op(10, GENL_CMD_CAP_DUMP | GENL_CMD_CAP_HASPOL),
                    op(11, GENL_CMD_CAP_DUMP), op(12, GENL_CMD_CAP_DUMP | GENL_CMD_CAP_HASPOL)};
    f.setOperationPolicy(3, 0, 0);
    f.setOperationPolicy(0, -1, 1);
    f.setOperationPolicy(0, -1, 2);
    QCOMPARE(f.operations[0].doPolicy, 0);
    QCOMPARE(f.operations[0].dumpPolicy, 0);
    QCOMPARE(f.operations[1].dumpPolicy, 1);
    QCOMPARE(f.operations[1].doPolicy, -1);
    QCOMPARE(f.operations[2].dumpPolicy, -1);
    QCOMPARE(f.operations[3].dumpPolicy, 2);
    f.setOperationPolicy(0, -1, 5); // no dump-only operation is left: ignored
    QCOMPARE(f.operations[3].dumpPolicy, 2);
}

void TestNlDecoder::zeropackRoundTrip()
{
    QList<QByteArray> inputs;
    for (const char *name : {"newlink_af0", "dellink_af0", "newaddr_af2", "deladdr_af2", "newroute_af2", "delroute_af2", "newneigh_af2"})
        inputs.append(readFixture(QStringLiteral("rtnetlink/") + QLatin1String(name)));
    inputs.append(QByteArray(1000, '\0'));           // runs longer than 255
    inputs.append(QByteArray(3, '\0') + "x" + QByteArray(256, '\0'));
    inputs.append(noiseBytes(11, 5000));
    inputs.append(QByteArray());
    for (const QByteArray &in : inputs) {
        const QByteArray packed = kc::zeropack::pack(in);
        QCOMPARE(kc::zeropack::unpack(packed, in.size()), in);
        // Cut short, it gives a prefix and never reads past the end.
        const QByteArray cut = kc::zeropack::unpack(packed.left(packed.size() / 2), in.size());
        QVERIFY(in.startsWith(cut));
    }
    // A new link's statistics are zeros: it packs to well under half.
    QVERIFY(kc::zeropack::pack(inputs[0]).size() * 2 < inputs[0].size());
}

QTEST_GUILESS_MAIN(TestNlDecoder)
#include "tst_nldecoder.moc"
