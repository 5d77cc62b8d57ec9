// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "trace/tracecall.h"

#include <QAbstractTableModel>
#include <QList>

namespace kc {

/// The calls of a trace in order, one row each: time, process, call,
/// arguments, result, duration and channel. The text of each cell is made
/// once, when its batch arrives; data() only hands it out. Batches are
/// inserted at once; past the cap the oldest rows are dropped and counted.
///
/// The filter lives here: text (over call name, arguments, result,
/// process name and channel, ignoring case), one channel, one process,
/// failed calls only. Rows that arrive while it is set are matched as they
/// come.
class TraceCallModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, PidColumn, CommColumn, CallColumn, ChannelColumn, ResultColumn, DurationColumn, ArgumentsColumn, ColumnCount };

    struct Filter {
        QString text;
        int channel = -1; // an FdChannel, -1 for any
        int pid = 0;      // a process or thread id, 0 for any
        bool errorsOnly = false;

        bool isEmpty() const { return text.isEmpty() && channel < 0 && pid <= 0 && !errorsOnly; }
        bool operator==(const Filter &o) const
        {
            return text == o.text && channel == o.channel && pid == o.pid && errorsOnly == o.errorsOnly;
        }
        bool operator!=(const Filter &o) const { return !(*this == o); }
    };

    explicit TraceCallModel(QObject *parent = nullptr);

    void setCap(int cap);
    int cap() const { return m_cap; }
    /// Rows dropped from the front to stay within the cap.
    qint64 droppedCount() const { return m_dropped; }
    /// Rows held, shown or not.
    int storedCount() const { return int(m_rows.size()); }

    void appendCalls(const QList<TraceCall> &calls);
    void clear();

    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }
    void setFilterText(const QString &text);
    void setChannelFilter(int channel);
    void setPidFilter(int pid);
    void setErrorsOnly(bool on);

    /// The call shown in `row`.
    const TraceCall &call(int row) const { return m_rows.at(storeIndex(row)).call; }
    /// The text of a cell as shown.
    QString cellText(int row, int column) const;
    /// A cell's tooltip: the whole text, the channel's with every detail.
    QString toolTip(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// Rows were added, dropped or filtered: the counts changed.
    void countsChanged();

private:
    struct Row {
        TraceCall call;
        QString time;
        QString pid;
        QString arguments;
        QString result;
        QString duration;
        QString channel;      // short: "procfs /proc/meminfo", "netlink NETLINK_ROUTE"
        QString channelsFull; // every detail, as kchan trace prints it
    };
    static Row makeRow(const TraceCall &call);
    static QString shortChannels(const TraceCall &call);
    bool matches(const Row &row) const;
    qsizetype storeIndex(int row) const;
    void dropOldest(qsizetype count);
    void rematch();

    QList<Row> m_rows;
    qint64 m_removed = 0;    // rows ever dropped from the front: serial = m_removed + index
    QList<qint64> m_matches; // serials of the rows shown while filtering, ascending
    Filter m_filter;
    int m_cap = 500000;
    qint64 m_dropped = 0;
};

} // namespace kc
