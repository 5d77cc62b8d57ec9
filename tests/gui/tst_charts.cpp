// SPDX-License-Identifier: GPL-2.0-or-later
// The Charts pane offscreen, on this machine's /proc: the legend says each
// series' value with its unit, hovering reads the series under the cursor
// as the chart moves, lines in one chart differ in colour, a pin says
// where it went, the charts of a dashboard share one time range, and a
// minimized pane neither samples its dashboard nor draws.
#include "chartlegend.h"
#include "chartspane.h"
#include "format/formatter.h"
#include "ratechart.h"
#include "sampling/samplehub.h"

#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QDateTime>
#include <QMouseEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QVBoxLayout>

using namespace kc;

namespace {

// Waits until every key has `points` readings, then keeps the series as
// they are: what a chart shows can then be compared with the hub.
bool sampleThenPause(SampleHub *hub, QObject *owner, const QStringList &keys, int points)
{
    hub->setIntervalMs(250);
    hub->subscribe(owner, keys);
    const auto enough = [&] {
        for (const QString &k : keys) {
            if (!hub->series(k) || hub->series(k)->size() < points)
                return false;
        }
        return true;
    };
    if (!QTest::qWaitFor(enough, 30000))
        return false;
    hub->setPaused(true);
    return true;
}

// Where the plot shows time `ms`, in the chart's viewport.
QPoint viewportPointAt(RateChart *chart, double ms)
{
    QChart *c = chart->chart();
    const QPointF inChart(c->mapToPosition(QPointF(ms, 0)).x(), c->plotArea().center().y());
    return chart->view()->mapFromScene(c->mapToScene(inChart));
}

void moveMouse(QWidget *viewport, const QPoint &at)
{
    QMouseEvent move(QEvent::MouseMove, at, viewport->mapToGlobal(at), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &move);
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void legendSaysValuesWithUnits();
    void legendWholeWithoutScrolling();
    void hoverReadsUnderTheCursorAsTheChartMoves();
    void seriesOfAChartDifferInColour();
    void pinSaysWhereItWent();
    void dashboardChartsShareOneTimeRange();
    void timeAxisStillWhileHistoryGrows();
    void minimizedPaneSamplesAndDrawsNothing();
};

void TestCharts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCharts::init()
{
    QSettings().clear();
}

void TestCharts::legendSaysValuesWithUnits()
{
    SampleHub hub;
    const QStringList keys{QStringLiteral("meminfo:MemFree"), QStringLiteral("meminfo:MemAvailable")};
    QVERIFY(sampleThenPause(&hub, this, keys, 2));
    const QString unit = hub.source(keys[0]).displayUnit();
    QVERIFY(!unit.isEmpty());
    RateChart chart(&hub, keys, unit);
    chart.resize(800, 320);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.update(QDateTime::currentMSecsSinceEpoch());
    // QtCharts' own legend would lay the chart out again at each new value.
    QVERIFY(!chart.chart()->legend()->isVisible());
    QVERIFY(chart.legend()->isVisible());
    QCOMPARE(chart.legendHeading(), QStringLiteral("now"));
    for (const QString &k : keys) {
        const TimeSeries *ts = hub.series(k);
        const QString newest = Formatter::value(ts->at(ts->size() - 1).y(), unit);
        QCOMPARE(chart.legendValue(k), newest);
        // The unit is said (bytes are never a bare number).
        QVERIFY2(newest.contains(QLatin1Char('B')), qPrintable(newest));
    }
    QCOMPARE(chart.legend()->entries().size(), 2);
    QCOMPARE(chart.legend()->entries().at(0).name, hub.source(keys[0]).label());
    hub.subscribe(this, {});
}

void TestCharts::legendWholeWithoutScrolling()
{
    // The memory dashboard's four entries take two rows in a narrow pane
    // (a 1024x700 window): both are shown, and the chart takes the height
    // there is rather than making its area scroll.
    SampleHub hub;
    hub.setIntervalMs(250);
    ChartsPane pane(&hub);
    pane.resize(820, 560);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    hub.setIntervalMs(250);
    pane.showDashboard(QStringLiteral("memory"));
    QCOMPARE(pane.charts().size(), 1);
    RateChart *chart = pane.charts().first();
    const QString last = chart->keys().last();
    QTRY_VERIFY_WITH_TIMEOUT(hub.series(last) && hub.series(last)->size() >= 2, 20000);
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    ChartLegend *legend = chart->legend();
    const int rowHeight = legend->rowsHeight(100000);
    QVERIFY2(legend->rowsHeight(legend->width()) > rowHeight, "the entries fit one row: make the pane narrower");
    QCOMPARE(legend->height(), legend->rowsHeight(legend->width()));
    auto *scroll = pane.findChild<QScrollArea *>();
    QVERIFY(scroll);
    QCOMPARE(scroll->verticalScrollBar()->maximum(), 0);
    QVERIFY(chart->geometry().bottom() < scroll->viewport()->height());
}

void TestCharts::hoverReadsUnderTheCursorAsTheChartMoves()
{
    SampleHub hub;
    const QString key = QStringLiteral("meminfo:MemFree");
    QVERIFY(sampleThenPause(&hub, this, {key}, 8));
    const QString unit = hub.source(key).displayUnit();
    RateChart chart(&hub, {key}, unit);
    chart.resize(800, 320);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    chart.update(now);
    QCoreApplication::processEvents();

    // On the third reading: its time, its value.
    const TimeSeries *ts = hub.series(key);
    const QPointF third = ts->at(2);
    moveMouse(chart.viewport(), viewportPointAt(&chart, third.x()));
    QVERIFY(chart.hoverTime() >= 0);
    QVERIFY2(std::abs(chart.hoverTime() - third.x()) < hub.intervalMs() / 2.0,
             qPrintable(QStringLiteral("%1 under the cursor, reading at %2").arg(chart.hoverTime()).arg(qint64(third.x()))));
    QCOMPARE(chart.legendValue(key), Formatter::value(third.y(), unit));
    QVERIFY(chart.legendHeading().startsWith(QStringLiteral("at ")));

    // The chart moves on under a still mouse (half an hour later, the
    // history has slid past these readings): the time under the cursor is
    // read again from the moved axis, and there was no reading then.
    const qint64 before = chart.hoverTime();
    const QPoint at = viewportPointAt(&chart, third.x());
    chart.update(now + 1800000);
    QVERIFY(chart.hoverTime() != before);
    const QPointF inChart = chart.chart()->mapFromScene(chart.view()->mapToScene(at));
    QVERIFY(std::abs(chart.hoverTime() - chart.chart()->mapToValue(inChart).x()) < 1);
    QCOMPARE(chart.legendValue(key), QStringLiteral("–"));

    // Off the chart: the newest value again.
    QEvent leave(QEvent::Leave);
    QCoreApplication::sendEvent(chart.viewport(), &leave);
    QCOMPARE(chart.hoverTime(), qint64(-1));
    QCOMPARE(chart.legendValue(key), Formatter::value(ts->at(ts->size() - 1).y(), unit));
    hub.subscribe(this, {});
}

void TestCharts::seriesOfAChartDifferInColour()
{
    // Eight in one chart, as the disk dashboard has for four disks: the
    // theme alone has five colours.
    SampleHub hub;
    QStringList keys;
    for (const char *f : {"user", "nice", "system", "idle", "iowait", "irq", "softirq", "steal"})
        keys << QStringLiteral("stat:cpu.") + QLatin1String(f);
    RateChart chart(&hub, keys, hub.source(keys[0]).displayUnit());
    for (bool dark : {false, true}) {
        chart.setDark(dark);
        QSet<QRgb> colours;
        for (const QString &k : keys) {
            QVERIFY(chart.colourOf(k).isValid());
            colours.insert(chart.colourOf(k).rgb());
        }
        QCOMPARE(colours.size(), keys.size());
        // The legend shows each line's colour.
        for (int i = 0; i < keys.size(); ++i)
            QCOMPARE(chart.legend()->entries().at(i).colour, chart.colourOf(keys[i]));
    }
}

void TestCharts::pinSaysWhereItWent()
{
    SampleHub hub;
    ChartsPane pane(&hub);
    QSignalSpy said(&pane, &Pane::statusMessage);
    pane.pin(QStringLiteral("meminfo:MemFree"));
    QCOMPARE(said.size(), 1);
    QString message = said.takeFirst().first().toString();
    QVERIFY2(message.contains(QStringLiteral("Charts › Pinned")) && message.contains(QStringLiteral("chart 1 of 1")), qPrintable(message));
    QVERIFY2(message.contains(hub.source(QStringLiteral("meminfo:MemFree")).label()), qPrintable(message));
    // Another unit: a chart of its own.
    pane.pin(QStringLiteral("stat:processes"));
    message = said.takeFirst().first().toString();
    QVERIFY2(message.contains(QStringLiteral("chart 2 of 2")), qPrintable(message));
    // Pinned twice: said so, and where it is.
    pane.pin(QStringLiteral("meminfo:MemFree"));
    message = said.takeFirst().first().toString();
    QVERIFY2(message.contains(QStringLiteral("already pinned")) && message.contains(QStringLiteral("chart 1 of 2")), qPrintable(message));
    QCOMPARE(pane.keysOf(QStringLiteral("pinned")).size(), 2);
}

void TestCharts::dashboardChartsShareOneTimeRange()
{
    // Two charts whose keys began at different times: the older history
    // is longer than the shortest window (ten seconds), the newer shorter.
    SampleHub hub;
    hub.setIntervalMs(250);
    ChartsPane pane(&hub);
    pane.resize(1000, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    hub.setIntervalMs(250);
    const QString older = QStringLiteral("meminfo:MemFree");
    const QString newer = QStringLiteral("stat:processes");
    pane.pin(older);
    QTRY_VERIFY_WITH_TIMEOUT(hub.series(older) && hub.series(older)->size() > 2
                                 && hub.series(older)->at(hub.series(older)->size() - 1).x() - hub.series(older)->at(0).x() > 11000,
                             40000);
    pane.pin(newer);
    QTRY_VERIFY_WITH_TIMEOUT(hub.series(newer) && hub.series(newer)->size() >= 2, 20000);
    pane.showDashboard(QStringLiteral("pinned"));
    QCOMPARE(pane.charts().size(), 2);
    QSignalSpy ticks(&hub, &SampleHub::updated);
    QVERIFY(ticks.wait(5000));
    const RateChart::TimeWindow first = pane.charts().at(0)->timeRange();
    const RateChart::TimeWindow second = pane.charts().at(1)->timeRange();
    QVERIFY2(first == second, qPrintable(QStringLiteral("%1..%2 and %3..%4").arg(first.from).arg(first.to).arg(second.from).arg(second.to)));
    // And the range holds the older history.
    QVERIFY(first.from <= qint64(hub.series(older)->at(0).x()));
}

void TestCharts::timeAxisStillWhileHistoryGrows()
{
    // New labels on the time axis lay the whole chart out again: while the
    // readings fill their first minute, tick after tick, the axis stays.
    SampleHub hub;
    hub.setIntervalMs(250);
    const QString key = QStringLiteral("stat:ctxt");
    hub.subscribe(this, {key});
    QTRY_VERIFY_WITH_TIMEOUT(hub.series(key) && hub.series(key)->size() >= 1, 20000);
    RateChart chart(&hub, {key}, hub.source(key).displayUnit());
    chart.resize(800, 320);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QList<RateChart::TimeWindow> ranges;
    connect(&hub, &SampleHub::updated, &chart, [&] {
        chart.update(QDateTime::currentMSecsSinceEpoch());
        if (ranges.isEmpty() || !(ranges.last() == chart.timeRange()))
            ranges.append(chart.timeRange());
    });
    // Past the shortest window the axis ever had (ten seconds).
    QTRY_VERIFY_WITH_TIMEOUT(hub.series(key)->at(hub.series(key)->size() - 1).x() - hub.series(key)->at(0).x() > 12000, 30000);
    QCOMPARE(ranges.size(), 1);
    // The lines start at the left edge, and their time is all on the axis.
    QCOMPARE(ranges.first().from, qint64(hub.series(key)->at(0).x()));
    QVERIFY(ranges.first().to >= qint64(hub.series(key)->at(hub.series(key)->size() - 1).x()));
    hub.subscribe(this, {});
}

void TestCharts::minimizedPaneSamplesAndDrawsNothing()
{
    SampleHub hub;
    hub.setIntervalMs(250);
    QWidget window;
    auto *pane = new ChartsPane(&hub, &window);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(pane);
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    hub.setIntervalMs(250);
    // A pin keeps the hub ticking while the window is minimized.
    pane->pin(QStringLiteral("meminfo:MemFree"));
    pane->showDashboard(QStringLiteral("activity"));
    const QString key = QStringLiteral("stat:ctxt");
    QVERIFY(pane->isOnScreen());
    QVERIFY(hub.keys().contains(key));
    QTRY_VERIFY_WITH_TIMEOUT(pane->charts().first()->pointCount(key) >= 2, 20000);

    window.showMinimized();
    QCoreApplication::processEvents();
    QVERIFY(!pane->isOnScreen());
    QVERIFY2(!hub.keys().contains(key), "a minimized dashboard is still sampled");
    const int drawn = pane->charts().first()->pointCount(key);
    const RateChart::TimeWindow range = pane->charts().first()->timeRange();
    QSignalSpy ticks(&hub, &SampleHub::updated);
    QTRY_VERIFY_WITH_TIMEOUT(ticks.size() >= 3, 20000);
    QCOMPARE(pane->charts().first()->pointCount(key), drawn);
    QVERIFY(pane->charts().first()->timeRange() == range);

    // Restored: sampled and drawn again.
    window.showNormal();
    QCoreApplication::processEvents();
    QVERIFY(pane->isOnScreen());
    QVERIFY(hub.keys().contains(key));
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
