// SPDX-License-Identifier: GPL-2.0-or-later
#include "addressspacemodel.h"

#include "format/formatter.h"
#include "roles.h"

namespace kc {

AddressSpaceModel::AddressSpaceModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AddressSpaceModel::setAddressSpace(const AddressSpace &space)
{
    beginResetModel();
    m_space = space;
    endResetModel();
}

int AddressSpaceModel::rowAt(quint64 start) const
{
    for (int i = 0; i < m_space.regions.size(); ++i) {
        if (m_space.regions[i].start == start)
            return i;
    }
    return -1;
}

int AddressSpaceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_space.regions.size());
}

int AddressSpaceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AddressSpaceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_space.regions.size())
        return {};
    const MemoryRegion &r = m_space.regions[index.row()];
    auto kb = [](quint64 v) { return Formatter::bytes(double(v) * 1024.0); };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StartColumn: return AddressSpace::hex(r.start);
        case EndColumn: return AddressSpace::hex(r.end);
        case SizeColumn: return Formatter::bytes(double(r.size()));
        case PermsColumn: return r.perms;
        case KindColumn: return MemoryRegion::kindName(r.kind);
        case RssColumn: return kb(r.rssKb);
        case PssColumn: return kb(r.pssKb);
        case SwapColumn: return kb(r.swapKb);
        case AnonymousColumn: return kb(r.anonymousKb);
        case BackingColumn: return r.fileBacked() ? tr("file") : tr("anonymous");
        case PathColumn: return r.path;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case StartColumn: return r.start;
        case EndColumn: return r.end;
        case SizeColumn: return r.size();
        case RssColumn: return r.rssKb;
        case PssColumn: return r.pssKb;
        case SwapColumn: return r.swapKb;
        case AnonymousColumn: return r.anonymousKb;
        default: return data(index, Qt::DisplayRole);
        }
    case RawValueRole:
        switch (index.column()) {
        case RssColumn: return QString::number(r.rssKb);
        case PssColumn: return QString::number(r.pssKb);
        case SwapColumn: return QString::number(r.swapKb);
        case AnonymousColumn: return QString::number(r.anonymousKb);
        case SizeColumn: return QString::number(r.size());
        default: return data(index, Qt::DisplayRole);
        }
    case PathRole:
        return r.path.startsWith(QLatin1Char('/')) ? r.path : QString();
    case Qt::ToolTipRole:
        return QString(r.mapsLine + QLatin1Char('\n') + MemoryRegion::kindMeaning(r.kind));
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || (index.column() >= RssColumn && index.column() <= AnonymousColumn))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant AddressSpaceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case StartColumn: return tr("Start");
        case EndColumn: return tr("End");
        case SizeColumn: return tr("Size");
        case PermsColumn: return tr("Perms");
        case KindColumn: return tr("Kind");
        case RssColumn: return tr("RSS");
        case PssColumn: return tr("PSS");
        case SwapColumn: return tr("Swap");
        case AnonymousColumn: return tr("Anonymous");
        case BackingColumn: return tr("Backing");
        case PathColumn: return tr("Path");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case StartColumn: return tr("First address of the region");
        case EndColumn: return tr("Address just past the region");
        case RssColumn: return tr("Resident: the region's pages now in RAM");
        case PssColumn: return tr("Proportional: resident pages, each shared page divided among the processes that map it");
        case SwapColumn: return tr("The region's pages written out to swap");
        case AnonymousColumn: return tr("Pages of no file: anonymous memory, or a file's pages this process has written (copy on write)");
        case BackingColumn: return tr("Whether the region maps a file or anonymous memory");
        case PermsColumn: return tr("r read, w write, x execute, p private (copy-on-write) or s shared");
        }
    }
    return {};
}

} // namespace kc
