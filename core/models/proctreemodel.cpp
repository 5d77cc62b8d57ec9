// SPDX-License-Identifier: GPL-2.0-or-later
#include "proctreemodel.h"

#include "source/datasource.h"

#include "io/async.h"
#include "roles.h"

#include <QSet>
#include <QThread>

namespace kc {

struct ProcTreeModel::Node {
    quint64 id = 0;
    DirEntry entry;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    bool fetched = false;
    bool fetching = false;
    bool refetch = false; // a refresh came while a listing was under way
    QString listError;

    int rowIndex = 0; // kept current by renumber(); parent() is hot in proxies

    int row() const { return rowIndex; }
    void renumber(size_t from = 0)
    {
        for (size_t i = from; i < children.size(); ++i)
            children[i]->rowIndex = int(i);
    }
};

ProcTreeModel::ProcTreeModel(const QString &rootPath, QObject *parent)
    : QAbstractItemModel(parent)
    , m_rootPath(rootPath)
    , m_root(std::make_unique<Node>())
{
    m_root->id = m_nextId++;
    m_root->entry.path = rootPath;
    m_root->entry.name = rootPath;
    m_root->entry.kind = DirEntry::Kind::Directory;
    m_live.insert(m_root->id, m_root.get());
}

ProcTreeModel::~ProcTreeModel() = default;

ProcTreeModel::Node *ProcTreeModel::nodeFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex ProcTreeModel::indexFor(Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, node);
}

QModelIndex ProcTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *p = nodeFor(parent);
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex ProcTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(nodeFor(child)->parent);
}

int ProcTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int ProcTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool ProcTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *n = nodeFor(parent);
    if (n == m_root.get())
        return true;
    if (!n->entry.isContainer())
        return false;
    return !n->fetched || !n->children.empty();
}

bool ProcTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *n = nodeFor(parent);
    return (n == m_root.get() || n->entry.isContainer()) && !n->fetched && !n->fetching;
}

void ProcTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    startListing(nodeFor(parent));
}

bool ProcTreeModel::isListed(const QModelIndex &index) const
{
    return nodeFor(index)->fetched;
}

bool ProcTreeModel::isListing(const QModelIndex &index) const
{
    return nodeFor(index)->fetching;
}

void ProcTreeModel::refresh(const QModelIndex &parent)
{
    Node *n = nodeFor(parent);
    if (!(n == m_root.get() || n->entry.isContainer()))
        return;
    if (n->fetching) {
        n->refetch = true;
        return;
    }
    startListing(n);
}

void ProcTreeModel::startListing(Node *node)
{
    node->fetching = true;
    const QString path = node->entry.path;
    std::shared_ptr<DataSource> source = m_source ? m_source : DataSource::local();
    if (m_sync) {
        applyListing(node, source->list(path));
        return;
    }
    if (m_pending++ == 0)
        Q_EMIT loadingChanged(true);
    const quint64 id = node->id;
    runFor(this, [path, source] { return source->list(path); }, [this, id](const DirListing &listing) {
        if (--m_pending == 0)
            Q_EMIT loadingChanged(false);
        // The node may have been removed by a refresh of its parent meanwhile.
        if (Node *n = m_live.value(id)) {
            applyListing(n, listing);
            if (std::exchange(n->refetch, false))
                startListing(n);
        }
    });
}

void ProcTreeModel::forget(Node *node)
{
    m_live.remove(node->id);
    for (auto &c : node->children)
        forget(c.get());
}

void ProcTreeModel::appendChildren(Node *node, QList<DirEntry> &entries)
{
    const int first = int(node->children.size());
    beginInsertRows(indexFor(node), first, first + int(entries.size()) - 1);
    for (DirEntry &e : entries) {
        auto child = std::make_unique<Node>();
        child->id = m_nextId++;
        child->entry = std::move(e);
        child->parent = node;
        m_live.insert(child->id, child.get());
        node->children.push_back(std::move(child));
    }
    node->renumber(size_t(first));
    endInsertRows();
}

