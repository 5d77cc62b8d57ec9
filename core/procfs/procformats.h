// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "parsedtable.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace kc {

/// A /proc file format we can parse into a table: which paths have it,
/// which syntax definition highlights it, and the parser.
struct ProcFormat {
    QString id;          // stable: "meminfo", "pid-status", "net-tcp" ...
    QString pattern;     // a path pattern, for the user ("/proc/PID/status")
    QString title;       // translated one-line description
    QString syntax;      // name of our KSyntaxHighlighting definition
    ParsedDoc (*parse)(QByteArrayView data) = nullptr;
    /// The file's named numbers, from the same line reader as its table;
    /// null for files the sampler does not chart.
    QHash<QString, double> (*numbers)(QByteArrayView data) = nullptr;
};

/// The registry of known /proc formats.
class ProcFormats
{
    Q_DECLARE_TR_FUNCTIONS(ProcFormats)
public:
    static const QList<ProcFormat> &all();
    /// The format of `path` (e.g. /proc/1234/status, /proc/self/maps), or null.
    static const ProcFormat *forPath(const QString &path);
    static const ProcFormat *byId(const QString &id);
    /// The syntax definition for any /proc or /sys path, known format or not.
    static QString syntaxForPath(const QString &path);
    /// Parses `data` as the format of `path`; an error when unknown.
    static ParsedDoc parse(const QString &path, QByteArrayView data);
    /// The named numbers of `data` in the format `id` (see
    /// parsers::ProcNumbers); empty when the format has none.
    static QHash<QString, double> numbers(const QString &id, QByteArrayView data);
};

} // namespace kc
