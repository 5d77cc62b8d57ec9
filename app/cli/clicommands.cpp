// SPDX-License-Identifier: GPL-2.0-or-later
#include "clicommands.h"

#include "devices/devicefollow.h"
#include "devices/devicejson.h"
#include "devices/devicescanner.h"
#include "devices/deviceparsers.h"
#include "devices/ueventmonitor.h"
#include "io/safereader.h"
#include "netlink/genlfamilies.h"
#include "netlink/netlinkmonitor.h"
#include "netlink/nldecoder.h"
#include "netlink/pcapng.h"
#include "netlink/netlinknames.h"
#include "netlink/netlinksockets.h"
#include "procfs/dirlister.h"
#include "procfs/procformats.h"
#include "procfs/processscanner.h"
#include "sysfs/sysfsobject.h"
#include "sampling/sampler.h"
#include "syscalls/syscallcounter.h"
#include "syscalls/syscalltable.h"
#include "sysctl/sysctl.h"
#include "sysctl/sysctldocs.h"
#include "sysctl/sysctlsnapshot.h"
#include "io/jsonwriter.h"
#include "clisupport.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QRegularExpression>
#include <QElapsedTimer>
#include <QThread>
#include <QTimer>
#include <QDateTime>

#include <linux/netlink.h>

#include <cstdio>
#include <csignal>
#include <sys/stat.h>

namespace kc {

using namespace cli;

int CliCommands::usage(int exitCode)
{
    const QString text = tr(
        "usage: kchan COMMAND [OPTIONS]\n"
        "\n"
        "The data of Kernel Channels, without the GUI.\n"
        "\n"
        "commands:\n"
        "  ls PATH [--json]      list a /proc or /sys directory, with link targets and notes\n"
        "  cat PATH              print a file, read safely (non-blocking, size-capped)\n"
        "  procs [--json]        every process: pid, ppid, state, rss, threads, uid, comm, cmdline\n"
        "  parse PATH [--json]   a known /proc file as tables (see formats)\n"
        "  formats [--json]      the /proc formats kchan can parse\n"
        "  devices [--json]      every node under /dev with driver, subsystem and holders\n"
        "  follow NODE [--json]  the path from a device node to its driver and module\n"
        "  sysfs PATH [--json]   a sysfs object: attributes, links and children\n"
        "  uevents               kernel uevents as they happen\n"
        "  netlink sockets|families [--json]   open netlink sockets; generic netlink families\n"
        "  monitor SOURCE...     live netlink messages (route, uevent, connector), decoded\n"
        "  decode FILE.pcapng    decode a netlink capture\n"
        "  sysctl [PATTERN] [--json]   kernel tunables under /proc/sys with descriptions\n"
        "  sysctl get KEY | set KEY VALUE [--yes] | snapshot FILE | diff A [B]\n"
        "  sample KEY... [--interval S] [--count N] [--json]   rates and levels, sampled\n"
        "  syscalls [--json]     this kernel's system calls: number, name, arguments, meaning\n"
        "  syscalls --rates [--pid PID] [--interval S] [--count N] [--json]   calls per second\n"
        "  syscall-of PID [--json]   the system call a process is blocked in\n"
        "  map [--interval S] [--json]   the channel map's figures: counts and rates of every channel\n"
        "  channels PID [--json]     one process's channels: descriptors by channel, namespaces, limits\n"
        "  why PATH|netlink:PROTO|syscall:NAME [--pid PID] [--json]   why it cannot be reached, with evidence\n"
        "\n"
        "kchan COMMAND --help shows a command's options. kchan --version prints the version.\n");
    if (exitCode == 0)
        out(text.toUtf8());
    else
        err(text);
    return exitCode;
}

int CliCommands::run(const QStringList &args)
{
    if (args.isEmpty())
        return usage(2);
    const QString command = args.first();
    const QStringList rest = args.mid(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help"))
        return usage(0);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out(QByteArrayLiteral("kchan " KC_VERSION "\n"));
        return 0;
    }
    if (command == QLatin1String("ls"))
        return ls(rest);
    if (command == QLatin1String("cat"))
        return cat(rest);
    if (command == QLatin1String("procs"))
        return procs(rest);
    if (command == QLatin1String("parse"))
        return parse(rest);
    if (command == QLatin1String("formats"))
        return formats(rest);
    if (command == QLatin1String("devices"))
        return devices(rest);
    if (command == QLatin1String("follow"))
        return follow(rest);
    if (command == QLatin1String("sysfs"))
        return sysfs(rest);
    if (command == QLatin1String("uevents"))
        return uevents(rest);
    if (command == QLatin1String("netlink"))
        return netlink(rest);
    if (command == QLatin1String("monitor"))
        return monitor(rest);
    if (command == QLatin1String("decode"))
        return decode(rest);
    if (command == QLatin1String("sysctl"))
        return sysctl(rest);
    if (command == QLatin1String("sample"))
        return sample(rest);
    if (command == QLatin1String("syscalls"))
        return syscalls(rest);
    if (command == QLatin1String("syscall-of"))
        return syscallOf(rest);
    if (command == QLatin1String("channels"))
        return channels(rest);
    if (command == QLatin1String("map"))
        return map(rest);
    if (command == QLatin1String("why"))
        return why(rest);
    err(tr("kchan: unknown command \"%1\"").arg(command));
    return usage(2);
}

int CliCommands::ls(const QStringList &args)
{
    QCommandLineParser p;
    int code = 0;
    if (!parseArgs(p, args, QStringLiteral("ls"), tr("List a directory of /proc or /sys."), {QStringLiteral("PATH")}, true, &code))
        return code;
    const DirListing listing = DirLister::list(normalisedPath(p.positionalArguments().first()));
    if (!listing.error.isEmpty()) {
        err(listing.error);
        return 1;
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const DirEntry &e : listing.entries) {
            QJsonObject o{{QStringLiteral("name"), e.name},
                          {QStringLiteral("path"), e.path},
                          {QStringLiteral("type"), DirLister::kindName(e.kind, e.kernelThread)},
                          {QStringLiteral("mode"), QStringLiteral("%1").arg(e.mode & 07777, 4, 8, QLatin1Char('0'))},
                          {QStringLiteral("uid"), qint64(e.uid)}};
            if (!e.linkTarget.isEmpty())
                o.insert(QStringLiteral("target"), e.linkTarget);
            if (!e.note.isEmpty())
                o.insert(QStringLiteral("note"), e.note);
            if (e.pid >= 0) {
                o.insert(QStringLiteral("pid"), e.pid);
                o.insert(QStringLiteral("comm"), e.comm);
                o.insert(QStringLiteral("kernel_thread"), e.kernelThread);
            }
            arr.append(o);
        }
        outJson(arr);
        return 0;
    }
    QByteArray buf;
    for (const DirEntry &e : listing.entries) {
        buf += tsvCell(e.name) + '\t' + tsvCell(DirLister::kindName(e.kind, e.kernelThread)) + '\t';
        if (e.pid >= 0)
            buf += tsvCell(e.comm);
        else if (!e.linkTarget.isEmpty())
            buf += "-> " + tsvCell(e.linkTarget);
        else
            buf += tsvCell(e.note);
        buf += '\n';
    }
    out(buf);
    return 0;
}

