// SPDX-License-Identifier: GPL-2.0-or-later
// kchan maps: one process's address space, region by region, with the
// memory behind each and where user space ends.
#include "clicommands.h"
#include "clisupport.h"

#include "crosschannel/addressspace.h"
#include "source/datasource.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kc {

using namespace cli;

namespace {

QJsonObject totalsJson(const MemoryTotals &t)
{
    return {{QStringLiteral("rss_kb"), qint64(t.rssKb)},
            {QStringLiteral("pss_kb"), qint64(t.pssKb)},
            {QStringLiteral("swap_kb"), qint64(t.swapKb)},
            {QStringLiteral("anonymous_kb"), qint64(t.anonymousKb)}};
}

} // namespace

int CliCommands::maps(const QStringList &args)
{
    QCommandLineParser p;
    int code = 0;
    if (!parseArgs(p, args,
                   CommandSpec(QStringLiteral("maps"),
                               tr("One process's virtual memory, from /proc/PID/smaps: every region with its addresses, size, "
                                  "permissions, kind (text, data, heap, stack, library, anonymous, vdso ...), RSS, PSS, swap and "
                                  "anonymous memory; the totals beside /proc/PID/smaps_rollup; and where user space ends on this "
                                  "machine (the paging mode) and how that was decided."),
                               {Argument(QStringLiteral("PID"), tr("A process ID."))}),
                   &code))
        return code;
    int pid = 0;
    if (!cli::pidArgument(p.positionalArguments().first(), QStringLiteral("maps"), pid))
        return 2;
    const AddressSpace a = AddressSpace::read(source(), pid);
    if (!a.error.isEmpty()) {
        err(tr("kchan maps: %1").arg(a.error));
        return 1;
    }
    if (!a.rollupNote.isEmpty())
        err(tr("kchan maps: %1").arg(a.rollupNote));

    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray regions;
        for (const MemoryRegion &r : a.regions) {
            regions.append(QJsonObject{{QStringLiteral("start"), AddressSpace::hex(r.start)},
                                       {QStringLiteral("end"), AddressSpace::hex(r.end)},
                                       {QStringLiteral("size"), qint64(r.size())},
                                       {QStringLiteral("perms"), r.perms},
                                       {QStringLiteral("offset"), qint64(r.offset)},
                                       {QStringLiteral("device"), r.device},
                                       {QStringLiteral("inode"), qint64(r.inode)},
                                       {QStringLiteral("path"), r.path},
                                       {QStringLiteral("kind"), MemoryRegion::kindKey(r.kind)},
                                       {QStringLiteral("backing"), r.fileBacked() ? QStringLiteral("file") : QStringLiteral("anonymous")},
                                       {QStringLiteral("rss_kb"), qint64(r.rssKb)},
                                       {QStringLiteral("pss_kb"), qint64(r.pssKb)},
                                       {QStringLiteral("swap_kb"), qint64(r.swapKb)},
                                       {QStringLiteral("anonymous_kb"), qint64(r.anonymousKb)},
                                       {QStringLiteral("maps_line"), r.mapsLine}});
        }
        QJsonObject o{{QStringLiteral("pid"), a.pid},
                      {QStringLiteral("comm"), a.comm},
                      {QStringLiteral("exe"), a.exe},
                      {QStringLiteral("split"), QJsonObject{{QStringLiteral("user_end"), AddressSpace::hex(a.split.userEnd)},
                                                            {QStringLiteral("kernel_start"), AddressSpace::hex(a.split.kernelStart)},
                                                            {QStringLiteral("virtual_bits"), a.split.virtualBits},
                                                            {QStringLiteral("paging"), a.split.paging},
                                                            {QStringLiteral("decided_by"), a.split.decidedBy}}},
                      {QStringLiteral("regions"), regions},
                      {QStringLiteral("totals"), totalsJson(a.totals)},
                      {QStringLiteral("rollup"), a.haveRollup ? QJsonValue(totalsJson(a.rollup)) : QJsonValue()},
                      {QStringLiteral("totals_match_rollup"), a.totalsMatchRollup()}};
        outJson(o);
        return 0;
    }
    // As kchan channels: rows start with what they are.
    QByteArray buf = "process\t" + QByteArray::number(a.pid) + '\t' + tsvCell(a.comm) + '\t' + tsvCell(a.exe) + '\n';
    buf += "split\t" + AddressSpace::hex(a.split.userEnd).toUtf8() + '\t' + AddressSpace::hex(a.split.kernelStart).toUtf8() + '\t'
        + tsvCell(a.split.paging) + '\t' + tsvCell(a.split.decidedBy) + '\n';
    for (const MemoryRegion &r : a.regions) {
        buf += "region\t" + AddressSpace::hex(r.start).toUtf8() + '\t' + AddressSpace::hex(r.end).toUtf8() + '\t'
            + QByteArray::number(r.size()) + '\t' + r.perms.toUtf8() + '\t' + MemoryRegion::kindKey(r.kind).toUtf8() + '\t'
            + QByteArray::number(r.rssKb) + '\t' + QByteArray::number(r.pssKb) + '\t' + QByteArray::number(r.swapKb) + '\t'
            + QByteArray::number(r.anonymousKb) + '\t' + tsvCell(r.path) + '\n';
    }
    auto totals = [](const char *what, const MemoryTotals &t) {
        return QByteArray(what) + '\t' + QByteArray::number(t.rssKb) + '\t' + QByteArray::number(t.pssKb) + '\t'
            + QByteArray::number(t.swapKb) + '\t' + QByteArray::number(t.anonymousKb) + '\n';
    };
    buf += totals("total", a.totals);
    if (a.haveRollup)
        buf += totals("rollup", a.rollup);
    out(buf);
    return 0;
}

} // namespace kc
