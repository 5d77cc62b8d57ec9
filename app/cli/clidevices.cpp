// SPDX-License-Identifier: GPL-2.0-or-later
// kchan devices, follow, sysfs and uevents: device nodes, the devices
// behind them, and the kernel's device events.
#include "clicommands.h"
#include "clisupport.h"
#include "clitable.h"

#include "devices/devicefollow.h"
#include "devices/devicejson.h"
#include "devices/deviceparsers.h"
#include "devices/devicescanner.h"
#include "devices/ueventmonitor.h"
#include "io/jsonwriter.h"
#include "procfs/dirlister.h"
#include "source/datasource.h"
#include "sysfs/sysfsobject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace kc {

using namespace cli;

int CliCommands::devices(const QStringList &args)
{
    QCommandLineParser p;
    int code = 0;
    if (!parseArgs(p, args, CommandSpec(QStringLiteral("devices"), tr("Every node under /dev, from stat(), /sys and /proc.")), &code))
        return code;
    const DeviceScan scan = source().devices();
    if (!scan.error.isEmpty()) {
        err(scan.error);
        return 1;
    }
    if (scan.holders.processesHidden > 0)
        err(tr("%Ln process(es) of other users were not checked for open devices: needs root.", nullptr, scan.holders.processesHidden));
    // The JSON of a node is DeviceJson's, which the GUI's export shares.
    // DRIVER is the one answer of every view: the registration open()
    // reaches (and what it calls the minor); BOUND the driver sysfs binds.
    Table t({{{}, "NAME"}, {{}, "TYPE"}, {{}, "MAJ:MIN"}, {{}, "DRIVER"}, {{}, "SUBSYSTEM"}, {{}, "BOUND"}, {{}, "MODULE"},
             {{}, "OWNER"}, {{}, "GROUP"}, {{}, "MODE"}, {{}, "HOLDERS"}, {{}, "TARGET"}});
    for (const DeviceNode &n : scan.nodes) {
        const bool dev = n.isNode() || n.pointsToNode;
        t.addRow(DeviceJson::node(n))
            .text(n.name)
            .text(DeviceJson::typeKey(n.type))
            .text(dev ? n.majMin() : QString())
            .text(dev ? n.driver.label() : QString())
            .text(n.subsystem)
            .text(n.driver.boundText())
            .text(dev ? n.driver.originText() : QString())
            .text(DeviceText::userName(n.uid))
            .text(DeviceText::groupName(n.gid))
            .text(DirLister::modeString(n.mode))
            .text(n.holders >= 0 ? QString::number(n.holders) : QString())
            .text(n.linkTarget);
    }
    t.print(p.isSet(QStringLiteral("json")));
    return 0;
}

int CliCommands::follow(const QStringList &args)
{
    QCommandLineParser p;
    int code = 0;
    if (!parseArgs(p, args,
                   CommandSpec(QStringLiteral("follow"), tr("Follow a /dev node to its driver, module, properties and holders."),
                               {Argument(QStringLiteral("NODE"), tr("A device node under /dev."))}),
                   &code))
        return code;
    const FollowResult r = source().follow(normalisedPath(p.positionalArguments().first()));
    if (!r.ok()) {
        err(r.error);
        return 1;
    }
    if (p.isSet(QStringLiteral("json"))) {
        outJson(DeviceJson::follow(r));
        return 0;
    }
    // Steps with their details indented under them: a path, not a table.
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
    if (!parseArgs(p, args,
                   CommandSpec(QStringLiteral("sysfs"), tr("The attributes and links of a sysfs object, read safely."),
                               {Argument(QStringLiteral("PATH"))}),
                   &code))
        return code;
    const SysfsObject obj = source().sysfsObject(normalisedPath(p.positionalArguments().first()));
    if (!obj.ok()) {
        err(obj.error);
        return 1;
    }
    // Links first, then attributes, in one TSV: name, access ("link" for
    // links), then the target or the value.
    Table links({{QStringLiteral("name"), "NAME"}, {QStringLiteral("target"), {}}, {{}, "ACCESS"}, {QStringLiteral("resolved"), "VALUE"}});
    links.setTsvHeader(false);
    for (const SysfsLink &l : obj.links)
        links.addRow().cell(l.name).cell(l.target).text(QStringLiteral("link")).cell(l.resolved);
    Table attributes({{QStringLiteral("name"), "NAME"}, {QStringLiteral("readable"), {}}, {QStringLiteral("writable"), {}},
                      {QStringLiteral("binary"), {}}, {QStringLiteral("size"), {}}, {QStringLiteral("value"), {}},
                      {QStringLiteral("hex"), {}}, {QStringLiteral("reason"), {}}, {{}, "ACCESS"}, {{}, "VALUE"}});
    attributes.setTsvHeader(false);
    for (const SysfsAttribute &a : obj.attributes) {
        QString text;
        if (!a.readable)
            text = QStringLiteral("# ") + a.reason;
        else if (a.binary)
            text = QStringLiteral("# binary, %1 bytes: %2").arg(a.size).arg(QString::fromLatin1(a.head.toHex(' ')));
        else
            text = a.value;
        attributes.addRow()
            .cell(a.name)
            .cell(a.readable)
            .cell(a.writable)
            .cell(a.binary)
            .cell(a.size)
            .cell(a.readable && !a.binary ? QJsonValue(a.value) : Table::absent())
            .cell(a.binary ? QJsonValue(QString::fromLatin1(a.head.toHex())) : Table::absent())
            .cell(a.reason.isEmpty() ? Table::absent() : QJsonValue(a.reason))
            .text(a.readable && a.writable ? QStringLiteral("rw") : a.writable ? QStringLiteral("w") : QStringLiteral("r"))
            .text(text);
    }
    if (p.isSet(QStringLiteral("json"))) {
        outJson(QJsonObject{{QStringLiteral("path"), obj.path},
                            {QStringLiteral("attributes"), attributes.json()},
                            {QStringLiteral("links"), links.json()},
                            {QStringLiteral("subdirectories"), QJsonArray::fromStringList(obj.subdirectories)}});
        return 0;
    }
    out(links.tsv() + attributes.tsv());
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
    if (!parseArgs(p, args,
                   CommandSpec(QStringLiteral("uevents"), tr("Stream the kernel's device events from NETLINK_KOBJECT_UEVENT (group 1).")),
                   &code))
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

} // namespace kc