int CliCommands::cat(const QStringList &args)
{
    QCommandLineParser p;
    int code = 0;
    if (!parseArgs(p, args, QStringLiteral("cat"), tr("Print a file of /proc or /sys, read safely."), {QStringLiteral("PATH")}, false, &code))
        return code;
    const ReadResult r = SafeReader::read(normalisedPath(p.positionalArguments().first()));
    if (!r.ok()) {
        err(r.reason);
        return 1;
    }
    out(r.data);
    if (r.truncated)
        err(r.reason);
    return 0;
}

int CliCommands::procs(const QStringList &args)
{
    QCommandLineParser p;
    int code = 0;
    if (!parseArgs(p, args, QStringLiteral("procs"), tr("Every process, from /proc/PID/stat and cmdline; uid is the effective user, the owner of /proc/PID."), {}, true, &code))
        return code;
    const QList<ProcessInfo> list = ProcessScanner::scan();
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const ProcessInfo &i : list) {
            arr.append(QJsonObject{{QStringLiteral("pid"), i.pid},
                                   {QStringLiteral("ppid"), i.ppid},
                                   {QStringLiteral("state"), QString(QLatin1Char(i.state))},
                                   {QStringLiteral("rss_kib"), qint64(i.rssKiB)},
                                   {QStringLiteral("threads"), i.threads},
                                   {QStringLiteral("uid"), qint64(i.uid)},
                                   {QStringLiteral("kernel_thread"), i.kernelThread},
                                   {QStringLiteral("comm"), i.comm},
                                   {QStringLiteral("cmdline"), i.cmdline}});
        }
        outJson(arr);
        return 0;
    }
    QByteArray buf;
    buf.reserve(list.size() * 96 + 64);
    buf += "PID\tPPID\tSTATE\tRSS_KIB\tTHREADS\tUID\tCOMM\tCMDLINE\n";
    for (const ProcessInfo &i : list) {
        buf += QByteArray::number(i.pid) + '\t' + QByteArray::number(i.ppid) + '\t' + i.state + '\t'
            + QByteArray::number(i.rssKiB) + '\t' + QByteArray::number(i.threads) + '\t' + QByteArray::number(i.uid) + '\t'
            + tsvCell(i.comm) + '\t' + tsvCell(i.cmdline) + '\n';
    }
    out(buf);
    return 0;
}

int CliCommands::parse(const QStringList &args)
{
    QCommandLineParser p;
    int code = 0;
    if (!parseArgs(p, args, QStringLiteral("parse"), tr("Parse a known /proc file into tables."), {QStringLiteral("PATH")}, true, &code))
        return code;
    const QString path = normalisedPath(p.positionalArguments().first());
    const ProcFormat *format = ProcFormats::forPath(path);
    if (!format) {
        err(tr("kchan parse: no parser for %1; kchan formats lists the known ones.").arg(path));
        return 1;
    }
    const ReadResult r = SafeReader::read(path);
    if (!r.ok()) {
        err(r.reason);
        return 1;
    }
    const ParsedDoc doc = format->parse(r.data);
    if (!doc.ok()) {
        err(doc.error);
        return 1;
    }
    for (const QString &note : doc.notes)
        err(note);
    if (r.truncated)
        err(r.reason);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray tables;
        for (const ParsedTable &t : doc.tables)
            tables.append(tableJson(t));
        outJson(QJsonObject{{QStringLiteral("path"), path},
                            {QStringLiteral("format"), doc.formatId},
                            {QStringLiteral("truncated"), r.truncated},
                            {QStringLiteral("notes"), QJsonArray::fromStringList(doc.notes)},
                            {QStringLiteral("tables"), tables}});
        return 0;
    }
    QByteArray buf;
    for (const ParsedTable &t : doc.tables) {
        if (doc.tables.size() > 1)
            buf += "# " + tsvCell(t.title) + '\n';
        for (qsizetype c = 0; c < t.columns.size(); ++c) {
            const Column &col = t.columns[c];
            if (c)
                buf += '\t';
            buf += tsvCell(col.unit.isEmpty() ? col.name : col.name + QStringLiteral(" (") + col.unit + QLatin1Char(')'));
        }
        buf += '\n';
        for (const QStringList &row : t.rows) {
            for (qsizetype c = 0; c < row.size(); ++c) {
                if (c)
                    buf += '\t';
                buf += tsvCell(row[c]);
            }
            buf += '\n';
        }
    }
    out(buf);
    return 0;
}

int CliCommands::formats(const QStringList &args)
{
    QCommandLineParser p;
    int code = 0;
    if (!parseArgs(p, args, QStringLiteral("formats"), tr("The /proc formats kchan parse understands."), {}, true, &code))
        return code;
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const ProcFormat &f : ProcFormats::all())
            arr.append(QJsonObject{{QStringLiteral("id"), f.id}, {QStringLiteral("paths"), f.pattern}, {QStringLiteral("title"), f.title}});
        outJson(arr);
        return 0;
    }
    QByteArray buf;
    for (const ProcFormat &f : ProcFormats::all())
        buf += tsvCell(f.id) + '\t' + tsvCell(f.pattern) + '\t' + tsvCell(f.title) + '\n';
    out(buf);
    return 0;
}

int CliCommands::devices(const QStringList &args)
{
    QCommandLineParser p;
    int code = 0;
    if (!parseArgs(p, args, QStringLiteral("devices"), tr("Every node under /dev, from stat(), /sys and /proc."), {}, true, &code))
        return code;
    const DeviceScan scan = DeviceScanner::scan(true);
    if (!scan.error.isEmpty()) {
        err(scan.error);
        return 1;
    }
    if (scan.holders.processesHidden > 0)
        err(tr("%Ln process(es) of other users were not checked for open devices: needs root.", nullptr, scan.holders.processesHidden));
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const DeviceNode &n : scan.nodes)
            arr.append(DeviceJson::node(n));
        outJson(arr);
        return 0;
    }
    QByteArray buf = "NAME\tTYPE\tMAJ:MIN\tMAJOR_NAME\tSUBSYSTEM\tDRIVER\tMODULE\tOWNER\tGROUP\tMODE\tHOLDERS\tTARGET\n";
    for (const DeviceNode &n : scan.nodes) {
        const bool dev = n.isNode() || n.pointsToNode;
        buf += tsvCell(n.name) + '\t' + DeviceJson::typeKey(n.type).toLatin1() + '\t' + (dev ? n.majMin().toLatin1() : QByteArray()) + '\t'
            + tsvCell(n.majorName) + '\t' + tsvCell(n.subsystem) + '\t' + tsvCell(n.driver) + '\t' + tsvCell(n.module) + '\t'
            + tsvCell(DeviceText::userName(n.uid)) + '\t' + tsvCell(DeviceText::groupName(n.gid)) + '\t'
            + DirLister::modeString(n.mode).toLatin1() + '\t' + (n.holders >= 0 ? QByteArray::number(n.holders) : QByteArray()) + '\t'
            + tsvCell(n.linkTarget) + '\n';
    }
    out(buf);
    return 0;
}

