// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QSortFilterProxyModel;
class QTreeView;

namespace kc {

class ProcTreeModel;

/// Selects a path in a lazily loaded tree, listing the directories on the
/// way as they arrive.
class TreeNavigator : public QObject
{
    Q_OBJECT
public:
    TreeNavigator(ProcTreeModel *model, QSortFilterProxyModel *proxy, QTreeView *view, QObject *parent = nullptr);

    void setModel(ProcTreeModel *model);
    void selectPath(const QString &path);
    bool isPending() const { return !m_pending.isEmpty(); }

Q_SIGNALS:
    /// The path does not exist in the tree (a process that exited ...).
    void notFound(const QString &path);

private:
    void proceed();

    ProcTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    QString m_pending;
};

} // namespace kc
