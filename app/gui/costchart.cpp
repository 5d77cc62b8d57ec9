// SPDX-License-Identifier: GPL-2.0-or-later
#include "costchart.h"

#include "format/formatter.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace kc {

CostChart::CostChart(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void CostChart::setResult(const SyscallCostResult &result)
{
    m_result = result;
    update();
}

QSize CostChart::sizeHint() const
{
    return {520, fontMetrics().height() * 14};
}

QSize CostChart::minimumSizeHint() const
{
    return {300, fontMetrics().height() * 12};
}

void CostChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    if (m_result.figures.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No measurement yet."));
        return;
    }
    // Decades of nanoseconds from below the fastest to above the slowest.
    double lo = 1e300, hi = 0;
    for (const CostFigure &f : m_result.figures) {
        lo = std::min(lo, std::max(f.p10, 0.01));
        hi = std::max(hi, f.p90);
    }
    const double first = std::pow(10.0, std::floor(std::log10(lo)));
    const double last = std::pow(10.0, std::ceil(std::log10(std::max(hi, first * 10))));
    int labelWidth = 0;
    for (const CostFigure &f : m_result.figures)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(CostFigure::name(f.kind)));
    const QRectF plot(labelWidth + 12, line * 0.5, width() - labelWidth - 24, height() - line * 3.5);
    auto xOf = [&](double ns) {
        const double t = (std::log10(std::max(ns, first)) - std::log10(first)) / (std::log10(last) - std::log10(first));
        return plot.left() + t * plot.width();
    };

    // The scale: one line per decade, labelled.
    QColor grid = pal.color(QPalette::Mid);
    for (double d = first; d <= last * 1.001; d *= 10) {
        const double x = xOf(d);
        p.setPen(QPen(grid, 1, Qt::DotLine));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        p.setPen(pal.color(QPalette::WindowText));
        const QString label = d >= 1000 ? tr("%1 µs").arg(QLocale().toString(d / 1000, 'g', 3)) : tr("%1 ns").arg(QLocale().toString(d, 'g', 3));
        // Centred under its line, but inside the widget.
        const double w = fm.horizontalAdvance(label) + 4;
        const double left = std::clamp(x - w / 2, 0.0, width() - w);
        p.drawText(QRectF(left, plot.bottom() + 2, w, line), Qt::AlignHCenter | Qt::AlignTop, label);
    }
    p.setPen(pal.color(QPalette::WindowText));
    p.drawText(QRectF(plot.left(), plot.bottom() + line + 2, plot.width(), line), Qt::AlignHCenter | Qt::AlignTop,
               tr("nanoseconds per operation, logarithmic: each line ten times the one before"));

    const CostFigure *function = m_result.figure(CostFigure::Kind::Function);
    const int n = int(m_result.figures.size());
    const double rowHeight = plot.height() / n;
    const QColor colours[] = {QColor(0x4c, 0xaf, 0x50), QColor(0x21, 0x96, 0xf3), QColor(0xff, 0x98, 0x00), QColor(0xe5, 0x39, 0x35)};
    for (int i = 0; i < n; ++i) {
        const CostFigure &f = m_result.figures[i];
        const double top = plot.top() + i * rowHeight;
        const double barHeight = std::min(rowHeight * 0.5, double(line) * 1.4);
        const double y = top + (rowHeight - barHeight) / 2;
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRectF(0, top, labelWidth + 6, rowHeight), Qt::AlignRight | Qt::AlignVCenter, CostFigure::name(f.kind));
        const QColor c = colours[int(f.kind) % 4];
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        const double right = xOf(f.median);
        p.drawRect(QRectF(plot.left(), y, std::max(2.0, right - plot.left()), barHeight));
        // The spread: the 10th to the 90th percentile of the batches.
        p.setPen(QPen(pal.color(QPalette::WindowText), 1.5));
        const double mid = y + barHeight / 2;
        p.drawLine(QPointF(xOf(f.p10), mid), QPointF(xOf(f.p90), mid));
        p.drawLine(QPointF(xOf(f.p10), mid - 4), QPointF(xOf(f.p10), mid + 4));
        p.drawLine(QPointF(xOf(f.p90), mid - 4), QPointF(xOf(f.p90), mid + 4));
        QString text = Formatter::nanoseconds(f.median);
        if (function && f.kind != CostFigure::Kind::Function && function->median > 0)
            text = tr("%1 — %2 function calls").arg(text, QLocale().toString(f.median / function->median, 'f', 0));
        const double textX = std::max(right, xOf(f.p90)) + 6;
        const bool inside = textX + fm.horizontalAdvance(text) > plot.right() + 12;
        p.setPen(inside ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::WindowText));
        if (inside)
            p.drawText(QRectF(plot.left() + 4, y, std::min(right, xOf(f.p10)) - plot.left() - 10, barHeight), Qt::AlignRight | Qt::AlignVCenter, text);
        else
            p.drawText(QRectF(textX, y, plot.right() + 12 - textX, barHeight), Qt::AlignLeft | Qt::AlignVCenter, text);
    }
}

} // namespace kc
