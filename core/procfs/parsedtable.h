// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kc {

/// One column of a parsed /proc table. `unit` applies to every cell of the
/// column; key/value files such as meminfo mix units and carry them in a
/// column of their own instead (ParsedTable::unitColumn).
struct Column {
    QString name;
    QString description; // one short line, our own words, translated
    QString unit;        // "kB", "B", "ticks", "pages", "ms", "s", "µs" or empty
    bool numeric = false;
};

/// A table parsed out of a /proc file: raw cell text, never reformatted,
/// so a number stays exactly what the kernel wrote.
struct ParsedTable {
    QString title;
    QList<Column> columns;
    QList<QStringList> rows;
    int unitColumn = -1; // key/value tables: the column that holds each row's unit
};

/// The result of parsing one file: its tables, notes on anything skipped,
/// or an error sentence when nothing in it could be understood.
struct ParsedDoc {
    QString formatId;
    QList<ParsedTable> tables;
    QStringList notes;
    QString error;

    bool ok() const { return error.isEmpty(); }
    int rowCount() const
    {
        int n = 0;
        for (const auto &t : tables)
            n += int(t.rows.size());
        return n;
    }
};

} // namespace kc
