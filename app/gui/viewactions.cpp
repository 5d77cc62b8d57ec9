// SPDX-License-Identifier: GPL-2.0-or-later
#include "viewactions.h"

#include "models/roles.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>

namespace kc {

namespace {

bool columnHidden(QAbstractItemView *view, int column)
{
    if (auto *table = qobject_cast<QTableView *>(view))
        return table->isColumnHidden(column);
    if (auto *tree = qobject_cast<QTreeView *>(view))
        return tree->isColumnHidden(column);
    return false;
}

} // namespace

QAction *addCopyRowAction(QAbstractItemView *view, int role)
{
    auto *copy = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), QApplication::translate("kc::ViewActions", "&Copy row"), view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(copy, &QAction::triggered, view, [view, role] {
        const QModelIndex i = view->currentIndex();
        if (!i.isValid())
            return;
        QStringList cells;
        for (int c = 0; c < view->model()->columnCount(i.parent()); ++c) {
            if (!columnHidden(view, c))
                cells.append(i.siblingAtColumn(c).data(role).toString());
        }
        QApplication::clipboard()->setText(cells.join(QLatin1Char('\t')));
    });
    view->addAction(copy);
    return copy;
}

QAction *addCopyPathAction(QAbstractItemView *view)
{
    auto *copy = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy-path")), QApplication::translate("kc::ViewActions", "Copy &path"), view);
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copy->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(copy, &QAction::triggered, view, [view] {
        const QString path = view->currentIndex().data(PathRole).toString();
        if (!path.isEmpty())
            QApplication::clipboard()->setText(path);
    });
    view->addAction(copy);
    return copy;
}

QToolButton *textButton(const QString &text, const QString &icon, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setIcon(QIcon::fromTheme(icon));
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setToolTip(tip);
    return b;
}

QAction *addPinAction(QAbstractItemView *view, std::function<QString(const QModelIndex &)> keyOf,
                      std::function<void(const QString &)> pin)
{
    auto *action = new QAction(QIcon::fromTheme(QStringLiteral("office-chart-line")),
                               QApplication::translate("kc::ViewActions", "&Pin to chart"), view);
    action->setToolTip(QApplication::translate("kc::ViewActions", "Chart this number over time in the Charts pane"));
    action->setEnabled(false);
    QObject::connect(action, &QAction::triggered, view, [view, keyOf, pin] {
        if (const QString key = keyOf(view->currentIndex()); !key.isEmpty())
            pin(key);
    });
    // The view has its model already: follow its current index.
    Q_ASSERT(view->selectionModel());
    QObject::connect(view->selectionModel(), &QItemSelectionModel::currentChanged, action,
                     [action, keyOf](const QModelIndex &current) { action->setEnabled(!keyOf(current).isEmpty()); });
    view->addAction(action);
    return action;
}

} // namespace kc
