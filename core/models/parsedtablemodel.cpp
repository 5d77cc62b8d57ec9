// SPDX-License-Identifier: GPL-2.0-or-later
#include "parsedtablemodel.h"

#include "format/formatter.h"
#include "roles.h"

#include <QDateTime>
#include <QLocale>
#include <QThread>

namespace kc {

ParsedTableModel::ParsedTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ParsedTableModel::clear()
{
    beginResetModel();
    m_table = {};
    m_changedAt.clear();
    endResetModel();
}

void ParsedTableModel::setTable(const ParsedTable &table)
{
    Q_ASSERT(QThread::currentThread() == thread());
    bool sameShape = table.columns.size() == m_table.columns.size() && table.rows.size() == m_table.rows.size();
    for (qsizetype c = 0; sameShape && c < table.columns.size(); ++c)
        sameShape = table.columns[c].name == m_table.columns[c].name;
    // Rows keep their identity only when their first cell (the key) stays.
    for (qsizetype r = 0; sameShape && r < table.rows.size(); ++r)
        sameShape = table.rows[r].value(0) == m_table.rows[r].value(0);

    if (!sameShape) {
        beginResetModel();
        m_table = table;
        m_changedAt = QList<QList<qint64>>(table.rows.size(), QList<qint64>(table.columns.size(), 0));
        endResetModel();
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        int firstChanged = -1, lastChanged = -1;
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            if (table.rows[r].value(c) != m_table.rows[r].value(c)) {
                m_changedAt[r][c] = now;
                if (firstChanged < 0)
                    firstChanged = int(c);
                lastChanged = int(c);
            }
        }
        if (firstChanged >= 0) {
            m_table.rows[r] = table.rows[r];
            Q_EMIT dataChanged(index(int(r), firstChanged), index(int(r), lastChanged));
        }
    }
}

int ParsedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ParsedTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QString ParsedTableModel::humanSize(const QString &value, const QString &unit)
{
    bool ok = false;
    const double v = value.toDouble(&ok);
    if (!ok)
        return {};
    double bytes = 0;
    if (unit == QLatin1String("kB"))
        bytes = v * 1024.0;
    else if (unit == QLatin1String("B"))
        bytes = v;
    else
        return {};
    return Formatter::bytesIfLarge(bytes);
}

QVariant ParsedTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_table.rows.size())
        return {};
    const QStringList &row = m_table.rows[index.row()];
    const Column &column = m_table.columns[index.column()];
    const QString cell = row.value(index.column());
    const QString unit = !column.unit.isEmpty() ? column.unit
        : (m_table.unitColumn > 0 && column.numeric) ? row.value(m_table.unitColumn) : QString();
    switch (role) {
    case Qt::DisplayRole:
    case RawValueRole:
        return cell;
    case Qt::ToolTipRole: {
        const QString human = humanSize(cell, unit);
        if (!human.isEmpty())
            return tr("%1 %2 = %3").arg(cell, unit, human);
        return column.description.isEmpty() ? QVariant() : column.description;
    }
    case Qt::TextAlignmentRole:
        return column.numeric ? int(Qt::AlignRight | Qt::AlignVCenter) : int(Qt::AlignLeft | Qt::AlignVCenter);
    case ChangedAtRole:
        return m_changedAt.value(index.row()).value(index.column());
    case UnitRole:
        return unit;
    case NumericRole:
        return column.numeric;
    case SortRole: {
        bool ok = false;
        const double d = cell.toDouble(&ok);
        if (ok)
            return d;
        return cell;
    }
    default:
        return {};
    }
}

QVariant ParsedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_table.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const Column &c = m_table.columns[section];
    if (role == Qt::DisplayRole)
        return c.unit.isEmpty() ? c.name : tr("%1 (%2)").arg(c.name, c.unit);
    if (role == Qt::ToolTipRole && !c.description.isEmpty())
        return c.description;
    return {};
}

} // namespace kc
