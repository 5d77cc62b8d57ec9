// SPDX-License-Identifier: GPL-2.0-or-later
#include "devicespane.h"

#include "csvexport.h"
#include "devicefilterproxy.h"
#include "summarylabel.h"
#include "viewactions.h"
#include "devices/devicejson.h"
#include "models/devicetablemodel.h"
#include "models/roles.h"
#include "models/ueventlogmodel.h"
#include "devices/devicescontroller.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kc {

DevicesPane::DevicesPane(DevicesController *devices, QWidget *parent)
    : Pane(parent)
    , m_devices(devices)
    , m_model(devices->nodes())
    , m_log(devices->events())
{
    setObjectName(QStringLiteral("devices"));
    m_proxy = new DeviceFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    watchFiltered(m_proxy);

    m_type = new QComboBox(this);
    m_type->addItem(tr("All types"), -1);
    m_type->addItem(tr("Character devices"), int(DeviceNode::Type::Char));
    m_type->addItem(tr("Block devices"), int(DeviceNode::Type::Block));
    m_type->addItem(tr("Links"), int(DeviceNode::Type::Symlink));
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setType(m_type->currentData().toInt()); });
    m_subsystem = new QComboBox(this);
    m_subsystem->addItem(tr("All subsystems"), QString());
    m_subsystem->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_subsystem, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setSubsystem(m_subsystem->currentData().toString()); });

    auto *rescan = textButton(tr("Rescan"), QStringLiteral("view-refresh"),
                              tr("Walk /dev again and recount the processes holding each node"), this);
    connect(rescan, &QToolButton::clicked, this, &DevicesPane::refresh);
    auto *exportButton = textButton(tr("Export"), QStringLiteral("document-export"), QString(), this);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("As &CSV…"), this, [this] { exportTo(false); });
    exportMenu->addAction(tr("As &JSON…"), this, [this] { exportTo(true); });
    exportButton->setMenu(exportMenu);
    m_summary = new SummaryLabel(this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_type);
    bar->addWidget(m_subsystem);
    bar->addWidget(m_summary, 1);
    bar->addWidget(rescan);
    bar->addWidget(exportButton);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DeviceTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    for (int c : {int(DeviceTableModel::OwnerColumn), int(DeviceTableModel::GroupColumn), int(DeviceTableModel::ModeColumn)})
        m_table->hideColumn(c);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int c = 1; c < DeviceTableModel::ColumnCount; ++c) {
        auto *show = new QAction(m_model->headerData(c, Qt::Horizontal).toString(), m_table->horizontalHeader());
        show->setCheckable(true);
        show->setChecked(!m_table->isColumnHidden(c));
        connect(show, &QAction::toggled, this, [this, c](bool on) { m_table->setColumnHidden(c, !on); });
        m_table->horizontalHeader()->addAction(show);
    }
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    addCopyRowAction(m_table);
    addCopyPathAction(m_table);
    addWhyAction(m_table, [](const QModelIndex &i) { return i.data(PathRole).toString(); },
                 [this](const QString &path) { Q_EMIT whyRequested(path); });

    m_followTitle = new QLabel(this);
    QFont tf = m_followTitle->font();
    tf.setBold(true);
    m_followTitle->setFont(tf);
    m_followTitle->setText(tr("Select a node to follow it to its driver"));
    m_follow = new QTreeWidget(this);
    m_follow->setColumnCount(2);
    m_follow->setHeaderLabels({tr("Step"), tr("Value")});
    m_follow->setAlternatingRowColors(true);
    m_follow->setWordWrap(true);
    m_follow->header()->setStretchLastSection(true);
    m_follow->setColumnWidth(0, 170);
    m_follow->setToolTip(tr("Double-click a step with a sysfs path to open it in the sysfs pane"));
    // Enter or a double-click: a step into sysfs, a holder to its process.
    connect(m_follow, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString path = item->data(0, PathRole).toString();
        if (!path.isEmpty())
            Q_EMIT openSysfs(path);
        else if (const int pid = item->data(0, PidRole).toInt(); pid > 0)
            Q_EMIT processRequested(pid);
    });

    auto *right = new QWidget(this);
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(m_followTitle);
    rl->addWidget(m_follow, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({640, 460});

    // Kernel events: the table follows them, and they are logged below.
    m_logView = new QTableView(this);
    m_logView->setModel(m_log);
    m_logView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_logView->setAlternatingRowColors(true);
    m_logView->setWordWrap(false);
    m_logView->verticalHeader()->hide();
    m_logView->verticalHeader()->setDefaultSectionSize(m_logView->fontMetrics().height() + 4);
    m_logView->horizontalHeader()->setStretchLastSection(true);
    m_logView->setColumnWidth(UeventLogModel::DevpathColumn, 380);
    m_logView->setToolTip(tr("Hover an event for all its KEY=VALUE properties; double-click to open its device in sysfs"));
    connect(m_logView, &QTableView::activated, this, [this](const QModelIndex &i) {
        const QString path = i.data(PathRole).toString();
        if (!path.isEmpty())
            Q_EMIT openSysfs(path);
    });
    m_eventSummary = new QLabel(this);
    auto *pause = pauseButton(tr("Stop adding events to the log; they are still counted"), this);
    connect(pause, &QToolButton::toggled, m_devices, &DevicesController::setEventsPaused);
    auto *clear = new QToolButton(this);
    clear->setText(tr("Clear"));
    connect(clear, &QToolButton::clicked, m_devices, &DevicesController::clearEvents);
    auto *logBar = new QHBoxLayout;
    auto *logTitle = new QLabel(tr("Kernel device events (uevents)"), this);
    QFont lf = logTitle->font();
    lf.setBold(true);
    logTitle->setFont(lf);
    logBar->addWidget(logTitle);
    logBar->addWidget(m_eventSummary, 1);
    logBar->addWidget(pause);
    logBar->addWidget(clear);
    auto *logPane = new QWidget(this);
    auto *logLayout = new QVBoxLayout(logPane);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addLayout(logBar);
    logLayout->addWidget(m_logView, 1);

    auto *vsplit = new QSplitter(Qt::Vertical, this);
    vsplit->addWidget(split);
    vsplit->addWidget(logPane);
    vsplit->setStretchFactor(0, 3);
    vsplit->setStretchFactor(1, 1);
    vsplit->setSizes({520, 180});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(vsplit, 1);

    connect(m_devices, &DevicesController::eventsChanged, this, [this] {
        m_logView->scrollToBottom();
        updateEventSummary();
    });
    if (!m_devices->eventsRunning())
        m_eventSummary->setText(m_devices->eventsError());
    else
        updateEventSummary();
    connect(m_devices, &DevicesController::scanStarted, this, [this] { m_summary->setSummary(tr("Scanning /dev…")); });
    connect(m_devices, &DevicesController::scanned, this, &DevicesPane::onScanned);
    connect(m_devices, &DevicesController::followed, this, &DevicesPane::showFollow);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const QString path = current.data(PathRole).toString();
        if (!path.isEmpty())
            startFollow(path);
    });
    refresh();
}

