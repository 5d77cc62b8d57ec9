// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

namespace kc {

/// The legend under a rate chart: per series its colour, its name and a
/// value with its unit (the newest, or the one under the cursor), and a
/// heading that says which. Painted by itself: a value that changes each
/// tick repaints this strip, not the chart, and the strip keeps its
/// height unless the entries no longer fit in their rows.
class ChartLegend : public QWidget
{
    Q_OBJECT
public:
    explicit ChartLegend(QWidget *parent = nullptr);

    struct Entry {
        QString name;
        QColor colour;
        Qt::PenStyle style = Qt::SolidLine;
        QString value;
    };
    void setEntries(const QList<Entry> &entries);
    void setValues(const QStringList &values);
    /// Said before the entries: "now", or the time under the cursor.
    void setHeading(const QString &heading);
    const QList<Entry> &entries() const { return m_entries; }
    QString heading() const { return m_heading; }
    /// The height that shows every entry at `width`.
    int rowsHeight(int width) const;
    QSize sizeHint() const override;

Q_SIGNALS:
    /// The rows took another height.
    void heightChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QList<QRect> layoutCells(int width) const;
    int entryWidth(int i) const;
    int headingWidth() const;
    void refit();
    /// Takes the height the rows need at this width. A fixed height, not
    /// height-for-width: that would make the scroll area of the charts
    /// give each chart its preferred height and scroll.
    void fitHeight();

    QList<Entry> m_entries;
    QList<int> m_valueRoom; // per entry, the widest value so far: no reflow each tick
    QString m_heading;
    int m_headingRoom = 0;
};

} // namespace kc
