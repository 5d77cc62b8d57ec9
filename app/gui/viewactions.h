// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <Qt>

class QAbstractItemView;
class QAction;

namespace kc {

/// Adds "Copy row" (Ctrl+C) to a table or tree: the current row's visible
/// cells, as `role` gives them, tab-separated.
QAction *addCopyRowAction(QAbstractItemView *view, int role = Qt::DisplayRole);
/// Adds "Copy path" (Ctrl+Shift+C): the current row's PathRole.
QAction *addCopyPathAction(QAbstractItemView *view);

} // namespace kc
