// SPDX-License-Identifier: GPL-2.0-or-later
#include "netlinkpane.h"
#include <linux/netlink.h>
#include <linux/rtnetlink.h>

#include "models/netlinksocketmodel.h"
#include "models/roles.h"
#include "models/netlinkeventmodel.h"
#include "netlinklivewidget.h"
#include "sendpathview.h"
#include "summarylabel.h"
#include "viewactions.h"
#include "netlink/netlinknames.h"
#include "netlink/nldecoder.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kc {

NetlinkPane::NetlinkPane(NetlinkController *netlink, QWidget *parent)
    : Pane(parent)
    , m_netlink(netlink)
    , m_sockets(netlink->sockets())
{
    setObjectName(QStringLiteral("netlink"));
    m_socketProxy = new QSortFilterProxyModel(this);
    m_socketProxy->setSourceModel(m_sockets);
    m_socketProxy->setSortRole(SortRole);
    m_socketProxy->setFilterKeyColumn(-1);
    m_socketProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_socketView = new QTableView(this);
    m_socketView->setModel(m_socketProxy);
    m_socketView->setSortingEnabled(true);
    m_socketView->sortByColumn(NetlinkSocketModel::ProtocolColumn, Qt::AscendingOrder);
    m_socketView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_socketView->setAlternatingRowColors(true);
    m_socketView->setWordWrap(false);
    m_socketView->verticalHeader()->hide();
    m_socketView->verticalHeader()->setDefaultSectionSize(m_socketView->fontMetrics().height() + 6);
    m_socketView->horizontalHeader()->setStretchLastSection(true);
    m_socketView->setContextMenuPolicy(Qt::ActionsContextMenu);
    addCopyRowAction(m_socketView);

    m_families = new QTreeWidget(this);
    m_families->setHeaderLabels({tr("Family"), tr("ID"), tr("Details")});
    m_families->setAlternatingRowColors(true);
    m_families->setColumnWidth(0, 240);
    m_families->setColumnWidth(1, 70);
    // A multicast group of the tree can be watched live: double-click it
    // or use its context menu.
    m_families->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *watch = new QAction(tr("&Watch this group live"), m_families);
    watch->setEnabled(false);
    m_families->addAction(watch);
    auto groupOf = [](QTreeWidgetItem *item) { return item ? item->data(0, Qt::UserRole).toInt() : 0; };
    auto watchGroup = [this, groupOf](QTreeWidgetItem *item) {
        const int group = groupOf(item);
        if (group <= 0)
            return;
        m_live->watchGenlGroup(group, true);
        m_tabs->setCurrentWidget(m_live);
        Q_EMIT statusMessage(tr("Listening to generic netlink group %1 (%2)").arg(group).arg(item->text(0)));
    };
    connect(m_families, &QTreeWidget::currentItemChanged, watch,
            [watch, groupOf](QTreeWidgetItem *current) { watch->setEnabled(groupOf(current) > 0); });
    connect(watch, &QAction::triggered, this, [this, watchGroup] { watchGroup(m_families->currentItem()); });
    connect(m_families, &QTreeWidget::itemActivated, this, [watchGroup](QTreeWidgetItem *item) { watchGroup(item); });

    m_protocols = new QTreeWidget(this);
    m_protocols->setRootIsDecorated(false);
    m_protocols->setHeaderLabels({tr("Protocol"), tr("Number"), tr("In this kernel"), tr("Open sockets"), tr("What it carries")});
    m_protocols->setAlternatingRowColors(true);
    m_protocols->setColumnWidth(0, 230);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_live = new NetlinkLiveWidget(m_netlink, this);
    m_tabs->addTab(m_live, tr("&Live messages"));
    m_tabs->addTab(m_socketView, tr("&Sockets"));
    m_tabs->addTab(m_families, tr("Generic &families"));
    m_tabs->addTab(m_protocols, tr("&Protocols"));
    m_sendPath = new SendPathView(m_netlink, this);
    connect(m_sendPath, &SendPathView::statusMessage, this, &NetlinkPane::statusMessage);
    m_tabs->addTab(m_sendPath, tr("Network pa&th"));
    watchFiltered(m_socketProxy);
    watchFiltered(m_live->model());
    connect(m_live->model(), &NetlinkEventModel::filterProgress, this, &Pane::filterSummaryChanged);

    m_summary = new SummaryLabel(this);
    auto *reload = textButton(tr("Refresh"), QStringLiteral("view-refresh"), QString(), this);
    connect(reload, &QToolButton::clicked, this, &NetlinkPane::refresh);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(reload);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);

    m_timer = new QTimer(this);
    m_timer->setInterval(5000);
    // The sockets and families are listed again while one of their tabs
    // is in view; the live messages need no dump of them.
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!isVisible())
            return;
        if (m_tabs->currentWidget() != m_live)
            load(false);
        else if (++m_namespaceTicks % 6 == 0)
            // Namespaces come and go (ip netns, unshare, containers); finding
            // those of processes reads every process's link, so every 30 s,
            // and whenever the list is opened.
            m_netlink->listNamespaces();
    });
    connect(m_netlink, &NetlinkController::socketsRead, this, &NetlinkPane::apply);
    refresh();
}

