// SPDX-License-Identifier: GPL-2.0-or-later
#include "filtercount.h"

#include <QListView>
#include <QTableView>
#include <QTreeView>

namespace kc {

int countRows(const QAbstractItemModel *model, const std::function<bool(const QModelIndex &)> &counts, const QModelIndex &parent)
{
    if (!model)
        return 0;
    int n = 0;
    const int rows = model->rowCount(parent);
    for (int r = 0; r < rows; ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        if (!counts || counts(i))
            ++n;
        if (model->hasChildren(i))
            n += countRows(model, counts, i);
    }
    return n;
}

namespace {

bool hidden(const QAbstractItemView *view, int row, const QModelIndex &parent)
{
    if (auto *tree = qobject_cast<const QTreeView *>(view))
        return tree->isRowHidden(row, parent);
    if (auto *list = qobject_cast<const QListView *>(view))
        return list->isRowHidden(row);
    if (auto *table = qobject_cast<const QTableView *>(view))
        return table->isRowHidden(row);
    return false;
}

// Depth first: the first row with the text, remembering the first row seen.
QModelIndex search(const QAbstractItemView *view, const QString &text, const QModelIndex &parent, QModelIndex *first)
{
    const QAbstractItemModel *model = view->model();
    const int columns = model->columnCount(parent);
    for (int r = 0; r < model->rowCount(parent); ++r) {
        if (hidden(view, r, parent))
            continue;
        const QModelIndex i = model->index(r, 0, parent);
        if (!first->isValid())
            *first = i;
        for (int c = 0; c < columns && !text.isEmpty(); ++c) {
            if (model->index(r, c, parent).data().toString().contains(text, Qt::CaseInsensitive))
                return i;
        }
        if (qobject_cast<const QTreeView *>(view) && model->hasChildren(i)) {
            if (const QModelIndex found = search(view, text, i, first); found.isValid())
                return found;
        }
    }
    return {};
}

} // namespace

QModelIndex firstShownMatch(const QAbstractItemView *view, const QString &text)
{
    if (!view || !view->model())
        return {};
    QModelIndex first;
    const QModelIndex found = search(view, text, view->rootIndex(), &first);
    return found.isValid() ? found : first;
}

} // namespace kc
