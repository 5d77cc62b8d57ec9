// SPDX-License-Identifier: GPL-2.0-or-later
#include "procfspane.h"

#include "procfs/procfscontroller.h"

#include "fileview.h"
#include "filtercount.h"
#include "models/proctreemodel.h"
#include "io/safereader.h"
#include "models/roles.h"
#include "proctreeproxy.h"
#include "treenavigator.h"
#include "viewactions.h"
#include "procfs/dirlister.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace kc {

ProcfsPane::ProcfsPane(ProcfsController *procfs, QWidget *parent)
    : Pane(parent)
    , m_procfs(procfs)
{
    setObjectName(QStringLiteral("procfs"));
    m_model = m_procfs->tree();
    m_proxy = new ProcTreeProxy(this);
    m_proxy->setSourceModel(m_model);

    m_tree = new QTreeView(this);
    m_tree->setModel(m_proxy);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(ProcTreeModel::NameColumn, Qt::AscendingOrder);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ProcTreeModel::NameColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(ProcTreeModel::DetailColumn, QHeaderView::Stretch);
    m_tree->setColumnWidth(ProcTreeModel::NameColumn, 210);
    m_tree->setColumnWidth(ProcTreeModel::KindColumn, 80);
    m_tree->hideColumn(ProcTreeModel::ModeColumn);
    m_tree->hideColumn(ProcTreeModel::OwnerColumn);
    m_tree->header()->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int c : {int(ProcTreeModel::KindColumn), int(ProcTreeModel::DetailColumn), int(ProcTreeModel::ModeColumn),
                  int(ProcTreeModel::OwnerColumn)}) {
        auto *show = new QAction(m_model->headerData(c, Qt::Horizontal).toString(), m_tree->header());
        show->setCheckable(true);
        show->setChecked(!m_tree->isColumnHidden(c) && c != ProcTreeModel::ModeColumn && c != ProcTreeModel::OwnerColumn);
        connect(show, &QAction::toggled, this, [this, c](bool on) { m_tree->setColumnHidden(c, !on); });
        m_tree->header()->addAction(show);
    }

    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    addCopyPathAction(m_tree);
    addCopyRowAction(m_tree);
    addWhyAction(m_tree, [](const QModelIndex &i) { return i.data(PathRole).toString(); },
                 [this](const QString &path) { Q_EMIT whyRequested(path); });
    addRowAction(m_tree, QStringLiteral("system-search"), tr("Show the process's &channels"),
                 tr("Its open descriptors by channel, namespaces and limits, in the Process pane"),
                 [](const QModelIndex &i) { const int pid = i.data(PidRole).toInt(); return pid > 0 ? QString::number(pid) : QString(); },
                 [this](const QString &pid) { Q_EMIT processRequested(pid.toInt()); });
    auto *reload = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Reload this directory"), m_tree);
    connect(reload, &QAction::triggered, this, &ProcfsPane::refresh);
    m_tree->addAction(reload);

    m_kernelThreads = new QCheckBox(tr("Show &kernel threads"), this);
    m_kernelThreads->setChecked(true);
    m_kernelThreads->setToolTip(tr("Kernel threads have no user-space program; they are shown in grey italics"));
    connect(m_kernelThreads, &QCheckBox::toggled, m_proxy, &ProcTreeProxy::setShowKernelThreads);

    auto *left = new QWidget(this);
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    ll->addWidget(m_tree, 1);
    ll->addWidget(m_kernelThreads);

    m_fileView = new FileView(m_procfs->file(), this);
    connect(m_fileView, &FileView::filterChanged, this, &Pane::filterSummaryChanged);
    watchFiltered(m_proxy);
    connect(m_fileView, &FileView::pinRequested, this, &Pane::pinRequested);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_fileView);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({460, 640});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    m_navigator = new TreeNavigator(m_model, m_proxy, m_tree, this);
    connect(m_model, &ProcTreeModel::loadingChanged, this, [this](bool loading) {
        Q_EMIT statusMessage(loading ? tr("Listing…") : QString());
    });
    m_model->fetchMore({});

    // Processes come and go: re-list /proc while the pane is on screen,
    // every 3 s while the open file refreshes itself too, else every 15 s
    // with the directory being looked at. Hidden, nothing is listed.
    m_liveTimer = new QTimer(this);
    m_liveTimer->setInterval(3000);
    connect(m_liveTimer, &QTimer::timeout, this, [this] {
        if (!m_model->isListed({}))
            return;
        const bool live = m_fileView->interval() > 0;
        if (!live && ++m_quietTicks % 5 != 0)
            return;
        m_model->refresh({});
        const QModelIndex current = m_proxy->mapToSource(m_tree->currentIndex());
        const QModelIndex dir = current.isValid() && current.data(IsContainerRole).toBool() ? current : current.parent();
        if (!live && dir.isValid())
            m_model->refresh(dir.siblingAtColumn(0));
    });
}

