// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "devices/devicenode.h"

#include <QAbstractTableModel>

namespace kc {

/// Every node under /dev, one row each. setNodes() keeps rows whose path
/// stays and updates them in place, so a rescan does not lose the view.
class DeviceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn, TypeColumn, NumberColumn, DriverColumn, SubsystemColumn, ModuleColumn, HoldersColumn,
        OwnerColumn, GroupColumn, ModeColumn, TargetColumn, ColumnCount
    };

    explicit DeviceTableModel(QObject *parent = nullptr);

    void setNodes(const QList<DeviceNode> &nodes);
    const QList<DeviceNode> &nodes() const { return m_nodes; }
    int rowOf(const QString &path) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const DeviceNode &n, int column) const;
    QString driverToolTip(const DeviceNode &n) const;
    QList<DeviceNode> m_nodes;
};

} // namespace kc
