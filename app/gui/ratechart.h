// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QChartView>
#include <QStringList>

class QDateTimeAxis;
class QValueAxis;
class QLineSeries;

namespace kc {

class SampleHub;

/// One chart of the charts pane: the series of keys that share a unit,
/// over the hub's history. update() moves each series by what
/// the tick added and dropped, and changes nothing when nothing changed.
class RateChart : public QChartView
{
    Q_OBJECT
public:
    RateChart(SampleHub *hub, const QStringList &keys, const QString &unit, QWidget *parent = nullptr);

    const QStringList &keys() const { return m_keys; }
    QString unit() const { return m_unit; }
    /// Points in the series of `key` now (after scaling for the axis).
    int pointCount(const QString &key) const;
    /// Unbroken stretches drawn for `key` (sampling stopped between them).
    int stretchCount(const QString &key) const;
    void update(qint64 nowMs);
    void setDark(bool dark);

Q_SIGNALS:
    void removeRequested(const QString &key);
    void modeToggleRequested(const QString &key);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    SampleHub *m_hub;
    QStringList m_keys;
    QString m_unit;
    QLineSeries *addLine(QChart *chart, int key);
    void matchColours();
    void moveLine(QLineSeries *line, const QList<QPointF> &points);
    // Per key, one line per unbroken stretch of samples; the first carries
    // the name in the legend.
    QList<QList<QLineSeries *>> m_lines;
    QDateTimeAxis *m_time;
    QValueAxis *m_value;
    double m_divisor = 1;
    double m_wantedTop = -1;
    QString m_axisUnit;
};

} // namespace kc
