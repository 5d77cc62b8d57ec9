// SPDX-License-Identifier: GPL-2.0-or-later
#include "sysctlfilterproxy.h"

#include "models/roles.h"
#include "models/sysctlmodel.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace kc {

SysctlFilterProxy::SysctlFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void SysctlFilterProxy::setText(const QString &text)
{
    m_text = text;
    invalidateFilter();
}

void SysctlFilterProxy::setChangedOnly(bool on)
{
    m_changedOnly = on;
    invalidateFilter();
}

QVariant SysctlFilterProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::FontRole) {
        const bool changed = index.data(ChangedSinceStartRole).toBool();
        const bool unread = !index.data(NoteRole).toString().isEmpty();
        if (changed || unread) {
            QFont f;
            f.setBold(changed);
            f.setItalic(unread);
            return f;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == SysctlModel::ValueColumn
        && !index.data(NoteRole).toString().isEmpty())
        return QGuiApplication::palette().brush(QPalette::PlaceholderText);
    return QSortFilterProxyModel::data(index, role);
}

bool SysctlFilterProxy::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const QModelIndex i = sourceModel()->index(row, 0, parent);
    if (i.data(IsContainerRole).toBool())
        return m_text.isEmpty() && !m_changedOnly; // groups show when a key below them does
    if (m_changedOnly && !i.data(ChangedSinceStartRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    return i.data(SysctlKeyRole).toString().contains(m_text, Qt::CaseInsensitive)
        || i.siblingAtColumn(SysctlModel::DescriptionColumn).data().toString().contains(m_text, Qt::CaseInsensitive)
        || i.siblingAtColumn(SysctlModel::ValueColumn).data().toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace kc
