// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "netlink/eventstore.h"

#include <QAbstractTableModel>
#include <QList>

namespace kc {

/// A bounded, live log of netlink datagrams over an EventStore: rows hold
/// the packed bytes, a timestamp and the first message's type; everything
/// else is decoded when a row is painted or selected. Batches are inserted
/// at once; past the cap the oldest rows are dropped and counted.
class NetlinkEventModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, ProtocolColumn, DirectionColumn, TypeColumn, FlagsColumn, SeqColumn, PidColumn, LengthColumn, SummaryColumn, ColumnCount };

    explicit NetlinkEventModel(QObject *parent = nullptr);

    void setCap(int cap) { m_cap = qMax(1, cap); }
    int cap() const { return m_cap; }
    quint64 droppedCount() const { return m_dropped; }
    quint64 byteCount() const { return m_bytes; }

    /// Batches packed where they arrived (a NetlinkStream's thread).
    void appendPacked(PackedEvents batch);
    /// Packs here, in slices spread over the cores (an opened capture).
    void appendBatch(const QList<NetlinkEvent> &batch);
    /// A row marking messages lost to a receive-buffer overflow.
    void appendGap(int protocol);
    void clear();
    bool isGap(int row) const { return m_store.isGap(row); }
    /// The datagram of `row` as received (the store keeps it packed).
    NetlinkEvent event(int row) const { return m_store.event(row); }
    const EventStore &store() const { return m_store; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void dropOldest(qsizetype count);

    EventStore m_store;
    int m_cap = 1000000;
    quint64 m_dropped = 0;
    quint64 m_bytes = 0;
};

} // namespace kc
