// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Small helpers shared by the /proc parsers. Internal to core.

#include "parsedtable.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kc::parse {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(kc::Parsers)
};

/// A column description in a static table, translated when used.
struct FieldHelp {
    const char *key;
    const char *text;
};
QString helpFor(const FieldHelp *table, QByteArrayView key);

QList<QByteArrayView> lines(QByteArrayView data);
QList<QByteArrayView> fields(QByteArrayView line);
QList<QByteArrayView> splitOn(QByteArrayView data, char sep);
/// The CPU numbers of a kernel CPU list such as "0-3,8,10-11", the form of
/// /sys/devices/system/cpu/online and possible; malformed parts left out.
QList<int> cpuList(QByteArrayView data);
QString str(QByteArrayView v);
/// The value of a number the parser has checked; 0 for anything else.
double number(QByteArrayView v);
bool isUnsigned(QByteArrayView v);
bool isSigned(QByteArrayView v);
bool isDecimal(QByteArrayView v); // 0.85, 12, -3.5
bool isHex(QByteArrayView v);
/// True when the bytes look like text a /proc file would hold.
bool looksLikeText(QByteArrayView data);

/// Field | Value | Unit | Meaning, the shape of every key/value file.
ParsedTable keyValueTable(const QString &title);

Column col(const QString &name, const QString &description = {}, const QString &unit = {}, bool numeric = false);

/// The error every parser gives when nothing it read made sense.
ParsedDoc nothingUnderstood(const QString &formatId, const QString &expected);
/// Adds a note when `bad` lines were skipped; fails the doc when no row was found.
void finish(ParsedDoc &doc, int bad, const QString &expected);

} // namespace kc::parse
