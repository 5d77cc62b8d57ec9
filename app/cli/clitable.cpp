// SPDX-License-Identifier: GPL-2.0-or-later
#include "clitable.h"

#include "clisupport.h"

#include <limits>

namespace kc::cli {

namespace {

QString tsvText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return v.toString();
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        constexpr qint64 notWhole = std::numeric_limits<qint64>::min();
        if (const qint64 i = v.toInteger(notWhole); i != notWhole)
            return QString::number(i);
        return QString::number(v.toDouble());
    }
    default: return QString();
    }
}

} // namespace

Table::Table(const QList<Column> &columns)
    : m_columns(columns)
{
}

Table &Table::addRow(const QJsonObject &base)
{
    m_rows.append(Row{base, {}});
    m_rows.last().tsv.reserve(m_columns.size());
    return *this;
}

Table &Table::cell(const QJsonValue &json)
{
    return cell(json, tsvText(json));
}

Table &Table::cell(const QJsonValue &json, const QString &tsv)
{
    Q_ASSERT(!m_rows.isEmpty());
    Row &row = m_rows.last();
    const qsizetype c = row.tsv.size();
    if (c < m_columns.size() && !m_columns[c].key.isEmpty() && !json.isUndefined())
        row.json.insert(m_columns[c].key, json);
    row.tsv.append(tsvCell(tsv));
    return *this;
}

QByteArray Table::tsv() const
{
    QByteArray buf;
    buf.reserve(m_rows.size() * 16 * m_columns.size() + 64);
    // A row has the cells it was given: /proc tables may have ragged rows,
    // printed as they are; cells past the named columns are TSV only.
    auto line = [&buf, this](qsizetype cells, auto cellOf) {
        bool first = true;
        for (qsizetype c = 0; c < cells; ++c) {
            if (c < m_columns.size() && m_columns[c].header.isEmpty())
                continue;
            if (!first)
                buf += '\t';
            buf += cellOf(c);
            first = false;
        }
        buf += '\n';
    };
    if (m_tsvHeader)
        line(m_columns.size(), [this](qsizetype c) { return m_columns[c].header; });
    for (const Row &row : m_rows)
        line(row.tsv.size(), [&row](qsizetype c) { return row.tsv[c]; });
    return buf;
}

QJsonArray Table::json() const
{
    QJsonArray arr;
    for (const Row &row : m_rows)
        arr.append(row.json);
    return arr;
}

void Table::print(bool asJson) const
{
    if (asJson)
        outJson(json());
    else
        out(tsv());
}

} // namespace kc::cli
