// SPDX-License-Identifier: GPL-2.0-or-later
#include "sysfspane.h"

#include "sysfs/sysfscontroller.h"
#include "io/safereader.h"

#include "fileview.h"
#include "filtercount.h"
#include "models/proctreemodel.h"
#include "models/roles.h"
#include "models/sysfsattributemodel.h"
#include "procfs/dirlister.h"
#include "proctreeproxy.h"
#include "treenavigator.h"
#include "viewactions.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace kc {

namespace {

struct ViewChoice {
    const char *label;
    const char *root;
};

const ViewChoice views[] = {
    {QT_TRANSLATE_NOOP("kc::SysfsPane", "Devices by parent"), "/sys/devices"},
    {QT_TRANSLATE_NOOP("kc::SysfsPane", "By class"), "/sys/class"},
    {QT_TRANSLATE_NOOP("kc::SysfsPane", "By bus, with drivers"), "/sys/bus"},
    {QT_TRANSLATE_NOOP("kc::SysfsPane", "Modules"), "/sys/module"},
    {QT_TRANSLATE_NOOP("kc::SysfsPane", "All of /sys"), "/sys"},
};
constexpr int AllView = 4;

} // namespace

SysfsPane::SysfsPane(SysfsController *sysfs, QWidget *parent)
    : Pane(parent)
    , m_sysfs(sysfs)
    , m_attributes(sysfs->attributes())
{
    setObjectName(QStringLiteral("sysfs"));
    m_view = new QComboBox(this);
    for (const ViewChoice &v : views)
        m_view->addItem(tr(v.label), QString::fromLatin1(v.root));
    m_view->setToolTip(tr("Which part of sysfs the tree starts from"));

    m_proxy = new ProcTreeProxy(this);
    m_tree = new QTreeView(this);
    m_tree->setModel(m_proxy);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(ProcTreeModel::NameColumn, Qt::AscendingOrder);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    addCopyPathAction(m_tree);
    addWhyAction(m_tree, [](const QModelIndex &i) { return i.data(PathRole).toString(); },
                 [this](const QString &path) { Q_EMIT whyRequested(path); });

    auto *left = new QWidget(this);
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    ll->addWidget(m_view);
    ll->addWidget(m_tree, 1);

    m_objectTitle = new QLabel(this);
    QFont tf = m_objectTitle->font();
    tf.setBold(true);
    tf.setPointSizeF(tf.pointSizeF() * 1.15);
    m_objectTitle->setFont(tf);
    m_objectTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_objectSummary = new QLabel(this);
    m_objectSummary->setWordWrap(true);
    m_objectSummary->setForegroundRole(QPalette::PlaceholderText);

    m_attributeProxy = new QSortFilterProxyModel(this);
    m_attributeProxy->setSourceModel(m_attributes);
    m_attributeProxy->setFilterKeyColumn(-1);
    m_attributeProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView(this);
    m_table->setModel(m_attributeProxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setToolTip(tr("Double-click a link to go to its target, an attribute to read it on its own"));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    addCopyRowAction(m_table, RawValueRole);
    addPinAction(m_table, [](const QModelIndex &i) {
        // A readable attribute holding one number (or a few) can be charted.
        bool ok = false;
        i.siblingAtColumn(SysfsAttributeModel::ValueColumn).data(RawValueRole).toString().trimmed().section(QLatin1Char(' '), 0, 0).toDouble(&ok);
        return ok ? i.siblingAtColumn(0).data(PathRole).toString() : QString();
    }, [this](const QString &key) { Q_EMIT pinRequested(key); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString path = index.data(PathRole).toString();
        if (path.isEmpty())
            return;
        selectPath(path);
    });

    auto *objectPage = new QWidget(this);
    auto *ol = new QVBoxLayout(objectPage);
    ol->setContentsMargins(6, 6, 6, 6);
    ol->addWidget(m_objectTitle);
    ol->addWidget(m_objectSummary);
    ol->addWidget(m_table, 1);

    m_fileView = new FileView(m_sysfs->file(), this);
    connect(m_fileView, &FileView::filterChanged, this, &Pane::filterSummaryChanged);
    watchFiltered(m_attributeProxy);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(objectPage);
    m_stack->addWidget(m_fileView);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_stack);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({420, 680});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_view, &QComboBox::currentIndexChanged, this, &SysfsPane::setView);
    connect(m_sysfs, &SysfsController::treeChanged, this, &SysfsPane::setTree);
    connect(m_sysfs, &SysfsController::objectRead, this, &SysfsPane::showObject);
    setView(0);
    m_objectTitle->setText(tr("Nothing selected"));
    m_objectSummary->setText(tr("Pick a device, class, bus or module to see its attributes and links."));
}