int CliCommands::follow(const QStringList &args)
{
    QCommandLineParser p;
    int code = 0;
    if (!parseArgs(p, args, QStringLiteral("follow"), tr("Follow a /dev node to its driver, module, properties and holders."),
                   {QStringLiteral("NODE")}, true, &code))
        return code;
    const FollowResult r = DeviceFollow::follow(normalisedPath(p.positionalArguments().first()));
    if (!r.ok()) {
        err(r.error);
        return 1;
    }
    if (p.isSet(QStringLiteral("json"))) {
        outJson(DeviceJson::follow(r));
        return 0;
    }
    QByteArray buf;
    for (const FollowStep &s : r.steps) {
        buf += (s.title + QStringLiteral(": ") + s.value).toUtf8() + '\n';
        if (!s.detail.isEmpty())
            buf += "    " + s.detail.toUtf8() + '\n';
        for (const auto &kv : s.items)
            buf += "    " + kv.first.toUtf8() + " = " + kv.second.toUtf8() + '\n';
    }
    out(buf);
    return 0;
}

int CliCommands::sysfs(const QStringList &args)
{
    QCommandLineParser p;
    int code = 0;
    if (!parseArgs(p, args, QStringLiteral("sysfs"), tr("The attributes and links of a sysfs object, read safely."),
                   {QStringLiteral("PATH")}, true, &code))
        return code;
    const SysfsObject obj = SysfsReader::read(normalisedPath(p.positionalArguments().first()));
    if (!obj.ok()) {
        err(obj.error);
        return 1;
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray attributes;
        for (const SysfsAttribute &a : obj.attributes) {
            QJsonObject o{{QStringLiteral("name"), a.name},
                          {QStringLiteral("readable"), a.readable},
                          {QStringLiteral("writable"), a.writable},
                          {QStringLiteral("binary"), a.binary},
                          {QStringLiteral("size"), a.size}};
            if (a.readable && !a.binary)
                o.insert(QStringLiteral("value"), a.value);
            if (a.binary)
                o.insert(QStringLiteral("hex"), QString::fromLatin1(a.head.toHex()));
            if (!a.reason.isEmpty())
                o.insert(QStringLiteral("reason"), a.reason);
            attributes.append(o);
        }
        QJsonArray links;
        for (const SysfsLink &l : obj.links)
            links.append(QJsonObject{{QStringLiteral("name"), l.name}, {QStringLiteral("target"), l.target},
                                     {QStringLiteral("resolved"), l.resolved}});
        outJson(QJsonObject{{QStringLiteral("path"), obj.path},
                            {QStringLiteral("attributes"), attributes},
                            {QStringLiteral("links"), links},
                            {QStringLiteral("subdirectories"), QJsonArray::fromStringList(obj.subdirectories)}});
        return 0;
    }
    QByteArray buf;
    for (const SysfsLink &l : obj.links)
        buf += tsvCell(l.name) + "\tlink\t" + tsvCell(l.resolved) + '\n';
    for (const SysfsAttribute &a : obj.attributes) {
        const QByteArray access = a.readable && a.writable ? "rw" : a.writable ? "w" : "r";
        buf += tsvCell(a.name) + '\t' + access + '\t';
        if (!a.readable)
            buf += "# " + tsvCell(a.reason);
        else if (a.binary)
            buf += "# binary, " + QByteArray::number(a.size) + " bytes: " + a.head.toHex(' ');
        else
            buf += tsvCell(a.value);
        buf += '\n';
    }
    out(buf);
    return 0;
}

int CliCommands::uevents(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption count(QStringLiteral("count"), tr("Stop after N events."), QStringLiteral("N"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), tr("Stop after S seconds."), QStringLiteral("S"));
    const QCommandLineOption props(QStringLiteral("properties"), tr("Print every KEY=VALUE of each event."));
    const QCommandLineOption subsystem(QStringLiteral("subsystem"), tr("Only events of this subsystem (may be repeated)."),
                                       QStringLiteral("NAME"));
    p.addOptions({count, timeout, props, subsystem});
    int code = 0;
    if (!parseArgs(p, args, QStringLiteral("uevents"),
                   tr("Stream the kernel's device events from NETLINK_KOBJECT_UEVENT (group 1)."), {}, true, &code))
        return code;
    StreamLimits limits;
    if (!streamLimits(p, count, timeout, QStringLiteral("uevents"), limits))
        return 2;
    const qint64 maxEvents = limits.count;
    const bool json = p.isSet(QStringLiteral("json"));
    const bool withProps = p.isSet(props);
    const QStringList subsystems = p.values(subsystem);

    UeventMonitor monitor;
    if (!monitor.start()) {
        err(monitor.errorString());
        return 1;
    }
    qint64 seen = 0;
    QObject::connect(&monitor, &UeventMonitor::overflowed, [](quint64 lost) {
        if (lost > 0)
            err(tr("kchan uevents: about %Ln event(s) lost: the receive buffer overflowed", nullptr, int(lost)));
        else
            err(tr("kchan uevents: the receive buffer overflowed; events were lost"));
    });
    monitor.setSubsystemFilter(subsystems);
    QObject::connect(&monitor, &UeventMonitor::eventsArrived, [&](const QList<UeventRecord> &batch) {
        QByteArray buf;
        // Events of one batch arrived together: format their time once.
        const QString time = batch.isEmpty() ? QString()
                                             : json::isoLocalTime(batch.first().msecsSinceEpoch);
        const QByteArray time8 = time.toUtf8();
        for (const UeventRecord &r : batch) {
            if (maxEvents >= 0 && seen >= maxEvents)
                break;
            ++seen;
            if (json) {
                QJsonObject properties;
                for (const auto &kv : parsers::ueventMessage(r.raw).properties)
                    properties.insert(kv.first, kv.second);
                buf += QJsonDocument(QJsonObject{{QStringLiteral("time"), time},
                                                 {QStringLiteral("seqnum"), qint64(r.seqnum)},
                                                 {QStringLiteral("action"), r.action},
                                                 {QStringLiteral("devpath"), r.devpath},
                                                 {QStringLiteral("subsystem"), r.subsystem},
                                                 {QStringLiteral("properties"), properties}})
                           .toJson(QJsonDocument::Compact)
                    + '\n';
            } else {
                parsers::UeventHeader h;
                parsers::ueventHeader(r.raw, h);
                buf += time8 + ' ' + QByteArray::number(h.seqnum) + ' ' + h.action.toByteArray() + ' '
                    + h.devpath.toByteArray() + " (" + h.subsystem.toByteArray() + ")\n";
                if (withProps) {
                    for (const auto &kv : parsers::ueventMessage(r.raw).properties)
                        buf += "    " + kv.first.toUtf8() + '=' + kv.second.toUtf8() + '\n';
                }
            }
        }
        out(buf);
        std::fflush(stdout);
        if (maxEvents >= 0 && seen >= maxEvents)
            QCoreApplication::exit(0);
    });
    // Tell the caller (and scripts waiting on it) that nothing is missed from here on.
    err(tr("kchan uevents: listening for kernel uevents"));
    std::fflush(stderr);
    const int rc = QCoreApplication::exec();
    if (monitor.overflowCount() > 0)
        err(tr("kchan uevents: %1 events seen, receive buffer overflowed %2 times, about %3 lost")
                .arg(monitor.eventCount()).arg(monitor.overflowCount()).arg(monitor.lostEstimate()));
    return rc;
}

