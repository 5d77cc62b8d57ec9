// SPDX-License-Identifier: GPL-2.0-or-later
#include "netlinklivewidget.h"

#include "hexview.h"
#include "summarylabel.h"
#include "viewactions.h"

#include "models/netlinkeventmodel.h"
#include "models/roles.h"
#include "netlink/netlinkcontroller.h"
#include "netlink/netlinkmonitor.h"
#include "netlink/netlinknames.h"
#include "netlink/nldecoder.h"
#include "netlink/pcapng.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QKeyEvent>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>
#include <QSet>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <linux/genetlink.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>

#include <cstring>

namespace kc {

NetlinkLiveWidget::NetlinkLiveWidget(NetlinkController *netlink, QWidget *parent)
    : QWidget(parent)
    , m_netlink(netlink)
    , m_model(netlink->events())
{
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 4);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(NetlinkEventModel::TimeColumn, 100);
    m_table->setColumnWidth(NetlinkEventModel::ProtocolColumn, 80);
    m_table->setColumnWidth(NetlinkEventModel::TypeColumn, 150);
    m_table->setColumnWidth(NetlinkEventModel::FlagsColumn, 170);
    m_table->setColumnWidth(NetlinkEventModel::LengthColumn, 60);
    m_table->setColumnWidth(NetlinkEventModel::NamespaceColumn, 110);
    m_table->setColumnWidth(NetlinkEventModel::SeqColumn, 90);
    m_table->setColumnWidth(NetlinkEventModel::PidColumn, 90);
    m_table->setColumnWidth(NetlinkEventModel::DirectionColumn, 90);
    // Less used columns start hidden; the header's menu shows them.
    for (int c : {int(NetlinkEventModel::DirectionColumn), int(NetlinkEventModel::SeqColumn), int(NetlinkEventModel::PidColumn)})
        m_table->hideColumn(c);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int c = 1; c < NetlinkEventModel::ColumnCount; ++c) {
        auto *show = new QAction(m_model->headerData(c, Qt::Horizontal).toString(), m_table->horizontalHeader());
        show->setCheckable(true);
        show->setChecked(!m_table->isColumnHidden(c));
        connect(show, &QAction::toggled, this, [this, c](bool on) { m_table->setColumnHidden(c, !on); });
        m_table->horizontalHeader()->addAction(show);
    }

    m_fields = new QTreeWidget(this);
    m_fields->setHeaderLabels({tr("Field"), tr("Value"), tr("Bytes")});
    m_fields->setColumnWidth(0, 220);
    m_fields->setColumnWidth(1, 200);
    m_fields->setAlternatingRowColors(true);
    m_hex = new HexView(this);

    m_summary = new SummaryLabel(this);
    m_follow = new QToolButton(this);
    m_follow->setText(tr("Follow"));
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Keep the newest message in view"));
    auto *pause = pauseButton(tr("Stop adding messages to the table; they are still counted"), this);
    connect(pause, &QToolButton::toggled, m_netlink, &NetlinkController::setPaused);
    auto *clear = new QToolButton(this);
    clear->setText(tr("Clear"));
    connect(clear, &QToolButton::clicked, this, [this] {
        m_model->clear();
        m_netlink->resetCounts();
        m_fields->clear();
        m_hex->clear();
        updateSummary();
    });
    auto *dump = new QToolButton(this);
    dump->setText(tr("Dump links and addresses"));
    dump->setToolTip(tr("Ask the kernel for every link and address now (RTM_GETLINK, RTM_GETADDR)"));
    connect(dump, &QToolButton::clicked, this, &NetlinkLiveWidget::dumpState);
    // Files in one menu: the row stays narrow enough for a small screen.
    auto *files = new QToolButton(this);
    files->setText(tr("Capture"));
    files->setPopupMode(QToolButton::InstantPopup);
    files->setToolTip(tr("Open a pcapng capture, or save the messages in the table"));
    auto *fileMenu = new QMenu(files);
    QAction *open = fileMenu->addAction(tr("Open pcapng…"));
    open->setToolTip(tr("Add the netlink messages of a pcapng capture to the table"));
    connect(open, &QAction::triggered, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Open a netlink capture"), QString(), tr("pcapng files (*.pcapng)"));
        if (!file.isEmpty())
            openPcapng(file);
    });
    fileMenu->addSeparator();
    QAction *save = fileMenu->addAction(tr("Save pcapng…"));
    save->setToolTip(tr("Write the messages in the table to a pcapng file Wireshark and tshark read"));
    connect(save, &QAction::triggered, this, &NetlinkLiveWidget::savePcapng);
    QAction *saveJson = fileMenu->addAction(tr("Save JSON…"));
    saveJson->setToolTip(tr("Write the messages in the table as JSON lines, one decoded message per line"));
    connect(saveJson, &QAction::triggered, this, &NetlinkLiveWidget::saveJsonLines);
    fileMenu->setToolTipsVisible(true);
    files->setMenu(fileMenu);
    auto *streams = new QToolButton(this);
    streams->setText(tr("Streams"));
    streams->setPopupMode(QToolButton::InstantPopup);
    streams->setToolTip(tr("Which kernel message streams to show besides rtnetlink"));
    auto *streamMenu = new QMenu(streams);
    QAction *uevents = streamMenu->addAction(tr("Kernel device events (uevents)"));
    uevents->setCheckable(true);
    connect(uevents, &QAction::toggled, this, [this](bool on) { setStream(NETLINK_KOBJECT_UEVENT, 1, on); });
    QAction *procs = streamMenu->addAction(tr("Process events: fork, exec, exit (process connector, needs root)"));
    procs->setCheckable(true);
    connect(procs, &QAction::toggled, this, [this](bool on) { setStream(NETLINK_CONNECTOR, 1, on); });
    m_nlctrlAction = streamMenu->addAction(tr("Generic netlink families appearing and leaving (nlctrl notify)"));
    m_nlctrlAction->setCheckable(true);
    m_nlctrlAction->setToolTip(tr("Other generic netlink groups: the Generic families tab, on a multicast group"));
    connect(m_nlctrlAction, &QAction::toggled, this, [this](bool on) { watchGenlGroup(GENL_ID_CTRL, on); });
    // The route stream's groups, as `kchan monitor route:link,addr` picks them.
    QMenu *groups = streamMenu->addMenu(tr("Route groups"));
    groups->setToolTipsVisible(true);
    const QList<std::pair<QString, QString>> routeGroups = {
        {QStringLiteral("link"), tr("Links (RTNLGRP_LINK)")},
        {QStringLiteral("addr"), tr("Addresses (RTNLGRP_IPV4_IFADDR, RTNLGRP_IPV6_IFADDR)")},
        {QStringLiteral("route"), tr("Routes (RTNLGRP_IPV4_ROUTE, RTNLGRP_IPV6_ROUTE)")},
        {QStringLiteral("neigh"), tr("Neighbours (RTNLGRP_NEIGH)")},
        {QStringLiteral("rule"), tr("Rules (RTNLGRP_IPV4_RULE, RTNLGRP_IPV6_RULE)")},
        {QStringLiteral("netconf"), tr("Interface settings (RTNLGRP_IPV4_NETCONF, RTNLGRP_IPV6_NETCONF)")},
        {QStringLiteral("nsid"), tr("Namespace IDs (RTNLGRP_NSID)")}};
    for (const auto &[key, label] : routeGroups) {
        QAction *a = groups->addAction(label);
        a->setCheckable(true);
        a->setData(key);
        a->setToolTip(tr("kchan monitor route:%1 listens to the same").arg(key));
        m_routeGroupActions.append(a);
        connect(a, &QAction::toggled, this, [this] {
            QList<int> chosen;
            for (QAction *g : std::as_const(m_routeGroupActions)) {
                if (g->isChecked())
                    chosen += NetlinkMonitor::routeGroupsNamed(g->data().toString());
            }
            m_netlink->setRouteGroups(chosen);
        });
    }
    syncRouteGroups();
    streams->setMenu(streamMenu);
    m_netns = new QComboBox(this);
    m_netns->setEditable(true);
    m_netns->setInsertPolicy(QComboBox::NoInsert);
    m_netns->setToolTip(tr("Network namespace to listen in: ours, one named in /run/netns, or type a process ID (needs root)"));
    m_netns->addItem(tr("This namespace"), QString());
    connect(m_netlink, &NetlinkController::namespacesListed, this, &NetlinkLiveWidget::showNamespaces);
    m_netlink->listNamespaces();
    m_netns->installEventFilter(this);
    connect(m_netns, &QComboBox::activated, this, [this](int index) { m_netlink->setNamespace(m_netns->itemData(index).toString()); });
    connect(m_netns->lineEdit(), &QLineEdit::returnPressed, this, [this] {
        const QString text = m_netns->currentText().trimmed();
        m_netlink->setNamespace(text == m_netns->itemText(0) ? QString() : text);
    });
    setToolTip(tr("rtnetlink: links, addresses, routes, neighbours, rules"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(streams);
    bar->addWidget(m_netns);
    bar->addWidget(dump);
    bar->addWidget(files);
    bar->addWidget(m_follow);
    bar->addWidget(pause);
    bar->addWidget(clear);

    auto *detail = new QSplitter(Qt::Horizontal, this);
    detail->addWidget(m_fields);
    detail->addWidget(m_hex);
    detail->setSizes({520, 480});
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(detail);
    split->setSizes({300, 300});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            showRow(current.row());
    });
    connect(m_fields, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            m_hex->highlight(item->data(0, ByteOffsetRole).toInt(), item->data(0, ByteLengthRole).toInt());
    });

    connect(m_netlink, &NetlinkController::messagesAdded, this, [this] {
        if (m_follow->isChecked())
            m_table->scrollToBottom();
    });
    connect(m_netlink, &NetlinkController::countsChanged, this, &NetlinkLiveWidget::updateSummary);
    connect(m_model, &NetlinkEventModel::filterProgress, this, &NetlinkLiveWidget::updateSummary);
    connect(m_netlink, &NetlinkController::failed, m_summary, &SummaryLabel::setSummary);
    connect(m_netlink, &NetlinkController::genlGroupsChanged, this, [this] {
        const QSignalBlocker block(m_nlctrlAction);
        m_nlctrlAction->setChecked(m_netlink->genlGroups().contains(GENL_ID_CTRL));
    });
    m_netlink->setNamespace(QString());
}

