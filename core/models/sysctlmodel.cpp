// SPDX-License-Identifier: GPL-2.0-or-later
#include "sysctlmodel.h"

#include "roles.h"
#include "sysctl/sysctldocs.h"

#include <QDateTime>

namespace kc {

SysctlModel::SysctlModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void SysctlModel::setEntries(std::vector<SysctlEntry> entries)
{
    if (!m_haveStart) {
        for (const SysctlEntry &e : entries)
            m_start.insert(e.key, e.value);
        m_haveStart = true;
    }
    bool sameKeys = entries.size() == m_entries.size();
    for (size_t i = 0; sameKeys && i < entries.size(); ++i)
        sameKeys = entries[i].key == m_entries[i].key;
    if (!sameKeys) {
        beginResetModel();
        QHash<QString, qint64> changedAt;
        for (size_t i = 0; i < m_entries.size(); ++i)
            changedAt.insert(m_entries[i].key, m_changedAt.value(int(i)));
        m_entries = std::move(entries);
        m_changedAt.clear();
        for (const SysctlEntry &e : m_entries)
            m_changedAt.append(changedAt.value(e.key));
        rebuild();
        endResetModel();
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (size_t i = 0; i < entries.size(); ++i)
        replaceAt(int(i), std::move(entries[i]), now);
}

void SysctlModel::updateEntry(const SysctlEntry &entry)
{
    const int i = m_entryOfKey.value(entry.key, -1);
    if (i >= 0)
        replaceAt(i, entry, QDateTime::currentMSecsSinceEpoch());
}

void SysctlModel::replaceAt(int i, SysctlEntry entry, qint64 now)
{
    SysctlEntry &old = m_entries[size_t(i)];
    if (old.value == entry.value && old.status == entry.status && old.mode == entry.mode)
        return;
    if (old.value != entry.value)
        m_changedAt[i] = now;
    old = std::move(entry);
    const int node = m_nodeOfEntry[i];
    const Node &n = m_nodes[node];
    Q_EMIT dataChanged(createIndex(n.row, 0, quintptr(node)), createIndex(n.row, ColumnCount - 1, quintptr(node)));
}

void SysctlModel::setFlat(bool flat)
{
    if (flat == m_flat)
        return;
    beginResetModel();
    m_flat = flat;
    rebuild();
    endResetModel();
}

void SysctlModel::rebuild()
{
    m_nodes.clear();
    m_top.clear();
    m_entryOfKey.clear();
    m_nodeOfEntry.clear();
    m_nodes.reserve(int(m_entries.size()) * (m_flat ? 1 : 2));
    QHash<QString, int> groups; // dotted prefix -> node
    for (int i = 0; i < int(m_entries.size()); ++i) {
        const QString &key = m_entries[size_t(i)].key;
        m_entryOfKey.insert(key, i);
        int parent = -1;
        QString name = key;
        if (!m_flat) {
            const QStringList parts = key.split(QLatin1Char('.'));
            QString prefix;
            for (int p = 0; p + 1 < parts.size(); ++p) {
                prefix = p == 0 ? parts[0] : prefix + QLatin1Char('.') + parts[p];
                auto it = groups.constFind(prefix);
                if (it == groups.cend()) {
                    Node g;
                    g.name = parts[p];
                    g.parent = parent;
                    QList<int> &siblings = parent < 0 ? m_top : m_nodes[parent].children;
                    g.row = int(siblings.size());
                    m_nodes.append(g);
                    const int id = int(m_nodes.size()) - 1;
                    (parent < 0 ? m_top : m_nodes[parent].children).append(id);
                    it = groups.insert(prefix, id);
                }
                parent = it.value();
            }
            name = parts.last();
        }
        Node n;
        n.name = name;
        n.parent = parent;
        n.entry = i;
        n.row = int((parent < 0 ? m_top : m_nodes[parent].children).size());
        m_nodes.append(n);
        const int id = int(m_nodes.size()) - 1;
        (parent < 0 ? m_top : m_nodes[parent].children).append(id);
        m_nodeOfEntry.append(id);
    }
}

int SysctlModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : -1;
}

const SysctlEntry *SysctlModel::entry(const QString &key) const
{
    const int i = m_entryOfKey.value(key, -1);
    return i < 0 ? nullptr : &m_entries[size_t(i)];
}

QModelIndex SysctlModel::indexOfKey(const QString &key) const
{
    const int i = m_entryOfKey.value(key, -1);
    if (i < 0)
        return {};
    const int node = m_nodeOfEntry[i];
    return createIndex(m_nodes[node].row, 0, quintptr(node));
}

int SysctlModel::changedSinceStart() const
{
    int n = 0;
    for (const SysctlEntry &e : m_entries) {
        const auto it = m_start.constFind(e.key);
        n += it == m_start.cend() || it.value() != e.value;
    }
    return n;
}

QModelIndex SysctlModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const int p = nodeOf(parent);
    const QList<int> &children = p < 0 ? m_top : m_nodes[p].children;
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children[row]));
}

