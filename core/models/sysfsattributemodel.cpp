// SPDX-License-Identifier: GPL-2.0-or-later
#include "sysfsattributemodel.h"

#include "roles.h"

namespace kc {

SysfsAttributeModel::SysfsAttributeModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SysfsAttributeModel::setObject(const SysfsObject &object)
{
    beginResetModel();
    m_object = object;
    endResetModel();
}

void SysfsAttributeModel::clear()
{
    setObject({});
}

int SysfsAttributeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_object.links.size() + m_object.attributes.size());
}

int SysfsAttributeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SysfsAttributeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int links = int(m_object.links.size());
    if (index.row() < links) {
        const SysfsLink &l = m_object.links[index.row()];
        switch (role) {
        case Qt::DisplayRole:
        case RawValueRole:
            switch (index.column()) {
            case NameColumn: return l.name;
            case ValueColumn: return QString(QStringLiteral("→ ") + l.target);
            case AccessColumn: return tr("link");
            case NoteColumn: return l.resolved;
            }
            break;
        case Qt::ToolTipRole: return tr("%1 points to %2").arg(l.name, l.resolved);
        case PathRole: return l.resolved;
        case SysfsRowRole: return int(LinkRow);
        case SortRole: return data(index, Qt::DisplayRole);
        }
        return {};
    }
    const SysfsAttribute &a = m_object.attributes[index.row() - links];
    switch (role) {
    case Qt::DisplayRole:
    case RawValueRole:
        switch (index.column()) {
        case NameColumn: return a.name;
        case ValueColumn:
            if (!a.readable)
                return QString();
            if (a.binary)
                return SysfsReader::hex(a.head);
            return QString(a.value).replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
        case AccessColumn:
            if (a.readable && a.writable)
                return tr("read/write");
            return a.writable ? tr("write only") : tr("read only");
        case NoteColumn:
            if (!a.reason.isEmpty())
                return a.reason;
            if (a.binary)
                return tr("binary, %Ln byte(s); the first %1 shown in hex", nullptr, int(a.size)).arg(a.head.size());
            return QString();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn && a.readable && !a.binary)
            return a.value;
        return a.reason.isEmpty() ? QVariant() : a.reason;
    case PathRole: return QString(m_object.path + QLatin1Char('/') + a.name);
    case SysfsRowRole: return int(AttributeRow);
    case NoteRole: return a.reason;
    case SortRole: return data(index, Qt::DisplayRole);
    }
    return {};
}

QVariant SysfsAttributeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Attribute");
    case ValueColumn: return tr("Value");
    case AccessColumn: return tr("Access");
    case NoteColumn: return tr("Note");
    }
    return {};
}

} // namespace kc