void NetlinkLiveWidget::syncRouteGroups()
{
    const QList<int> current = m_netlink->routeGroups();
    for (QAction *a : std::as_const(m_routeGroupActions)) {
        const QList<int> ids = NetlinkMonitor::routeGroupsNamed(a->data().toString());
        bool all = !ids.isEmpty();
        for (int id : ids)
            all = all && current.contains(id);
        const QSignalBlocker block(a);
        a->setChecked(all);
    }
}

void NetlinkLiveWidget::setRouteGroups(const QStringList &names)
{
    for (QAction *a : std::as_const(m_routeGroupActions)) {
        const QSignalBlocker block(a);
        a->setChecked(names.contains(a->data().toString()));
    }
    QList<int> chosen;
    for (const QString &n : names)
        chosen += NetlinkMonitor::routeGroupsNamed(n);
    m_netlink->setRouteGroups(chosen);
}

void NetlinkLiveWidget::showNamespaces(const QList<NetlinkController::Namespace> &namespaces)
{
    // The list follows /run/netns and the processes: new ones are added,
    // gone ones removed, except the one listened in, which says it is gone.
    const QString listening = m_netlink->currentNamespace();
    QSet<QString> keys;
    for (const NetlinkController::Namespace &ns : namespaces)
        keys.insert(ns.key);
    for (int i = m_netns->count() - 1; i >= 1; --i) {
        const QString key = m_netns->itemData(i).toString();
        if (keys.contains(key))
            continue;
        if (key == listening)
            m_netns->setItemText(i, tr("%1 (gone)").arg(m_netns->itemText(i).remove(tr(" (gone)"))));
        else
            m_netns->removeItem(i);
    }
    for (const NetlinkController::Namespace &ns : namespaces) {
        const int at = m_netns->findData(ns.key);
        if (at < 0)
            m_netns->addItem(ns.label, ns.key);
        else if (m_netns->itemText(at) != ns.label)
            m_netns->setItemText(at, ns.label);
    }
}

