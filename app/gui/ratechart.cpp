// SPDX-License-Identifier: GPL-2.0-or-later
#include "ratechart.h"

#include "chartlegend.h"
#include "format/formatter.h"
#include "sampling/samplehub.h"

#include <QChartView>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLineItem>
#include <QLineSeries>
#include <QMenu>
#include <QMouseEvent>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>
#include <iterator>

namespace kc {

namespace {

// Ten colours told apart on white and on the dark theme's background (and
// by most colour-blind eyes for the first few); a chart with more series
// goes round again with dashes.
const QRgb LightColours[] = {0x1f77b4, 0xd62728, 0x2ca02c, 0xff7f0e, 0x9467bd, 0x8c564b, 0xe377c2, 0x17becf, 0x7f7f7f, 0xbcbd22};
const QRgb DarkColours[] = {0x5aa9e6, 0xff6b6b, 0x6fd36f, 0xffa94d, 0xb197fc, 0xc9a27e, 0xf783ac, 0x4dd4e8, 0xbdbdbd, 0xd8d84a};
constexpr int ColourCount = int(std::size(LightColours));

QColor colourFor(int key, bool dark)
{
    return QColor(dark ? DarkColours[key % ColourCount] : LightColours[key % ColourCount]);
}

Qt::PenStyle styleFor(int key)
{
    static const Qt::PenStyle styles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};
    return styles[(key / ColourCount) % 4];
}

} // namespace

RateChart::RateChart(SampleHub *hub, const QStringList &keys, const QString &unit, QWidget *parent)
    : QWidget(parent)
    , m_hub(hub)
    , m_keys(keys)
    , m_unit(unit)
    , m_view(new QChartView(this))
    , m_legend(new ChartLegend(this))
{
    auto *chart = new QChart;
    // Our own legend below: QtCharts lays the whole chart out again when
    // a legend entry's text changes, which a value would do every tick.
    chart->legend()->hide();
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
        addLine(chart, k);
    m_view->setChart(chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(180);
    // The menu is ours (per key), not the view's.
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_view->viewport()->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);
    m_cursor = new QGraphicsLineItem(chart);
    m_cursor->setZValue(1000);
    m_cursor->hide();

    QList<ChartLegend::Entry> entries;
    for (int k = 0; k < keys.size(); ++k)
        entries.append({hub->source(keys[k]).label(), QColor(), styleFor(k), QString()});
    m_legend->setEntries(entries);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_legend);
    connect(m_legend, &ChartLegend::heightChanged, m_legend, &QWidget::updateGeometry);
    applyColours();
    update(QDateTime::currentMSecsSinceEpoch());
}

QChart *RateChart::chart() const
{
    return m_view->chart();
}

QWidget *RateChart::viewport() const
{
    return m_view->viewport();
}

QLineSeries *RateChart::addLine(QChart *chart, int key)
{
    auto *line = new QLineSeries(chart);
    chart->addSeries(line);
    line->attachAxis(m_time);
    line->attachAxis(m_value);
    QList<QLineSeries *> &lines = m_lines[key];
    lines.append(line);
    QPen pen = line->pen();
    pen.setColor(colourFor(key, m_dark));
    pen.setStyle(styleFor(key));
    pen.setWidthF(2);
    line->setPen(pen);
    return line;
}

void RateChart::applyColours()
{
    // Each key its own colour, and every stretch of a key the key's: the
    // theme would give each line the next of its five.
    QList<ChartLegend::Entry> entries = m_legend->entries();
    for (int k = 0; k < m_lines.size(); ++k) {
        for (QLineSeries *line : std::as_const(m_lines[k])) {
            QPen pen = line->pen();
            pen.setColor(colourFor(k, m_dark));
            pen.setStyle(styleFor(k));
            pen.setWidthF(2);
            line->setPen(pen);
        }
        if (k < entries.size())
            entries[k].colour = colourFor(k, m_dark);
    }
    m_legend->setEntries(entries);
    QPen cursor(palette().color(QPalette::PlaceholderText), 1, Qt::DashLine);
    m_cursor->setPen(cursor);
    readValues();
}

