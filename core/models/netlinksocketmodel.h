// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "netlink/genlfamilies.h"
#include "netlink/netlinksockets.h"

#include <QAbstractTableModel>

namespace kc {

/// Open netlink sockets, one row each; refreshes keep rows by inode.
class NetlinkSocketModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ProtocolColumn, PortColumn, OwnerColumn, GroupsColumn, RmemColumn, RcvbufColumn, DropsColumn, InodeColumn, ColumnCount };

    explicit NetlinkSocketModel(QObject *parent = nullptr);

    void setSockets(const NetlinkSocketList &list, const GenlFamilyList &families);
    const QList<NetlinkSocketInfo> &sockets() const { return m_sockets; }
    /// The name of group `group` of `protocol`, with generic netlink groups by family.
    QString groupName(int protocol, int group) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const NetlinkSocketInfo &s, int column) const;
    QList<NetlinkSocketInfo> m_sockets;
    GenlFamilyList m_families;
};

} // namespace kc
