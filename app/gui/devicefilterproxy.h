// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace kc {

/// Filters the device table by type, subsystem and free text.
class DeviceFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DeviceFilterProxy(QObject *parent = nullptr);

    void setType(int type); // -1 for all, else DeviceNode::Type
    void setSubsystem(const QString &subsystem);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_type = -1;
    QString m_subsystem;
};

} // namespace kc
