// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "sysfs/sysfsobject.h"

#include <QAbstractTableModel>

namespace kc {

/// The attributes and links of one sysfs object as a table.
class SysfsAttributeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ValueColumn, AccessColumn, NoteColumn, ColumnCount };
    enum RowKind { LinkRow, AttributeRow };

    explicit SysfsAttributeModel(QObject *parent = nullptr);

    void setObject(const SysfsObject &object);
    const SysfsObject &object() const { return m_object; }
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    SysfsObject m_object;
};

} // namespace kc
