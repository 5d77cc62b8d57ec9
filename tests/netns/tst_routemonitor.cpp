// SPDX-License-Identifier: GPL-2.0-or-later
// In a private network namespace: a veth pair is created, set up, given an
// address and a route, and everything is deleted again while kchan monitor
// route listens there. Each notification must be decoded with the right
// names and addresses. Then rules, netconf, namespace ids, flagged
// addresses and a FAILED neighbour, with `ip monitor` listening beside
// kchan: every message's summary must say what ip printed for it. The
// host's network is never touched.
#include <QJsonArray>
#include <QRegularExpression>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "netnstest.h"

#include <unistd.h>

#include <algorithm>
#include <functional>

namespace {

// An attribute of a message printed by kchan monitor --json.
QString attribute(const QJsonObject &message, const QString &name)
{
    return message.value(QStringLiteral("fields")).toObject().value(QStringLiteral("attributes")).toObject().value(name).toString();
}

// One notification as a monitor printed it: RULE, ADDR ... (ip's banner
// without brackets, the RTM_ type without NEW or DEL), whether it was a
// deletion, and its words.
struct Printed {
    QString kind;
    bool deleted = false;
    QStringList words;
    QString text;
};

const QStringList compared = {QStringLiteral("LINK"), QStringLiteral("ADDR"), QStringLiteral("ROUTE"), QStringLiteral("NEIGH"),
                              QStringLiteral("RULE"), QStringLiteral("NETCONF"), QStringLiteral("NSID")};

// `ip monitor all`: "[KIND]text", continued on indented lines. Kinds and
// messages our route stream does not join (multicast and anycast
// addresses, prefixes, nexthops ...) are left out.
QList<Printed> readIpMonitor(const QByteArray &text)
{
    static const QRegularExpression banner(QStringLiteral("^\\[(\\w+)\\](.*)$"));
    QList<Printed> out;
    QList<std::pair<QString, QString>> records;
    for (const QByteArray &raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (const auto m = banner.match(line); m.hasMatch())
            records.append({m.captured(1), m.captured(2)});
        else if (!records.isEmpty() && !line.trimmed().isEmpty())
            records.last().second += QLatin1Char(' ') + line.trimmed();
    }
    for (const auto &[kind, body] : records) {
        if (!compared.contains(kind))
            continue;
        static const QRegularExpression space(QStringLiteral("\\s+"));
        Printed p{kind, false, body.split(space, Qt::SkipEmptyParts), body};
        if (!p.words.isEmpty() && p.words.first() == QLatin1String("Deleted")) {
            p.deleted = true;
            p.words.removeFirst();
        }
        if (kind == QLatin1String("ADDR") && (p.words.contains(QLatin1String("mcast")) || p.words.contains(QLatin1String("any"))))
            continue;
        out.append(p);
    }
    return out;
}

QList<Printed> readKchan(const QByteArray &text)
{
    static const QRegularExpression type(QStringLiteral("^RTM_(NEW|DEL)(\\w+)$"));
    QList<Printed> out;
    for (const QByteArray &line : text.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const auto m = type.match(o.value(QStringLiteral("type")).toString());
        const QString summary = o.value(QStringLiteral("summary")).toString();
        if (m.hasMatch())
            out.append({m.captured(2), m.captured(1) == QLatin1String("DEL"), summary.split(QLatin1Char(' '), Qt::SkipEmptyParts), summary});
    }
    return out;
}

// From the first record `from` matches up to the first `to` matches.
QList<Printed> between(const QList<Printed> &all, const std::function<bool(const Printed &)> &from,
                       const std::function<bool(const Printed &)> &to)
{
    const auto begin = std::find_if(all.cbegin(), all.cend(), from);
    const auto end = std::find_if(begin, all.cend(), to);
    return QList<Printed>(begin, end);
}

// The words of ip's line our summary must hold too: ip's own extras (the
// index, "inet", lifetimes of forever, "dynamic", iproute2's names of
// namespaces) left out, and ip's names for what the headers call otherwise
// ("global" is RT_SCOPE_UNIVERSE, "inet" AF_INET) mapped. Of a link, the
// name, MTU and state.
QStringList wordsToFind(const Printed &ip)
{
    QStringList out;
    if (ip.kind == QLatin1String("LINK")) {
        const QString name = ip.words.value(1).section(QLatin1Char('@'), 0, 0).section(QLatin1Char(':'), 0, 0);
        out = {name, ip.words.value(ip.words.indexOf(QLatin1String("mtu")) + 1), ip.words.value(ip.words.indexOf(QLatin1String("state")) + 1)};
        return out;
    }
    for (qsizetype i = 0; i < ip.words.size(); ++i) {
        const QString &w = ip.words[i];
        if (w.startsWith(QLatin1Char('(')))
            break; // "(iproute2 netns name: ...)"
        if (ip.kind == QLatin1String("ADDR")) {
            if (i == 0 || w == QLatin1String("inet") || w == QLatin1String("inet6") || w == QLatin1String("dynamic"))
                continue;
            if ((w == QLatin1String("valid_lft") || w == QLatin1String("preferred_lft")) && ip.words.value(i + 1) == QLatin1String("forever")) {
                ++i;
                continue;
            }
            out.append(w == QLatin1String("global") ? QStringLiteral("universe") : w);
        } else if (ip.kind == QLatin1String("NETCONF")) {
            out.append(w == QLatin1String("inet") ? QStringLiteral("AF_INET") : w == QLatin1String("inet6") ? QStringLiteral("AF_INET6") : w);
        } else {
            out.append(w);
        }
    }
    return out;
}

} // namespace

