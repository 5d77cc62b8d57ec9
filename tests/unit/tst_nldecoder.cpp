// SPDX-License-Identifier: GPL-2.0-or-later
// The netlink decoder on rtnetlink messages captured from a veth pair in a
// private namespace, and on a committed corpus of malformed messages
// derived from them: every one decodes to an error, never a crash or hang.
#include "io/jsonwriter.h"
#include "netlink/genlfamilies.h"
#include "netlink/ifnamecache.h"
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

// An attribute appended to the message in `data`, its length fixed up.
void appendAttr(QByteArray &data, quint16 type, const QByteArray &payload)
{
    const quint16 len = quint16(4 + payload.size());
    data.append(reinterpret_cast<const char *>(&len), 2);
    data.append(reinterpret_cast<const char *>(&type), 2);
    data.append(payload);
    while (data.size() % 4)
        data.append('\0');
    const quint32 total = quint32(data.size());
    std::memcpy(data.data(), &total, 4);
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
    void summariesAsIpMonitor_data();
    void summariesAsIpMonitor();
    void structsByMember();
    void interfaceNamesLearned();
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
    QTest::newRow("newneigh") << "newneigh_af2" << "RTM_NEWNEIGH" << "NDA_LLADDR" << "02:00:00:00:00:03" << "lladdr 02:00:00:00:00:03";
    // Numbers named from the headers' macros.
    QTest::newRow("ifi_type") << "newlink_af0" << "RTM_NEWLINK" << "ifi_type" << "ether" << "kcv1";
    QTest::newRow("ifi_family") << "newlink_af0" << "RTM_NEWLINK" << "ifi_family" << "AF_UNSPEC" << "kcv1";
    QTest::newRow("linkmode") << "newlink_kcv0_af0" << "RTM_NEWLINK" << "IFLA_LINKMODE" << "default" << "kcv0 index 3";
    QTest::newRow("stats64") << "newlink_kcv0_af0" << "RTM_NEWLINK" << "rx_otherhost_dropped" << "0" << "kcv0";
    QTest::newRow("ifa_scope") << "newaddr_af2" << "RTM_NEWADDR" << "ifa_scope" << "universe" << "scope universe";
    QTest::newRow("ifa_flags") << "newaddr_af2_secondary" << "RTM_NEWADDR" << "ifa_flags" << "SECONDARY,PERMANENT" << "secondary";
    QTest::newRow("IFA_FLAGS") << "newaddr_af10_noprefixroute" << "RTM_NEWADDR" << "IFA_FLAGS" << "NODAD,PERMANENT,NOPREFIXROUTE"
                               << "nodad noprefixroute";
    QTest::newRow("v6 lifetime") << "newaddr_af10_lifetimes" << "RTM_NEWADDR" << "ifa_valid" << "60" << "valid_lft 60sec preferred_lft 30sec";
    QTest::newRow("cstamp") << "newaddr_af2" << "RTM_NEWADDR" << "ifa_prefered" << "forever" << "10.9.0.1/24";
    QTest::newRow("rtm_protocol") << "newroute_af2_static" << "RTM_NEWROUTE" << "rtm_protocol" << "static" << "proto static";
    QTest::newRow("rtm_table") << "newroute_af2_static" << "RTM_NEWROUTE" << "RTA_TABLE" << "100" << "table 100";
    QTest::newRow("rtm_type") << "newroute_af2_blackhole" << "RTM_NEWROUTE" << "rtm_type" << "blackhole" << "blackhole 10.20.0.0/24";
    QTest::newRow("rtm_scope") << "newroute_af2_local" << "RTM_NEWROUTE" << "rtm_scope" << "host" << "scope host";
    QTest::newRow("rtm_flags") << "delroute_af10_linkdown" << "RTM_DELROUTE" << "rtm_flags" << "RTNH_F_LINKDOWN" << "linkdown";
    QTest::newRow("RTA_PREF") << "delroute_af10_linkdown" << "RTM_DELROUTE" << "RTA_PREF" << "medium" << "pref medium";
    QTest::newRow("ndm_state") << "newneigh_failed_af2" << "RTM_NEWNEIGH" << "ndm_state" << "FAILED" << "FAILED";
    QTest::newRow("ndm_cacheinfo") << "newneigh_af2" << "RTM_NEWNEIGH" << "ndm_refcnt" << "1" << "10.9.0.3";
    // Rules, netconf and namespace ids.
    QTest::newRow("newrule") << "newrule_af2" << "RTM_NEWRULE" << "FRA_PRIORITY" << "1000" << "1000: from 10.0.0.0/24 lookup 100";
    QTest::newRow("rule action") << "newrule_fwmark_af2" << "RTM_NEWRULE" << "action" << "prohibit" << "fwmark 0x5 prohibit";
    QTest::newRow("rule iif") << "newrule_iif_af2" << "RTM_NEWRULE" << "FRA_IIFNAME" << "kcv0" << "iif kcv0 lookup main";
    QTest::newRow("rule v6") << "newrule_af10" << "RTM_NEWRULE" << "FRA_DST" << "fd00::" << "to fd00::/64 lookup 200";
    QTest::newRow("delrule") << "delrule_af2" << "RTM_DELRULE" << "FRA_SUPPRESS_PREFIXLEN" << "none" << "1000:";
    QTest::newRow("netconf") << "newnetconf_af2" << "RTM_NEWNETCONF" << "NETCONFA_RP_FILTER" << "0" << "forwarding off rp_filter off";
    QTest::newRow("netconf all") << "newnetconf_all_af2" << "RTM_NEWNETCONF" << "NETCONFA_IFINDEX" << "all" << "AF_INET all forwarding on";
    QTest::newRow("netconf default") << "newnetconf_default_af2" << "RTM_NEWNETCONF" << "NETCONFA_RP_FILTER" << "2"
                                     << "AF_INET default rp_filter loose";
    QTest::newRow("delnetconf") << "delnetconf_af10" << "RTM_DELNETCONF" << "ncm_family" << "AF_INET6" << "AF_INET6 dev index 2";
    QTest::newRow("newnsid") << "newnsid_af0" << "RTM_NEWNSID" << "NETNSA_NSID" << "7" << "nsid 7";
    QTest::newRow("delnsid") << "delnsid_af0" << "RTM_DELNSID" << "rtgen_family" << "AF_UNSPEC" << "nsid 7";
}

