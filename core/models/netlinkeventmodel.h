// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "netlink/netlinkmonitor.h"

#include <QAbstractTableModel>
#include <QList>

namespace kc {

/// A bounded, live log of netlink datagrams. Rows hold only the raw bytes,
/// a timestamp and the first message's type; everything else is decoded
/// when a row is painted or selected. Batches are inserted at once; past
/// the cap the oldest rows are dropped and counted.
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

    void appendBatch(const QList<NetlinkEvent> &batch);
    /// A row marking messages lost to a receive-buffer overflow.
    void appendGap(int protocol);
    void clear();
    bool isGap(int row) const { return m_rows.at(row).gap; }
    /// The datagram of `row` as received (the store keeps it packed).
    NetlinkEvent event(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Compact: the raw bytes zero-packed when that is smaller, and the
    // few header fields the table shows without decoding.
    struct Row {
        qint64 msecsSinceEpoch = 0;
        QByteArray stored;
        quint32 length = 0;
        qint32 protocol = 0;
        quint16 firstType = 0;
        bool gap = false;
        bool packed = false;
    };
    static Row rowFor(const NetlinkEvent &e);
    static QByteArray rawOf(const Row &row);
    void append(QList<Row> rows);

    QList<Row> m_rows;
    int m_cap = 1000000;
    quint64 m_dropped = 0;
    quint64 m_bytes = 0;
};

} // namespace kc
