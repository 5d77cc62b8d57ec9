// SPDX-License-Identifier: GPL-2.0-or-later
#include "chartlegend.h"

#include <QEvent>
#include <QPainter>
#include <QResizeEvent>

namespace kc {

namespace {

constexpr int Swatch = 18; // the sample of the line
constexpr int Gap = 6;
constexpr int EntryGap = 16;

} // namespace

ChartLegend::ChartLegend(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void ChartLegend::setEntries(const QList<Entry> &entries)
{
    m_entries = entries;
    m_valueRoom = QList<int>(entries.size(), 0);
    refit();
    fitHeight();
    update();
}

void ChartLegend::setValues(const QStringList &values)
{
    bool changed = false;
    for (int i = 0; i < m_entries.size(); ++i) {
        const QString v = values.value(i);
        if (m_entries[i].value != v) {
            m_entries[i].value = v;
            changed = true;
        }
    }
    if (!changed)
        return;
    refit();
    update();
}

void ChartLegend::setHeading(const QString &heading)
{
    if (heading == m_heading)
        return;
    m_heading = heading;
    refit();
    update();
}

void ChartLegend::refit()
{
    // Room only grows: a value one digit shorter this tick does not move
    // the entries after it, and one that fits does not lay anything out.
    const QFontMetrics fm = fontMetrics();
    bool grew = false;
    for (int i = 0; i < m_entries.size(); ++i) {
        const int w = fm.horizontalAdvance(m_entries[i].value);
        if (w > m_valueRoom[i]) {
            m_valueRoom[i] = w;
            grew = true;
        }
    }
    if (const int w = fm.horizontalAdvance(m_heading); w > m_headingRoom) {
        m_headingRoom = w;
        grew = true;
    }
    if (grew)
        fitHeight();
}

void ChartLegend::fitHeight()
{
    const int h = rowsHeight(width());
    if (minimumHeight() == h && maximumHeight() == h)
        return;
    setFixedHeight(h);
    Q_EMIT heightChanged();
}

void ChartLegend::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitHeight();
}

int ChartLegend::entryWidth(int i) const
{
    const QFontMetrics fm = fontMetrics();
    return Swatch + Gap + fm.horizontalAdvance(m_entries[i].name) + Gap + m_valueRoom.value(i);
}

int ChartLegend::headingWidth() const
{
    return m_headingRoom;
}

QList<QRect> ChartLegend::layoutCells(int width) const
{
    // The heading, then the entries left to right, wrapping to new rows.
    const int rowHeight = fontMetrics().height() + 4;
    QList<QRect> cells;
    int x = 0;
    int y = 0;
    const auto place = [&](int w) {
        if (x > 0 && x + w > width) {
            x = 0;
            y += rowHeight;
        }
        cells.append(QRect(x, y, w, rowHeight));
        x += w + EntryGap;
    };
    place(headingWidth());
    for (int i = 0; i < m_entries.size(); ++i)
        place(entryWidth(i));
    return cells;
}

int ChartLegend::rowsHeight(int width) const
{
    const QList<QRect> cells = layoutCells(qMax(1, width - 8));
    return cells.isEmpty() ? 0 : cells.last().bottom() + 1 + 4;
}

QSize ChartLegend::sizeHint() const
{
    return {400, rowsHeight(qMax(width(), 400))};
}

void ChartLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QList<QRect> cells = layoutCells(qMax(1, width() - 8));
    const QColor text = palette().color(QPalette::WindowText);
    const QColor quiet = palette().color(QPalette::PlaceholderText);
    const QPoint origin(4, 2);
    p.setPen(quiet);
    p.drawText(cells.value(0).translated(origin), Qt::AlignLeft | Qt::AlignVCenter, m_heading);
    const QFontMetrics fm = fontMetrics();
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries[i];
        QRect r = cells.value(i + 1).translated(origin);
        p.setPen(QPen(e.colour, 2.5, e.style));
        p.drawLine(QPointF(r.left(), r.center().y() + 0.5), QPointF(r.left() + Swatch, r.center().y() + 0.5));
        r.setLeft(r.left() + Swatch + Gap);
        p.setPen(text);
        p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, e.name);
        r.setLeft(r.left() + fm.horizontalAdvance(e.name) + Gap);
        p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, e.value);
    }
}

void ChartLegend::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        m_valueRoom.fill(0);
        m_headingRoom = 0;
        refit();
        fitHeight();
    }
}

} // namespace kc