QString DevicesPane::title() const
{
    return tr("Devices");
}

QString DevicesPane::subtitle() const
{
    return tr("/dev: device nodes, their drivers and who holds them open");
}

ExplainTarget DevicesPane::explainTarget() const
{
    ExplainTarget t;
    t.topic = QStringLiteral("channel-devices");
    if (const QString node = m_table->currentIndex().data(PathRole).toString(); !node.isEmpty()) {
        t.snippet = QStringLiteral("dev-node");
        t.params = {{QStringLiteral("NODE"), node}};
    }
    return t;
}

QIcon DevicesPane::icon() const
{
    return QIcon::fromTheme(QStringLiteral("drive-harddisk"), style()->standardIcon(QStyle::SP_DriveHDIcon));
}

void DevicesPane::setFilterText(const QString &text)
{
    m_proxy->setFilterFixedString(text);
}

QString DevicesPane::filterSummary() const
{
    return tr("%L1 of %L2 device nodes shown").arg(m_proxy->rowCount()).arg(m_model->rowCount());
}

QWidget *DevicesPane::filterResults() const
{
    return m_table;
}

void DevicesPane::refresh()
{
    m_devices->scan();
}

void DevicesPane::onScanned(const DeviceScan &scan)
{
    if (!scan.error.isEmpty()) {
        m_summary->setSummary(scan.error);
        return;
    }
    QStringList subsystems;
    int nodes = 0, links = 0;
    for (const DeviceNode &n : scan.nodes) {
        if (!n.subsystem.isEmpty() && !subsystems.contains(n.subsystem))
            subsystems.append(n.subsystem);
        (n.type == DeviceNode::Type::Symlink ? links : nodes)++;
    }
    subsystems.sort();
    const QString current = m_subsystem->currentData().toString();
    {
        QSignalBlocker block(m_subsystem);
        m_subsystem->clear();
        m_subsystem->addItem(tr("All subsystems"), QString());
        for (const QString &s : subsystems)
            m_subsystem->addItem(s, s);
        m_subsystem->setCurrentIndex(qMax(0, m_subsystem->findData(current)));
    }
    QString summary = tr("%Ln node(s)", nullptr, nodes) + QStringLiteral(" · ") + tr("%Ln link(s)", nullptr, links);
    if (scan.holders.processesHidden > 0)
        summary += QStringLiteral(" · ") + tr("%Ln process(es) not checked for open devices: needs root", nullptr, scan.holders.processesHidden);
    m_summary->setSummary(summary);
    if (m_table->columnWidth(0) < 60 || m_table->property("sized").isNull()) {
        m_table->resizeColumnsToContents();
        // Long link names (disk/by-id/...) and targets must not push the
        // Driver column out of a 1024-pixel window: cap them, elided in the
        // middle, the whole name in the tooltip.
        const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
        for (const auto &[column, ems] : {std::pair{int(DeviceTableModel::NameColumn), 14}, std::pair{int(DeviceTableModel::DriverColumn), 14},
                                          std::pair{int(DeviceTableModel::SubsystemColumn), 8}, std::pair{int(DeviceTableModel::ModuleColumn), 10}})
            m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), ems * em));
        m_table->setProperty("sized", true);
    }
    if (!m_pendingSelect.isEmpty())
        selectNode(std::exchange(m_pendingSelect, QString()));
}

