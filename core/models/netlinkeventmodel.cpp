// SPDX-License-Identifier: GPL-2.0-or-later
#include "netlinkeventmodel.h"

#include <QtConcurrent/QtConcurrentMap>

#include "netlink/netlinknames.h"
#include "netlink/nldecoder.h"
#include "roles.h"

#include <QDateTime>

namespace kc {

NetlinkEventModel::NetlinkEventModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void NetlinkEventModel::dropOldest(qsizetype count)
{
    if (count <= 0)
        return;
    beginRemoveRows({}, 0, int(count) - 1);
    m_store.removeFirst(count);
    endRemoveRows();
    m_dropped += quint64(count);
}

void NetlinkEventModel::appendPacked(PackedEvents batch)
{
    if (batch.entries.isEmpty())
        return;
    if (batch.entries.size() > m_cap) {
        // The bytes stay whole: a kept message may refer to a dropped one.
        const qsizetype extra = batch.entries.size() - m_cap;
        batch.entries.remove(0, extra);
        m_dropped += quint64(extra);
    }
    dropOldest(m_store.size() + batch.entries.size() - m_cap);
    const int first = int(m_store.size());
    m_bytes += batch.rawBytes;
    beginInsertRows({}, first, first + int(batch.entries.size()) - 1);
    m_store.append(std::move(batch));
    endInsertRows();
}

void NetlinkEventModel::appendBatch(const QList<NetlinkEvent> &batch)
{
    constexpr qsizetype Slice = 4096;
    QList<QList<NetlinkEvent>> slices;
    for (qsizetype i = 0; i < batch.size(); i += Slice)
        slices.append(batch.mid(i, Slice));
    const QList<PackedEvents> packed = QtConcurrent::blockingMapped(slices, &EventStore::pack);
    for (const PackedEvents &p : packed)
        appendPacked(p);
}

void NetlinkEventModel::appendGap(int protocol)
{
    dropOldest(m_store.size() + 1 - m_cap);
    const int row = int(m_store.size());
    beginInsertRows({}, row, row);
    m_store.appendGap(protocol, QDateTime::currentMSecsSinceEpoch());
    endInsertRows();
}

void NetlinkEventModel::clear()
{
    beginResetModel();
    m_store.clear();
    m_dropped = 0;
    m_bytes = 0;
    endResetModel();
}

int NetlinkEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_store.size());
}

int NetlinkEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NetlinkEventModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_store.size())
        return {};
    const PackedEvents::Entry &entry = m_store.at(index.row());
    const bool gap = entry.flags & EventStore::Gap;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        // Unpacked only for the cells on screen.
        NetlinkEvent e;
        e.msecsSinceEpoch = entry.msecsSinceEpoch;
        e.protocol = entry.protocol;
        e.firstType = entry.firstType;
        const int c = index.column();
        if (c == TypeColumn || c == FlagsColumn || c == SeqColumn || c == PidColumn || c == SummaryColumn)
            e.raw = m_store.raw(index.row());
        switch (index.column()) {
        case TimeColumn: return QDateTime::fromMSecsSinceEpoch(e.msecsSinceEpoch).toString(QStringLiteral("HH:mm:ss.zzz"));
        case ProtocolColumn: {
            const QString n = NetlinkNames::protocol(e.protocol);
            return n.startsWith(QLatin1String("NETLINK_")) ? n.mid(8) : n;
        }
        case TypeColumn:
            if (gap)
                return tr("lost");
            // uevents and generic netlink are named by their content: decode.
            if (e.protocol != 0) {
                const QList<NlMessage> msgs = NlDecoder::decode(e.protocol, e.raw);
                return msgs.isEmpty() ? QString() : msgs.first().typeName;
            }
            return NlDecoder::messageTypeName(e.protocol, e.firstType);
        case FlagsColumn: {
            if (gap || e.raw.size() < 16 || e.protocol == 15)
                return QString();
            quint16 flags;
            memcpy(&flags, e.raw.constData() + 6, 2);
            return NlDecoder::messageFlagNames(e.firstType, flags);
        }
        case DirectionColumn:
            // A monitor only receives: notifications and dump replies come from the kernel.
            return gap ? QString() : tr("kernel → us");
        case SeqColumn:
        case PidColumn: {
            if (gap || e.raw.size() < 16 || e.protocol == 15)
                return QVariant();
            quint32 v;
            memcpy(&v, e.raw.constData() + (index.column() == SeqColumn ? 8 : 12), 4);
            return v;
        }
        case LengthColumn: return gap ? QVariant() : QVariant(int(entry.length));
        case SummaryColumn: {
            if (gap)
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
    if (role == GapRole)
        return gap;
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