QString NetlinkPane::title() const
{
    return tr("Netlink");
}

QString NetlinkPane::subtitle() const
{
    return tr("Netlink: the kernel's message sockets, who has them open, and the generic families");
}

ExplainTarget NetlinkPane::explainTarget() const
{
    ExplainTarget t;
    t.topic = QStringLiteral("channel-netlink");
    t.snippet = QStringLiteral("netlink-links");
    const int protocol = m_live->currentProtocol();
    if (protocol == NETLINK_KOBJECT_UEVENT) {
        t.topic = QStringLiteral("channel-uevents");
        t.snippet = QStringLiteral("uevents");
        t.params = {{QStringLiteral("SECONDS"), QStringLiteral("30")}};
    } else if (protocol == NETLINK_CONNECTOR) {
        t.topic = QStringLiteral("channel-connector");
        t.snippet.clear();
    } else if (protocol == NETLINK_ROUTE && m_tabs->currentWidget() == m_live && !m_live->currentIsDumpReply()
               && (m_live->currentType() == RTM_NEWLINK || m_live->currentType() == RTM_DELLINK)) {
        // A link event the kernel sent by itself: the program that
        // subscribes to them, not the one that dumps the links.
        t.topic = QStringLiteral("link-events");
        t.snippet = QStringLiteral("link-events");
        t.params = {{QStringLiteral("SECONDS"), QStringLiteral("30")}};
    }
    // On the network path: the stages and a program watching its counters.
    if (m_tabs->currentWidget() == m_sendPath) {
        t.topic = QStringLiteral("send-path");
        t.snippet = QStringLiteral("send-path");
        const QString dest = m_sendPath->path().destination.text;
        t.params = {{QStringLiteral("DEST"), dest.isEmpty() ? QStringLiteral("127.0.0.1") : dest}};
        return t;
    }
    // On the families tab: how a program finds the selected family.
    if (m_tabs->currentWidget() == m_families) {
        QTreeWidgetItem *item = m_families->currentItem();
        while (item && item->parent())
            item = item->parent();
        if (item) {
            t.topic = QStringLiteral("channel-netlink");
            t.snippet = QStringLiteral("genl-family");
            t.params = {{QStringLiteral("FAMILY"), item->text(0)}};
        }
    }
    return t;
}

QIcon NetlinkPane::icon() const
{
    return QIcon::fromTheme(QStringLiteral("network-wired"), style()->standardIcon(QStyle::SP_DriveNetIcon));
}

void NetlinkPane::filterTree(QTreeWidget *tree, const QString &text)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = tree->topLevelItem(i);
        bool match = text.isEmpty();
        for (int c = 0; !match && c < tree->columnCount(); ++c)
            match = item->text(c).contains(text, Qt::CaseInsensitive);
        for (int k = 0; !match && k < item->childCount(); ++k) {
            for (int c = 0; !match && c < tree->columnCount(); ++c)
                match = item->child(k)->text(c).contains(text, Qt::CaseInsensitive);
        }
        item->setHidden(!match);
    }
}

void NetlinkPane::setFilterText(const QString &text)
{
    m_filter = text;
    m_socketProxy->setFilterFixedString(text);
    m_live->setFilterText(text);
    filterTree(m_families, text);
    filterTree(m_protocols, text);
}

