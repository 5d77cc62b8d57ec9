// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QModelIndex>

#include <functional>

class QAbstractItemModel;
class QAbstractItemView;
class QString;

namespace kc {

/// The rows under `parent` in `model`, their descendants included, that
/// `counts` accepts (every row when it is empty). Trees count only what
/// they have loaded: a lazy model's unopened folders hold nothing yet.
int countRows(const QAbstractItemModel *model, const std::function<bool(const QModelIndex &)> &counts = {},
              const QModelIndex &parent = {});

/// The first row that `view` shows, depth first, with `text` in one of its
/// cells (ignoring case); the first row it shows when none has. Rows the
/// view hides are skipped.
QModelIndex firstShownMatch(const QAbstractItemView *view, const QString &text);

} // namespace kc
