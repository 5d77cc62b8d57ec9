// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace kc {

/// Paints a cell whose value changed recently (ChangedAtRole) with a
/// highlight that fades out over a couple of seconds.
class ChangeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int FadeMs = 2000;
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace kc
