// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <Qt>

#include <functional>

class QAbstractItemView;
class QAction;
class QToolButton;
class QWidget;
class QModelIndex;
class QString;

namespace kc {

/// Adds "Copy row" (Ctrl+C) to a table or tree: the current row's visible
/// cells, as `role` gives them, tab-separated.
QAction *addCopyRowAction(QAbstractItemView *view, int role = Qt::DisplayRole);
/// Adds "Copy path" (Ctrl+Shift+C): the current row's PathRole.
QAction *addCopyPathAction(QAbstractItemView *view);
/// A tool-bar button with text beside its theme icon, as the panes use.
QToolButton *textButton(const QString &text, const QString &icon, const QString &tip, QWidget *parent);
/// A checkable Pause button that reads Resume while checked, so its state
/// shows in every palette (Fusion's checked look is faint in dark ones).
QToolButton *pauseButton(const QString &tip, QWidget *parent);
/// Adds an action on the current row: enabled when `subjectOf` gives a
/// non-empty text for it; triggering it passes that text to `act`.
QAction *addRowAction(QAbstractItemView *view, const QString &icon, const QString &text, const QString &tip,
                      std::function<QString(const QModelIndex &)> subjectOf, std::function<void(const QString &)> act);
/// Adds "Why can't I reach it?" for rows naming a path, netlink:PROTO or
/// syscall:NAME (see Why).
QAction *addWhyAction(QAbstractItemView *view, std::function<QString(const QModelIndex &)> subjectOf,
                      std::function<void(const QString &)> why);
/// Adds "Pin to chart": enabled on rows for which `keyOf` gives a sample
/// key; triggering it calls `pin` with that key.
QAction *addPinAction(QAbstractItemView *view, std::function<QString(const QModelIndex &)> keyOf,
                      std::function<void(const QString &)> pin);

} // namespace kc