int CliCommands::netlink(const QStringList &args)
{
    const QString what = args.value(0);
    if (what != QLatin1String("sockets") && what != QLatin1String("families")) {
        if (what == QLatin1String("--help") || what == QLatin1String("-h")) {
            out(tr("usage: kchan netlink sockets [--json] | kchan netlink families [--json]\n").toUtf8());
            return 0;
        }
        err(tr("kchan netlink: say sockets or families; see kchan netlink --help"));
        return 2;
    }
    QCommandLineParser p;
    int code = 0;
    if (!parseArgs(p, args.mid(1), QStringLiteral("netlink ") + what,
                   what == QLatin1String("sockets") ? tr("Open netlink sockets, from NETLINK_SOCK_DIAG or /proc/net/netlink.")
                                                    : tr("Generic netlink families, from the nlctrl controller."),
                   {}, true, &code))
        return code;
    const bool json = p.isSet(QStringLiteral("json"));
    if (what == QLatin1String("families")) {
        const GenlFamilyList list = GenlFamilies::dump(true);
        if (!list.ok()) {
            err(list.error);
            return 1;
        }
        if (json) {
            QJsonArray arr;
            for (const GenlFamily &f : list.families) {
                QJsonArray ops, groups;
                for (const GenlOperation &o : f.operations) {
                    QJsonObject op{{QStringLiteral("id"), qint64(o.id)}, {QStringLiteral("flags"), QJsonArray::fromStringList(o.flagNames())}};
                    if (o.doPolicy >= 0)
                        op.insert(QStringLiteral("do_policy"), o.doPolicy);
                    if (o.dumpPolicy >= 0)
                        op.insert(QStringLiteral("dump_policy"), o.dumpPolicy);
                    ops.append(op);
                }
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
                for (const GenlGroup &g : f.groups)
                    groups.append(QJsonObject{{QStringLiteral("id"), qint64(g.id)}, {QStringLiteral("name"), g.name}});
                arr.append(QJsonObject{{QStringLiteral("id"), f.id}, {QStringLiteral("name"), f.name},
                                       {QStringLiteral("version"), qint64(f.version)}, {QStringLiteral("header_size"), qint64(f.headerSize)},
                                       {QStringLiteral("max_attribute"), qint64(f.maxAttribute)},
                                       {QStringLiteral("operations"), ops}, {QStringLiteral("groups"), groups},
                                       {QStringLiteral("policies"), policies}});
            }
            outJson(arr);
            return 0;
        }
        QByteArray buf = "ID\tNAME\tVERSION\tOPERATIONS\tGROUPS\n";
        for (const GenlFamily &f : list.families) {
            QStringList groups;
            for (const GenlGroup &g : f.groups)
                groups.append(QStringLiteral("%1=%2").arg(g.name).arg(g.id));
            buf += QByteArray::number(f.id) + '\t' + tsvCell(f.name) + '\t' + QByteArray::number(f.version) + '\t'
                + QByteArray::number(f.operations.size()) + '\t' + tsvCell(groups.join(QLatin1Char(' '))) + '\n';
        }
        out(buf);
        return 0;
    }

    const NetlinkSocketList list = NetlinkSockets::list();
    if (!list.ok()) {
        err(list.error);
        return 1;
    }
    const GenlFamilyList families = GenlFamilies::dump();
    auto groupName = [&families](int protocol, int group) { return NetlinkNames::group(protocol, group, families); };
    if (list.processesHidden > 0)
        err(tr("%Ln process(es) of other users were not checked for socket owners: needs root.", nullptr, list.processesHidden));
    if (json) {
        QJsonArray arr;
        for (const NetlinkSocketInfo &s : list.sockets) {
            QJsonArray groups, owners;
            for (int g : s.groups)
                groups.append(QJsonObject{{QStringLiteral("id"), g}, {QStringLiteral("name"), groupName(s.protocol, g)}});
            for (const SocketOwner &o : s.owners)
                owners.append(QJsonObject{{QStringLiteral("pid"), o.pid}, {QStringLiteral("comm"), o.comm}, {QStringLiteral("fd"), o.fd}});
            QJsonObject o{{QStringLiteral("protocol"), s.protocol},
                          {QStringLiteral("protocol_name"), NetlinkNames::protocol(s.protocol)},
                          {QStringLiteral("portid"), qint64(s.portid)},
                          {QStringLiteral("inode"), qint64(s.inode)},
                          {QStringLiteral("kernel"), s.isKernel()},
                          {QStringLiteral("groups"), groups},
                          {QStringLiteral("owners"), owners}};
            if (s.rmem >= 0)
                o.insert(QStringLiteral("rmem"), s.rmem);
            if (s.rcvbuf >= 0)
                o.insert(QStringLiteral("rcvbuf"), s.rcvbuf);
            if (s.wmem >= 0)
                o.insert(QStringLiteral("wmem"), s.wmem);
            if (s.drops >= 0)
                o.insert(QStringLiteral("drops"), s.drops);
            arr.append(o);
        }
        outJson(QJsonObject{{QStringLiteral("source"), list.source},
                            {QStringLiteral("hidden_processes"), list.processesHidden},
                            {QStringLiteral("sockets"), arr}});
        return 0;
    }
    QByteArray buf = "PROTOCOL\tPORTID\tINODE\tGROUPS\tRMEM\tDROPS\tOWNER\n";
    for (const NetlinkSocketInfo &s : list.sockets) {
        QStringList groups, owners;
        for (int g : s.groups)
            groups.append(groupName(s.protocol, g));
        for (const SocketOwner &o : s.owners)
            owners.append(QStringLiteral("%1/%2 fd %3").arg(o.pid).arg(o.comm).arg(o.fd));
        if (s.isKernel())
            owners.append(tr("kernel"));
        const QString proto = NetlinkNames::protocol(s.protocol);
        buf += tsvCell(proto.isEmpty() ? QString::number(s.protocol) : proto) + '\t' + QByteArray::number(s.portid) + '\t'
            + QByteArray::number(s.inode) + '\t' + tsvCell(groups.join(QLatin1Char(','))) + '\t'
            + (s.rmem >= 0 ? QByteArray::number(s.rmem) : QByteArray()) + '\t' + (s.drops >= 0 ? QByteArray::number(s.drops) : QByteArray())
            + '\t' + tsvCell(owners.join(QStringLiteral(", "))) + '\n';
    }
    out(buf);
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
    p.setApplicationDescription(tr("Stream netlink notifications, decoded. Streams: route, uevent, connector, genl:FAMILY[:GROUP]."));
    p.addHelpOption();
    p.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print one JSON object per message.")));
    p.addPositionalArgument(QStringLiteral("STREAM"), tr("connector: process events (fork, exec, exit ...; needs root); "
                                                         "route: links, addresses, routes, neighbours, rules, netconf and nsid; "
                                                         "route:link,addr picks groups (link, addr, route, neigh, rule, netconf, nsid); "
                                                         "uevent: the kernel's device events; "
                                                         "genl:FAMILY[:GROUP]: a generic netlink family's multicast groups, e.g. genl:nlctrl:notify"));
    if (!p.parse(QStringList{QStringLiteral("kchan monitor")} + args)) {
        err(p.errorText());
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out(p.helpText().toUtf8());
        return 0;
    }
    // route, or route:link,addr,... for some of its groups.
    const QStringList streams = p.positionalArguments();
    const QString stream = streams.value(0);
    QList<int> groups;
    int protocol = 0;
    if (streams.size() != 1) {
        err(tr("kchan monitor: watch one stream at a time: route[:GROUPS], uevent, connector or genl:FAMILY[:GROUP]"));
        return 2;
    }
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
        const GenlFamilyList list = GenlFamilies::dump();
        if (!list.ok()) {
            err(tr("kchan monitor: %1").arg(list.error));
            return 1;
        }
        QHash<quint16, QString> names;
        for (const GenlFamily &f : list.families)
            names.insert(f.id, f.name);
        NlDecoder::setGenlFamilyNames(names);
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
    NetlinkMonitor monitor(protocol);
    // Each wake-up costs more than decoding a few messages; a stream on a
    // terminal or into a script can wait 0.1 s for a bigger batch, and
    // half a second in a storm.
    monitor.setCoalescing(100, 500);
    monitor.setGroups(groups);
    if (p.isSet(netns))
        monitor.setNetworkNamespace(p.value(netns));
    if (!monitor.start()) {
        err(monitor.errorString());
        return 1;
    }
    qint64 seen = 0;
    QObject::connect(&monitor, &NetlinkMonitor::overflowed, [] {
        err(tr("kchan monitor: the receive buffer overflowed; messages were lost (dump again to resync)"));
    });
    QObject::connect(&monitor, &NetlinkMonitor::eventsArrived, [&](const QList<NetlinkEvent> &batch) {
        QByteArray buf;
        buf.reserve(batch.size() * (json ? 1600 : 100));
        const QString time = batch.isEmpty() ? QString() : json::isoLocalTime(batch.first().msecsSinceEpoch);
        for (const NetlinkEvent &e : batch) {
            if (maxMessages >= 0 && seen >= maxMessages)
                break;
            if (capture.isOpen())
                capture.write(Pcapng::packet(e));
            for (const NlMessage &m : NlDecoder::decode(e.protocol, e.raw)) {
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
    return QCoreApplication::exec();
}

int CliCommands::decode(const QStringList &args)
{
    QCommandLineParser p;
    int code = 0;
    p.addOption(treeOption());
    if (!parseArgs(p, args, QStringLiteral("decode"), tr("Decode a pcapng capture of netlink messages."), {QStringLiteral("FILE")}, true, &code))
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
    for (const NetlinkEvent &e : r.events) {
        const QString time = json::isoLocalTime(e.msecsSinceEpoch);
        const QString proto = NetlinkNames::protocol(e.protocol);
        for (const NlMessage &m : NlDecoder::decode(e.protocol, e.raw)) {
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

namespace kc {

namespace {

// A glob when the pattern has one, else a part of the key.
bool keyMatches(const QString &key, const QString &pattern, const QRegularExpression &glob)
{
    if (pattern.isEmpty())
        return true;
    if (glob.isValid() && !glob.pattern().isEmpty())
        return glob.match(key).hasMatch();
    return key.contains(pattern);
}

void appendSysctlJson(QByteArray &buf, const SysctlEntry &e)
{
    buf += "{\"key\":";
    json::appendString(buf, e.key);
    if (e.ok()) {
        buf += ",\"value\":";
        json::appendUtf8(buf, e.value);
        if (const QStringList values = e.values(); values.size() > 1) {
            buf += ",\"values\":[";
            for (qsizetype i = 0; i < values.size(); ++i) {
                if (i)
                    buf += ',';
                json::appendString(buf, values[i]);
            }
            buf += ']';
        }
    } else {
        buf += ",\"value\":null,\"reason\":";
        json::appendString(buf, e.reason);
    }
    buf += ",\"status\":";
    json::appendString(buf, SafeReader::statusKey(e.status));
    buf += ",\"mode\":\"";
    buf += QByteArray::number(e.mode, 8);
    buf += Sysctl::writableByUs(e.mode) ? "\",\"writable\":true" : "\",\"writable\":false";
    if (const SysctlDoc *doc = sysctldocs::find(e.key)) {
        buf += ",\"description\":";
        json::appendString(buf, doc->description());
        if (doc->unit != SysctlUnit::None) {
            buf += ",\"unit\":";
            json::appendString(buf, sysctldocs::unitName(doc->unit));
        }
    }
    buf += '}';
}

} // namespace

int CliCommands::sysctl(const QStringList &args)
{
    if (!args.isEmpty()) {
        const QString sub = args.first();
        if (sub == QLatin1String("get"))
            return sysctlGet(args.mid(1));
        if (sub == QLatin1String("set"))
            return sysctlSet(args.mid(1));
        if (sub == QLatin1String("snapshot") || sub == QLatin1String("diff"))
            return sysctlDiff(args);
    }
    QCommandLineParser p;
    p.setApplicationDescription(tr("Every kernel tunable under /proc/sys: key, value, and what it means.\n"
                                   "Subcommands: get KEY, set KEY VALUE [--yes], snapshot FILE, diff A [B]."));
    p.addHelpOption();
    p.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print JSON instead of a table.")));
    p.addPositionalArgument(QStringLiteral("PATTERN"), tr("Only keys containing this text, or matching it when it has * or ?."), QStringLiteral("[PATTERN]"));
    if (!p.parse(QStringList{QStringLiteral("kchan sysctl")} + args)) {
        err(p.errorText());
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out(p.helpText().toUtf8());
        return 0;
    }
    if (p.positionalArguments().size() > 1) {
        err(tr("kchan sysctl: give at most one pattern; see kchan sysctl --help"));
        return 2;
    }
    const QString pattern = p.positionalArguments().value(0);
    QRegularExpression glob;
    if (pattern.contains(QLatin1Char('*')) || pattern.contains(QLatin1Char('?')))
        glob = QRegularExpression(QRegularExpression::wildcardToRegularExpression(pattern, QRegularExpression::NonPathWildcardConversion));
    const bool asJson = p.isSet(QStringLiteral("json"));
    const std::vector<SysctlEntry> entries = Sysctl::readAll();
    if (entries.empty()) {
        err(tr("kchan sysctl: %1 cannot be read; is /proc mounted?").arg(SysctlPath::defaultRoot()));
        return 1;
    }
    QByteArray buf;
    buf.reserve(asJson ? 256 * qsizetype(entries.size()) : 64 * qsizetype(entries.size()));
    bool first = true;
    if (asJson)
        buf += '[';
    for (const SysctlEntry &e : entries) {
        if (!keyMatches(e.key, pattern, glob))
            continue;
        if (asJson) {
            buf += first ? "\n" : ",\n";
            appendSysctlJson(buf, e);
        } else {
            // The familiar "key = value" on stdout; what cannot be read
            // says why on stderr, as sysctl(8) does.
            if (e.ok()) {
                QByteArray v = e.value;
                v.replace('\n', ' ');
                buf += e.key.toUtf8() + " = " + v + '\n';
            } else {
                err(tr("kchan sysctl: %1: %2").arg(e.key, e.reason));
            }
        }
        first = false;
    }
    if (asJson)
        buf += "\n]\n";
    out(buf);
    if (first && !pattern.isEmpty()) {
        err(tr("kchan sysctl: no key matches \"%1\"").arg(pattern));
        return 1;
    }
    return 0;
}

int CliCommands::sysctlGet(const QStringList &args)
{
    QCommandLineParser p;
    int code = 0;
    if (!parseArgs(p, args, QStringLiteral("sysctl get"), tr("Print the value of one sysctl key."), {QStringLiteral("KEY")}, true, &code))
        return code;
    const SysctlEntry e = Sysctl::read(p.positionalArguments().first());
    if (p.isSet(QStringLiteral("json"))) {
        QByteArray buf;
        appendSysctlJson(buf, e);
        out(buf + '\n');
        return e.ok() ? 0 : 1;
    }
    if (!e.ok()) {
        err(tr("kchan sysctl get: %1").arg(e.reason));
        return 1;
    }
    out(e.value + '\n');
    return 0;
}

int CliCommands::sysctlSet(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Write a value to a sysctl key, after showing the equivalent sysctl -w and asking."));
    p.addHelpOption();
    const QCommandLineOption yes(QStringLiteral("yes"), tr("Do not ask for confirmation."));
    p.addOption(yes);
    p.addPositionalArgument(QStringLiteral("KEY"), tr("A dotted key such as net.ipv4.ip_forward."));
    p.addPositionalArgument(QStringLiteral("VALUE"), tr("The new value; several numbers separated by spaces in one argument."));
    if (!p.parse(QStringList{QStringLiteral("kchan sysctl set")} + args)) {
        err(p.errorText());
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out(p.helpText().toUtf8());
        return 0;
    }
    if (p.positionalArguments().size() != 2) {
        err(tr("kchan sysctl set: expected KEY VALUE; see kchan sysctl set --help"));
        return 2;
    }
    const QString key = p.positionalArguments()[0];
    const QString value = p.positionalArguments()[1];
    const SysctlEntry before = Sysctl::read(key);
    if (before.status == ReadStatus::NotFound) {
        err(tr("kchan sysctl set: %1").arg(before.reason));
        return 1;
    }
    if (const QString problem = Sysctl::check(key, before.value, value); !problem.isEmpty()) {
        err(tr("kchan sysctl set: %1 Nothing was written.").arg(problem));
        return 2;
    }
    if (!p.isSet(yes)) {
        err(tr("This will run the equivalent of:\n  %1\nThe value now is: %2\nWrite it? [y/N] ")
                .arg(Sysctl::commandLine(key, value), before.ok() ? QString::fromUtf8(before.value) : before.reason));
        char answer[16] = {};
        if (!std::fgets(answer, sizeof answer, stdin) || (answer[0] != 'y' && answer[0] != 'Y')) {
            err(tr("Nothing was written."));
            return 1;
        }
    }
    const SysctlWriteResult r = Sysctl::write(key, value);
    if (!r.ok) {
        err(tr("kchan sysctl set: %1 The value stays %2.")
                .arg(r.message, before.ok() ? QString::fromUtf8(before.value) : tr("as it was")));
        return 1;
    }
    const SysctlEntry after = Sysctl::read(key);
    out(key.toUtf8() + " = " + after.value + '\n');
    return 0;
}

int CliCommands::sysctlDiff(const QStringList &args)
{
    const bool snapshot = args.first() == QLatin1String("snapshot");
    QCommandLineParser p;
    p.setApplicationDescription(snapshot ? tr("Save the value of every readable key to a JSON file.")
                                         : tr("Compare a saved snapshot A with snapshot B, or with the values now. Exit status 3 when they differ."));
    p.addHelpOption();
    if (snapshot)
        p.addPositionalArgument(QStringLiteral("FILE"), tr("Where to write the snapshot."));
    else
        p.addPositionalArgument(QStringLiteral("A"), tr("A snapshot file"), QStringLiteral("A [B]"));
    if (!p.parse(QStringList{QStringLiteral("kchan sysctl ") + args.first()} + args.mid(1))) {
        err(p.errorText());
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out(p.helpText().toUtf8());
        return 0;
    }
    const QStringList files = p.positionalArguments();
    if (snapshot) {
        if (files.size() != 1) {
            err(tr("kchan sysctl snapshot: expected FILE"));
            return 2;
        }
        QFile f(files[0]);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(SysctlSnapshot::fromEntries(Sysctl::readAll()).toJson()) < 0) {
            err(tr("kchan sysctl snapshot: cannot write %1: %2").arg(files[0], f.errorString()));
            return 1;
        }
        return 0;
    }
    if (files.isEmpty() || files.size() > 2) {
        err(tr("kchan sysctl diff: expected A [B]"));
        return 2;
    }
    SysctlSnapshot sides[2];
    for (int i = 0; i < 2; ++i) {
        if (i >= files.size()) {
            sides[i] = SysctlSnapshot::fromEntries(Sysctl::readAll());
            continue;
        }
        QFile f(files[i]);
        if (!f.open(QIODevice::ReadOnly)) {
            err(tr("kchan sysctl diff: cannot read %1: %2").arg(files[i], f.errorString()));
            return 1;
        }
        QString error;
        const auto s = SysctlSnapshot::fromJson(f.readAll(), &error);
        if (!s) {
            err(tr("kchan sysctl diff: %1: %2").arg(files[i], error));
            return 1;
        }
        sides[i] = *s;
    }
    QByteArray buf;
    const QList<SysctlDifference> diff = diffSnapshots(sides[0], sides[1]);
    for (const SysctlDifference &d : diff) {
        if (!d.inAfter)
            buf += "- " + d.key.toUtf8() + " = " + d.before.toUtf8() + '\n';
        else if (!d.inBefore)
            buf += "+ " + d.key.toUtf8() + " = " + d.after.toUtf8() + '\n';
        else
            buf += "~ " + d.key.toUtf8() + " = " + d.before.toUtf8() + " -> " + d.after.toUtf8() + '\n';
    }
    out(buf);
    return diff.isEmpty() ? 0 : 3;
}

int CliCommands::sample(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Sample numbers from /proc and /sys: counters as rates per second, levels as they are.\n"
                                   "Keys: meminfo:MemFree, stat:cpu.user, stat:ctxt, stat:intr, vmstat:pgfault,\n"
                                   "net/dev:IFACE.rx_bytes, diskstats:DEV.read_bytes, interrupts:IRQ|total,\n"
                                   "pressure/cpu:some.total, loadavg:1, sysctl:KEY, or a path holding a number."));
    p.addHelpOption();
    p.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print one JSON object per sample.")));
    const QCommandLineOption interval(QStringLiteral("interval"), tr("Seconds between samples (default 1)."), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption count(QStringLiteral("count"), tr("Stop after N samples."), QStringLiteral("N"));
    p.addOption(interval);
    p.addOption(count);
    p.addPositionalArgument(QStringLiteral("KEY"), tr("What to sample"), QStringLiteral("KEY..."));
    if (!p.parse(QStringList{QStringLiteral("kchan sample")} + args)) {
        err(p.errorText());
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out(p.helpText().toUtf8());
        return 0;
    }
    const QStringList keys = p.positionalArguments();
    if (keys.isEmpty()) {
        err(tr("kchan sample: name at least one key; see kchan sample --help"));
        return 2;
    }
    double seconds = 0;
    qint64 samples = -1;
    if (!intervalOption(p, interval, QStringLiteral("sample"), seconds) || !countOption(p, count, QStringLiteral("sample"), samples))
        return 2;
    Sampler sampler;
    sampler.setKeys(keys);
    for (int i = 0; i < keys.size(); ++i) {
        if (!sampler.source(i).ok()) {
            err(tr("kchan sample: %1").arg(sampler.source(i).error));
            return 2;
        }
    }
    const bool asJson = p.isSet(QStringLiteral("json"));
    if (!asJson) {
        QByteArray head = "time";
        for (int i = 0; i < keys.size(); ++i) {
            const QString unit = sampler.source(i).displayUnit();
            head += '\t' + tsvCell(unit.isEmpty() ? keys[i] : keys[i] + QStringLiteral(" (") + unit + QLatin1Char(')'));
        }
        out(head + '\n');
    }
    QElapsedTimer clock;
    clock.start();
    // Counters need two readings: the first tick primes them and prints
    // only when every key is a level.
    bool anyCounter = false;
    for (int i = 0; i < keys.size(); ++i)
        anyCounter = anyCounter || sampler.source(i).kind == SampleKind::Counter;
    const qint64 step = qint64(seconds * 1000);
    qint64 printed = 0;
    qint64 base = 0;
    for (qint64 tick = 0;; ++tick) {
        const qint64 due = base + tick * step;
        if (const qint64 wait = due - clock.elapsed(); wait > 0)
            QThread::msleep(quint64(wait));
        const qint64 now = clock.elapsed();
        const QList<SamplePoint> points = sampler.sample(now);
        if (tick == 0 && anyCounter) {
            // Priming may take a while (opening syscall counters): the
            // first interval starts when it is done, so it is a whole one.
            base = clock.elapsed();
            continue;
        }
        const QString time = QDateTime::currentDateTime().toString(Qt::ISODateWithMs);
        QByteArray line;
        if (asJson) {
            line = "{\"time\":";
            json::appendString(line, time);
            line += ",\"values\":{";
            for (int i = 0; i < points.size(); ++i) {
                if (i)
                    line += ',';
                json::appendString(line, points[i].key);
                line += ':' + (points[i].valid ? QByteArray::number(points[i].value, 'g', 12) : QByteArray("null"));
            }
            line += "}}\n";
        } else {
            line = time.toUtf8();
            for (const SamplePoint &pt : points)
                line += '\t' + (pt.valid ? QByteArray::number(pt.value, 'f', 3) : QByteArray("-"));
            line += '\n';
        }
        out(line);
        std::fflush(stdout);
        for (const SamplePoint &pt : points) {
            if (!pt.error.isEmpty())
                err(tr("kchan sample: %1: %2").arg(pt.key, pt.error));
        }
        if (samples > 0 && ++printed >= samples)
            return 0;
    }
}

int CliCommands::syscalls(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("The system calls of this kernel and architecture, or with --rates how often each is made,\n"
                                   "counted exactly by the kernel: by a BPF program on the sys_enter tracepoint (root), else\n"
                                   "by perf events on the syscalls tracepoints (needs tracefs, and root or\n"
                                   "kernel.perf_event_paranoid=-1)."));
    p.addHelpOption();
    p.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print JSON.")));
    const QCommandLineOption rates(QStringLiteral("rates"), tr("Count calls and print them per interval."));
    const QCommandLineOption pid(QStringLiteral("pid"), tr("Count only the threads of this process."), QStringLiteral("PID"));
    const QCommandLineOption interval(QStringLiteral("interval"), tr("Seconds per line of --rates (default 1)."), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption count(QStringLiteral("count"), tr("Stop after N intervals."), QStringLiteral("N"));
    const QCommandLineOption mount(QStringLiteral("mount-tracefs"), tr("Mount tracefs at /sys/kernel/tracing first if it is not mounted (root; every program on the machine sees the mount)."));
    const QCommandLineOption method(QStringLiteral("method"), tr("How --rates counts: bpf, perf, or best (default: bpf when it can be had)."),
                                    QStringLiteral("M"), QStringLiteral("best"));
    const QCommandLineOption byProcess(QStringLiteral("by-process"), tr("With --rates on every CPU: also the ten processes that made the most calls (BPF only)."));
    p.addOptions({rates, pid, interval, count, mount, method, byProcess});
    if (!p.parse(QStringList{QStringLiteral("kchan syscalls")} + args)) {
        err(p.errorText());
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out(p.helpText().toUtf8());
        return 0;
    }
    if (p.isSet(mount) && SyscallTable::findTracefs().isEmpty()) {
        QString error;
        if (!SyscallCounter::mountTracefs(&error)) {
            err(tr("kchan syscalls: %1").arg(error));
            return 1;
        }
    }
    const SyscallTable table = SyscallTable::load();
    const bool asJson = p.isSet(QStringLiteral("json"));
    if (!p.isSet(rates)) {
        if (!table.note.isEmpty())
            err(tr("kchan syscalls: %1").arg(table.note));
        QByteArray buf;
        if (asJson) {
            buf += '[';
            for (int i = 0; i < table.calls.size(); ++i) {
                const SyscallInfo &c = table.calls[i];
                buf += i ? ",\n{\"number\":" : "\n{\"number\":";
                buf += c.number >= 0 ? QByteArray::number(c.number) : QByteArray("null");
                buf += ",\"name\":";
                json::appendString(buf, c.name);
                if (c.argsKnown) {
                    buf += ",\"args\":[";
                    for (int a = 0; a < c.args.size(); ++a) {
                        buf += a ? ",{\"type\":" : "{\"type\":";
                        json::appendString(buf, c.args[a].type);
                        buf += ",\"name\":";
                        json::appendString(buf, c.args[a].name);
                        buf += '}';
                    }
                    buf += ']';
                } else {
                    buf += ",\"args\":null";
                }
                if (const QString d = c.description(); !d.isEmpty()) {
                    buf += ",\"description\":";
                    json::appendString(buf, d);
                }
                buf += '}';
            }
            buf += "\n]\n";
        } else {
            buf += "number\tname\tsignature\tdescription\n";
            for (const SyscallInfo &c : table.calls)
                buf += (c.number >= 0 ? QByteArray::number(c.number) : QByteArray("-")) + '\t' + c.name.toUtf8() + '\t'
                    + tsvCell(c.signature()) + '\t' + tsvCell(c.description()) + '\n';
        }
        out(buf);
        return 0;
    }

    bool ok = true;
    const int target = p.isSet(pid) ? p.value(pid).toInt(&ok) : -1;
    if (!ok || (p.isSet(pid) && target <= 0)) {
        err(tr("kchan syscalls: --pid takes a process ID"));
        return 2;
    }
    double seconds = 0;
    qint64 intervals = -1;
    if (!intervalOption(p, interval, QStringLiteral("syscalls"), seconds) || !countOption(p, count, QStringLiteral("syscalls"), intervals))
        return 2;
    const std::optional<SyscallCounter::Method> named = SyscallCounter::methodNamed(p.value(method));
    if (!named) {
        err(tr("kchan syscalls: --method takes bpf, perf or best"));
        return 2;
    }
    const SyscallCounter::Method how = *named;
    SyscallCounter counter;
    if (!counter.open(table.calls, target, how, p.isSet(byProcess))) {
        err(tr("kchan syscalls: %1").arg(counter.error()));
        if (table.tracefs.isEmpty() && how != SyscallCounter::Method::Bpf)
            err(tr("kchan syscalls: to count with perf events, mount tracefs: mount -t tracefs nodev /sys/kernel/tracing (or pass --mount-tracefs)."));
        return 1;
    }
    // Said once every counter is open: from here on no call is missed.
    QHash<int, quint64> lastByProcess = counter.callsByProcess();
    if (p.isSet(byProcess) && (target > 0 || counter.method() != SyscallCounter::Method::Bpf)) {
        err(tr("kchan syscalls: --by-process needs every CPU counted with BPF (root, no --pid, no --method perf)"));
        return 1;
    }
    const QString with = counter.method() == SyscallCounter::Method::Bpf ? tr("a BPF program") : tr("perf events");
    err(target > 0 ? tr("kchan syscalls: counting %1 system calls of process %2 with %3").arg(counter.calls().size()).arg(target).arg(with)
                   : tr("kchan syscalls: counting %1 system calls on every CPU with %2").arg(counter.calls().size()).arg(with));
    QElapsedTimer clock;
    clock.start();
    QList<quint64> last = counter.read();
    qint64 lastMs = 0;
    const qint64 step = qint64(seconds * 1000);
    for (qint64 n = 1;; ++n) {
        if (const qint64 wait = n * step - clock.elapsed(); wait > 0)
            QThread::msleep(quint64(wait));
        const QList<quint64> now = counter.read();
        const qint64 nowMs = clock.elapsed();
        const double dt = double(nowMs - lastMs) / 1000.0;
        QList<QPair<quint64, int>> moved = SyscallCounter::moved(last, now);
        std::sort(moved.begin(), moved.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        QList<ProcessCallRate> busiest;
        if (p.isSet(byProcess)) {
            const QHash<int, quint64> byProcessNow = counter.callsByProcess();
            busiest = SyscallCounter::busiest(lastByProcess, byProcessNow, dt, 10);
            lastByProcess = byProcessNow;
        }
        const QString time = QDateTime::currentDateTime().toString(Qt::ISODateWithMs);
        QByteArray line;
        if (asJson) {
            line = "{\"time\":";
            json::appendString(line, time);
            line += ",\"seconds\":" + QByteArray::number(dt, 'f', 3) + ",\"counts\":{";
            for (int m = 0; m < moved.size(); ++m) {
                if (m)
                    line += ',';
                json::appendString(line, counter.calls()[moved[m].second].name);
                line += ':' + QByteArray::number(moved[m].first);
            }
            line += '}';
            if (p.isSet(byProcess)) {
                line += ",\"processes\":[";
                for (int b = 0; b < busiest.size(); ++b) {
                    line += b ? ",{\"pid\":" : "{\"pid\":";
                    line += QByteArray::number(busiest[b].pid) + ",\"comm\":";
                    json::appendString(line, busiest[b].comm);
                    line += ",\"calls\":" + QByteArray::number(busiest[b].calls) + '}';
                }
                line += ']';
            }
            line += "}\n";
        } else {
            quint64 total = 0;
            for (const auto &m : moved)
                total += m.first;
            line = time.toUtf8() + "\ttotal\t" + QByteArray::number(double(total) / dt, 'f', 1) + "/s";
            for (int m = 0; m < moved.size() && m < 10; ++m)
                line += '\t' + counter.calls()[moved[m].second].name.toUtf8() + ' ' + QByteArray::number(double(moved[m].first) / dt, 'f', 1) + "/s";
            line += '\n';
            if (p.isSet(byProcess)) {
                line += time.toUtf8() + "\tprocesses";
                for (const ProcessCallRate &b : std::as_const(busiest))
                    line += '\t' + QByteArray::number(b.pid) + ' ' + tsvCell(b.comm) + ' ' + QByteArray::number(b.perSecond, 'f', 1) + "/s";
                line += '\n';
            }
        }
        out(line);
        std::fflush(stdout);
        last = now;
        lastMs = nowMs;
        if (intervals > 0 && n >= intervals)
            return 0;
        if (target > 0 && ::kill(target, 0) != 0 && errno == ESRCH) {
            err(tr("kchan syscalls: process %1 has exited").arg(target));
            return 0;
        }
    }
}

int CliCommands::syscallOf(const QStringList &args)
{
    QCommandLineParser p;
    int code = 0;
    if (!parseArgs(p, args, QStringLiteral("syscall-of"), tr("What system call a process is in now, from /proc/PID/syscall and wchan."),
                   {QStringLiteral("PID")}, true, &code))
        return code;
    bool ok = false;
    const int pid = p.positionalArguments().first().toInt(&ok);
    if (!ok || pid <= 0) {
        err(tr("kchan syscall-of: %1 is not a process ID").arg(p.positionalArguments().first()));
        return 2;
    }
    const ProcessCallState task = ProcessCallState::read(pid);
    if (!task.call) {
        err(tr("kchan syscall-of: %1").arg(task.callError));
        return 1;
    }
    const auto &s = task.call;
    const QString &wait = task.wchan;
    const QString name = s->state == ProcSyscall::State::InSyscall ? SyscallTable::nameOf(s->number) : QString();
    if (p.isSet(QStringLiteral("json"))) {
        QByteArray buf = "{\"pid\":" + QByteArray::number(pid) + ",\"state\":";
        const char *state = s->state == ProcSyscall::State::Running ? "running"
            : s->state == ProcSyscall::State::InSyscall ? "syscall" : "not-in-syscall";
        buf += '"' + QByteArray(state) + '"';
        if (s->state == ProcSyscall::State::InSyscall) {
            buf += ",\"number\":" + QByteArray::number(s->number) + ",\"name\":";
            json::appendString(buf, name);
            buf += ",\"args\":[";
            for (int i = 0; i < 6; ++i)
                buf += (i ? "," : "") + QByteArray::number(s->args[i]);
            buf += ']';
        }
        buf += ",\"wchan\":";
        json::appendString(buf, wait);
        buf += ",\"summary\":";
        json::appendString(buf, SyscallTable::describe(*s));
        out(buf + "}\n");
        return 0;
    }
    out(SyscallTable::describe(*s).toUtf8() + (wait.isEmpty() || wait == QLatin1String("0") ? QByteArray() : " — waiting in " + wait.toUtf8()) + '\n');
    return 0;
}

} // namespace kc
