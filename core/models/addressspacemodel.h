// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "crosschannel/addressspace.h"

#include <QAbstractTableModel>

namespace kc {

/// A process's regions, one row each in address order: where, how large,
/// with which permissions, what kind, and the memory behind it (RSS, PSS,
/// swap, anonymous). SortRole sorts numbers as numbers; the tool tip is
/// the region's maps line.
class AddressSpaceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StartColumn, EndColumn, SizeColumn, PermsColumn, KindColumn, RssColumn, PssColumn, SwapColumn, AnonymousColumn,
        BackingColumn, PathColumn, ColumnCount
    };

    explicit AddressSpaceModel(QObject *parent = nullptr);

    void setAddressSpace(const AddressSpace &space);
    const AddressSpace &addressSpace() const { return m_space; }
    /// The row of the region that starts at `start`, or -1.
    int rowAt(quint64 start) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    AddressSpace m_space;
};

} // namespace kc
