// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QPoint>
#include <QStringList>
#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QGraphicsLineItem;
class QValueAxis;
class QLineSeries;

namespace kc {

class ChartLegend;
class SampleHub;

/// One chart of the charts pane: the series of keys that share a unit,
/// over the hub's history, and under it a legend with each series' value.
/// update() moves each series by what the tick added and dropped, and
/// changes nothing when nothing changed. Hovering the plot reads every
/// series at the time under the cursor, and keeps reading as the chart
/// moves beneath it.
class RateChart : public QWidget
{
    Q_OBJECT
public:
    RateChart(SampleHub *hub, const QStringList &keys, const QString &unit, QWidget *parent = nullptr);

    /// The span the time axis shows, in ms since the epoch.
    struct TimeWindow {
        qint64 from = 0;
        qint64 to = 0;
        bool operator==(const TimeWindow &o) const { return from == o.from && to == o.to; }
    };
    /// Where the time axis of charts of `keys` goes at `nowMs`, given
    /// where it is (`shown`). While the readings span less than the
    /// history they grow from the left of the shortest window offered
    /// (1, 5, 10, 30 minutes) that holds them; a full history slides,
    /// reaching a tenth of it ahead. Either way the axis moves seldom:
    /// new labels lay the whole chart out again. Charts that share a
    /// window show one time range.
    static TimeWindow timeWindow(const SampleHub *hub, const QStringList &keys, qint64 nowMs, TimeWindow shown);

    const QStringList &keys() const { return m_keys; }
    QString unit() const { return m_unit; }
    /// Points in the series of `key` now (after scaling for the axis).
    int pointCount(const QString &key) const;
    /// Unbroken stretches drawn for `key` (sampling stopped between them).
    int stretchCount(const QString &key) const;
    /// The colour `key` is drawn in.
    QColor colourOf(const QString &key) const;
    /// What the legend says for `key`: its value with the unit, the
    /// newest or the one under the cursor.
    QString legendValue(const QString &key) const;
    /// "now", or the time under the cursor.
    QString legendHeading() const;
    ChartLegend *legend() const { return m_legend; }
    TimeWindow timeRange() const;
    /// The time under the cursor, or -1 when the cursor is not on the plot.
    qint64 hoverTime() const { return m_hoverTime; }
    /// Moves with its own time window.
    void update(qint64 nowMs);
    /// Moves with a window shared with the other charts of a dashboard.
    void update(qint64 nowMs, TimeWindow window);
    void setDark(bool dark);
    QChart *chart() const;
    QChartView *view() const { return m_view; }
    QWidget *viewport() const;

Q_SIGNALS:
    void removeRequested(const QString &key);
    void modeToggleRequested(const QString &key);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    SampleHub *m_hub;
    QStringList m_keys;
    QString m_unit;
    QLineSeries *addLine(QChart *chart, int key);
    void applyColours();
    void moveLine(QLineSeries *line, const QList<QPointF> &points);
    /// Reads the series at the cursor (or the newest points) into the legend.
    void readValues();
    QChartView *m_view;
    ChartLegend *m_legend;
    // Per key, one line per unbroken stretch of samples.
    QList<QList<QLineSeries *>> m_lines;
    QDateTimeAxis *m_time;
    QValueAxis *m_value;
    QGraphicsLineItem *m_cursor = nullptr;
    double m_divisor = 1;
    double m_wantedTop = -1;
    bool m_dark = false;
    QString m_axisUnit;
    QPoint m_hoverPos{-1, -1}; // in the view's viewport; (-1, -1): not on the chart
    qint64 m_hoverTime = -1;
};

} // namespace kc
