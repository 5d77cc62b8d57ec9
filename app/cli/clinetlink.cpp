// SPDX-License-Identifier: GPL-2.0-or-later
// kchan netlink sockets, netlink families, monitor and decode: netlink,
// listed, live and from a capture.
#include "clicommands.h"
#include "clisupport.h"
#include "clitable.h"

#include "io/jsonwriter.h"
#include "netlink/genlfamilies.h"
#include "netlink/ifnamecache.h"
#include "netlink/netlinkcontroller.h"
#include "netlink/netlinkmonitor.h"
#include "netlink/netlinknames.h"
#include "netlink/netlinksockets.h"
#include "netlink/nldecoder.h"
#include "netlink/pcapng.h"
#include "source/datasource.h"

#include <QFile>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <linux/netlink.h>

#include <cstdio>

namespace kc {

using namespace cli;

int CliCommands::netlinkSockets(const QStringList &args)
{
    QCommandLineParser p;
    int code = 0;
    if (!parseArgs(p, args,
                   CommandSpec(QStringLiteral("netlink sockets"), tr("Open netlink sockets, from NETLINK_SOCK_DIAG or /proc/net/netlink.")),
                   &code))
        return code;
    const NetlinkSocketList list = source().netlinkSockets();
    if (!list.ok()) {
        err(list.error);
        return 1;
    }
    const GenlFamilyList families = source().genlFamilies(false);
    if (list.processesHidden > 0)
        err(tr("%Ln process(es) of other users were not checked for socket owners: needs root.", nullptr, list.processesHidden));
    auto optional = [](qint64 v) { return v >= 0 ? QJsonValue(v) : Table::absent(); };
    Table t({{QStringLiteral("protocol"), "PROTOCOL"}, {QStringLiteral("protocol_name"), {}}, {QStringLiteral("portid"), "PORTID"},
             {QStringLiteral("inode"), "INODE"}, {QStringLiteral("kernel"), {}}, {QStringLiteral("groups"), "GROUPS"},
             {QStringLiteral("rmem"), "RMEM"}, {QStringLiteral("rcvbuf"), {}}, {QStringLiteral("wmem"), {}},
             {QStringLiteral("drops"), "DROPS"}, {QStringLiteral("owners"), "OWNER"}});
    for (const NetlinkSocketInfo &s : list.sockets) {
        QJsonArray groupsJson, ownersJson;
        QStringList groups, owners;
        for (int g : s.groups) {
            const QString name = NetlinkNames::group(s.protocol, g, families);
            groupsJson.append(QJsonObject{{QStringLiteral("id"), g}, {QStringLiteral("name"), name}});
            groups.append(name);
        }
        for (const SocketOwner &o : s.owners) {
            ownersJson.append(QJsonObject{{QStringLiteral("pid"), o.pid}, {QStringLiteral("comm"), o.comm}, {QStringLiteral("fd"), o.fd}});
            owners.append(QStringLiteral("%1/%2 fd %3").arg(o.pid).arg(o.comm).arg(o.fd));
        }
        if (s.isKernel())
            owners.append(tr("kernel"));
        const QString proto = NetlinkNames::protocol(s.protocol);
        t.addRow()
            .cell(s.protocol, proto.isEmpty() ? QString::number(s.protocol) : proto)
            .cell(proto)
            .cell(qint64(s.portid))
            .cell(qint64(s.inode))
            .cell(s.isKernel())
            .cell(groupsJson, groups.join(QLatin1Char(',')))
            .cell(optional(s.rmem))
            .cell(optional(s.rcvbuf))
            .cell(optional(s.wmem))
            .cell(optional(s.drops))
            .cell(ownersJson, owners.join(QStringLiteral(", ")));
    }
    if (p.isSet(QStringLiteral("json"))) {
        outJson(QJsonObject{{QStringLiteral("source"), list.source},
                            {QStringLiteral("hidden_processes"), list.processesHidden},
                            {QStringLiteral("sockets"), t.json()}});
        return 0;
    }
    out(t.tsv());
    return 0;
}

namespace {

QJsonArray operationsJson(const GenlFamily &f)
{
    QJsonArray ops;
    for (const GenlOperation &o : f.operations) {
        QJsonObject op{{QStringLiteral("id"), qint64(o.id)}, {QStringLiteral("flags"), QJsonArray::fromStringList(o.flagNames())}};
        if (o.doPolicy >= 0)
            op.insert(QStringLiteral("do_policy"), o.doPolicy);
        if (o.dumpPolicy >= 0)
            op.insert(QStringLiteral("dump_policy"), o.dumpPolicy);
        ops.append(op);
    }
    return ops;
}

QJsonObject policiesJson(const GenlFamily &f)
{
    QJsonObject policies;
    for (auto it = f.policies.cbegin(); it != f.policies.cend(); ++it) {
        QJsonArray attrs;
        for (const GenlPolicyAttr &a : it.value()) {
            QJsonObject ao{{QStringLiteral("attr"), qint64(a.attr)}, {QStringLiteral("type"), a.typeName()}};
            if (!a.range.isEmpty())
                ao.insert(QStringLiteral("range"), a.range);
            if (a.nestedPolicy >= 0)
                ao.insert(QStringLiteral("nested_policy"), a.nestedPolicy);
            attrs.append(ao);
        }
        policies.insert(QString::number(it.key()), attrs);
    }
    return policies;
}

} // namespace

int CliCommands::netlinkFamilies(const QStringList &args)
{
    QCommandLineParser p;
    int code = 0;
    if (!parseArgs(p, args, CommandSpec(QStringLiteral("netlink families"), tr("Generic netlink families, from the nlctrl controller.")),
                   &code))
        return code;
    const GenlFamilyList list = source().genlFamilies(true);
    if (!list.ok()) {
        err(list.error);
        return 1;
    }
    Table t({{QStringLiteral("id"), "ID"}, {QStringLiteral("name"), "NAME"}, {QStringLiteral("version"), "VERSION"},
             {QStringLiteral("operations"), "OPERATIONS"}, {QStringLiteral("groups"), "GROUPS"},
             {QStringLiteral("header_size"), {}}, {QStringLiteral("max_attribute"), {}}, {QStringLiteral("policies"), {}}});
    for (const GenlFamily &f : list.families) {
        QJsonArray groupsJson;
        QStringList groups;
        for (const GenlGroup &g : f.groups) {
            groupsJson.append(QJsonObject{{QStringLiteral("id"), qint64(g.id)}, {QStringLiteral("name"), g.name}});
            groups.append(QStringLiteral("%1=%2").arg(g.name).arg(g.id));
        }
        t.addRow()
            .cell(f.id)
            .cell(f.name)
            .cell(qint64(f.version))
            .cell(operationsJson(f), QString::number(f.operations.size()))
            .cell(groupsJson, groups.join(QLatin1Char(' ')))
            .cell(qint64(f.headerSize))
            .cell(qint64(f.maxAttribute))
            .cell(policiesJson(f));
    }
    t.print(p.isSet(QStringLiteral("json")));
    return 0;
}

int CliCommands::monitor(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption count(QStringLiteral("count"), tr("Stop after N messages."), QStringLiteral("N"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), tr("Stop after S seconds."), QStringLiteral("S"));
    const QCommandLineOption pcapng(QStringLiteral("pcapng"), tr("Also write every datagram to FILE (pcapng, LINKTYPE_NETLINK)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption netns(QStringLiteral("netns"),
                                   tr("Listen in this network namespace: a name from /run/netns or a process ID (needs root)."),
                                   QStringLiteral("NAME|PID"));
    p.addOptions({count, timeout, pcapng, netns, treeOption()});
    CommandSpec spec(QStringLiteral("monitor"),
                     tr("Stream netlink notifications, decoded. Streams: route, uevent, connector, genl:FAMILY[:GROUP]."),
                     {Argument(QStringLiteral("STREAM"), tr("connector: process events (fork, exec, exit ...; needs root); "
                                                            "route: links, addresses, routes, neighbours, rules, netconf and nsid; "
                                                            "route:link,addr picks groups (link, addr, route, neigh, rule, netconf, nsid); "
                                                            "uevent: the kernel's device events; "
                                                            "genl:FAMILY[:GROUP]: a generic netlink family's multicast groups, e.g. genl:nlctrl:notify"))});
    spec.json = tr("Print one JSON object per message.");
    int code = 0;
    if (!parseArgs(p, args, spec, &code))
        return code;
    // route, or route:link,addr,... for some of its groups.
    const QString stream = p.positionalArguments().first();
    QList<int> groups;
    int protocol = 0;
    if (stream == QLatin1String("connector")) {
        protocol = NETLINK_CONNECTOR; // CN_IDX_PROC
        groups = {1};
    } else if (stream == QLatin1String("uevent")) {
        protocol = NETLINK_KOBJECT_UEVENT;
        groups = {1}; // the kernel's own events, not udev's
    } else if (stream.startsWith(QLatin1String("genl:"))) {
        protocol = NETLINK_GENERIC;
        const QString family = stream.section(QLatin1Char(':'), 1, 1);
        const QString group = stream.section(QLatin1Char(':'), 2);
        const GenlFamilyList list = source().genlFamilies(false);
        if (!list.ok()) {
            err(tr("kchan monitor: %1").arg(list.error));
            return 1;
        }
        NetlinkController::nameGenlFamilies(list);
        QString error;
        groups = list.groupIds(family, group, &error);
        if (groups.isEmpty()) {
            err(tr("kchan monitor: %1").arg(error));
            return 2;
        }
    } else if (stream == QLatin1String("route")) {
        groups = NetlinkMonitor::routeGroups();
    } else if (stream.startsWith(QLatin1String("route:"))) {
        for (const QString &g : stream.mid(6).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QList<int> ids = NetlinkMonitor::routeGroupsNamed(g);
            if (ids.isEmpty()) {
                err(tr("kchan monitor: unknown route group \"%1\"; use link, addr, route, neigh, rule, netconf or nsid").arg(g));
                return 2;
            }
            groups += ids;
        }
    } else {
        err(tr("kchan monitor: unknown stream \"%1\": use route[:GROUPS], uevent, connector or genl:FAMILY[:GROUP]").arg(stream));
        return 2;
    }
    StreamLimits limits;
    if (!streamLimits(p, count, timeout, QStringLiteral("monitor"), limits))
        return 2;
    const qint64 maxMessages = limits.count;
    const bool json = p.isSet(QStringLiteral("json"));
    const NlDecoder::JsonShape shape = jsonShape(p);
    QFile capture;
    if (p.isSet(pcapng)) {
        capture.setFileName(p.value(pcapng));
        if (!capture.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            err(tr("kchan monitor: cannot write %1: %2").arg(capture.fileName(), capture.errorString()));
            return 1;
        }
        capture.write(Pcapng::header());
        capture.flush();
    }
    // Each wake-up costs more than decoding a few messages; a stream on a
    // terminal or into a script can wait 0.1 s for a bigger batch, and
    // half a second in a storm. After a loss, links and addresses are
    // dumped again as the GUI does, so what follows the gap is the whole
    // state.
    const QList<quint16> resync = protocol == NETLINK_ROUTE ? NetlinkMonitor::routeResyncDumps() : QList<quint16>{};
    const QString inNamespace = p.isSet(netns) ? p.value(netns) : QString();
    const std::unique_ptr<NetlinkFeed> feed(NetlinkFeed::make(sharedSource(), protocol));
    feed->setCoalescing(100, 500);
    feed->setGroups(groups);
    feed->setResyncDumps(resync);
    feed->setNetworkNamespace(inNamespace);
    // Interfaces named as the namespace listened in names them.
    const auto names = std::make_shared<IfNameCache>();
    feed->setInterfaceNames(names);
    NetlinkFeed &monitor = *feed;
    QObject::connect(&monitor, &NetlinkFeed::ended, [](const QString &reason) {
        err(tr("kchan monitor: %1").arg(reason));
        QCoreApplication::exit(1);
    });
    if (!monitor.start()) {
        err(monitor.errorString());
        return 1;
    }
    qint64 seen = 0;
    QObject::connect(&monitor, &NetlinkFeed::overflowed, [protocol, json](quint64 lost) {
        // A gap record in the stream itself, so a reader of the output
        // knows where messages are missing and how many.
        const QString time = json::isoLocalTime(QDateTime::currentMSecsSinceEpoch());
        if (json) {
            QJsonObject gap{{QStringLiteral("lost"), double(lost)}};
            const QJsonObject record{{QStringLiteral("time"), time}, {QStringLiteral("protocol"), NetlinkNames::protocol(protocol)},
                                     {QStringLiteral("gap"), gap}};
            out(QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n');
        } else {
            out((time + QLatin1Char(' ') + tr("-- %Ln message(s) lost: the receive buffer overflowed --", nullptr, int(lost)) + QLatin1Char('\n')).toUtf8());
        }
        std::fflush(stdout);
        err(protocol == NETLINK_ROUTE ? tr("kchan monitor: the receive buffer overflowed; messages were lost; links and addresses follow as they are now")
                                      : tr("kchan monitor: the receive buffer overflowed; messages were lost"));
    });
    QObject::connect(&monitor, &NetlinkFeed::dumpFailed, [](const QString &error) { err(tr("kchan monitor: %1").arg(error)); });
    QObject::connect(&monitor, &NetlinkFeed::eventsArrived, [&](const QList<NetlinkEvent> &batch) {
        QByteArray buf;
        buf.reserve(batch.size() * (json ? 1600 : 100));
        const QString time = batch.isEmpty() ? QString() : json::isoLocalTime(batch.first().msecsSinceEpoch);
        for (const NetlinkEvent &e : batch) {
            if (maxMessages >= 0 && seen >= maxMessages)
                break;
            if (capture.isOpen())
                capture.write(Pcapng::packet(e));
            for (const NlMessage &m : NlDecoder::decode(e.protocol, e.raw, names.get())) {
                if (maxMessages >= 0 && seen >= maxMessages)
                    break;
                ++seen;
                if (json) {
                    NlDecoder::appendJson(buf, m, time, NetlinkNames::protocol(e.protocol), shape);
                } else {
                    buf += (time + QLatin1Char(' ') + m.typeName + QLatin1Char(' ') + m.summary).toUtf8();
                    if (!m.error.isEmpty())
                        buf += " [" + m.error.toUtf8() + ']';
                    buf += '\n';
                }
            }
        }
        out(buf);
        std::fflush(stdout);
        if (capture.isOpen())
            capture.flush();
        if (maxMessages >= 0 && seen >= maxMessages)
            QCoreApplication::exit(0);
    });
    switch (protocol) {
    case NETLINK_CONNECTOR: err(tr("kchan monitor: listening for process events")); break;
    case NETLINK_KOBJECT_UEVENT: err(tr("kchan monitor: listening for kernel uevents")); break;
    case NETLINK_GENERIC: err(tr("kchan monitor: listening to %1").arg(stream)); break;
    default: err(tr("kchan monitor: listening for rtnetlink notifications")); break;
    }
    std::fflush(stderr);
    // Ctrl-C or SIGTERM: write what the socket still holds, then say how
    // much went by and end as a signal would.
    const SignalCatcher catcher([&](int signal) {
        monitor.drain();
        if (capture.isOpen())
            capture.flush();
        err(tr("kchan monitor: %1 messages received, %2 lost").arg(monitor.messageCount()).arg(monitor.lostCount()));
        QCoreApplication::exit(128 + signal);
    });
    return QCoreApplication::exec();
}

int CliCommands::decode(const QStringList &args)
{
    QCommandLineParser p;
    int code = 0;
    p.addOption(treeOption());
    if (!parseArgs(p, args,
                   CommandSpec(QStringLiteral("decode"), tr("Decode a pcapng capture of netlink messages."),
                               {Argument(QStringLiteral("FILE"), tr("A pcapng capture of netlink messages, as kchan monitor --pcapng writes."))}),
                   &code))
        return code;
    const NlDecoder::JsonShape shape = jsonShape(p);
    QFile f(p.positionalArguments().first());
    if (!f.open(QIODevice::ReadOnly)) {
        err(tr("kchan decode: cannot read %1: %2").arg(f.fileName(), f.errorString()));
        return 1;
    }
    // Captures are read whole; refuse what cannot be one.
    if (f.size() > 2LL * 1024 * 1024 * 1024) {
        err(tr("kchan decode: %1 is larger than 2 GiB").arg(f.fileName()));
        return 1;
    }
    const Pcapng::ReadResult r = Pcapng::read(f.readAll());
    if (!r.error.isEmpty())
        err(tr("kchan decode: %1").arg(r.error));
    if (r.events.isEmpty())
        return r.error.isEmpty() ? 0 : 1;
    QByteArray buf;
    // The capture's own link messages name its interfaces (as when the
    // GUI opens it), not the namespace we run in.
    IfNameCache names;
    for (const NetlinkEvent &e : r.events)
        names.learn(e.protocol, e.raw);
    for (const NetlinkEvent &e : r.events) {
        const QString time = json::isoLocalTime(e.msecsSinceEpoch);
        const QString proto = NetlinkNames::protocol(e.protocol);
        for (const NlMessage &m : NlDecoder::decode(e.protocol, e.raw, &names)) {
            if (p.isSet(QStringLiteral("json")))
                NlDecoder::appendJson(buf, m, time, proto.isEmpty() ? QString::number(e.protocol) : proto, shape);
            else
                buf += (time + QLatin1Char(' ') + proto + QLatin1Char(' ') + m.typeName + QLatin1Char(' ') + m.summary).toUtf8()
                    + (m.error.isEmpty() ? QByteArray() : " [" + m.error.toUtf8() + ']') + '\n';
        }
    }
    out(buf);
    return r.error.isEmpty() ? 0 : 1;
}

} // namespace kc
