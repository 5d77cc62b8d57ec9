// SPDX-License-Identifier: GPL-2.0-or-later
#include "tracecallmodel.h"

#include "roles.h"
#include "crosschannel/processchannels.h"
#include "netlink/netlinknames.h"
#include "trace/traceformat.h"

#include <algorithm>

namespace kc {

TraceCallModel::TraceCallModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

TraceCallModel::Row TraceCallModel::makeRow(const TraceCall &c)
{
    Row r;
    r.call = c;
    r.time = QString::number(double(c.timeNs) / 1e9, 'f', 6);
    r.pid = c.tid == c.pid || c.tid == 0 ? QString::number(c.pid) : QStringLiteral("%1/%2").arg(c.pid).arg(c.tid);
    r.arguments = TraceFormat::argumentsText(c);
    r.result = c.returned ? c.returnText : QStringLiteral("?");
    r.duration = c.durationNs >= 0 ? QString::number(double(c.durationNs) / 1000.0, 'f', 1) : QString();
    r.channel = shortChannels(c);
    r.channelsFull = TraceFormat::channelsText(c);
    return r;
}

// What the list can show in a narrow column; the tooltip has the rest.
QString TraceCallModel::shortChannels(const TraceCall &c)
{
    QStringList parts;
    for (const ChannelFd &ch : c.channels) {
        if (ch.target.isEmpty() && ch.detail.isEmpty())
            continue;
        const QString key = ProcessChannels::channelKey(ch.channel);
        switch (ch.channel) {
        case FdChannel::Netlink:
            parts.append(key + QLatin1Char(' ') + (ch.netlinkProtocol >= 0 ? NetlinkNames::protocol(ch.netlinkProtocol) : ch.detail));
            break;
        case FdChannel::Device:
            parts.append(ch.deviceMajor >= 0 ? QStringLiteral("%1 %2 %3:%4").arg(key, ch.target).arg(ch.deviceMajor).arg(ch.deviceMinor)
                                             : key + QLatin1Char(' ') + ch.target);
            break;
        case FdChannel::Socket: parts.append(key + QLatin1Char(' ') + (ch.detail.isEmpty() ? ch.target : ch.detail)); break;
        case FdChannel::Procfs:
        case FdChannel::Sysfs:
        case FdChannel::File: parts.append(key + QLatin1Char(' ') + ch.target); break;
        case FdChannel::Pipe:
        case FdChannel::KernelObject:
        case FdChannel::Other: parts.append(ch.target); break;
        }
    }
    return parts.join(QStringLiteral(", "));
}

bool TraceCallModel::matches(const Row &r) const
{
    const Filter &f = m_filter;
    if (f.errorsOnly && !r.call.failed())
        return false;
    if (f.pid > 0 && r.call.pid != f.pid && r.call.tid != f.pid)
        return false;
    if (f.channel >= 0) {
        const bool on = std::any_of(r.call.channels.cbegin(), r.call.channels.cend(),
                                    [&f](const ChannelFd &ch) { return int(ch.channel) == f.channel; });
        if (!on)
            return false;
    }
    if (f.text.isEmpty())
        return true;
    for (const QString *s : {&r.call.name, &r.arguments, &r.channelsFull, &r.result, &r.call.comm, &r.pid}) {
        if (s->contains(f.text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void TraceCallModel::setCap(int cap)
{
    m_cap = qMax(1, cap);
    dropOldest(m_rows.size() - m_cap);
    Q_EMIT countsChanged();
}

qsizetype TraceCallModel::storeIndex(int row) const
{
    return m_filter.isEmpty() ? row : qsizetype(m_matches.at(row) - m_removed);
}

void TraceCallModel::dropOldest(qsizetype count)
{
    if (count <= 0)
        return;
    if (m_filter.isEmpty()) {
        beginRemoveRows({}, 0, int(count) - 1);
        m_rows.remove(0, count);
        m_removed += count;
        endRemoveRows();
    } else {
        m_rows.remove(0, count);
        m_removed += count;
        const qsizetype gone = std::lower_bound(m_matches.cbegin(), m_matches.cend(), m_removed) - m_matches.cbegin();
        if (gone > 0) {
            beginRemoveRows({}, 0, int(gone) - 1);
            m_matches.remove(0, gone);
            endRemoveRows();
        }
    }
    m_dropped += count;
}

void TraceCallModel::appendCalls(const QList<TraceCall> &calls)
{
    if (calls.isEmpty())
        return;
    // Past the cap, the batch's own oldest calls go first.
    const qsizetype skip = qMax<qsizetype>(0, calls.size() - m_cap);
    m_dropped += skip;
    dropOldest(m_rows.size() + (calls.size() - skip) - m_cap);
    QList<Row> rows;
    rows.reserve(calls.size() - skip);
    for (qsizetype i = skip; i < calls.size(); ++i)
        rows.append(makeRow(calls[i]));
    if (m_filter.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(rows.size()) - 1);
        m_rows.append(std::move(rows));
        endInsertRows();
    } else {
        QList<qint64> found;
        const qint64 firstSerial = m_removed + m_rows.size();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (matches(rows[i]))
                found.append(firstSerial + i);
        }
        m_rows.append(std::move(rows));
        if (!found.isEmpty()) {
            const int first = int(m_matches.size());
            beginInsertRows({}, first, first + int(found.size()) - 1);
            m_matches.append(found);
            endInsertRows();
        }
    }
    Q_EMIT countsChanged();
}

void TraceCallModel::clear()
{
    beginResetModel();
    m_removed += m_rows.size();
    m_rows.clear();
    m_matches.clear();
    m_dropped = 0;
    endResetModel();
    Q_EMIT countsChanged();
}

void TraceCallModel::rematch()
{
    beginResetModel();
    m_matches.clear();
    if (!m_filter.isEmpty()) {
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (matches(m_rows[i]))
                m_matches.append(m_removed + i);
        }
    }
    endResetModel();
    Q_EMIT countsChanged();
}

void TraceCallModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    rematch();
}

void TraceCallModel::setFilterText(const QString &text)
{
    Filter f = m_filter;
    f.text = text;
    setFilter(f);
}

void TraceCallModel::setChannelFilter(int channel)
{
    Filter f = m_filter;
    f.channel = channel;
    setFilter(f);
}

void TraceCallModel::setPidFilter(int pid)
{
    Filter f = m_filter;
    f.pid = pid;
    setFilter(f);
}

void TraceCallModel::setErrorsOnly(bool on)
{
    Filter f = m_filter;
    f.errorsOnly = on;
    setFilter(f);
}

int TraceCallModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_filter.isEmpty() ? m_rows.size() : m_matches.size());
}

int TraceCallModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TraceCallModel::cellText(int row, int column) const
{
    const Row &r = m_rows.at(storeIndex(row));
    switch (column) {
    case TimeColumn: return r.time;
    case PidColumn: return r.pid;
    case CommColumn: return r.call.comm;
    case CallColumn: return r.call.name;
    case ArgumentsColumn: return r.arguments;
    case ResultColumn: return r.result;
    case DurationColumn: return r.duration;
    case ChannelColumn: return r.channel;
    }
    return {};
}

QString TraceCallModel::toolTip(int row, int column) const
{
    return column == ChannelColumn ? m_rows.at(storeIndex(row)).channelsFull : cellText(row, column);
}

QVariant TraceCallModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const int c = index.column();
    switch (role) {
    case Qt::DisplayRole: return cellText(index.row(), c);
    case Qt::ToolTipRole: return toolTip(index.row(), c);
    case Qt::TextAlignmentRole:
        if (c == TimeColumn || c == PidColumn || c == DurationColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case PidRole: return call(index.row()).pid;
    case FdRole: return call(index.row()).channel().fd;
    case FailedRole: return call(index.row()).failed();
    }
    return {};
}

QVariant TraceCallModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TimeColumn: return tr("Seconds since the trace started, when the call was entered");
        case PidColumn: return tr("Process ID, and thread ID after a slash when the call came from another thread");
        case DurationColumn: return tr("Microseconds from entering the call to its return, as the tracer saw them");
        case ChannelColumn: return tr("What each descriptor of the call is: a procfs file, a device node, a netlink socket …");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time (s)");
    case PidColumn: return tr("PID");
    case CommColumn: return tr("Process");
    case CallColumn: return tr("Call");
    case ArgumentsColumn: return tr("Arguments");
    case ResultColumn: return tr("Result");
    case DurationColumn: return tr("µs");
    case ChannelColumn: return tr("Channel");
    }
    return {};
}

} // namespace kc