void DevicesPane::selectNode(const QString &path)
{
    const int row = m_model->rowOf(path);
    if (row < 0) {
        m_pendingSelect = path;
        if (!m_devices->isScanning())
            refresh();
        return;
    }
    const QModelIndex i = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->setCurrentIndex(i);
    m_table->scrollTo(i, QAbstractItemView::PositionAtCenter);
}

void DevicesPane::startFollow(const QString &path)
{
    m_followTitle->setText(tr("Following %1…").arg(path));
    m_devices->follow(path);
}

void DevicesPane::showFollow(const FollowResult &result)
{
    m_follow->clear();
    m_followed = result.node.path;
    if (!result.ok()) {
        m_followTitle->setText(result.error);
        return;
    }
    m_followTitle->setText(tr("From %1 to its driver and users").arg(result.node.path));
    const QPalette pal = palette();
    for (const FollowStep &s : result.steps) {
        auto *item = new QTreeWidgetItem(m_follow, {s.title, s.value});
        item->setToolTip(1, s.value);
        QFont f = item->font(0);
        f.setBold(true);
        item->setFont(0, f);
        if (!s.sysfsPath.isEmpty()) {
            item->setData(0, PathRole, s.sysfsPath);
            item->setForeground(1, pal.brush(QPalette::Link));
            item->setToolTip(1, tr("%1 — double-click to open in the sysfs pane").arg(s.sysfsPath));
        }
        if (!s.detail.isEmpty()) {
            auto *detail = new QTreeWidgetItem(item, {QString(), s.detail});
            detail->setForeground(1, pal.brush(QPalette::PlaceholderText));
            detail->setToolTip(1, s.detail);
            detail->setFirstColumnSpanned(true);
            detail->setText(0, s.detail);
            detail->setText(1, QString());
        }
        for (qsizetype k = 0; k < s.items.size(); ++k) {
            auto *child = new QTreeWidgetItem(item, {s.items[k].first, s.items[k].second});
            if (s.kind == FollowStep::Kind::Holders && k < result.holders.size()) {
                child->setData(0, PidRole, result.holders[k].pid);
                child->setToolTip(0, tr("Enter or double-click: the channels of process %1").arg(result.holders[k].pid));
            }
        }
        item->setExpanded(true);
    }
}

void DevicesPane::exportTo(bool json)
{
    if (!json) {
        exportCsv(this, m_proxy, QStringLiteral("devices.csv"), Qt::DisplayRole);
        return;
    }
    const QString file = QFileDialog::getSaveFileName(this, tr("Export devices"), QStringLiteral("devices.json"), tr("JSON files (*.json)"));
    if (file.isEmpty())
        return;
    QJsonArray arr;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const int src = m_proxy->mapToSource(m_proxy->index(r, 0)).row();
        arr.append(DeviceJson::node(m_model->nodes().at(src)));
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(arr).toJson()) < 0 || !out.commit())
        QMessageBox::warning(this, tr("Export failed"), tr("Could not write %1: %2").arg(file, out.errorString()));
}

void DevicesPane::updateEventSummary()
{
    QStringList parts;
    parts.append(tr("%Ln event(s) seen", nullptr, int(m_devices->eventCount())));
    if (m_devices->overflowCount() > 0)
        parts.append(tr("buffer overflowed %Ln time(s), about %1 lost", nullptr, int(m_devices->overflowCount()))
                         .arg(m_devices->lostEstimate()));
    if (m_log->droppedCount() > 0)
        parts.append(tr("%Ln oldest dropped from the log", nullptr, int(m_log->droppedCount())));
    if (m_devices->eventsPaused())
        parts.append(tr("paused, %Ln not shown", nullptr, int(m_devices->eventsNotLogged())));
    m_eventSummary->setText(parts.join(QStringLiteral(" · ")));
}

void DevicesPane::startScreenshot(int)
{
    selectNode(QStringLiteral("/dev/null"));
}

bool DevicesPane::screenshotReady() const
{
    return !m_devices->isScanning() && m_followed == QLatin1String("/dev/null");
}

} // namespace kc
