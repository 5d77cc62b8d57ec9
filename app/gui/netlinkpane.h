// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "netlink/netlinkcontroller.h"
#include "pane.h"
#include "screenshotscenes.h"

class QLabel;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTimer;
class QTreeWidget;

namespace kc {

class NetlinkLiveWidget;
class NetlinkSocketModel;
class SendPathView;
class SummaryLabel;

/// The netlink channel: open sockets and their owners, the generic
/// netlink families, and the classic protocols this kernel has.
class NetlinkPane : public Pane, public ScreenshotScenes
{
    Q_OBJECT
public:
    explicit NetlinkPane(NetlinkController *netlink, QWidget *parent = nullptr);

    QString title() const override;
    QString subtitle() const override;
    QIcon icon() const override;
    ExplainTarget explainTarget() const override;
    void setFilterText(const QString &text) override;
    QString filterSummary() const override;
    QWidget *filterResults() const override;
    void refresh() override;
    QStringList screenshotScenes() const override;
    void startScreenshot(int scene) override;
    bool screenshotReady() const override;

    NetlinkSocketModel *socketModel() const { return m_sockets; }
    QTreeWidget *familyTree() const { return m_families; }
    QTreeWidget *protocolList() const { return m_protocols; }
    NetlinkLiveWidget *live() const { return m_live; }
    SendPathView *sendPath() const { return m_sendPath; }
    QTabWidget *tabs() const { return m_tabs; }
    bool isLoading() const { return m_netlink->isReadingSockets(); }
    int loadCount() const { return m_netlink->socketReads(); }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void load(bool withPolicies);
    void apply(const NetlinkController::Snapshot &snap);
    void filterTree(QTreeWidget *tree, const QString &text);

    NetlinkController *m_netlink;
    NetlinkSocketModel *m_sockets;
    QTabWidget *m_tabs = nullptr;
    QSortFilterProxyModel *m_socketProxy = nullptr;
    QTableView *m_socketView = nullptr;
    QTreeWidget *m_families = nullptr;
    SendPathView *m_sendPath = nullptr;
    QTreeWidget *m_protocols = nullptr;
    NetlinkLiveWidget *m_live = nullptr;
    SummaryLabel *m_summary = nullptr;
    QTimer *m_timer = nullptr;
    int m_namespaceTicks = 0;
    bool m_needPolicies = true;
    QString m_filter;
    mutable bool m_screenshotSelected = false;
};

} // namespace kc
