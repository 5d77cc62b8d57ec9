// SPDX-License-Identifier: GPL-2.0-or-later
#include "livetext.h"

#include <QPainter>

namespace kc {

LiveText::LiveText(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void LiveText::setText(const QString &text)
{
    if (text == m_text)
        return;
    const bool appears = text.isEmpty() != m_text.isEmpty();
    m_text = text;
    setAccessibleName(text);
    const bool fits = fontMetrics().horizontalAdvance(text) <= contentsRect().width();
    setToolTip(fits ? QString() : text);
    if (!fits || appears) {
        // Wider than the room it has, or there was none: ask for room.
        ++m_relayouts;
        updateGeometry();
    }
    update();
}

QSize LiveText::sizeHint() const
{
    const QMargins m = contentsMargins();
    return {fontMetrics().horizontalAdvance(m_text) + m.left() + m.right(), fontMetrics().height() + m.top() + m.bottom()};
}

QSize LiveText::minimumSizeHint() const
{
    const QMargins m = contentsMargins();
    return {fontMetrics().averageCharWidth() * 12 + m.left() + m.right(), fontMetrics().height() + m.top() + m.bottom()};
}

void LiveText::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setPen(palette().color(foregroundRole()));
    const QRect r = contentsRect();
    p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, fontMetrics().elidedText(m_text, Qt::ElideRight, r.width()));
}

} // namespace kc