class TestRouteMonitor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void vethAddressRoute();
    void matchesIpMonitor();
    void followsAnotherProcessNamespace();
};

void TestRouteMonitor::initTestCase()
{
    if (const QString why = netnsSkipReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
}

void TestRouteMonitor::vethAddressRoute()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString outFile = dir.filePath(QStringLiteral("out"));
    const QString errFile = dir.filePath(QStringLiteral("err"));
    const QString script = QStringLiteral(
        "\"$0\" monitor route --json --timeout 60 >\"$1\" 2>\"$2\" & k=$!; "
        "until grep -q listening \"$2\" 2>/dev/null; do kill -0 $k 2>/dev/null || exit 3; sleep 0.05; done; "
        "ip link add kcv0 type veth peer name kcv1 && ip link set kcv0 up && ip link set kcv1 up && "
        "ip addr add 10.9.0.1/24 dev kcv0 && ip route add 10.10.0.0/24 via 10.9.0.2 && "
        "ip route del 10.10.0.0/24 && ip addr del 10.9.0.1/24 dev kcv0 && ip link del kcv0 && "
        "ip link add kcend0 type veth peer name kcend1 || exit 4; "
        // The sentinel pair marks the end of the notifications we caused.
        "until grep -q kcend \"$1\"; do kill -0 $k 2>/dev/null || exit 5; sleep 0.05; done; "
        "kill $k; wait $k; exit 0");
    QCOMPARE(runInNetns(script, outFile, errFile), 0);
    QFile f(outFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QSet<QString> seen;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject m = QJsonDocument::fromJson(line).object();
        QVERIFY2(!m.contains(QStringLiteral("error")), line.constData());
        const QString type = m.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("RTM_NEWLINK") || type == QLatin1String("RTM_DELLINK"))
            seen.insert(type + QLatin1Char(' ') + attribute(m, QStringLiteral("IFLA_IFNAME")));
        else if (type == QLatin1String("RTM_NEWADDR") || type == QLatin1String("RTM_DELADDR"))
            seen.insert(type + QLatin1Char(' ') + attribute(m, QStringLiteral("IFA_LOCAL")));
        else if ((type == QLatin1String("RTM_NEWROUTE") || type == QLatin1String("RTM_DELROUTE"))
                 && attribute(m, QStringLiteral("RTA_GATEWAY")) == QLatin1String("10.9.0.2"))
            seen.insert(type + QLatin1Char(' ') + attribute(m, QStringLiteral("RTA_DST")));
    }
    for (const char *expected : {"RTM_NEWLINK kcv0", "RTM_NEWLINK kcv1", "RTM_NEWADDR 10.9.0.1", "RTM_NEWROUTE 10.10.0.0",
                                 "RTM_DELROUTE 10.10.0.0", "RTM_DELADDR 10.9.0.1", "RTM_DELLINK kcv0", "RTM_DELLINK kcv1"})
        QVERIFY2(seen.contains(QLatin1String(expected)), expected);
}