QStringList NetlinkLiveWidget::namespaceKeys() const
{
    QStringList keys;
    for (int i = 1; i < m_netns->count(); ++i)
        keys.append(m_netns->itemData(i).toString());
    return keys;
}

void NetlinkLiveWidget::listenIn(const QString &key)
{
    const int at = m_netns->findData(key);
    if (at >= 0)
        m_netns->setCurrentIndex(at);
    m_netlink->setNamespace(key);
}

void NetlinkLiveWidget::watchGenlGroup(int group, bool on)
{
    m_netlink->watchGenlGroup(group, on);
}

void NetlinkLiveWidget::setStream(int protocol, int group, bool on)
{
    m_netlink->setStream(protocol, group, on);
}

QList<int> NetlinkLiveWidget::genlGroups() const
{
    return m_netlink->genlGroups();
}

void NetlinkLiveWidget::dumpState()
{
    m_netlink->dumpState();
}

void NetlinkLiveWidget::savePcapng()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Save netlink messages"), QStringLiteral("netlink.pcapng"),
                                                      tr("pcapng files (*.pcapng)"));
    if (file.isEmpty())
        return;
    QSaveFile out(file);
    bool ok = out.open(QIODevice::WriteOnly) && out.write(Pcapng::header()) >= 0;
    for (int r = 0; ok && r < m_model->rowCount(); ++r) {
        if (!m_model->isGap(r))
            ok = out.write(Pcapng::packet(m_model->event(r))) >= 0;
    }
    if (!ok || !out.commit())
        QMessageBox::warning(this, tr("Save failed"), tr("Could not write %1: %2").arg(file, out.errorString()));
}

