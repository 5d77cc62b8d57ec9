// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace kc::cli {

/// What every kchan listing prints: rows under named columns, written as
/// TSV (a header line, then one line per row, cells through tsvCell) or as
/// a JSON array with one object per row. A column may be in one of the two
/// only: a JSON key without a TSV header, or the other way round. A cell
/// whose JSON value is undefined leaves its key out of that row's object.
class Table
{
public:
    struct Column {
        QString key;       // JSON; empty: the column is not in JSON
        QByteArray header; // TSV; empty: the column is not in TSV
    };

    explicit Table(const QList<Column> &columns);

    /// Without a header line: for tables whose rows say what they are.
    void setTsvHeader(bool on) { m_tsvHeader = on; }

    /// Starts a row. `base` holds JSON members of the row that belong to
    /// no column (a whole object a core class makes, say).
    Table &addRow(const QJsonObject &base = {});
    /// The next cell of the current row, in column order. Its TSV text is
    /// the value as text: a string as it is, numbers in full, null empty.
    /// A row may have fewer cells than columns, or more (TSV only).
    Table &cell(const QJsonValue &json);
    /// The same with TSV text of its own.
    Table &cell(const QJsonValue &json, const QString &tsv);
    /// A cell of TSV only.
    Table &text(const QString &tsv) { return cell(absent(), tsv); }
    /// The JSON value of a cell to leave out (QJsonValue() is null).
    static QJsonValue absent() { return QJsonValue(QJsonValue::Undefined); }

    qsizetype rowCount() const { return m_rows.size(); }
    QByteArray tsv() const;
    QJsonArray json() const;
    /// TSV or indented JSON on stdout.
    void print(bool asJson) const;

private:
    struct Row {
        QJsonObject json;
        QList<QByteArray> tsv;
    };
    QList<Column> m_columns;
    QList<Row> m_rows;
    bool m_tsvHeader = true;
};

} // namespace kc::cli
