// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "syscalls/syscalltable.h"

#include <QAbstractTableModel>
#include <QHash>

namespace kc {

/// The system call table with, when counting, each call's rate and total.
class SyscallTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, NameColumn, ArgumentsColumn, RateColumn, TotalColumn, DescriptionColumn, ColumnCount };

    explicit SyscallTableModel(QObject *parent = nullptr);

    void setTable(const SyscallTable &table);
    const SyscallTable &table() const { return m_table; }
    /// Rates per second and totals, by call name; an empty hash clears them.
    void setCounts(const QHash<QString, double> &rates, const QHash<QString, quint64> &totals);
    int rowOf(const QString &name) const { return m_rowOf.value(name, -1); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    SyscallTable m_table;
    QHash<QString, int> m_rowOf;
    QHash<QString, double> m_rates;
    QHash<QString, quint64> m_totals;
};

} // namespace kc
