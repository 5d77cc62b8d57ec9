// SPDX-License-Identifier: GPL-2.0-or-later
#include "syscalltablemodel.h"

#include "format/formatter.h"

#include <utility>

#include "roles.h"

#include <QLocale>

namespace kc {

SyscallTableModel::SyscallTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SyscallTableModel::setTable(const SyscallTable &table)
{
    beginResetModel();
    m_table = table;
    m_rowOf.clear();
    for (int i = 0; i < m_table.calls.size(); ++i)
        m_rowOf.insert(m_table.calls[i].name, i);
    endResetModel();
}

void SyscallTableModel::setCounts(const QHash<QString, double> &rates, const QHash<QString, quint64> &totals)
{
    // Most calls are not made in a given second: only rows whose figures
    // moved are announced, each run of them at once, so a view repaints
    // (and a sorting proxy re-sorts) what changed, not 375 rows a second.
    const bool wasCounting = !m_totals.isEmpty();
    const QHash<QString, double> oldRates = std::exchange(m_rates, rates);
    const QHash<QString, quint64> oldTotals = std::exchange(m_totals, totals);
    const bool counting = !m_totals.isEmpty();
    const int rows = int(m_table.calls.size());
    int first = -1;
    for (int row = 0; row <= rows; ++row) {
        bool moved = false;
        if (row < rows) {
            const QString &name = m_table.calls[row].name;
            moved = wasCounting != counting || oldRates.value(name, -1) != m_rates.value(name, -1)
                || oldTotals.value(name) != m_totals.value(name);
        }
        if (moved && first < 0)
            first = row;
        if (!moved && first >= 0) {
            Q_EMIT dataChanged(index(first, RateColumn), index(row - 1, TotalColumn));
            first = -1;
        }
    }
}

int SyscallTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.calls.size());
}

int SyscallTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyscallTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_table.calls.size())
        return {};
    const SyscallInfo &c = m_table.calls[index.row()];
    const bool counting = !m_totals.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn: return c.number >= 0 ? QVariant(c.number) : QVariant(QStringLiteral("—"));
        case NameColumn: return c.name;
        case ArgumentsColumn: {
            if (!c.argsKnown)
                return tr("(needs tracefs)");
            QStringList parts;
            for (const SyscallArg &a : c.args)
                parts.append(a.type.endsWith(QLatin1Char('*')) ? QString(a.type + a.name) : QString(a.type + QLatin1Char(' ') + a.name));
            return parts.join(QStringLiteral(", "));
        }
        case RateColumn: {
            // Blank rather than 0: the calls being made stand out.
            const double r = m_rates.value(c.name);
            return counting && r > 0 ? Formatter::rate(r) : QString();
        }
        case TotalColumn: {
            const quint64 t = m_totals.value(c.name);
            return counting && t > 0 ? Formatter::number(double(t)) : QString();
        }
        case DescriptionColumn: return c.description();
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case NumberColumn: return c.number >= 0 ? c.number : 1000000;
        case RateColumn: return m_rates.value(c.name);
        case TotalColumn: return qulonglong(m_totals.value(c.name));
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn || index.column() == RateColumn || index.column() == TotalColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ArgumentsColumn || index.column() == NameColumn)
            return c.signature();
        if (index.column() == DescriptionColumn)
            return c.description();
        return {};
    case NumericRole:
        return index.column() == NumberColumn || index.column() == RateColumn || index.column() == TotalColumn;
    case UnitRole:
        return index.column() == RateColumn ? tr("/s") : QString();
    case RawValueRole:
        if (index.column() == RateColumn)
            return m_rates.value(c.name);
        if (index.column() == TotalColumn)
            return qulonglong(m_totals.value(c.name));
        return data(index, Qt::DisplayRole);
    }
    return {};
}

QVariant SyscallTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn: return tr("No.");
    case NameColumn: return tr("System call");
    case ArgumentsColumn: return tr("Arguments");
    case RateColumn: return tr("Calls/s");
    case TotalColumn: return tr("Counted");
    case DescriptionColumn: return tr("What it does");
    }
    return {};
}

} // namespace kc
