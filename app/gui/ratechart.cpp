// SPDX-License-Identifier: GPL-2.0-or-later
#include "ratechart.h"

#include "format/formatter.h"
#include "sampling/samplehub.h"

#include <QContextMenuEvent>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>


namespace kc {

RateChart::RateChart(SampleHub *hub, const QStringList &keys, const QString &unit, QWidget *parent)
    : QChartView(parent)
    , m_hub(hub)
    , m_keys(keys)
    , m_unit(unit)
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_time = new QDateTimeAxis(chart);
    m_time->setFormat(QStringLiteral("hh:mm:ss"));
    m_time->setTickCount(6);
    m_value = new QValueAxis(chart);
    m_value->setLabelFormat(QStringLiteral("%.1f"));
    m_value->setMin(0);
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_value, Qt::AlignLeft);
    // Each key's first line joins the chart before the view shows it: a
    // date-time axis whose first series comes later draws no labels.
    m_lines.resize(keys.size());
    for (int k = 0; k < keys.size(); ++k)
        addLine(chart, k)->setName(hub->source(keys[k]).label());
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    update(QDateTime::currentMSecsSinceEpoch());
}

QLineSeries *RateChart::addLine(QChart *chart, int key)
{
    auto *line = new QLineSeries(chart);
    chart->addSeries(line);
    line->attachAxis(m_time);
    line->attachAxis(m_value);
    connect(line, &QLineSeries::hovered, this, [this, key](const QPointF &point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(point.x())).time(), QStringLiteral("hh:mm:ss"));
        QToolTip::showText(QCursor::pos(), tr("%1\n%2 at %3")
                                               .arg(m_lines[key].first()->name(), Formatter::value(point.y() * m_divisor, m_unit), when), this);
    });
    QList<QLineSeries *> &lines = m_lines[key];
    lines.append(line);
    if (lines.size() > 1) {
        // A later stretch of the same key: its colour, no legend entry.
        for (QLegendMarker *marker : chart->legend()->markers(line))
            marker->setVisible(false);
        line->setColor(lines.first()->color());
    }
    return line;
}

void RateChart::matchColours()
{
    for (const QList<QLineSeries *> &lines : std::as_const(m_lines)) {
        for (QLineSeries *line : lines.mid(1))
            line->setColor(lines.first()->color());
    }
}

int RateChart::pointCount(const QString &key) const
{
    const int i = int(m_keys.indexOf(key));
    int count = 0;
    for (const QLineSeries *line : i < 0 ? QList<QLineSeries *>() : m_lines[i])
        count += int(line->count());
    return count;
}

int RateChart::stretchCount(const QString &key) const
{
    const int i = int(m_keys.indexOf(key));
    int count = 0;
    for (const QLineSeries *line : i < 0 ? QList<QLineSeries *>() : m_lines[i])
        count += line->count() > 0 ? 1 : 0;
    return count;
}