// Messages captured while `ip monitor all` watched the same namespace
// (kcv1 was index 2, kcv0 index 3): the summary against the line ip
// printed for the same message, in the comment; with the names known, and
// with none (a capture from elsewhere, an interface never seen).
void TestNlDecoder::summariesAsIpMonitor_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("named");
    QTest::addColumn<QString>("unnamed");
    // [RULE]1000:	from 10.0.0.0/24 lookup 100
    QTest::newRow("rule") << "newrule_af2" << "1000: from 10.0.0.0/24 lookup 100" << "1000: from 10.0.0.0/24 lookup 100";
    // [RULE]1001:	from all iif kcv0 lookup main
    QTest::newRow("rule iif") << "newrule_iif_af2" << "1001: from all iif kcv0 lookup main" << "1001: from all iif kcv0 lookup main";
    // [RULE]1002:	from all fwmark 0x5 prohibit
    QTest::newRow("rule fwmark") << "newrule_fwmark_af2" << "1002: from all fwmark 0x5 prohibit" << "1002: from all fwmark 0x5 prohibit";
    // [RULE]2000:	from all to fd00::/64 lookup 200
    QTest::newRow("rule v6") << "newrule_af10" << "2000: from all to fd00::/64 lookup 200" << "2000: from all to fd00::/64 lookup 200";
    // [NETCONF]inet kcv1 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off
    QTest::newRow("netconf") << "newnetconf_af2"
                             << "AF_INET dev kcv1 forwarding off rp_filter off mc_forwarding off bc_forwarding off proxy_neigh off "
                                "ignore_routes_with_linkdown off"
                             << "AF_INET dev index 2 forwarding off rp_filter off mc_forwarding off bc_forwarding off proxy_neigh off "
                                "ignore_routes_with_linkdown off";
    // [NETCONF]inet all forwarding on
    QTest::newRow("netconf all") << "newnetconf_all_af2" << "AF_INET all forwarding on" << "AF_INET all forwarding on";
    // [NETCONF]Deleted inet6 kcv1
    QTest::newRow("delnetconf") << "delnetconf_af10" << "AF_INET6 dev kcv1" << "AF_INET6 dev index 2";
    // [NSID]nsid 7 (iproute2 netns name: kcns)
    QTest::newRow("nsid") << "newnsid_af0" << "nsid 7" << "nsid 7";
    // [NEIGH]10.0.0.9 dev kcv0 FAILED
    QTest::newRow("neigh failed") << "newneigh_failed_af2" << "10.0.0.9 dev kcv0 FAILED" << "10.0.0.9 dev index 3 FAILED";
    // [ADDR]3: kcv0    inet 10.0.0.5/24 scope global secondary kcv0
    QTest::newRow("addr secondary") << "newaddr_af2_secondary" << "10.0.0.5/24 dev kcv0 scope universe secondary"
                                    << "10.0.0.5/24 dev index 3 scope universe secondary";
    // [ADDR]3: kcv0    inet6 fd00::1/64 scope global nodad noprefixroute
    QTest::newRow("addr flags") << "newaddr_af10_noprefixroute" << "fd00::1/64 dev kcv0 scope universe nodad noprefixroute"
                                << "fd00::1/64 dev index 3 scope universe nodad noprefixroute";
    // [ADDR]3: kcv0    inet6 fd00::2/64 scope global nodad dynamic
    //        valid_lft 60sec preferred_lft 30sec
    QTest::newRow("addr lifetimes") << "newaddr_af10_lifetimes" << "fd00::2/64 dev kcv0 scope universe nodad valid_lft 60sec preferred_lft 30sec"
                                    << "fd00::2/64 dev index 3 scope universe nodad valid_lft 60sec preferred_lft 30sec";
    // [ROUTE]10.10.0.0/24 via 10.0.0.2 dev kcv1 table 100 proto static
    QTest::newRow("route static") << "newroute_af2_static" << "10.10.0.0/24 via 10.0.0.2 dev kcv1 table 100 proto static"
                                  << "10.10.0.0/24 via 10.0.0.2 dev index 2 table 100 proto static";
    // [ROUTE]blackhole 10.20.0.0/24
    QTest::newRow("route blackhole") << "newroute_af2_blackhole" << "blackhole 10.20.0.0/24 table main" << "blackhole 10.20.0.0/24 table main";
    // [ROUTE]local 10.0.0.1 dev kcv0 table local proto kernel scope host src 10.0.0.1
    QTest::newRow("route local") << "newroute_af2_local" << "local 10.0.0.1 dev kcv0 table local proto kernel scope host src 10.0.0.1"
                                 << "local 10.0.0.1 dev index 3 table local proto kernel scope host src 10.0.0.1";
    // [ROUTE]Deleted fd00::/64 dev kcv0 proto kernel metric 256 linkdown pref medium
    QTest::newRow("route linkdown") << "delroute_af10_linkdown" << "fd00::/64 dev kcv0 table main proto kernel metric 256 linkdown pref medium"
                                    << "fd00::/64 dev index 3 table main proto kernel metric 256 linkdown pref medium";
}