void TestRouteMonitor::matchesIpMonitor()
{
    if (QStandardPaths::findExecutable(QStringLiteral("bash")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("timeout")).isEmpty())
        QSKIP("needs bash (for /dev/udp) and timeout");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // ip says nothing when it is ready: a veth pair is changed until ip
    // reports it, and its deletion is where both outputs are compared
    // from. A UDP datagram to an address nobody has makes the FAILED
    // neighbour (one solicitation, 100 ms apart); moving kcv1 into a
    // namespace of its own gives that namespace an id, and its end takes
    // the id away and kcv0 with it. A last pair marks the end.
    const QString script = QStringLiteral(
        "d=\"$1\"; k=; i=; s=; trap 'kill $k $i $s 2>/dev/null' EXIT; ip link set lo up; "
        "\"$0\" monitor route --json --timeout 80 >\"$d/kchan\" 2>\"$d/kchan.err\" & k=$!; "
        "timeout 80 ip monitor all >\"$d/ip\" 2>\"$d/ip.err\" & i=$!; "
        "until grep -q listening \"$d/kchan.err\" 2>/dev/null; do kill -0 $k 2>/dev/null || exit 3; sleep 0.05; done; "
        "ip link add kcs0 type veth peer name kcs1 || exit 4; n=0; "
        "until grep -q kcs0 \"$d/ip\"; do kill -0 $i 2>/dev/null || exit 5; ip link set kcs0 mtu $((1400 + n % 50)); n=$((n + 1)); sleep 0.05; done; "
        "ip link del kcs0 && "
        "ip link add kcv0 type veth peer name kcv1 && ip link set kcv0 up && ip link set kcv1 up && "
        "ip addr add 10.0.0.1/24 dev kcv0 && ip addr add 10.0.0.5/24 dev kcv0 && "
        "ip -6 addr add fd00::1/64 dev kcv0 nodad noprefixroute && "
        "ip -6 addr add fd00::2/64 dev kcv0 nodad preferred_lft 30 valid_lft 60 && "
        "ip rule add from 10.0.0.0/24 table 100 pref 1000 && ip rule add iif kcv0 lookup main pref 1001 && "
        "ip rule add fwmark 0x5 prohibit pref 1002 && ip -6 rule add to fd00::/64 table 200 pref 2000 && "
        "ip rule del pref 1000 && "
        "ip route add 10.10.0.0/24 via 10.0.0.2 proto static table 100 && ip route add blackhole 10.20.0.0/24 && "
        "ip route add 10.30.0.0/24 dev kcv0 scope link metric 50 && "
        "echo 1 >/proc/sys/net/ipv4/conf/kcv0/forwarding && echo 1 >/proc/sys/net/ipv6/conf/kcv0/forwarding && "
        "echo 2 >/proc/sys/net/ipv4/conf/default/rp_filter && "
        "ip neigh add 10.0.0.7 lladdr 02:00:00:00:00:07 dev kcv0 && "
        "echo 100 >/proc/sys/net/ipv4/neigh/kcv0/retrans_time_ms && echo 1 >/proc/sys/net/ipv4/neigh/kcv0/mcast_solicit && "
        "bash -c 'echo x >/dev/udp/10.0.0.9/9' || exit 6; "
        "until grep -q '10.0.0.9 dev kcv0 FAILED' \"$d/ip\"; do kill -0 $i 2>/dev/null || exit 7; sleep 0.05; done; "
        "unshare -n sleep 80 & s=$!; "
        "until [ \"$(readlink /proc/$s/ns/net)\" != \"$(readlink /proc/self/ns/net)\" ]; do sleep 0.05; done; "
        "ip link set kcv1 netns $s || exit 8; kill $s; wait $s; s=; "
        "until grep -q 'Deleted nsid' \"$d/ip\" && grep -q RTM_DELNSID \"$d/kchan\"; do kill -0 $k 2>/dev/null || exit 9; sleep 0.05; done; "
        "ip link add kcend0 type veth peer name kcend1 || exit 4; "
        "until grep -q kcend \"$d/ip\" && grep -q kcend \"$d/kchan\"; do kill -0 $k 2>/dev/null || exit 10; sleep 0.05; done; "
        "exit 0");
    QCOMPARE(runInNetns(script, dir.path(), QString()), 0);
    QFile ipFile(dir.filePath(QStringLiteral("ip")));
    QFile kchanFile(dir.filePath(QStringLiteral("kchan")));
    QVERIFY(ipFile.open(QIODevice::ReadOnly) && kchanFile.open(QIODevice::ReadOnly));
    auto barrier = [](const Printed &p) {
        return p.kind == QLatin1String("LINK") && p.deleted && p.text.contains(QLatin1String("kcs0"));
    };
    auto end = [](const Printed &p) { return p.text.contains(QLatin1String("kcend")); };
    const QList<Printed> ip = between(readIpMonitor(ipFile.readAll()), barrier, end);
    const QList<Printed> ours = between(readKchan(kchanFile.readAll()), barrier, end);
    // The kernel hands each notification to both sockets in the same order.
    QVERIFY2(ip.size() > 50, qPrintable(QString::number(ip.size())));
    QCOMPARE(ours.size(), ip.size());
    for (qsizetype n = 0; n < ip.size(); ++n) {
        const QString where = QStringLiteral("ip: %1\nkchan: %2").arg(ip[n].text, ours[n].text);
        QVERIFY2(ours[n].kind == ip[n].kind && ours[n].deleted == ip[n].deleted, qPrintable(where));
        for (const QString &w : wordsToFind(ip[n]))
            QVERIFY2(ours[n].words.contains(w), qPrintable(QStringLiteral("\"%1\" missing\n").arg(w) + where));
    }
    // What the run was for was there, and read the same.
    QStringList summaries;
    for (const Printed &p : ours)
        summaries.append(p.kind + (p.deleted ? QStringLiteral(" deleted ") : QStringLiteral(" ")) + p.text);
    for (const char *expected : {"RULE 1001: from all iif kcv0 lookup main", "RULE deleted 1000: from 10.0.0.0/24 lookup 100",
                                 "RULE 1002: from all fwmark 0x5 prohibit", "RULE 2000: from all to fd00::/64 lookup 200",
                                 "NETCONF AF_INET dev kcv0 forwarding on", "NETCONF AF_INET6 dev kcv0 forwarding on",
                                 "NETCONF AF_INET default rp_filter loose", "NEIGH 10.0.0.9 dev kcv0 FAILED",
                                 "NEIGH 10.0.0.7 dev kcv0 lladdr 02:00:00:00:00:07 PERMANENT", "NSID nsid 0", "NSID deleted nsid 0",
                                 "ADDR 10.0.0.5/24 dev kcv0 scope universe secondary",
                                 "ADDR fd00::1/64 dev kcv0 scope universe nodad noprefixroute",
                                 "ADDR fd00::2/64 dev kcv0 scope universe nodad valid_lft 60sec preferred_lft 30sec",
                                 "ROUTE 10.10.0.0/24 via 10.0.0.2 dev kcv0 table 100 proto static"})
        QVERIFY2(summaries.contains(QLatin1String(expected)), expected);
}

