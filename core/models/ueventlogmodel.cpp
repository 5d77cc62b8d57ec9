// SPDX-License-Identifier: GPL-2.0-or-later
#include "ueventlogmodel.h"

#include "devices/deviceparsers.h"
#include "roles.h"

#include <QDateTime>

namespace kc {

UeventLogModel::UeventLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void UeventLogModel::append(const QList<Row> &rows)
{
    if (rows.isEmpty())
        return;
    const int overflow = int(m_rows.size() + rows.size()) - m_cap;
    if (overflow > 0) {
        const int remove = qMin(overflow, int(m_rows.size()));
        if (remove > 0) {
            beginRemoveRows({}, 0, remove - 1);
            m_rows.remove(0, remove);
            endRemoveRows();
            m_dropped += quint64(remove);
        }
    }
    // A batch bigger than the cap keeps its newest rows.
    const qsizetype skip = qMax<qsizetype>(0, rows.size() - m_cap);
    m_dropped += quint64(skip);
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size() - skip) - 1);
    m_rows.append(rows.mid(skip));
    endInsertRows();
}

void UeventLogModel::appendBatch(const QList<UeventRecord> &batch)
{
    QList<Row> rows;
    rows.reserve(batch.size());
    for (const UeventRecord &r : batch)
        rows.append({r, false, 0});
    append(rows);
}

void UeventLogModel::appendGap(quint64 lost)
{
    Row r;
    r.gap = true;
    r.lost = lost;
    r.record.msecsSinceEpoch = QDateTime::currentMSecsSinceEpoch();
    append({r});
}

void UeventLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_dropped = 0;
    endResetModel();
}

int UeventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UeventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UeventLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    const UeventRecord &r = row.record;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn: return QDateTime::fromMSecsSinceEpoch(r.msecsSinceEpoch).toString(QStringLiteral("HH:mm:ss.zzz"));
        case SeqnumColumn: return row.gap ? QVariant() : QVariant(r.seqnum);
        case ActionColumn: return row.gap ? tr("lost") : r.action;
        case SubsystemColumn: return r.subsystem;
        case DevpathColumn:
            if (row.gap)
                return row.lost ? tr("about %Ln event(s) lost: the receive buffer overflowed; devices were rescanned", nullptr, int(row.lost))
                                : tr("events lost: the receive buffer overflowed; devices were rescanned");
            return r.devpath;
        case PropertiesColumn: {
            if (row.gap)
                return QString();
            // Decoded only for rows on screen; the four shown above are left out.
            QStringList rest;
            for (const auto &kv : parsers::ueventMessage(r.raw).properties) {
                if (kv.first != QLatin1String("ACTION") && kv.first != QLatin1String("DEVPATH")
                    && kv.first != QLatin1String("SUBSYSTEM") && kv.first != QLatin1String("SEQNUM"))
                    rest.append(kv.first + QLatin1Char('=') + kv.second);
            }
            return rest.join(QLatin1Char(' '));
        }
        }
    }
    if (role == Qt::ToolTipRole && !row.gap) {
        QStringList lines;
        for (const auto &kv : parsers::ueventMessage(r.raw).properties)
            lines.append(kv.first + QLatin1Char('=') + kv.second);
        return lines.join(QLatin1Char('\n'));
    }
    if (role == PathRole && !row.gap)
        return QString(QStringLiteral("/sys") + r.devpath);
    if (role == NoteRole && row.gap)
        return data(index.siblingAtColumn(DevpathColumn), Qt::DisplayRole);
    return {};
}

QVariant UeventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case SeqnumColumn: return tr("Seq");
    case ActionColumn: return tr("Action");
    case SubsystemColumn: return tr("Subsystem");
    case DevpathColumn: return tr("Device path");
    case PropertiesColumn: return tr("Other properties");
    }
    return {};
}

} // namespace kc
