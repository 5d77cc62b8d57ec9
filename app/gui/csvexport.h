// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

class QAbstractItemModel;
class QWidget;

namespace kc {

/// Writes the rows of `model` (as filtered and sorted) to a CSV file the
/// user picks; the cells come from `role`. Failures are reported in a
/// message box; nothing is written half.
void exportCsv(QWidget *parent, QAbstractItemModel *model, const QString &suggestedName, int role);
/// A CSV cell, quoted when it has to be.
QString csvCell(const QString &s);

} // namespace kc
