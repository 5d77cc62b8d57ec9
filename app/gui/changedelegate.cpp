// SPDX-License-Identifier: GPL-2.0-or-later
#include "changedelegate.h"

#include "models/roles.h"

#include <QDateTime>
#include <QPainter>

namespace kc {

void ChangeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const qint64 changedAt = index.data(ChangedAtRole).toLongLong();
    const qint64 age = changedAt > 0 ? QDateTime::currentMSecsSinceEpoch() - changedAt : FadeMs;
    if (age < FadeMs && !(option.state & QStyle::State_Selected)) {
        QColor c = option.palette.color(QPalette::Highlight);
        c.setAlphaF(0.45f * float(FadeMs - age) / float(FadeMs));
        painter->fillRect(option.rect, c);
    }
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace kc