QString NetlinkPane::filterSummary() const
{
    auto shown = [](const QTreeWidget *tree) {
        int n = 0;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            n += tree->topLevelItem(i)->isHidden() ? 0 : 1;
        return n;
    };
    const NetlinkEventModel *live = m_live->model();
    QString messages = tr("%L1 of %L2 messages").arg(live->rowCount()).arg(live->store().size());
    if (live->isFiltering())
        messages = tr("%1 (still matching)").arg(messages);
    return tr("shown: %1 · %L2 of %L3 sockets · %L4 of %L5 families · %L6 of %L7 protocols")
        .arg(messages)
        .arg(m_socketProxy->rowCount())
        .arg(m_sockets->rowCount())
        .arg(shown(m_families))
        .arg(m_families->topLevelItemCount())
        .arg(shown(m_protocols))
        .arg(m_protocols->topLevelItemCount());
}

QWidget *NetlinkPane::filterResults() const
{
    QWidget *tab = m_tabs->currentWidget();
    return tab == m_live ? m_live->table() : tab;
}

void NetlinkPane::refresh()
{
    load(true);
}

void NetlinkPane::showEvent(QShowEvent *event)
{
    Pane::showEvent(event);
    m_timer->start();
}

void NetlinkPane::hideEvent(QHideEvent *event)
{
    // Hidden or minimized: the timer would only wake the application.
    Pane::hideEvent(event);
    m_timer->stop();
}

void NetlinkPane::load(bool withPolicies)
{
    m_netlink->readSockets(withPolicies || m_needPolicies);
}

void NetlinkPane::apply(const NetlinkController::Snapshot &snap)
{
    QStringList summary;
    if (snap.sockets.ok()) {
        summary.append(tr("%Ln socket(s), from %1", nullptr, int(snap.sockets.sockets.size())).arg(snap.sockets.source));
        if (snap.sockets.processesHidden > 0)
            summary.append(tr("owners of %Ln process(es) not visible: needs root", nullptr, snap.sockets.processesHidden));
    } else {
        summary.append(snap.sockets.error);
    }
    if (snap.families.ok())
        summary.append(tr("%Ln generic famil(y/ies)", nullptr, int(snap.families.families.size())));
    else
        summary.append(snap.families.error);
    m_summary->setSummary(summary.join(QStringLiteral(" · ")));
    if (m_netlink->socketReads() == 1) {
        m_socketView->resizeColumnsToContents();
        // A route monitor's long list of groups would push the queue and
        // drop counts off screen: cut it (the whole list is in its tooltip).
        const int groupsWidth = m_socketView->fontMetrics().averageCharWidth() * 48;
        if (m_socketView->columnWidth(NetlinkSocketModel::GroupsColumn) > groupsWidth)
            m_socketView->setColumnWidth(NetlinkSocketModel::GroupsColumn, groupsWidth);
    }

    // Families: rebuilt only when they changed (they rarely do), so that
    // expansion survives the timer.
    QStringList signature;
    for (const GenlFamily &f : snap.families.families)
        signature.append(QStringLiteral("%1:%2:%3:%4").arg(f.name).arg(f.id).arg(f.operations.size()).arg(f.groups.size()));
    const QString sig = signature.join(QLatin1Char(' '));
    if (m_families->property("signature").toString() != sig && !snap.withPolicies)
        m_needPolicies = true; // families changed: rebuild with their policies next time
    if (m_families->property("signature").toString() != sig && snap.withPolicies) {
        m_needPolicies = false;
        m_families->setProperty("signature", sig);
        m_families->clear();
        for (const GenlFamily &f : snap.families.families) {
            auto *item = new QTreeWidgetItem(m_families, {f.name, QString::number(f.id),
                                                          tr("version %1, header %2 bytes, highest attribute %3")
                                                              .arg(f.version).arg(f.headerSize).arg(f.maxAttribute)});
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
            if (!f.operations.isEmpty()) {
                auto *ops = new QTreeWidgetItem(item, {tr("Operations"), QString(), tr("%Ln command(s)", nullptr, int(f.operations.size()))});
                for (const GenlOperation &o : f.operations) {
                    QString name = f.name == QLatin1String("nlctrl") ? GenlFamilies::controllerCommand(o.id) : QString();
                    auto *op = new QTreeWidgetItem(ops, {name.isEmpty() ? tr("command %1").arg(o.id) : name, QString::number(o.id),
                                                         o.flagNames().join(QStringLiteral(", "))});
                    // What the kernel accepts for the request, from its policy.
                    const auto addPolicy = [&](const QString &label, qint64 idx) {
                        if (idx < 0)
                            return;
                        const QList<GenlPolicyAttr> attrs = f.policies.value(quint32(idx));
                        auto *pol = new QTreeWidgetItem(op, {label, QString::number(idx), tr("%Ln attribute(s) accepted", nullptr, int(attrs.size()))});
                        for (const GenlPolicyAttr &a : attrs) {
                            QString detail = a.typeName();
                            if (!a.range.isEmpty())
                                detail += QStringLiteral(", ") + a.range;
                            if (a.nestedPolicy >= 0)
                                detail += tr(", nested policy %1").arg(a.nestedPolicy);
                            new QTreeWidgetItem(pol, {tr("attribute %1").arg(a.attr), QString(), detail});
                        }
                    };
                    addPolicy(tr("do policy"), o.doPolicy);
                    addPolicy(tr("dump policy"), o.dumpPolicy);
                }
            }
            if (!f.groups.isEmpty()) {
                auto *groups = new QTreeWidgetItem(item, {tr("Multicast groups"), QString(), tr("%Ln group(s)", nullptr, int(f.groups.size()))});
                for (const GenlGroup &g : f.groups) {
                    auto *gi = new QTreeWidgetItem(groups, {g.name, QString::number(g.id),
                                                            tr("double-click to watch its messages live (group %1)").arg(g.id)});
                    gi->setData(0, Qt::UserRole, int(g.id));
                }
            }
        }
        filterTree(m_families, m_filter);
    }

    // Protocols: a kernel socket (port 0) for a protocol means this kernel has it.
    QSet<int> present;
    QHash<int, int> open;
    for (const NetlinkSocketInfo &s : snap.sockets.sockets) {
        if (s.portid == 0)
            present.insert(s.protocol);
        else
            ++open[s.protocol];
    }
    m_protocols->clear();
    for (int p = 0; p < 32; ++p) {
        const QString name = NetlinkNames::protocol(p);
        if (name.isEmpty() || p == 1)
            continue;
        auto *item = new QTreeWidgetItem(m_protocols, {name, QString::number(p), present.contains(p) ? tr("yes") : tr("no"),
                                                       QString::number(open.value(p)), NetlinkNames::protocolDescription(p)});
        item->setToolTip(4, NetlinkNames::protocolDescription(p));
        if (!present.contains(p))
            item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
    }
    filterTree(m_protocols, m_filter);
}

