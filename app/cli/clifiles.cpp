// SPDX-License-Identifier: GPL-2.0-or-later
// kchan ls, cat, procs, parse and formats: files of /proc and /sys.
#include "clicommands.h"
#include "clisupport.h"
#include "clitable.h"

#include "io/safereader.h"
#include "procfs/dirlister.h"
#include "procfs/procformats.h"
#include "procfs/processscanner.h"
#include "source/datasource.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kc {

using namespace cli;

int CliCommands::ls(const QStringList &args)
{
    QCommandLineParser p;
    int code = 0;
    if (!parseArgs(p, args, CommandSpec(QStringLiteral("ls"), tr("List a directory of /proc or /sys."), {Argument(QStringLiteral("PATH"))}), &code))
        return code;
    const DirListing listing = source().list(normalisedPath(p.positionalArguments().first()));
    if (!listing.error.isEmpty()) {
        err(listing.error);
        return 1;
    }
    // The third TSV column is what the entry is: a process's name, a link's target or a note.
    Table t({{QStringLiteral("name"), "NAME"}, {QStringLiteral("path"), {}}, {QStringLiteral("type"), "TYPE"},
             {QStringLiteral("mode"), {}}, {QStringLiteral("uid"), {}}, {QStringLiteral("target"), {}},
             {QStringLiteral("note"), {}}, {QStringLiteral("pid"), {}}, {QStringLiteral("comm"), {}},
             {QStringLiteral("kernel_thread"), {}}, {{}, "DETAIL"}});
    t.setTsvHeader(false);
    for (const DirEntry &e : listing.entries) {
        const bool process = e.pid >= 0;
        t.addRow()
            .cell(e.name)
            .cell(e.path)
            .cell(DirLister::kindName(e.kind, e.kernelThread))
            .cell(QStringLiteral("%1").arg(e.mode & 07777, 4, 8, QLatin1Char('0')))
            .cell(qint64(e.uid))
            .cell(e.linkTarget.isEmpty() ? Table::absent() : QJsonValue(e.linkTarget))
            .cell(e.note.isEmpty() ? Table::absent() : QJsonValue(e.note))
            .cell(process ? QJsonValue(e.pid) : Table::absent())
            .cell(process ? QJsonValue(e.comm) : Table::absent())
            .cell(process ? QJsonValue(e.kernelThread) : Table::absent())
            .text(process ? e.comm : !e.linkTarget.isEmpty() ? QStringLiteral("-> ") + e.linkTarget : e.note);
    }
    t.print(p.isSet(QStringLiteral("json")));
    return 0;
}

int CliCommands::cat(const QStringList &args)
{
    QCommandLineParser p;
    int code = 0;
    CommandSpec spec(QStringLiteral("cat"), tr("Print a file of /proc or /sys, read safely."), {Argument(QStringLiteral("PATH"))});
    spec.json.clear();
    if (!parseArgs(p, args, spec, &code))
        return code;
    const ReadResult r = source().read(normalisedPath(p.positionalArguments().first()));
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
    if (!parseArgs(p, args,
                   CommandSpec(QStringLiteral("procs"),
                               tr("Every process, from /proc/PID/stat and cmdline; uid is the effective user, the owner of /proc/PID.")),
                   &code))
        return code;
    QString error;
    const QList<ProcessInfo> list = source().processes(&error);
    if (!error.isEmpty()) {
        err(tr("kchan procs: %1").arg(error));
        if (list.isEmpty())
            return 1;
    }
    Table t({{QStringLiteral("pid"), "PID"}, {QStringLiteral("ppid"), "PPID"}, {QStringLiteral("state"), "STATE"},
             {QStringLiteral("rss_kib"), "RSS_KIB"}, {QStringLiteral("threads"), "THREADS"}, {QStringLiteral("uid"), "UID"},
             {QStringLiteral("kernel_thread"), {}}, {QStringLiteral("comm"), "COMM"}, {QStringLiteral("cmdline"), "CMDLINE"}});
    for (const ProcessInfo &i : list) {
        t.addRow()
            .cell(i.pid)
            .cell(i.ppid)
            .cell(QString(QLatin1Char(i.state)))
            .cell(qint64(i.rssKiB))
            .cell(i.threads)
            .cell(qint64(i.uid))
            .cell(i.kernelThread)
            .cell(i.comm)
            .cell(i.cmdline);
    }
    t.print(p.isSet(QStringLiteral("json")));
    return 0;
}

int CliCommands::parse(const QStringList &args)
{
    QCommandLineParser p;
    int code = 0;
    if (!parseArgs(p, args, CommandSpec(QStringLiteral("parse"), tr("Parse a known /proc file into tables."), {Argument(QStringLiteral("PATH"))}),
                   &code))
        return code;
    const QString path = normalisedPath(p.positionalArguments().first());
    const ProcFormat *format = ProcFormats::forPath(path);
    if (!format) {
        err(tr("kchan parse: no parser for %1; kchan formats lists the known ones.").arg(path));
        return 1;
    }
    const ReadResult r = source().read(path);
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
    for (const ParsedTable &parsed : doc.tables) {
        if (doc.tables.size() > 1)
            buf += "# " + tsvCell(parsed.title) + '\n';
        QList<Table::Column> columns;
        for (const Column &col : parsed.columns)
            columns.append({{}, tsvCell(col.unit.isEmpty() ? col.name : col.name + QStringLiteral(" (") + col.unit + QLatin1Char(')'))});
        Table t(columns);
        for (const QStringList &row : parsed.rows) {
            t.addRow();
            for (const QString &cell : row)
                t.text(cell);
        }
        buf += t.tsv();
    }
    out(buf);
    return 0;
}

int CliCommands::formats(const QStringList &args)
{
    QCommandLineParser p;
    int code = 0;
    if (!parseArgs(p, args, CommandSpec(QStringLiteral("formats"), tr("The /proc formats kchan parse understands.")), &code))
        return code;
    Table t({{QStringLiteral("id"), "ID"}, {QStringLiteral("paths"), "PATHS"}, {QStringLiteral("title"), "TITLE"}});
    t.setTsvHeader(false);
    for (const ProcFormat &f : ProcFormats::all())
        t.addRow().cell(f.id).cell(f.pattern).cell(f.title);
    t.print(p.isSet(QStringLiteral("json")));
    return 0;
}

} // namespace kc