void ProcTreeModel::applyListing(Node *node, DirListing listing)
{
    Q_ASSERT(QThread::currentThread() == thread());
    node->fetching = false;
    const bool first = !node->fetched;
    node->fetched = true;
    node->listError = listing.error;
    const QModelIndex parentIndex = indexFor(node);

    if (first && node->children.empty()) {
        if (!listing.entries.isEmpty()) {
            appendChildren(node, listing.entries);
        } else if (!listing.error.isEmpty() && parentIndex.isValid()) {
            // No children to show: let the row say why.
            Q_EMIT dataChanged(indexFor(node, 0), indexFor(node, ColumnCount - 1));
        }
        Q_EMIT directoryLoaded(node->entry.path);
        return;
    }

    // A refresh: remove what is gone, update what stayed, append what is new.
    QHash<QString, qsizetype> fresh;
    for (qsizetype i = 0; i < listing.entries.size(); ++i)
        fresh.insert(listing.entries[i].name, i);
    for (int row = int(node->children.size()) - 1; row >= 0; --row) {
        Node *c = node->children[size_t(row)].get();
        if (!fresh.contains(c->entry.name)) {
            beginRemoveRows(parentIndex, row, row);
            forget(c);
            node->children.erase(node->children.begin() + row);
            node->renumber(size_t(row));
            endRemoveRows();
        }
    }
    QSet<QString> have;
    for (size_t row = 0; row < node->children.size(); ++row) {
        Node *c = node->children[row].get();
        have.insert(c->entry.name);
        DirEntry &e = listing.entries[fresh.value(c->entry.name)];
        if (e.kind != c->entry.kind || e.linkTarget != c->entry.linkTarget || e.comm != c->entry.comm
            || e.mode != c->entry.mode || e.note != c->entry.note || e.uid != c->entry.uid) {
            const bool wasContainer = c->entry.isContainer();
            c->entry = std::move(e);
            if (wasContainer != c->entry.isContainer() && !c->children.empty()) {
                beginRemoveRows(indexFor(c), 0, int(c->children.size()) - 1);
                forget(c);
                m_live.insert(c->id, c);
                c->children.clear();
                endRemoveRows();
            }
            Q_EMIT dataChanged(indexFor(c, 0), indexFor(c, ColumnCount - 1));
        }
    }
    QList<DirEntry> added;
    for (DirEntry &e : listing.entries) {
        if (!have.contains(e.name))
            added.append(std::move(e));
    }
    if (!added.isEmpty())
        appendChildren(node, added);
    Q_EMIT directoryLoaded(node->entry.path);
}

QModelIndex ProcTreeModel::indexForPath(const QString &path) const
{
    if (path == m_rootPath)
        return {};
    if (!path.startsWith(m_rootPath + QLatin1Char('/')))
        return {};
    const QStringList parts = path.mid(m_rootPath.size() + 1).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    Node *n = m_root.get();
    for (const QString &part : parts) {
        Node *next = nullptr;
        for (auto &c : n->children) {
            if (c->entry.name == part) {
                next = c.get();
                break;
            }
        }
        if (!next)
            return {};
        n = next;
    }
    return indexFor(n);
}

QVariant ProcTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeFor(index);
    const DirEntry &e = n->entry;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            if (e.pid >= 0 && !e.comm.isEmpty())
                return tr("%1  %2").arg(e.name, e.comm);
            return e.name;
        case KindColumn:
            return DirLister::kindName(e.kind, e.kernelThread);
        case DetailColumn:
            if (!n->listError.isEmpty())
                return n->listError;
            if (!e.linkTarget.isEmpty())
                return QString(QStringLiteral("→ ") + e.linkTarget);
            return e.note;
        case ModeColumn:
            return DirLister::modeString(e.mode);
        case OwnerColumn:
            return e.uid;
        }
        break;
    case Qt::ToolTipRole:
        if (!n->listError.isEmpty())
            return n->listError;
        if (!e.note.isEmpty())
            return e.note;
        if (!e.linkTarget.isEmpty())
            return tr("%1 points to %2").arg(e.path, e.linkTarget);
        return e.path;
    case PathRole:
        return e.path;
    case SortRole:
        if (index.column() == NameColumn) {
            if (e.pid >= 0)
                return QStringLiteral("1%1").arg(e.pid, 10, 10, QLatin1Char('0'));
            return QString(QStringLiteral("0") + e.name);
        }
        if (index.column() == OwnerColumn)
            return QStringLiteral("%1").arg(e.uid, 10, 10, QLatin1Char('0'));
        return data(index, Qt::DisplayRole).toString();
    case EntryKindRole:
        return int(e.kind);
    case PidRole:
        return e.pid;
    case KernelThreadRole:
        return e.kernelThread;
    case NoteRole:
        return n->listError.isEmpty() ? e.note : n->listError;
    case IsContainerRole:
        return e.isContainer();
    default:
        break;
    }
    return {};
}

QVariant ProcTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case KindColumn: return tr("Type");
    case DetailColumn: return tr("Target or note");
    case ModeColumn: return tr("Mode");
    case OwnerColumn: return tr("Owner UID");
    }
    return {};
}

} // namespace kc
