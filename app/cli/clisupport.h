// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// What every kchan command shares: output, argument checks, JSON helpers.

#include "netlink/nldecoder.h"
#include "procfs/parsedtable.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace kc::cli {

void out(const QByteArray &bytes);
void err(const QString &message);
void outJson(const QJsonValue &value);
/// TSV cells must not contain tabs or newlines.
QByteArray tsvCell(const QString &s);
/// Parses `args` (without the subcommand) with --json and the positional
/// arguments named; prints help or errors itself. Returns false to exit.
bool parseArgs(QCommandLineParser &p, const QStringList &args, const QString &command, const QString &description,
               const QStringList &positional, bool json, int *exitCode);
QString normalisedPath(const QString &path);
/// --tree of monitor and decode: the whole field tree instead of fields by name.
QCommandLineOption treeOption();
/// The JSON shape `p` asks for with treeOption().
NlDecoder::JsonShape jsonShape(const QCommandLineParser &p);

/// --count and --timeout of the streaming commands.
struct StreamLimits {
    qint64 count = -1;
    double seconds = -1;
};
/// --count: -1 when not given; false after saying what is wrong.
bool countOption(const QCommandLineParser &p, const QCommandLineOption &count, const QString &command, qint64 &out);
/// --interval of the sampling commands, in seconds.
bool intervalOption(const QCommandLineParser &p, const QCommandLineOption &interval, const QString &command, double &out);
/// Both checked alike; a stream with a timeout ends itself.
bool streamLimits(const QCommandLineParser &p, const QCommandLineOption &count, const QCommandLineOption &timeout,
                  const QString &command, StreamLimits &out);
QJsonObject tableJson(const ParsedTable &t);

} // namespace kc::cli