void SysfsPane::setView(int view)
{
    if (m_view->currentIndex() != view) {
        m_view->setCurrentIndex(view); // re-enters through the signal
        return;
    }
    m_sysfs->setRoot(m_view->itemData(view).toString());
}

void SysfsPane::setTree(ProcTreeModel *tree)
{
    m_model = tree;
    m_proxy->setSourceModel(m_model);
    watchFiltered(m_model);
    if (m_navigator)
        m_navigator->setModel(m_model);
    else
        m_navigator = new TreeNavigator(m_model, m_proxy, m_tree, this);
    m_tree->setColumnWidth(ProcTreeModel::NameColumn, 230);
    for (int c : {int(ProcTreeModel::KindColumn), int(ProcTreeModel::ModeColumn), int(ProcTreeModel::OwnerColumn)})
        m_tree->hideColumn(c);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
}

QString SysfsPane::title() const
{
    return tr("sysfs");
}

QString SysfsPane::subtitle() const
{
    return tr("/sys: devices, classes, buses, drivers and modules as the driver core sees them");
}

ExplainTarget SysfsPane::explainTarget() const
{
    ExplainTarget t;
    t.topic = QStringLiteral("channel-sysfs");
    const QModelIndex attr = m_table->currentIndex();
    const QString path = attr.isValid() ? attr.siblingAtColumn(0).data(PathRole).toString() : QString();
    // An attribute row is a file of the object, as the reader found it
    // (here or through an agent); a link row is not.
    const bool attribute = attr.isValid() && attr.siblingAtColumn(0).data(SysfsRowRole).toInt() == SysfsAttributeModel::AttributeRow;
    if (!path.isEmpty() && attribute && SafeReader::denyReason(path).isEmpty()) {
        t.snippet = QStringLiteral("read-file");
        t.params = {{QStringLiteral("PATH"), path}};
    }
    return t;
}

QIcon SysfsPane::icon() const
{
    return QIcon::fromTheme(QStringLiteral("preferences-system"), style()->standardIcon(QStyle::SP_DirLinkIcon));
}

void SysfsPane::setFilterText(const QString &text)
{
    m_proxy->setFilterFixedString(text);
    m_attributeProxy->setFilterFixedString(text);
    m_fileView->setFilterText(text);
}

QString SysfsPane::filterSummary() const
{
    QStringList parts;
    parts.append(tr("%L1 of %L2 listed entries shown; folders not opened yet are not searched")
                     .arg(countRows(m_proxy))
                     .arg(countRows(m_model)));
    if (!m_shown.isEmpty())
        parts.append(tr("%L1 of %L2 attributes of %3").arg(m_attributeProxy->rowCount()).arg(m_attributes->rowCount()).arg(m_shown));
    if (const QString file = m_fileView->filterSummary(); !file.isEmpty())
        parts.append(file);
    return parts.join(QStringLiteral("; "));
}

QString SysfsPane::filterHint() const
{
    return tr("Filter the /sys entries listed so far and the attributes shown (Ctrl+F)");
}

QWidget *SysfsPane::filterResults() const
{
    return m_tree;
}

