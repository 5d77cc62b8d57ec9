// SPDX-License-Identifier: GPL-2.0-or-later
#include "proctreeproxy.h"

#include "models/roles.h"
#include "procfs/dirlister.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyle>

namespace kc {

ProcTreeProxy::ProcTreeProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setRecursiveFilteringEnabled(true);
    setFilterKeyColumn(0);
}

void ProcTreeProxy::setShowKernelThreads(bool show)
{
    if (show == m_showKernelThreads)
        return;
    m_showKernelThreads = show;
    invalidateRowsFilter();
}

bool ProcTreeProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_showKernelThreads && i.data(KernelThreadRole).toBool())
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

QVariant ProcTreeProxy::data(const QModelIndex &index, int role) const
{
    if (index.column() == 0 && role == Qt::DecorationRole) {
        const auto kind = DirEntry::Kind(index.data(EntryKindRole).toInt());
        QStyle *style = QApplication::style();
        if (!index.data(NoteRole).toString().isEmpty() && kind == DirEntry::Kind::File)
            return style->standardIcon(QStyle::SP_MessageBoxWarning);
        switch (kind) {
        case DirEntry::Kind::Process:
        case DirEntry::Kind::Thread:
            return style->standardIcon(QStyle::SP_ComputerIcon);
        case DirEntry::Kind::Directory:
            return style->standardIcon(QStyle::SP_DirIcon);
        case DirEntry::Kind::Symlink:
            return style->standardIcon(index.data(IsContainerRole).toBool() ? QStyle::SP_DirLinkIcon : QStyle::SP_FileLinkIcon);
        default:
            return style->standardIcon(QStyle::SP_FileIcon);
        }
    }
    if (role == Qt::ForegroundRole && index.data(KernelThreadRole).toBool())
        return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::FontRole && index.data(KernelThreadRole).toBool()) {
        QFont f;
        f.setItalic(true);
        return f;
    }
    return QSortFilterProxyModel::data(index, role);
}

} // namespace kc
