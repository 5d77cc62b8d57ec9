// SPDX-License-Identifier: GPL-2.0-or-later
// kchan channels and kchan why: one process's channels to the kernel, and
// why a path, netlink protocol or system call is out of reach.
#include "clicommands.h"
#include "clisupport.h"

#include "crosschannel/processchannels.h"
#include "devices/devicejson.h"
#include "source/datasource.h"
#include "why/why.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kc {

using namespace cli;

int CliCommands::channels(const QStringList &args)
{
    QCommandLineParser p;
    int code = 0;
    if (!parseArgs(p, args,
                   CommandSpec(QStringLiteral("channels"),
                               tr("One process's channels to the kernel: its open descriptors grouped by channel (device nodes, netlink "
                                  "sockets, procfs and sysfs files, kernel objects, sockets, pipes, files), its namespaces, limits and the "
                                  "system call it is in."),
                               {Argument(QStringLiteral("PID"), tr("A process ID."))}),
                   &code))
        return code;
    int pid = 0;
    if (!cli::pidArgument(p.positionalArguments().first(), QStringLiteral("channels"), pid))
        return 2;
    const ProcessChannels pc = source().processChannels(pid);
    if (!pc.error.isEmpty()) {
        err(tr("kchan channels: %1").arg(pc.error));
        return 1;
    }
    if (!pc.fdError.isEmpty())
        err(tr("kchan channels: %1").arg(pc.fdError));

    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray groups;
        for (FdChannel ch : ProcessChannels::channelOrder()) {
            QJsonArray fds;
            for (const ChannelFd &c : pc.fds) {
                if (c.channel != ch)
                    continue;
                QJsonObject o{{QStringLiteral("fd"), c.fd}, {QStringLiteral("target"), c.target}, {QStringLiteral("access"), c.access}};
                if (!c.detail.isEmpty())
                    o.insert(QStringLiteral("detail"), c.detail);
                if (!c.devicePath.isEmpty())
                    o.insert(QStringLiteral("device"), c.devicePath);
                if (c.channel == FdChannel::Device)
                    DeviceJson::insertDriver(o, c.driver);
                if (c.netlinkProtocol >= 0)
                    o.insert(QStringLiteral("netlink_protocol"), c.netlinkProtocol);
                fds.append(o);
            }
            if (fds.isEmpty())
                continue;
            groups.append(QJsonObject{{QStringLiteral("channel"), ProcessChannels::channelKey(ch)},
                                      {QStringLiteral("name"), ProcessChannels::channelName(ch)},
                                      {QStringLiteral("fds"), fds}});
        }
        QJsonArray namespaces;
        for (const ChannelNamespace &n : pc.namespaces)
            namespaces.append(QJsonObject{{QStringLiteral("type"), n.type}, {QStringLiteral("id"), n.id}, {QStringLiteral("same_as_ours"), n.sameAsOurs}});
        QJsonObject o{{QStringLiteral("pid"), pc.pid},
                      {QStringLiteral("comm"), pc.comm},
                      {QStringLiteral("state"), pc.state},
                      {QStringLiteral("channels"), groups},
                      {QStringLiteral("namespaces"), namespaces},
                      {QStringLiteral("limits"), tableJson(pc.limits)},
                      {QStringLiteral("blocked_in"), pc.blockedIn},
                      {QStringLiteral("wchan"), pc.wchan}};
        if (!pc.fdError.isEmpty())
            o.insert(QStringLiteral("fd_error"), pc.fdError);
        outJson(o);
        return 0;
    }
    // Rows start with what they are, so scripts can pick: fd rows by channel.
    QByteArray buf = "process\t" + QByteArray::number(pc.pid) + '\t' + tsvCell(pc.comm) + '\t' + tsvCell(pc.state) + '\n';
    buf += "syscall\t" + tsvCell(pc.blockedIn) + '\t' + tsvCell(pc.wchan) + '\n';
    for (FdChannel ch : ProcessChannels::channelOrder()) {
        for (const ChannelFd &c : pc.fds) {
            if (c.channel == ch)
                buf += tsvCell(ProcessChannels::channelKey(ch)) + '\t' + QByteArray::number(c.fd) + '\t' + tsvCell(c.access) + '\t'
                    + tsvCell(c.target) + '\t' + tsvCell(c.detail) + '\n';
        }
    }
    for (const ChannelNamespace &n : pc.namespaces)
        buf += "namespace\t" + tsvCell(n.type) + '\t' + tsvCell(n.id) + '\t' + (n.sameAsOurs ? "ours" : "other") + '\n';
    for (const QStringList &row : pc.limits.rows)
        buf += "limit\t" + tsvCell(row.value(0)) + '\t' + tsvCell(row.value(1)) + '\t' + tsvCell(row.value(2)) + '\t' + tsvCell(row.value(3)) + '\n';
    out(buf);
    return 0;
}

int CliCommands::why(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption pidOption(QStringLiteral("pid"), tr("For syscall:NAME, the process whose seccomp state to check (default: kchan itself)."),
                                       QStringLiteral("PID"));
    p.addOption(pidOption);
    int code = 0;
    if (!parseArgs(p, args,
                   CommandSpec(QStringLiteral("why"),
                               tr("Why can't I reach it? Checks a path (existence, type, owner and mode against our user, groups and "
                                  "capabilities, ACLs, the driver behind a device node, hidden or gone processes), a netlink protocol "
                                  "(netlink:NAME: is it in this kernel, namespace, capabilities) or a system call (syscall:NAME: this "
                                  "architecture, seccomp, capabilities and sysctls), and prints the evidence. Exits 1 when a check fails."),
                               {Argument(QStringLiteral("PATH|netlink:PROTO|syscall:NAME"))}),
                   &code))
        return code;
    int pid = 0;
    if (!cli::pidOption(p, pidOption, QStringLiteral("why"), pid))
        return 2;
    const WhyAnswer d = source().why(p.positionalArguments().first(), pid);
    if (!d.error.isEmpty()) {
        err(tr("kchan why: %1").arg(d.error));
        return 2;
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray checks;
        for (const WhyCheck &c : d.checks) {
            QJsonObject o{{QStringLiteral("result"), WhyAnswer::resultKey(c.result)},
                          {QStringLiteral("check"), c.title},
                          {QStringLiteral("evidence"), c.evidence}};
            if (!c.fix.isEmpty())
                o.insert(QStringLiteral("fix"), c.fix);
            checks.append(o);
        }
        outJson(QJsonObject{{QStringLiteral("subject"), d.subject},
                            {QStringLiteral("kind"), d.kind},
                            {QStringLiteral("reachable"), !d.failed()},
                            {QStringLiteral("verdict"), d.verdict()},
                            {QStringLiteral("checks"), checks}});
        return d.failed() ? 1 : 0;
    }
    QByteArray buf;
    for (const WhyCheck &c : d.checks) {
        const char *mark = c.result == WhyCheck::Result::Pass ? "ok  " : c.result == WhyCheck::Result::Fail ? "FAIL"
            : c.result == WhyCheck::Result::Warn ? "warn" : "info";
        buf += QByteArray(mark) + "  " + c.title.toUtf8() + ": " + c.evidence.toUtf8() + '\n';
        if (!c.fix.isEmpty())
            buf += "      " + tr("fix: %1").arg(c.fix).toUtf8() + '\n';
    }
    buf += '\n' + d.verdict().toUtf8() + '\n';
    out(buf);
    return d.failed() ? 1 : 0;
}

} // namespace kc
