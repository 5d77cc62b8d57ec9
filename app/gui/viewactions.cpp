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

QToolButton *pauseButton(const QString &tip, QWidget *parent)
{
    auto *b = textButton(QApplication::translate("kc::ViewActions", "Pause"), QStringLiteral("media-playback-pause"), tip, parent);
    b->setCheckable(true);
    QObject::connect(b, &QToolButton::toggled, b, [b](bool on) {
        b->setText(on ? QApplication::translate("kc::ViewActions", "Resume") : QApplication::translate("kc::ViewActions", "Pause"));
        b->setIcon(QIcon::fromTheme(on ? QStringLiteral("media-playback-start") : QStringLiteral("media-playback-pause")));
    });
    return b;
}

QAction *addRowAction(QAbstractItemView *view, const QString &icon, const QString &text, const QString &tip,
                      std::function<QString(const QModelIndex &)> subjectOf, std::function<void(const QString &)> act)
{
    auto *action = new QAction(QIcon::fromTheme(icon), text, view);
    action->setToolTip(tip);
    action->setEnabled(false);
    QObject::connect(action, &QAction::triggered, view, [view, subjectOf, act] {
        if (const QString subject = subjectOf(view->currentIndex()); !subject.isEmpty())
            act(subject);
    });
    // The view has its model already: follow its current index.
    Q_ASSERT(view->selectionModel());
    QObject::connect(view->selectionModel(), &QItemSelectionModel::currentChanged, action,
                     [action, subjectOf](const QModelIndex &current) { action->setEnabled(!subjectOf(current).isEmpty()); });
    view->addAction(action);
    return action;
}

QAction *addPinAction(QAbstractItemView *view, std::function<QString(const QModelIndex &)> keyOf,
                      std::function<void(const QString &)> pin)
{
    return addRowAction(view, QStringLiteral("office-chart-line"), QApplication::translate("kc::ViewActions", "&Pin to chart"),
                        QApplication::translate("kc::ViewActions", "Chart this number over time in the Charts pane"), std::move(keyOf), std::move(pin));
}

QAction *addWhyAction(QAbstractItemView *view, std::function<QString(const QModelIndex &)> subjectOf,
                      std::function<void(const QString &)> why)
{
    return addRowAction(view, QStringLiteral("help-faq"), QApplication::translate("kc::ViewActions", "&Why can't I reach it?"),
                        QApplication::translate("kc::ViewActions", "Check on this machine what stands in the way, with the evidence"),
                        std::move(subjectOf), std::move(why));
}

} // namespace kc
