// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "devices/ueventmonitor.h"

#include <QAbstractTableModel>
#include <QList>

namespace kc {

/// A bounded log of kernel uevents. Batches arrive with one insert each;
/// past the cap the oldest rows go and are counted. Properties are decoded
/// only when a row is looked at.
class UeventLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, SeqnumColumn, ActionColumn, SubsystemColumn, DevpathColumn, PropertiesColumn, ColumnCount };

    explicit UeventLogModel(QObject *parent = nullptr);

    void setCap(int cap) { m_cap = qMax(1, cap); }
    int cap() const { return m_cap; }
    quint64 droppedCount() const { return m_dropped; }

    void appendBatch(const QList<UeventRecord> &batch);
    /// A row that marks events lost to a receive-buffer overflow.
    void appendGap(quint64 lost);
    void clear();
    const UeventRecord &record(int row) const { return m_rows.at(row).record; }
    bool isGap(int row) const { return m_rows.at(row).gap; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        UeventRecord record;
        bool gap = false;
        quint64 lost = 0;
    };
    void append(const QList<Row> &rows);

    QList<Row> m_rows;
    int m_cap = 100000;
    quint64 m_dropped = 0;
};

} // namespace kc
