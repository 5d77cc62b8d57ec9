// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "procfs/dirlister.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace kc {

class DataSource;

/// A lazy tree of a kernel filesystem (/proc or /sys). Children are listed
/// on fetchMore() by a worker thread and inserted when they arrive; data()
/// never touches the filesystem. refresh() re-lists a directory and applies
/// only the difference, so processes that come and go do not reset the view.
class ProcTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, DetailColumn, ModeColumn, OwnerColumn, ColumnCount };

    explicit ProcTreeModel(const QString &rootPath = QStringLiteral("/proc"), QObject *parent = nullptr);
    ~ProcTreeModel() override;

    QString rootPath() const { return m_rootPath; }
    /// List directories on the calling thread (for the CLI and tests).
    void setSynchronous(bool sync) { m_sync = sync; }
    /// Where the directories are listed: this kernel unless set.
    void setSource(std::shared_ptr<DataSource> source) { m_source = std::move(source); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// The index of an already loaded path, or invalid.
    QModelIndex indexForPath(const QString &path) const;
    /// Re-lists a loaded directory (the root when `parent` is invalid).
    void refresh(const QModelIndex &parent = {});
    /// True once the directory at `index` has been listed.
    bool isListed(const QModelIndex &index) const;
    /// True while the directory at `index` is being listed.
    bool isListing(const QModelIndex &index) const;
    /// True while any directory listing is under way.
    bool isLoading() const { return m_pending > 0; }

Q_SIGNALS:
    void directoryLoaded(const QString &path);
    void loadingChanged(bool loading);

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(Node *node, int column = 0) const;
    void startListing(Node *node);
    void applyListing(Node *node, DirListing listing);

    QString m_rootPath;
    std::unique_ptr<Node> m_root;
    void forget(Node *node);
    void appendChildren(Node *node, QList<DirEntry> &entries);

    QHash<quint64, Node *> m_live; // nodes by id, for results that arrive late
    quint64 m_nextId = 1;
    bool m_sync = false;
    std::shared_ptr<DataSource> m_source;
    int m_pending = 0;
};

} // namespace kc
