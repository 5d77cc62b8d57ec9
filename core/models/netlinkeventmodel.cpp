// SPDX-License-Identifier: GPL-2.0-or-later
#include "netlinkeventmodel.h"

#include "netlink/zeropack.h"

#include <QtConcurrent/QtConcurrentMap>

#include <numeric>

#include "netlink/netlinknames.h"
#include "netlink/nldecoder.h"
#include "roles.h"

#include <QDateTime>

namespace kc {

NetlinkEventModel::NetlinkEventModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void NetlinkEventModel::append(QList<Row> rows)
{
    if (rows.isEmpty())
        return;
    if (rows.size() > m_cap) {
        m_dropped += quint64(rows.size() - m_cap);
        rows = rows.mid(rows.size() - m_cap);
    }
    const int overflow = int(m_rows.size() + rows.size()) - m_cap;
    if (overflow > 0) {
        beginRemoveRows({}, 0, overflow - 1);
        m_rows.remove(0, overflow);
        endRemoveRows();
        m_dropped += quint64(overflow);
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    for (Row &r : rows) {
        m_bytes += r.length;
        m_rows.append(std::move(r));
    }
    endInsertRows();
}

NetlinkEventModel::Row NetlinkEventModel::rowFor(const NetlinkEvent &e)
{
    Row r;
    r.msecsSinceEpoch = e.msecsSinceEpoch;
    r.protocol = e.protocol;
    r.firstType = e.firstType;
    r.length = quint32(e.raw.size());
    QByteArray packed = zeropack::pack(e.raw);
    r.packed = packed.size() < e.raw.size();
    r.stored = r.packed ? std::move(packed) : e.raw;
    r.stored.squeeze();
    return r;
}

QByteArray NetlinkEventModel::rawOf(const Row &row)
{
    return row.packed ? zeropack::unpack(row.stored, row.length) : row.stored;
}

NetlinkEvent NetlinkEventModel::event(int row) const
{
    const Row &r = m_rows.at(row);
    NetlinkEvent e;
    e.msecsSinceEpoch = r.msecsSinceEpoch;
    e.protocol = r.protocol;
    e.firstType = r.firstType;
    e.raw = rawOf(r);
    return e;
}

void NetlinkEventModel::appendBatch(const QList<NetlinkEvent> &batch)
{
    QList<Row> rows(batch.size());
    // Packing a large burst is spread over the cores, so the GUI thread
    // waits for it less.
    if (batch.size() >= 2048) {
        QList<int> index(batch.size());
        std::iota(index.begin(), index.end(), 0);
        QtConcurrent::blockingMap(index, [&rows, &batch](int i) { rows[i] = rowFor(batch[i]); });
    } else {
        for (qsizetype i = 0; i < batch.size(); ++i)
            rows[i] = rowFor(batch[i]);
    }
    append(std::move(rows));
}

void NetlinkEventModel::appendGap(int protocol)
{
    Row r;
    r.gap = true;
    r.protocol = protocol;
    r.msecsSinceEpoch = QDateTime::currentMSecsSinceEpoch();
    append({r});
}

void NetlinkEventModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_dropped = 0;
    m_bytes = 0;
    endResetModel();
}

int NetlinkEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NetlinkEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NetlinkEventModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        // Unpacked only for the cells on screen.
        NetlinkEvent e;
        e.msecsSinceEpoch = row.msecsSinceEpoch;
        e.protocol = row.protocol;
        e.firstType = row.firstType;
        const int c = index.column();
        if (c == TypeColumn || c == FlagsColumn || c == SeqColumn || c == PidColumn || c == SummaryColumn)
            e.raw = rawOf(row);
        switch (index.column()) {
        case TimeColumn: return QDateTime::fromMSecsSinceEpoch(e.msecsSinceEpoch).toString(QStringLiteral("HH:mm:ss.zzz"));
        case ProtocolColumn: {
            const QString n = NetlinkNames::protocol(e.protocol);
            return n.startsWith(QLatin1String("NETLINK_")) ? n.mid(8) : n;
        }
        case TypeColumn:
            if (row.gap)
                return tr("lost");
            // uevents and generic netlink are named by their content: decode.
            if (e.protocol != 0) {
                const QList<NlMessage> msgs = NlDecoder::decode(e.protocol, e.raw);
                return msgs.isEmpty() ? QString() : msgs.first().typeName;
            }
            return NlDecoder::messageTypeName(e.protocol, e.firstType);
        case FlagsColumn: {
            if (row.gap || e.raw.size() < 16 || e.protocol == 15)
                return QString();
            quint16 flags;
            memcpy(&flags, e.raw.constData() + 6, 2);
            return NlDecoder::messageFlagNames(e.firstType, flags);
        }
        case DirectionColumn:
            // A monitor only receives: notifications and dump replies come from the kernel.
            return row.gap ? QString() : tr("kernel → us");
        case SeqColumn:
        case PidColumn: {
            if (row.gap || e.raw.size() < 16 || e.protocol == 15)
                return QVariant();
            quint32 v;
            memcpy(&v, e.raw.constData() + (index.column() == SeqColumn ? 8 : 12), 4);
            return v;
        }
        case LengthColumn: return row.gap ? QVariant() : QVariant(int(row.length));
        case SummaryColumn: {
            if (row.gap)
                return tr("messages lost: the receive buffer overflowed");
            // Decoded only for rows on screen.
            const QList<NlMessage> msgs = NlDecoder::decode(e.protocol, e.raw);
            QStringList parts;
            for (const NlMessage &m : msgs)
                parts.append(m.error.isEmpty() ? m.summary : m.error);
            return parts.join(QStringLiteral(" | "));
        }
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == LengthColumn || index.column() == SeqColumn || index.column() == PidColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == KindRole)
        return row.gap ? 1 : 0;
    return {};
}

QVariant NetlinkEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case ProtocolColumn: return tr("Protocol");
    case TypeColumn: return tr("Type");
    case FlagsColumn: return tr("Flags");
    case DirectionColumn: return tr("Direction");
    case SeqColumn: return tr("Seq");
    case PidColumn: return tr("Port ID");
    case LengthColumn: return tr("Bytes");
    case SummaryColumn: return tr("Summary");
    }
    return {};
}

} // namespace kc
