// SPDX-License-Identifier: GPL-2.0-or-later
#include "treenavigator.h"

#include "models/proctreemodel.h"

#include <QSortFilterProxyModel>
#include <QTreeView>

namespace kc {

TreeNavigator::TreeNavigator(ProcTreeModel *model, QSortFilterProxyModel *proxy, QTreeView *view, QObject *parent)
    : QObject(parent)
    , m_model(nullptr)
    , m_proxy(proxy)
    , m_view(view)
{
    setModel(model);
}

void TreeNavigator::setModel(ProcTreeModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_pending.clear();
    connect(m_model, &ProcTreeModel::directoryLoaded, this, &TreeNavigator::proceed);
}

void TreeNavigator::selectPath(const QString &path)
{
    m_pending = path;
    proceed();
}

void TreeNavigator::proceed()
{
    if (m_pending.isEmpty())
        return;
    const QString root = m_model->rootPath();
    if (m_pending != root && !m_pending.startsWith(root + QLatin1Char('/'))) {
        Q_EMIT notFound(std::exchange(m_pending, QString()));
        return;
    }
    const QStringList parts = m_pending.mid(root.size() + 1).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QModelIndex parent;
    QString current = root;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (!m_model->isListed(parent)) {
            if (m_model->canFetchMore(parent))
                m_model->fetchMore(parent);
            return; // wait for directoryLoaded
        }
        current += QLatin1Char('/') + parts[i];
        const QModelIndex idx = m_model->indexForPath(current);
        if (!idx.isValid()) {
            Q_EMIT notFound(std::exchange(m_pending, QString()));
            return;
        }
        if (i + 1 < parts.size())
            m_view->expand(m_proxy->mapFromSource(idx));
        parent = idx;
    }
    m_pending.clear();
    const QModelIndex view = m_proxy->mapFromSource(parent);
    m_view->setCurrentIndex(view);
    m_view->scrollTo(view, QAbstractItemView::PositionAtCenter);
}

} // namespace kc
