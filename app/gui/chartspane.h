// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "pane.h"
#include "ratechart.h"
#include "screenshotscenes.h"

#include <QHash>

class QComboBox;
class QLabel;
class QListWidget;
class QToolButton;
class QVBoxLayout;
class QWidget;

namespace kc {

class SampleHub;

/// Rate charts: built-in dashboards (CPU, context switches and interrupts,
/// memory, network, disk I/O, pressure) and the user's pins, each a list
/// of sample keys the user can edit. Only the shown dashboard and the pins
/// are sampled; pins and edits persist.
class ChartsPane : public Pane, public ScreenshotScenes
{
    Q_OBJECT
public:
    explicit ChartsPane(SampleHub *hub, QWidget *parent = nullptr);
    ~ChartsPane() override;

    QString title() const override;
    QString subtitle() const override;
    QIcon icon() const override;
    void setFilterText(const QString &text) override;
    QString filterSummary() const override;
    QWidget *filterResults() const override;
    void refresh() override;
    QStringList screenshotScenes() const override;
    void startScreenshot(int scene) override;
    bool screenshotReady() const override;
    void themeChanged() override;

    /// Adds `key` to the pinned dashboard (kept across restarts).
    void pin(const QString &key);
    SampleHub *hub() const { return m_hub; }
    QStringList dashboardIds() const;
    QStringList keysOf(const QString &dashboard) const;
    /// Shows a dashboard. One the user has not changed is made afresh:
    /// the network and disk ones follow the interfaces and disks of now.
    void showDashboard(const QString &id);
    /// Puts a dashboard back as it comes, following the machine again.
    void resetDashboard(const QString &id);
    /// Whether the user has changed this dashboard (then it is kept as is).
    /// The network or disk dashboard with the machine's defaults (not a
    /// list the user saved): read again each time it is shown.
    bool followsMachine(const QString &id) const;
    bool isCustomised(const QString &id) const;
    QString currentDashboard() const { return m_current; }
    /// The charts shown now, one per unit.
    QList<RateChart *> charts() const { return m_charts; }
    /// Whether the pane is on screen: shown, and its window not minimized.
    /// Only then is the dashboard sampled and drawn.
    bool isOnScreen() const { return m_onScreen; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct Dashboard {
        QString id;
        QString name;
        QStringList defaults; // fixed ones; network and disk are read when needed
    };
    void buildDashboards();
    QStringList defaultsOf(const QString &id) const;
    /// The list the user saved for a dashboard, else its defaults now.
    QStringList savedOrDefault(const QString &id) const;
    void setKeys(const QString &id, const QStringList &keys);
    void rebuildCharts();
    void subscribe();
    void onUpdated();
    void addKey();
    void removeKey(const QString &key);
    void toggleMode(const QString &key);
    void exportCsv();
    void savePng();

    SampleHub *m_hub;
    QList<Dashboard> m_dashboards;
    QHash<QString, QStringList> m_keys;
    QString m_current;
    QListWidget *m_list;
    QComboBox *m_interval;
    QComboBox *m_history;
    QToolButton *m_pause;
    QLabel *m_status;
    QWidget *m_chartArea;
    QVBoxLayout *m_chartLayout;
    QList<RateChart *> m_charts;
    RateChart::TimeWindow m_window; // one time range for every chart of the dashboard
    QString m_filter;
    bool m_onScreen = false;
};

} // namespace kc