void NetlinkLiveWidget::saveJsonLines()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Save netlink messages"), QStringLiteral("netlink.jsonl"),
                                                      tr("JSON lines (*.jsonl)"));
    if (file.isEmpty())
        return;
    QSaveFile out(file);
    bool ok = out.open(QIODevice::WriteOnly);
    for (int r = 0; ok && r < m_model->rowCount(); ++r) {
        if (m_model->isGap(r))
            continue;
        const NetlinkEvent &e = m_model->event(r);
        const QString time = QDateTime::fromMSecsSinceEpoch(e.msecsSinceEpoch).toString(Qt::ISODateWithMs);
        QByteArray lines;
        for (const NlMessage &m : NlDecoder::decode(e.protocol, e.raw, m_model->interfaceNames(r)))
            NlDecoder::appendJson(lines, m, time, NetlinkNames::protocol(e.protocol));
        ok = out.write(lines) >= 0;
    }
    if (!ok || !out.commit())
        QMessageBox::warning(this, tr("Save failed"), tr("Could not write %1: %2").arg(file, out.errorString()));
}

bool NetlinkLiveWidget::openPcapng(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Open failed"), tr("Could not read %1: %2").arg(file, f.errorString()));
        return false;
    }
    const Pcapng::ReadResult r = Pcapng::read(f.readAll());
    m_model->appendBatch(r.events);
    if (!r.error.isEmpty())
        QMessageBox::warning(this, tr("Capture partly read"), tr("%Ln message(s) were read from %1. Then: %2", nullptr, int(r.events.size())).arg(file, r.error));
    updateSummary();
    return !r.events.isEmpty();
}

void NetlinkLiveWidget::setFilterText(const QString &text)
{
    m_model->setFilter(text);
}

int NetlinkLiveWidget::currentProtocol() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->protocol(current.row()) : -1;
}

int NetlinkLiveWidget::currentType() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || m_model->isGap(current.row()))
        return -1;
    return m_model->store().at(m_model->storeIndex(current.row())).firstType;
}

