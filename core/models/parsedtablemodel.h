// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "procfs/parsedtable.h"

#include <QAbstractTableModel>
#include <QList>

namespace kc {

/// One parsed /proc table. setTable() with a table of the same shape
/// updates cells in place and records when each changed (ChangedAtRole),
/// so a view can highlight fresh values after an auto-refresh.
class ParsedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ParsedTableModel(QObject *parent = nullptr);

    void setTable(const ParsedTable &table);
    void clear();
    const ParsedTable &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "15.6 GiB" for 16318208 kB; empty when the unit is not a size.
    static QString humanSize(const QString &value, const QString &unit);

private:
    ParsedTable m_table;
    QList<QList<qint64>> m_changedAt;
};

} // namespace kc