void SysfsPane::refresh()
{
    if (m_stack->currentWidget() == m_fileView)
        m_fileView->refresh();
    else if (!m_shown.isEmpty())
        loadObject(m_shown);
    const QModelIndex current = m_proxy->mapToSource(m_tree->currentIndex());
    m_model->refresh(current.isValid() && current.data(IsContainerRole).toBool() ? current.siblingAtColumn(0) : current.parent());
}

void SysfsPane::selectPath(const QString &path)
{
    const QString root = m_model->rootPath();
    if (path != root && !path.startsWith(root + QLatin1Char('/')))
        setView(AllView);
    m_navigator->selectPath(path);
}

void SysfsPane::onCurrentChanged(const QModelIndex &current)
{
    const QModelIndex src = m_proxy->mapToSource(current);
    if (!src.isValid())
        return;
    const QString path = src.data(PathRole).toString();
    const auto kind = DirEntry::Kind(src.data(EntryKindRole).toInt());
    if (kind == DirEntry::Kind::File) {
        const QString note = src.data(NoteRole).toString();
        m_stack->setCurrentWidget(m_fileView);
        if (note.isEmpty())
            m_fileView->setPath(path);
        else
            m_fileView->showMessage(path, note);
        return;
    }
    if (src.data(IsContainerRole).toBool() || kind == DirEntry::Kind::Directory) {
        m_stack->setCurrentIndex(0);
        loadObject(path);
        return;
    }
    m_stack->setCurrentWidget(m_fileView);
    m_fileView->showMessage(path, src.data(Qt::ToolTipRole).toString());
}

void SysfsPane::loadObject(const QString &path)
{
    m_objectTitle->setText(path);
    m_objectSummary->setText(tr("Reading attributes…"));
    m_sysfs->readObject(path);
}

void SysfsPane::showObject(const QString &path, const SysfsObject &obj)
{
    m_shown = path;
    if (!obj.ok()) {
        m_objectSummary->setText(obj.error);
        return;
    }
    QStringList facts;
    if (const SysfsLink *s = obj.link(QStringLiteral("subsystem")))
        facts.append(tr("subsystem %1").arg(s->resolved.section(QLatin1Char('/'), -1)));
    if (const SysfsLink *d = obj.link(QStringLiteral("driver")))
        facts.append(tr("driver %1").arg(d->resolved.section(QLatin1Char('/'), -1)));
    int unreadable = 0, binary = 0;
    for (const SysfsAttribute &a : obj.attributes) {
        unreadable += a.readable ? 0 : 1;
        binary += a.binary ? 1 : 0;
    }
    facts.append(tr("%Ln attribute(s)", nullptr, int(obj.attributes.size())));
    facts.append(tr("%Ln link(s)", nullptr, int(obj.links.size())));
    if (unreadable)
        facts.append(tr("%Ln unreadable", nullptr, unreadable));
    if (binary)
        facts.append(tr("%Ln binary", nullptr, binary));
    if (!obj.subdirectories.isEmpty())
        facts.append(tr("%Ln subdirector(y/ies)", nullptr, int(obj.subdirectories.size())));
    m_objectSummary->setText(facts.join(QStringLiteral(" · ")));
    m_table->resizeColumnToContents(SysfsAttributeModel::NameColumn);
    m_table->resizeColumnToContents(SysfsAttributeModel::ValueColumn);
    m_table->setColumnWidth(SysfsAttributeModel::ValueColumn, qBound(160, m_table->columnWidth(SysfsAttributeModel::ValueColumn), 360));
    m_table->resizeColumnToContents(SysfsAttributeModel::AccessColumn);
}

void SysfsPane::startScreenshot(int)
{
    m_screenshotTarget = QStringLiteral("/sys/devices/virtual/net/lo");
    selectPath(m_screenshotTarget);
}

bool SysfsPane::screenshotReady() const
{
    return !m_navigator->isPending() && !m_model->isLoading() && m_shown == m_screenshotTarget;
}

void SysfsPane::themeChanged()
{
    m_fileView->themeChanged();
}

} // namespace kc