bool NetlinkLiveWidget::currentIsDumpReply() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || m_model->isGap(current.row()))
        return false;
    const QByteArray raw = m_model->event(current.row()).raw;
    if (raw.size() < qsizetype(sizeof(nlmsghdr)))
        return false;
    nlmsghdr header;
    memcpy(&header, raw.constData(), sizeof header);
    return header.nlmsg_flags & NLM_F_MULTI;
}

void NetlinkLiveWidget::updateSummary()
{
    QStringList parts;
    parts.append(tr("%Ln message(s)", nullptr, int(m_netlink->messageCount())));
    if (m_netlink->pausedCount() > 0)
        parts.append(tr("%Ln not added while paused", nullptr, int(m_netlink->pausedCount())));
    parts.append(tr("%1 bytes").arg(m_netlink->byteCount()));
    if (m_netlink->overflowCount() > 0)
        parts.append(tr("buffer overflowed %Ln time(s); state dumped again after each", nullptr, int(m_netlink->overflowCount())));
    if (m_model->droppedCount() > 0)
        parts.append(tr("%Ln oldest dropped from the table", nullptr, int(m_model->droppedCount())));
    if (!m_model->filter().isEmpty()) {
        parts.append(tr("%Ln match(es) for \"%1\"", nullptr, m_model->rowCount()).arg(m_model->filter()));
        if (m_model->isFiltering())
            parts.append(tr("matching: %1 % of the table").arg(100 * m_model->filterScanned() / qMax<qsizetype>(1, m_model->store().size())));
    }
    m_summary->setSummary(parts.join(QStringLiteral(" · ")));
}

void NetlinkLiveWidget::addField(QTreeWidgetItem *parent, const NlField &field)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_fields);
    item->setText(0, field.name);
    item->setText(1, field.value);
    item->setToolTip(1, field.value);
    item->setText(2, tr("%1–%2").arg(field.offset).arg(field.offset + field.length));
    item->setData(0, ByteOffsetRole, field.offset);
    item->setData(0, ByteLengthRole, field.length);
    if (field.error) {
        item->setForeground(0, QColor(0xda, 0x44, 0x53));
        item->setForeground(1, QColor(0xda, 0x44, 0x53));
    }
    for (const NlField &c : field.children)
        addField(item, c);
}

void NetlinkLiveWidget::showRow(int row)
{
    m_fields->clear();
    if (m_model->isGap(row)) {
        m_hex->setMessage(tr("Messages were lost here: the receive buffer overflowed. Links and addresses were dumped again."));
        return;
    }
    const NetlinkEvent &e = m_model->event(row);
    m_hex->setBytes(e.raw);
    for (const NlMessage &m : NlDecoder::decode(e.protocol, e.raw, m_model->interfaceNames(row)))
        addField(nullptr, m.tree);
    m_fields->expandToDepth(1);
}

bool NetlinkLiveWidget::selectFirst(const QString &type)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex i = m_model->index(r, NetlinkEventModel::TypeColumn);
        if (i.data().toString() == type) {
            m_table->setCurrentIndex(i);
            // Show the interesting part: the first attribute's bytes.
            if (QTreeWidgetItem *top = m_fields->topLevelItem(0)) {
                for (int k = 0; k < top->childCount(); ++k) {
                    if (top->child(k)->childCount() > 0 && k == top->childCount() - 1) {
                        top->child(k)->setExpanded(true);
                        m_fields->setCurrentItem(top->child(k)->child(0));
                    }
                }
            }
            return true;
        }
    }
    return false;
}

bool NetlinkLiveWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_netns) {
        const auto *key = event->type() == QEvent::KeyPress ? static_cast<QKeyEvent *>(event) : nullptr;
        if (event->type() == QEvent::MouseButtonPress || (key && (key->key() == Qt::Key_F4 || (key->key() == Qt::Key_Down && (key->modifiers() & Qt::AltModifier)))))
            m_netlink->listNamespaces();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace kc
