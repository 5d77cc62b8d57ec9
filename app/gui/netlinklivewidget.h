// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QMap>

#include <QWidget>

#include "netlink/netlinkcontroller.h"

class QComboBox;
class QLabel;
class QTableView;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace kc {

class HexView;
class NetlinkEventModel;
struct NlField;
class SummaryLabel;

/// The live rtnetlink stream: a table of messages as they arrive, and for
/// the selected one its decoded field tree beside a hex view in which the
/// selected field's bytes light up.
class NetlinkLiveWidget : public QWidget
{
    Q_OBJECT
public:
    explicit NetlinkLiveWidget(NetlinkController *netlink, QWidget *parent = nullptr);

    void setFilterText(const QString &text);
    /// Dumps links and addresses: the current state, as messages.
    void dumpState();
    NetlinkEventModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTreeWidget *fieldTree() const { return m_fields; }
    /// The protocol of the selected message, -1 when none is selected.
    int currentProtocol() const;
    /// The type of the selected row's first message (RTM_NEWLINK ...), -1
    /// when none is selected.
    int currentType() const;
    /// Whether the selected row is a reply to a dump (NLM_F_MULTI), not a
    /// notification the kernel sent by itself to a multicast group.
    bool currentIsDumpReply() const;
    /// Selects the first message of `type` (e.g. RTM_NEWLINK); false if none.
    bool selectFirst(const QString &type);
    /// Adds the messages of a pcapng capture to the table; false if none.
    bool openPcapng(const QString &file);
    /// Adds or removes one of the extra streams (uevents, nlctrl notify).
    void setStream(int protocol, int group, bool on);
    /// Joins or leaves a generic netlink multicast group (by id); every
    /// joined group shares one NETLINK_GENERIC socket.
    void watchGenlGroup(int group, bool on);
    QList<int> genlGroups() const;
    /// Listens to these route groups only ("link", "addr" ... as `kchan
    /// monitor route:link,addr` names them); the menu shows the choice.
    void setRouteGroups(const QStringList &names);
    /// The namespaces offered besides ours (their keys: names or PIDs).
    QStringList namespaceKeys() const;
    /// Listens in the namespace of `key` (empty: ours), as choosing it does.
    void listenIn(const QString &key);
    void savePcapng();
    void saveJsonLines();

protected:
    /// Opening the namespace list lists the namespaces again.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showRow(int row);
    void addField(QTreeWidgetItem *parent, const NlField &field);
    void updateSummary();
    void syncRouteGroups();
    void showNamespaces(const QList<NetlinkController::Namespace> &namespaces);

    NetlinkController *m_netlink;
    NetlinkEventModel *m_model;
    QTableView *m_table = nullptr;
    QTreeWidget *m_fields = nullptr;
    HexView *m_hex = nullptr;
    SummaryLabel *m_summary = nullptr;
    QToolButton *m_follow = nullptr;
    QComboBox *m_netns = nullptr;
    QAction *m_nlctrlAction = nullptr;
    QList<QAction *> m_routeGroupActions;
};

} // namespace kc
