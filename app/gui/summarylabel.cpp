// SPDX-License-Identifier: GPL-2.0-or-later
#include "summarylabel.h"

namespace kc {

SummaryLabel::SummaryLabel(QWidget *parent)
    : QLabel(parent)
{
    setForegroundRole(QPalette::PlaceholderText);
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void SummaryLabel::setSummary(const QString &text)
{
    m_full = text;
    setToolTip(text);
    fit();
    updateGeometry();
}

QSize SummaryLabel::sizeHint() const
{
    const QMargins m = contentsMargins();
    return {fontMetrics().horizontalAdvance(m_full) + m.left() + m.right() + 2 * margin(), QLabel::sizeHint().height()};
}

QSize SummaryLabel::minimumSizeHint() const
{
    // Room for a word or two; the rest is cut.
    return {fontMetrics().averageCharWidth() * 12, QLabel::minimumSizeHint().height()};
}

void SummaryLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    fit();
}

void SummaryLabel::fit()
{
    const int room = contentsRect().width();
    const QString shown = fontMetrics().horizontalAdvance(m_full) <= room ? m_full
                                                                          : fontMetrics().elidedText(m_full, Qt::ElideRight, room);
    if (shown != text())
        QLabel::setText(shown);
}

} // namespace kc