void TestRouteMonitor::followsAnotherProcessNamespace()
{
    // A process of ours in a namespace of its own; kchan stays in this one
    // and follows that process's namespace by PID.
    QProcess holder;
    holder.start(QStringLiteral("unshare"), {QStringLiteral("-n"), QStringLiteral("sleep"), QStringLiteral("120")});
    QVERIFY(holder.waitForStarted(30000));
    const QString pid = QString::number(holder.processId());
    // unshare has switched namespaces once /proc/PID/exe is sleep.
    QTRY_VERIFY_WITH_TIMEOUT(QFile::symLinkTarget(QStringLiteral("/proc/%1/exe").arg(pid)).endsWith(QLatin1String("sleep")), 30000);
    QTemporaryDir dir;
    const QString errFile = dir.filePath(QStringLiteral("err"));
    QProcess monitor;
    monitor.setStandardErrorFile(errFile);
    monitor.start(QStringLiteral(KC_KCHAN), {QStringLiteral("monitor"), QStringLiteral("route:link"), QStringLiteral("--netns"), pid,
                                             QStringLiteral("--json"), QStringLiteral("--count"), QStringLiteral("2"),
                                             QStringLiteral("--timeout"), QStringLiteral("60")});
    QVERIFY(monitor.waitForStarted(30000));
    QTRY_VERIFY_WITH_TIMEOUT(QFile(errFile).size() > 0, 30000);
    QProcess ip;
    ip.start(QStringLiteral("nsenter"), {QStringLiteral("-t"), pid, QStringLiteral("-n"), QStringLiteral("ip"), QStringLiteral("link"),
                                         QStringLiteral("add"), QStringLiteral("kcv0"), QStringLiteral("type"), QStringLiteral("veth"),
                                         QStringLiteral("peer"), QStringLiteral("name"), QStringLiteral("kcv1")});
    QVERIFY(ip.waitForFinished(30000));
    QCOMPARE(ip.exitCode(), 0);
    QVERIFY(monitor.waitForFinished(60000));
    holder.kill();
    holder.waitForFinished(30000);
    QSet<QString> names;
    for (const QByteArray &line : monitor.readAllStandardOutput().split('\n')) {
        if (!line.isEmpty())
            names.insert(attribute(QJsonDocument::fromJson(line).object(), QStringLiteral("IFLA_IFNAME")));
    }
    QCOMPARE(names, (QSet<QString>{QStringLiteral("kcv0"), QStringLiteral("kcv1")}));
}

QTEST_GUILESS_MAIN(TestRouteMonitor)
#include "tst_routemonitor.moc"