void RateChart::update(qint64 nowMs)
{
    // One scale for the whole chart, from its largest value: KiB, MiB ...
    // for bytes, k and M for counts.
    double top = 0;
    for (const QString &key : std::as_const(m_keys)) {
        if (const TimeSeries *ts = m_hub->series(key)) {
            for (int i = 0; i < ts->size(); ++i)
                top = qMax(top, ts->at(i).y());
        }
    }
    const Formatter::AxisScale scale = Formatter::axisScale(top, m_unit);
    m_divisor = scale.divisor;
    m_axisUnit = scale.unit;
    // Every change below makes QtCharts lay out and repaint the chart: an
    // idle chart is told only what differs from what it draws.
    if (m_value->titleText() != m_axisUnit)
        m_value->setTitleText(m_axisUnit);
    for (int k = 0; k < m_keys.size(); ++k) {
        QList<QList<QPointF>> stretches;
        if (const TimeSeries *ts = m_hub->series(m_keys[k]))
            stretches = ts->stretches();
        while (m_lines[k].size() < stretches.size())
            addLine(chart(), k);
        for (int i = 0; i < m_lines[k].size(); ++i) {
            QList<QPointF> points = stretches.value(i);
            if (m_divisor != 1) {
                for (QPointF &pt : points)
                    pt.setY(pt.y() / m_divisor);
            }
            // A lone reading (sampling stopped right after it) as a dot.
            if (m_lines[k][i]->pointsVisible() != (points.size() == 1))
                m_lines[k][i]->setPointsVisible(points.size() == 1);
            moveLine(m_lines[k][i], points);
        }
    }
    // The window is the history, or less while there is less to show.
    qint64 first = nowMs;
    for (const QString &key : std::as_const(m_keys)) {
        if (const TimeSeries *ts = m_hub->series(key); ts && ts->size() > 0)
            first = qMin(first, qint64(ts->at(0).x()));
    }
    const qint64 span = qBound<qint64>(10000, nowMs - first, qint64(m_hub->historySeconds()) * 1000);
    // New labels on the time axis lay the whole chart out again: the axis
    // reaches a tenth of the window ahead and moves when the newest point
    // gets there, or when the window it shows is too short or too long.
    // Between, a tick moves the lines alone.
    const qint64 from = m_time->min().toMSecsSinceEpoch();
    const qint64 to = m_time->max().toMSecsSinceEpoch();
    if (nowMs > to || from > nowMs - span || to - from > span + span / 4)
        m_time->setRange(QDateTime::fromMSecsSinceEpoch(nowMs - span), QDateTime::fromMSecsSinceEpoch(nowMs + span / 10));
    // Nice numbers move the top away from the one asked for: asked again
    // only when the data's top moved, or the axis would change twice a tick.
    const double wantedTop = qMax(1.0, top / m_divisor * 1.1);
    if (wantedTop != m_wantedTop) {
        m_wantedTop = wantedTop;
        m_value->setRange(0, wantedTop);
        m_value->applyNiceNumbers();
    }
    // Whole numbers where every tick is one (0, 100, 200, not 100.0).
    const double step = (m_value->max() - m_value->min()) / qMax(1, m_value->tickCount() - 1);
    const QString format = step >= 1 && std::fmod(step, 1.0) == 0 ? QStringLiteral("%.0f") : QStringLiteral("%.1f");
    if (m_value->labelFormat() != format)
        m_value->setLabelFormat(format);
}

void RateChart::moveLine(QLineSeries *line, const QList<QPointF> &points)
{
    // A tick adds a point at the end and, once the history is full, drops
    // one at the front: move the line by that much. Anything else (a new
    // scale, a new stretch) replaces it.
    const QList<QPointF> drawn = line->points();
    const qsizetype dropped = points.isEmpty() ? drawn.size() : drawn.indexOf(points.first());
    bool follows = dropped >= 0 && drawn.size() - dropped <= points.size();
    for (qsizetype i = dropped; follows && i < drawn.size(); ++i)
        follows = drawn[i] == points[i - dropped];
    if (!follows) {
        line->replace(points);
        return;
    }
    if (dropped > 0)
        line->removePoints(0, int(dropped));
    if (const qsizetype kept = drawn.size() - dropped; kept < points.size())
        line->append(points.mid(kept));
}

void RateChart::setDark(bool dark)
{
    chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->setBackgroundRoundness(0);
    // The theme gives every line its own colour again.
    matchColours();
}

void RateChart::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    for (const QString &key : std::as_const(m_keys)) {
        const SampleSource s = m_hub->source(key);
        QMenu *sub = menu.addMenu(s.label());
        sub->addAction(tr("Remove from this dashboard"), this, [this, key] { Q_EMIT removeRequested(key); });
        sub->addAction(s.kind == SampleKind::Counter ? tr("Show the value, not its rate") : tr("Show its rate per second"),
                       this, [this, key] { Q_EMIT modeToggleRequested(key); });
        if (const QString e = m_hub->error(key); !e.isEmpty()) {
            sub->addSeparator();
            sub->addAction(e)->setEnabled(false);
        }
    }
    menu.exec(event->globalPos());
}

} // namespace kc