void TestNlDecoder::summariesAsIpMonitor()
{
    QFETCH(QString, file);
    QFETCH(QString, named);
    QFETCH(QString, unnamed);
    IfNameCache names;
    names.insert(2, QStringLiteral("kcv1"));
    names.insert(3, QStringLiteral("kcv0"));
    const QByteArray data = fixture(file);
    const QList<NlMessage> withNames = NlDecoder::decode(0, data, &names);
    QCOMPARE(withNames.size(), 1);
    QVERIFY2(withNames.first().error.isEmpty(), qPrintable(withNames.first().error));
    QCOMPARE(withNames.first().summary, named);
    QCOMPARE(NlDecoder::decode(0, data).first().summary, unnamed);
}

void TestNlDecoder::structsByMember()
{
    // A captured link's IFLA_STATS64: every member of rtnl_link_stats64 by
    // name, each on its own eight bytes.
    const QByteArray link = fixture(QStringLiteral("newlink_kcv0_af0"));
    const NlMessage m = NlDecoder::decode(0, link).first();
    const NlField *stats = find(m.tree, QStringLiteral("IFLA_STATS64"));
    QVERIFY(stats);
    QCOMPARE(stats->children.size(), 25);
    QCOMPARE(stats->children.first().name, QStringLiteral("rx_packets"));
    QCOMPARE(stats->children.last().name, QStringLiteral("rx_otherhost_dropped"));
    QCOMPARE(stats->children[2].offset, stats->offset + 4 + 16);
    QCOMPARE(stats->children[2].length, 8);
    const NlField *stats32 = find(m.tree, QStringLiteral("IFLA_STATS"));
    QVERIFY(stats32);
    QCOMPARE(stats32->children.size(), 24);
    QCOMPARE(stats32->children.last().name, QStringLiteral("rx_nohandler"));

    // IFA_CACHEINFO as an older kernel might send it (two members), and
    // with bytes a newer one might add: what fits is named, the rest raw.
    QByteArray addr = fixture(QStringLiteral("newaddr_af2"));
    const quint32 lifetimes[] = {30, 0xFFFFFFFFu, 7};
    appendAttr(addr, IFA_CACHEINFO, QByteArray(reinterpret_cast<const char *>(lifetimes), 8));
    QByteArray longer = fixture(QStringLiteral("newaddr_af2"));
    appendAttr(longer, IFA_CACHEINFO, QByteArray(16, '\0') + QByteArray("\x01\x02\x03\x04", 4));
    for (const bool older : {true, false}) {
        const QByteArray &data = older ? addr : longer;
        const NlMessage a = NlDecoder::decode(0, data).first();
        QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
        checkBounds(a.tree, int(data.size()));
        const NlField &attrs = a.tree.children.last();
        const NlField &added = attrs.children.last();
        QCOMPARE(added.name, QStringLiteral("IFA_CACHEINFO"));
        if (older) {
            QCOMPARE(added.children.size(), 2);
            QCOMPARE(added.children[0].value, QStringLiteral("30"));
            QCOMPARE(added.children[1].value, QStringLiteral("forever"));
        } else {
            QCOMPARE(added.children.size(), 5);
            QCOMPARE(added.children.last().value, QStringLiteral("01 02 03 04"));
            QCOMPARE(QByteArray(added.children.last().key), QByteArray("more_bytes"));
        }
    }
}