void ProcfsPane::showEvent(QShowEvent *event)
{
    Pane::showEvent(event);
    m_liveTimer->start();
}

void ProcfsPane::hideEvent(QHideEvent *event)
{
    Pane::hideEvent(event);
    m_liveTimer->stop();
}

QString ProcfsPane::title() const
{
    return tr("procfs");
}

QString ProcfsPane::subtitle() const
{
    return tr("/proc: processes and kernel state as files");
}

ExplainTarget ProcfsPane::explainTarget() const
{
    ExplainTarget t;
    t.topic = QStringLiteral("channel-procfs");
    QString path = m_fileView->hasSnapshot() ? m_fileView->path() : QString();
    if (path.isEmpty())
        path = m_tree->currentIndex().data(PathRole).toString();
    if (path.isEmpty())
        return t;
    t.topic = ExplainCatalog::topicForPath(path);
    // What the entry is, as the tree listed it (here or through an agent):
    // a plain file that may be read gets the read snippet.
    const QModelIndex entry = m_procfs->tree()->indexForPath(path);
    const bool plainFile = entry.isValid() && entry.data(EntryKindRole).toInt() == int(DirEntry::Kind::File);
    if (const QString field = m_fileView->currentFieldKey(); !field.isEmpty() && path == m_fileView->path()) {
        t.snippet = QStringLiteral("proc-field");
        t.params = {{QStringLiteral("PATH"), path}, {QStringLiteral("FIELD"), field}};
    } else if (plainFile && SafeReader::denyReason(path).isEmpty()) {
        // The environment is NUL-separated: its program splits it so.
        t.snippet = t.topic == QLatin1String("proc-pid-environ") ? QStringLiteral("proc-environ") : QStringLiteral("read-file");
        t.params = {{QStringLiteral("PATH"), path}};
    }
    return t;
}

QIcon ProcfsPane::icon() const
{
    return QIcon::fromTheme(QStringLiteral("utilities-system-monitor"), style()->standardIcon(QStyle::SP_DirIcon));
}

void ProcfsPane::setFilterText(const QString &text)
{
    // The filter applies to the tree; the table of the open file follows it
    // too, so one search box narrows whichever the user is looking at.
    m_proxy->setFilterFixedString(text);
    m_fileView->setFilterText(text);
}

QString ProcfsPane::filterSummary() const
{
    // /proc is listed as folders open: say that the rest was not searched.
    QString tree = tr("%L1 of %L2 listed entries shown; folders not opened yet are not searched")
                       .arg(countRows(m_proxy))
                       .arg(countRows(m_model));
    if (const QString file = m_fileView->filterSummary(); !file.isEmpty())
        tree = tr("%1; %2").arg(tree, file);
    return tree;
}

QString ProcfsPane::filterHint() const
{
    return tr("Filter the /proc entries listed so far and the open file's table (Ctrl+F)");
}

QWidget *ProcfsPane::filterResults() const
{
    return m_tree;
}

void ProcfsPane::refresh()
{
    const QModelIndex current = m_proxy->mapToSource(m_tree->currentIndex());
    QModelIndex dir = current.isValid() && current.data(IsContainerRole).toBool() ? current : current.parent();
    m_model->refresh(dir.siblingAtColumn(0));
    if (!m_fileView->path().isEmpty())
        m_fileView->refresh();
}

