// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "devices/devicefollow.h"
#include "devices/devicescanner.h"
#include "pane.h"
#include "screenshotscenes.h"

class QComboBox;
class QLabel;
class QTableView;
class QToolButton;
class QTimer;
class QTreeWidget;

namespace kc {

class DeviceFilterProxy;
class DevicesController;
class DeviceTableModel;
class SummaryLabel;
class UeventLogModel;

/// The device-node channel: every node under /dev, and for the selected
/// one the chain from the node to its driver, module and users.
class DevicesPane : public Pane, public ScreenshotScenes
{
    Q_OBJECT
public:
    explicit DevicesPane(DevicesController *devices, QWidget *parent = nullptr);

    QString title() const override;
    QString subtitle() const override;
    QIcon icon() const override;
    ExplainTarget explainTarget() const override;
    void setFilterText(const QString &text) override;
    QString filterSummary() const override;
    QWidget *filterResults() const override;
    void refresh() override;
    QStringList screenshotScenes() const override { return {objectName()}; }
    void startScreenshot(int scene) override;
    bool screenshotReady() const override;

    void selectNode(const QString &path);
    DeviceTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTreeWidget *followView() const { return m_follow; }
    DevicesController *controller() const { return m_devices; }
    /// The path whose follow chain is on screen, once it has arrived.
    QString followedPath() const { return m_followed; }
    UeventLogModel *eventLog() const { return m_log; }

private:
    void onScanned(const DeviceScan &scan);
    void startFollow(const QString &path);
    void showFollow(const FollowResult &result);
    void exportTo(bool json);
    void updateEventSummary();

    DevicesController *m_devices;
    DeviceTableModel *m_model;
    UeventLogModel *m_log;
    DeviceFilterProxy *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QTreeWidget *m_follow = nullptr;
    QLabel *m_followTitle = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_subsystem = nullptr;
    SummaryLabel *m_summary = nullptr;
    QTableView *m_logView = nullptr;
    QLabel *m_eventSummary = nullptr;
    QString m_pendingSelect;
    QString m_followed;
};

} // namespace kc
