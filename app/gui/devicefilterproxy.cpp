// SPDX-License-Identifier: GPL-2.0-or-later
#include "devicefilterproxy.h"

#include "models/roles.h"

namespace kc {

DeviceFilterProxy::DeviceFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void DeviceFilterProxy::setType(int type)
{
    m_type = type;
    invalidateRowsFilter();
}

void DeviceFilterProxy::setSubsystem(const QString &subsystem)
{
    m_subsystem = subsystem;
    invalidateRowsFilter();
}

bool DeviceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_type >= 0 && i.data(DeviceTypeRole).toInt() != m_type)
        return false;
    if (!m_subsystem.isEmpty() && i.data(SubsystemRole).toString() != m_subsystem)
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace kc
