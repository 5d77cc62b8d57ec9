// SPDX-License-Identifier: GPL-2.0-or-later
#include "netlinksocketmodel.h"

#include "netlink/netlinknames.h"
#include "roles.h"

#include <QHash>
#include <QSet>

namespace kc {

NetlinkSocketModel::NetlinkSocketModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString NetlinkSocketModel::groupName(int protocol, int group) const
{
    return NetlinkNames::group(protocol, group, m_families);
}

void NetlinkSocketModel::setSockets(const NetlinkSocketList &list, const GenlFamilyList &families)
{
    m_families = families;
    QHash<quint64, qsizetype> fresh;
    for (qsizetype i = 0; i < list.sockets.size(); ++i)
        fresh.insert(list.sockets[i].inode, i);
    for (int row = int(m_sockets.size()) - 1; row >= 0; --row) {
        if (!fresh.contains(m_sockets[row].inode)) {
            beginRemoveRows({}, row, row);
            m_sockets.removeAt(row);
            endRemoveRows();
        }
    }
    QSet<quint64> have;
    for (int row = 0; row < m_sockets.size(); ++row) {
        have.insert(m_sockets[row].inode);
        m_sockets[row] = list.sockets[fresh.value(m_sockets[row].inode)];
    }
    if (!m_sockets.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_sockets.size()) - 1, ColumnCount - 1));
    QList<NetlinkSocketInfo> added;
    for (const NetlinkSocketInfo &s : list.sockets) {
        if (!have.contains(s.inode))
            added.append(s);
    }
    if (!added.isEmpty()) {
        const int first = int(m_sockets.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_sockets.append(added);
        endInsertRows();
    }
}

int NetlinkSocketModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sockets.size());
}

int NetlinkSocketModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NetlinkSocketModel::display(const NetlinkSocketInfo &s, int column) const
{
    switch (column) {
    case ProtocolColumn: {
        const QString n = NetlinkNames::protocol(s.protocol);
        return n.isEmpty() ? QString::number(s.protocol) : n;
    }
    case PortColumn: return s.portid;
    case OwnerColumn: {
        if (s.isKernel())
            return tr("kernel");
        QStringList owners;
        for (const SocketOwner &o : s.owners)
            owners.append(tr("%1 %2 (fd %3)").arg(o.pid).arg(o.comm).arg(o.fd));
        return owners.isEmpty() ? tr("not visible") : owners.join(QStringLiteral(", "));
    }
    case GroupsColumn: {
        QStringList names;
        for (int g : s.groups)
            names.append(groupName(s.protocol, g));
        return names.join(QStringLiteral(", "));
    }
    case RmemColumn: return s.rmem >= 0 ? QVariant(s.rmem) : QVariant();
    case RcvbufColumn: return s.rcvbuf >= 0 ? QVariant(s.rcvbuf) : QVariant();
    case DropsColumn: return s.drops >= 0 ? QVariant(s.drops) : QVariant();
    case InodeColumn: return s.inode;
    }
    return {};
}

QVariant NetlinkSocketModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_sockets.size())
        return {};
    const NetlinkSocketInfo &s = m_sockets[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(s, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ProtocolColumn)
            return NetlinkNames::protocolDescription(s.protocol);
        if (index.column() == OwnerColumn && s.owners.isEmpty() && !s.isKernel())
            return tr("The owning process belongs to another user: needs root to see it.");
        if (index.column() == DropsColumn && s.drops > 0)
            return tr("The kernel dropped messages for this socket because its receive buffer was full.");
        return display(s, index.column()).toString();
    case Qt::TextAlignmentRole:
        return index.column() == ProtocolColumn || index.column() == OwnerColumn || index.column() == GroupsColumn
            ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignRight | Qt::AlignVCenter);
    case PidRole:
        return s.owners.isEmpty() ? -1 : s.owners.first().pid;
    case SortRole: {
        const QVariant v = display(s, index.column());
        return v;
    }
    default:
        return {};
    }
}

QVariant NetlinkSocketModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case ProtocolColumn: return tr("Protocol");
        case PortColumn: return tr("Port ID");
        case OwnerColumn: return tr("Owner");
        case GroupsColumn: return tr("Multicast groups");
        case RmemColumn: return tr("Queued (B)");
        case RcvbufColumn: return tr("Buffer (B)");
        case DropsColumn: return tr("Drops");
        case InodeColumn: return tr("Inode");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PortColumn: return tr("The socket's netlink address; 0 is the kernel, user sockets usually get their PID");
        case GroupsColumn: return tr("Multicast groups the socket listens to");
        case RmemColumn: return tr("Bytes received and not yet read");
        case RcvbufColumn: return tr("Receive buffer size; when full, messages are dropped");
        case DropsColumn: return tr("Messages lost because the receive buffer was full");
        case InodeColumn: return tr("Matches socket:[N] in /proc/PID/fd");
        }
    }
    return {};
}

} // namespace kc