void TestNlDecoder::interfaceNamesLearned()
{
    IfNameCache names;
    QCOMPARE(names.name(3), QString());
    // From the link messages of a stream, in order; a deleted link keeps
    // its name for what follows it.
    names.learn(0, fixture(QStringLiteral("newlink_kcv0_af0")));
    QCOMPARE(names.name(3), QStringLiteral("kcv0"));
    names.learn(0, fixture(QStringLiteral("dellink_af0")));
    const int kcv1 = find(NlDecoder::decode(0, fixture(QStringLiteral("dellink_af0"))).first().tree, QStringLiteral("ifi_index"))->value.toInt();
    QVERIFY(kcv1 != 3); // captured in another run
    QCOMPARE(names.name(kcv1), QStringLiteral("kcv1"));
    QCOMPARE(names.size(), 2);
    // Only link messages of NETLINK_ROUTE teach it anything.
    names.learn(0, fixture(QStringLiteral("newaddr_af2")));
    names.learn(16, fixture(QStringLiteral("newlink_af0")));
    QCOMPARE(names.size(), 2);
    // Malformed and mutated messages are walked without reading past them.
    const QDir dir(QStringLiteral(KC_FIXTURES "/rtnetlink/malformed"));
    for (const QString &name : dir.entryList(QDir::Files)) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        names.learn(0, f.readAll());
    }
    const QByteArray base = fixture(QStringLiteral("newlink_kcv0_af0"));
    quint32 x = 777;
    for (int i = 0; i < 2000; ++i) {
        QByteArray m = base;
        x = x * 1664525u + 1013904223u;
        m[int(x % quint32(m.size()))] = char(x >> 24);
        x = x * 1664525u + 1013904223u;
        m.truncate(int(x % quint32(m.size() + 1)));
        names.learn(0, m);
    }
    // Learned again, the name is the link's; the summary of a message
    // about it names it.
    names.learn(0, base);
    QCOMPARE(names.name(3), QStringLiteral("kcv0"));
    QCOMPARE(NlDecoder::decode(0, fixture(QStringLiteral("newneigh_failed_af2")), &names).first().summary,
             QStringLiteral("10.0.0.9 dev kcv0 FAILED"));
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
    appendAttr(data, IFA_LABEL, QByteArray("second", 7));
    appendAttr(data, 999, QByteArray("\x01\x02\x03\x04", 4));
    const quint32 total = quint32(data.size());
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
    // A struct is an object of its members.
    QCOMPARE(attrs.value(QStringLiteral("IFA_CACHEINFO")).toObject().value(QStringLiteral("ifa_valid")).toString(), QStringLiteral("forever"));
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