void ProcfsPane::onCurrentChanged(const QModelIndex &current)
{
    const QModelIndex src = m_proxy->mapToSource(current);
    if (!src.isValid()) {
        m_fileView->showMessage(tr("Nothing selected"), tr("Pick a file in the tree to read it."));
        return;
    }
    const QString path = src.data(PathRole).toString();
    const auto kind = DirEntry::Kind(src.data(EntryKindRole).toInt());
    const QString note = src.data(NoteRole).toString();
    const QString detail = src.siblingAtColumn(ProcTreeModel::DetailColumn).data().toString();

    switch (kind) {
    case DirEntry::Kind::Process:
    case DirEntry::Kind::Thread:
        // A process is best introduced by its status file.
        m_fileView->setPath(path + QStringLiteral("/status"));
        return;
    case DirEntry::Kind::Directory:
        m_fileView->showMessage(path, note.isEmpty() ? tr("A directory. Expand it to see its entries.") : note);
        return;
    case DirEntry::Kind::Symlink: {
        if (src.data(IsContainerRole).toBool()) {
            m_fileView->showMessage(path, tr("A link to the directory %1. Expand it to see its entries.").arg(detail.mid(2)));
            return;
        }
        const QString target = detail.startsWith(QStringLiteral("→ ")) ? detail.mid(2) : QString();
        const bool inside = !target.isEmpty()
            && (!target.startsWith(QLatin1Char('/')) || target.startsWith(QLatin1String("/proc/")) || target.startsWith(QLatin1String("/sys/")));
        if (inside) {
            m_fileView->setPath(path);
        } else if (!target.isEmpty()) {
            m_fileView->showMessage(path, tr("A link to %1. Links like exe, cwd, root and fd/N show what the process uses; "
                                             "their targets are outside /proc and are not read here.").arg(target));
        } else {
            m_fileView->showMessage(path, note.isEmpty() ? tr("A link whose target cannot be read.") : note);
        }
        return;
    }
    case DirEntry::Kind::File:
        if (!note.isEmpty()) { // denied or write-only: do not even try
            m_fileView->showMessage(path, note);
            return;
        }
        m_fileView->setPath(path);
        return;
    case DirEntry::Kind::Other:
        m_fileView->showMessage(path, note);
        return;
    }
}

void ProcfsPane::selectPath(const QString &path)
{
    m_navigator->selectPath(path);
}

QStringList ProcfsPane::screenshotScenes() const
{
    return {objectName(), objectName() + QStringLiteral("-maps"), QStringLiteral("explain")};
}

void ProcfsPane::startScreenshot(int scene)
{
    m_fileView->setInterval(0);
    if (scene == 2) {
        // The Explain panel on MemTotal, the main window shows the panel.
        m_explainField = QStringLiteral("MemTotal");
        selectPath(QStringLiteral("/proc/meminfo"));
        return;
    }
    if (scene == 1) {
        // Our own memory map as highlighted text.
        m_fileView->showTextWhenLoaded();
        selectPath(QStringLiteral("/proc/self/maps"));
        return;
    }
    // Open our own process first so /proc/self is expanded in the picture,
    // then show meminfo parsed.
    m_pendingExpand = QStringLiteral("/proc/self");
    selectPath(QStringLiteral("/proc/meminfo"));
}

bool ProcfsPane::screenshotReady() const
{
    if (m_navigator->isPending() || m_model->isLoading())
        return false;
    if (!m_pendingExpand.isEmpty()) {
        const QModelIndex self = m_model->indexForPath(m_pendingExpand);
        if (!self.isValid())
            return false;
        auto *that = const_cast<ProcfsPane *>(this);
        if (!m_model->isListed(self)) {
            if (m_model->canFetchMore(self))
                that->m_model->fetchMore(self);
            return false;
        }
        m_tree->expand(m_proxy->mapFromSource(self));
        that->m_pendingExpand.clear();
        // Re-centre on the selected file now that rows moved.
        m_tree->scrollTo(m_tree->currentIndex(), QAbstractItemView::PositionAtCenter);
        return false;
    }
    if (!m_fileView->hasSnapshot() || m_fileView->path() != m_tree->currentIndex().data(PathRole).toString())
        return false;
    if (!m_explainField.isEmpty()) {
        // Select the field's row so the snippet reads that field.
        auto *that = const_cast<ProcfsPane *>(this);
        QAbstractItemModel *model = m_fileView->tableView()->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data().toString() == m_explainField)
                m_fileView->tableView()->setCurrentIndex(model->index(r, 1));
        }
        that->m_explainField.clear();
    }
    return true;
}

void ProcfsPane::themeChanged()
{
    m_fileView->themeChanged();
}

} // namespace kc