QColor RateChart::colourOf(const QString &key) const
{
    const int i = int(m_keys.indexOf(key));
    return i < 0 || m_lines[i].isEmpty() ? QColor() : m_lines[i].first()->pen().color();
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

QString RateChart::legendValue(const QString &key) const
{
    const int i = int(m_keys.indexOf(key));
    return i < 0 ? QString() : m_legend->entries().value(i).value;
}

QString RateChart::legendHeading() const
{
    return m_legend->heading();
}

RateChart::TimeWindow RateChart::timeRange() const
{
    return {m_time->min().toMSecsSinceEpoch(), m_time->max().toMSecsSinceEpoch()};
}

RateChart::TimeWindow RateChart::timeWindow(const SampleHub *hub, const QStringList &keys, qint64 nowMs, TimeWindow shown)
{
    qint64 first = nowMs;
    for (const QString &key : keys) {
        if (const TimeSeries *ts = hub->series(key); ts && ts->size() > 0)
            first = qMin(first, qint64(ts->at(0).x()));
    }
    const qint64 history = qint64(hub->historySeconds()) * 1000;
    const qint64 length = nowMs - first;
    // New labels on the time axis lay the whole chart out again, which
    // costs more than everything else an idle chart does. While there is
    // less than the history, the lines grow from the left edge of the
    // shortest window offered that holds them, so the axis moves only
    // when they reach its end (after a minute, after five ...).
    if (length < history) {
        qint64 span = history;
        for (qint64 s : {60000, 300000, 600000, 1800000}) {
            if (s > length && s < span) {
                span = s;
                break;
            }
        }
        return {first, first + span};
    }
    // A full history slides: the axis reaches a tenth of it ahead and
    // moves when the newest point gets there (or the history was changed).
    if (nowMs > shown.to || shown.from > nowMs - history || shown.to - shown.from != history + history / 10)
        return {nowMs - history, nowMs + history / 10};
    return shown;
}

void RateChart::update(qint64 nowMs)
{
    update(nowMs, timeWindow(m_hub, m_keys, nowMs, timeRange()));
}

void RateChart::update(qint64 nowMs, TimeWindow window)
{
    Q_UNUSED(nowMs);
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
    if (!(window == timeRange()))
        m_time->setRange(QDateTime::fromMSecsSinceEpoch(window.from), QDateTime::fromMSecsSinceEpoch(window.to));
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
    readValues();
}

void RateChart::moveLine(QLineSeries *line, const QList<QPointF> &points)
{
    // One replace() per tick: each removePoints() or append() makes
    // QtCharts build the line's path and its outline again, so moving the
    // line by a point at each end cost twice what replacing it does.
    if (line->points() != points)
        line->replace(points);
}

void RateChart::readValues()
{
    // The time under the cursor, as the axis says now: the chart may have
    // moved since the mouse did.
    m_hoverTime = -1;
    if (m_hoverPos.x() >= 0) {
        const QPointF at = chart()->mapFromScene(m_view->mapToScene(m_hoverPos));
        if (chart()->plotArea().contains(at))
            m_hoverTime = qint64(chart()->mapToValue(at).x());
    }
    QStringList values;
    qint64 shownTime = -1;
    for (const QString &key : std::as_const(m_keys)) {
        const TimeSeries *ts = m_hub->series(key);
        const int n = ts ? ts->size() : 0;
        int pick = n - 1;
        if (m_hoverTime >= 0 && n > 0) {
            // The reading nearest the cursor, if one is near: in a gap
            // (sampling stopped) or before the history there is none.
            pick = -1;
            double best = std::max(2.0 * m_hub->intervalMs(), 1000.0);
            for (int i = 0; i < n; ++i) {
                const double d = std::abs(ts->at(i).x() - double(m_hoverTime));
                if (d <= best) {
                    best = d;
                    pick = i;
                }
            }
        }
        if (pick < 0) {
            values.append(QStringLiteral("–"));
            continue;
        }
        values.append(Formatter::value(ts->at(pick).y(), m_unit));
        if (shownTime < 0)
            shownTime = qint64(ts->at(pick).x());
    }
    m_legend->setValues(values);
    if (m_hoverTime >= 0) {
        const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_hoverTime).time(), QStringLiteral("hh:mm:ss"));
        m_legend->setHeading(tr("at %1").arg(when));
        const QRectF plot = chart()->plotArea();
        const qreal x = chart()->mapToPosition(QPointF(double(m_hoverTime), 0)).x();
        const QLineF line(x, plot.top(), x, plot.bottom());
        if (m_cursor->line() != line)
            m_cursor->setLine(line);
        m_cursor->show();
    } else {
        m_legend->setHeading(tr("now"));
        m_cursor->hide();
    }
}

bool RateChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport()) {
        if (event->type() == QEvent::MouseMove) {
            m_hoverPos = static_cast<QMouseEvent *>(event)->position().toPoint();
            readValues();
        } else if (event->type() == QEvent::Leave) {
            m_hoverPos = QPoint(-1, -1);
            readValues();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RateChart::setDark(bool dark)
{
    m_dark = dark;
    chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->setBackgroundRoundness(0);
    // The theme gives every line a colour of its own again.
    applyColours();
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
