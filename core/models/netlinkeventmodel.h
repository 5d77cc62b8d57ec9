// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "io/async.h"
#include "netlink/eventstore.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QList>

#include <atomic>
#include <memory>

namespace kc {

class IfNameCache;

/// A bounded, live log of netlink datagrams over an EventStore: rows hold
/// the packed bytes, a timestamp and the first message's type; everything
/// else is decoded when a row is painted or selected, and the decoded text
/// of the rows last shown is cached. Batches are inserted at once; past the
/// cap the oldest rows are dropped and counted.
///
/// The filter lives here, not in a proxy: matching a row means decoding it,
/// so it runs on a worker thread over a slice of the store, a slice at a
/// time, and the matching rows are added as each slice is done. Rows that
/// arrive meanwhile are matched in the next slice; the view never waits.
class NetlinkEventModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, ProtocolColumn, DirectionColumn, TypeColumn, FlagsColumn, SeqColumn, PidColumn, LengthColumn, NamespaceColumn, SummaryColumn, ColumnCount };

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
    void appendGap(int protocol, quint64 lost = 0);
    void clear();
    /// Names interfaces in the summaries of the rows appended from now on
    /// (the route stream's names: a stream in another namespace brings its
    /// own); null shows numbers.
    void setInterfaceNames(std::shared_ptr<const IfNameCache> names);
    /// Marks the rows appended from now on as coming from the network
    /// namespace `label` ("ours", "blue", "process 4242's").
    void setNamespaceLabel(const QString &label);
    /// The namespace `row` came from, as it was marked; empty if unmarked.
    QString namespaceLabel(int row) const;
    /// The names that decode `row`'s messages, or null.
    const IfNameCache *interfaceNames(int row) const;
    bool isGap(int row) const { return m_store.isGap(storeIndex(row)); }
    /// The datagram of `row` as received (the store keeps it packed).
    NetlinkEvent event(int row) const { return m_store.event(storeIndex(row)); }
    int protocol(int row) const { return m_store.at(storeIndex(row)).protocol; }
    const EventStore &store() const { return m_store; }

    /// Shows only the rows with `text` in any column, hidden ones included,
    /// ignoring case; every row when it is empty.
    void setFilter(const QString &text);
    QString filter() const { return m_filter; }
    /// Rows of the store matched so far, of all it holds: equal when done.
    qsizetype filterScanned() const;
    bool isFiltering() const { return !m_filter.isEmpty() && filterScanned() < m_store.size(); }
    /// The store's index of a row of this model.
    qsizetype storeIndex(int row) const;
    /// The text of a cell, as shown with `names`; what the filter matches.
    static QString cellText(const EventStore &store, qsizetype index, int column, const IfNameCache *names = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// A slice was matched, or the filter changed: isFiltering() and
    /// filterScanned() tell how far it is.
    void filterProgress();

private:
    struct Decoded {
        QString type;
        QString summary;
    };
    // The time column's text, reusing the part up to the second.
    class TimeText
    {
    public:
        QString of(qint64 msecsSinceEpoch);

    private:
        qint64 m_second = 0;
        QString m_prefix;
    };
    // Which names decode which rows: each from its first serial on.
    using NameSpans = QList<std::pair<qint64, std::shared_ptr<const IfNameCache>>>;
    static const IfNameCache *namesAt(const NameSpans &spans, qint64 serial);
    static Decoded decodeRow(const PackedEvents::Entry &entry, const QByteArray &raw, const IfNameCache *names);
    static QString cellText(const PackedEvents::Entry &entry, const QByteArray &raw, int column, const IfNameCache *names);
    static bool rowMatches(const EventStore &store, qsizetype index, const QString &needle, TimeText &time, const IfNameCache *names);
    const Decoded &decoded(qsizetype index) const;
    void dropOldest(qsizetype count);
    void matchNext();

    EventStore m_store;
    qint64 m_removed = 0; // entries ever dropped from the store's front: serial = m_removed + index
    NameSpans m_names;
    QList<std::pair<qint64, QString>> m_namespaces; // label from each first serial on
    mutable QCache<qint64, Decoded> m_decoded{2048};
    QString m_filter;
    QList<qint64> m_matches; // serials of the rows shown while filtering, ascending
    qint64 m_scanned = 0;    // serials below this were matched
    Async<QList<qint64>> m_matching;
    std::shared_ptr<std::atomic_bool> m_stop;
    int m_cap = 1000000;
    quint64 m_dropped = 0;
    quint64 m_bytes = 0;
};

} // namespace kc
