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

Qt::ItemFlags SysctlFilterProxy::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QSortFilterProxyModel::flags(index);
    if (index.column() == SysctlModel::ValueColumn && !index.data(SysctlKeyRole).toString().isEmpty()
        && (index.data(ModeRole).toUInt() & 0222))
        f |= Qt::ItemIsEditable;
    return f;
}

bool SysctlFilterProxy::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != SysctlModel::ValueColumn)
        return false;
    const QString key = index.data(SysctlKeyRole).toString();
    if (!key.isEmpty() && value.toString() != index.data(RawValueRole).toString())
        Q_EMIT editRequested(key, value.toString());
    return false; // the value changes only when the kernel took it
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