QModelIndex SysctlModel::parent(const QModelIndex &child) const
{
    const int n = nodeOf(child);
    if (n < 0)
        return {};
    const int p = m_nodes[n].parent;
    if (p < 0)
        return {};
    return createIndex(m_nodes[p].row, 0, quintptr(p));
}

int SysctlModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const int p = nodeOf(parent);
    return int(p < 0 ? m_top.size() : m_nodes[p].children.size());
}

int SysctlModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool SysctlModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

bool SysctlModel::writable(uint mode) const
{
    return m_remoteWriter ? Sysctl::writableAs(mode, m_writerUid) : Sysctl::writableByUs(mode);
}

QString SysctlModel::accessText(const SysctlEntry &e) const
{
    const bool rootWrites = e.mode & 0200;
    if (writable(e.mode))
        return tr("writable");
    if (rootWrites)
        return tr("root writes");
    return tr("read-only");
}

QVariant SysctlModel::data(const QModelIndex &index, int role) const
{
    const int n = nodeOf(index);
    if (n < 0)
        return {};
    const Node &node = m_nodes[n];
    if (node.entry < 0) {
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            return node.name;
        if (role == IsContainerRole)
            return true;
        if (role == Qt::DisplayRole && index.column() == ValueColumn)
            return tr("%Ln key(s)", nullptr, int(node.children.size()));
        return {};
    }
    const SysctlEntry &e = m_entries[size_t(node.entry)];
    const SysctlDoc *doc = (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == UnitRole)
        ? sysctldocs::find(e.key) : nullptr;
    const auto start = m_start.constFind(e.key);
    const bool changed = start != m_start.cend() && start.value() != e.value;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return node.name;
        case ValueColumn: {
            if (!e.ok())
                return e.reason;
            QString v = QString::fromUtf8(e.value);
            v.replace(QLatin1Char('\t'), QLatin1Char(' '));
            v.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
            return v;
        }
        case UnitColumn: return doc ? sysctldocs::unitName(doc->unit) : QString();
        case AccessColumn: return accessText(e);
        case DescriptionColumn: return doc ? doc->description() : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn && changed)
            return tr("Was %1 when Kernel Channels started.").arg(QString::fromUtf8(start.value()));
        if (index.column() == DescriptionColumn && doc)
            return doc->description();
        if (index.column() == AccessColumn)
            return tr("Permission bits %1; the kernel checks them for root against the owner bits.")
                .arg(QString::number(e.mode, 8));
        return {};
    case Qt::FontRole:
        return {};
    case PathRole: return SysctlPath::pathForKey(e.key);
    case SysctlKeyRole: return e.key;
    case ModeRole: return e.mode;
    case Qt::EditRole:
        return index.column() == ValueColumn ? QVariant(QString::fromUtf8(e.value)) : QVariant();
    case RawValueRole: return QString::fromUtf8(e.value);
    case NoteRole: return e.reason;
    case UnitRole: return doc ? sysctldocs::unitName(doc->unit) : QString();
    case ChangedAtRole: return m_changedAt.value(node.entry);
    case ChangedSinceStartRole: return changed;
    case StartValueRole: return start != m_start.cend() ? QString::fromUtf8(start.value()) : QString();
    case IsContainerRole: return false;
    case NumericRole: {
        bool ok = false;
        e.value.trimmed().toLongLong(&ok);
        return ok;
    }
    }
    return {};
}

QVariant SysctlModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return m_flat ? tr("Key") : tr("Name");
    case ValueColumn: return tr("Value");
    case UnitColumn: return tr("Unit");
    case AccessColumn: return tr("Access");
    case DescriptionColumn: return tr("Description");
    }
    return {};
}

} // namespace kc