QStringList NetlinkPane::screenshotScenes() const
{
    return {objectName(), objectName() + QStringLiteral("-sockets"), objectName() + QStringLiteral("-families"),
            objectName() + QStringLiteral("-path")};
}

void NetlinkPane::startScreenshot(int scene)
{
    if (scene == 3) {
        // The way out over loopback: the one path every machine has.
        m_tabs->setCurrentWidget(m_sendPath);
        m_sendPath->showPath(QStringLiteral("127.0.0.1"));
        return;
    }
    m_tabs->setCurrentIndex(scene);
    if (scene == 0) {
        m_screenshotSelected = false;
        return;
    }
    if (scene == 2) {
        for (int i = 0; i < m_families->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_families->topLevelItem(i);
            if (item->text(0) == QLatin1String("nlctrl")) {
                item->setExpanded(true);
                for (int k = 0; k < item->childCount(); ++k)
                    item->child(k)->setExpanded(true);
                m_families->setCurrentItem(item);
            }
        }
    }
}

bool NetlinkPane::screenshotReady() const
{
    if (m_tabs->currentWidget() == m_sendPath)
        return !m_sendPath->isBusy() && !m_sendPath->path().stages.isEmpty();
    if (m_tabs->currentIndex() == 0) {
        // The state dump fills the live table at once; show a decoded link.
        if (!m_screenshotSelected)
            m_screenshotSelected = m_live->selectFirst(QStringLiteral("RTM_NEWLINK"));
        return m_screenshotSelected;
    }
    return m_netlink->socketReads() > 0 && !m_netlink->isReadingSockets();
}

} // namespace kc
