// SPDX-License-Identifier: GPL-2.0-or-later
#include "sysctlpane.h"

#include "sysctl/sysctlcontroller.h"
#include <QFileInfo>

#include "changedelegate.h"
#include "csvexport.h"
#include "filtercount.h"
#include "sysctleditdialog.h"
#include "sysctlfilterproxy.h"
#include "sysctlpersistence.h"
#include "sysctlvaluedelegate.h"
#include "summarylabel.h"
#include "viewactions.h"
#include "models/roles.h"
#include "models/sysctlmodel.h"
#include "sysctl/sysctldocs.h"
#include "sysctl/sysctlsnapshot.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <unistd.h>

namespace kc {

namespace {

std::optional<SysctlSnapshot> loadSnapshot(QWidget *parent, const QString &title)
{
    const QString file = QFileDialog::getOpenFileName(parent, title, QString(), SysctlPane::tr("Sysctl snapshots (*.json);;All files (*)"));
    if (file.isEmpty())
        return std::nullopt;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(parent, title, SysctlPane::tr("Cannot read %1: %2").arg(file, f.errorString()));
        return std::nullopt;
    }
    QString error;
    auto s = SysctlSnapshot::fromJson(f.readAll(), &error);
    if (!s)
        QMessageBox::warning(parent, title, SysctlPane::tr("%1: %2").arg(file, error));
    return s;
}

QString describe(const SysctlSnapshot &s)
{
    return SysctlPane::tr("%1, kernel %2, taken %3")
        .arg(s.hostname.isEmpty() ? SysctlPane::tr("unknown host") : s.hostname, s.kernel,
             QLocale().toString(s.taken.toLocalTime(), QLocale::ShortFormat));
}

void showDifferences(QWidget *parent, const SysctlSnapshot &before, const SysctlSnapshot &after, const QString &afterName)
{
    const QList<SysctlDifference> diff = diffSnapshots(before, after);
    QDialog dialog(parent);
    dialog.setWindowTitle(SysctlPane::tr("Sysctl differences"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *head = new QLabel(SysctlPane::tr("Before: %1\nAfter: %2\n%Ln key(s) differ.", nullptr, int(diff.size()))
                                .arg(describe(before), afterName), &dialog);
    head->setWordWrap(true);
    layout->addWidget(head);
    auto *table = new QTableWidget(int(diff.size()), 3, &dialog);
    table->setHorizontalHeaderLabels({SysctlPane::tr("Key"), SysctlPane::tr("Before"), SysctlPane::tr("After")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    for (int r = 0; r < diff.size(); ++r) {
        const SysctlDifference &d = diff[r];
        table->setItem(r, 0, new QTableWidgetItem(d.key));
        table->setItem(r, 1, new QTableWidgetItem(d.inBefore ? d.before : SysctlPane::tr("(absent)")));
        table->setItem(r, 2, new QTableWidgetItem(d.inAfter ? d.after : SysctlPane::tr("(absent)")));
    }
    table->resizeColumnsToContents();
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    addCopyRowAction(table);
    layout->addWidget(table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(820, 480);
    dialog.exec();
}

} // namespace

SysctlPane::SysctlPane(SysctlController *sysctl, const RuntimeInfo &runtime, QWidget *parent)
    : Pane(parent)
    , m_sysctl(sysctl)
    , m_runtime(runtime)
    , m_model(sysctl->model())
{
    setObjectName(QStringLiteral("sysctl"));
    m_proxy = new SysctlFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    watchFiltered(m_proxy);

    m_flat = textButton(tr("Flat list"), QStringLiteral("view-list-details"),
                        tr("Show every key in one sorted list instead of the tree of groups"), this);
    m_flat->setCheckable(true);
    connect(m_flat, &QToolButton::toggled, this, [this](bool flat) {
        const QString key = m_view->currentIndex().data(SysctlKeyRole).toString();
        m_model->setFlat(flat);
        m_view->setRootIsDecorated(!flat);
        if (!key.isEmpty())
            selectKey(key);
    });
    m_changedOnly = new QCheckBox(tr("Changed since start"), this);
    m_changedOnly->setToolTip(tr("Only keys whose value differs from when Kernel Channels started"));
    connect(m_changedOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setChangedOnly(on);
        if (on)
            m_view->expandAll();
    });
    m_summary = new SummaryLabel(this);

    auto *reload = textButton(tr("Reload"), QStringLiteral("view-refresh"), tr("Read every key again (F5)"), this);
    connect(reload, &QToolButton::clicked, this, &SysctlPane::refresh);
    auto *snapshots = textButton(tr("Snapshots"), QStringLiteral("document-save"),
                                 tr("Save the values now, or compare saved ones"), this);
    snapshots->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(snapshots);
    menu->addAction(tr("&Save snapshot…"), this, &SysctlPane::saveSnapshot);
    menu->addAction(tr("&Compare a snapshot with now…"), this, [this] { compareWithSnapshot(false); });
    menu->addAction(tr("Compare &two snapshots…"), this, [this] { compareWithSnapshot(true); });
    menu->addSeparator();
    menu->addAction(tr("Export the list as &CSV…"), this, [this] {
        m_flat->setChecked(true);
        exportCsv(this, m_proxy, QStringLiteral("sysctl.csv"), RawValueRole);
    });
    snapshots->setMenu(menu);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_flat);
    bar->addWidget(m_changedOnly);
    bar->addWidget(m_summary, 1);
    bar->addWidget(reload);
    bar->addWidget(snapshots);

    m_view = new QTreeView(this);
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SysctlModel::NameColumn, Qt::AscendingOrder);
    auto *delegate = new SysctlValueDelegate(m_view);
    m_view->setItemDelegate(delegate);
    connect(delegate, &SysctlValueDelegate::problemChanged, this, &Pane::statusMessage);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(SysctlModel::NameColumn, 280);
    m_view->setColumnWidth(SysctlModel::ValueColumn, 170);
    m_view->setColumnWidth(SysctlModel::UnitColumn, 60);
    m_view->setColumnWidth(SysctlModel::AccessColumn, 90);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *editAction = new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Change value…"), m_view);
    connect(editAction, &QAction::triggered, this, &SysctlPane::editCurrent);
    m_view->addAction(editAction);
    addCopyRowAction(m_view);
    addCopyPathAction(m_view);
    auto *copyCommand = new QAction(tr("Copy as sysctl -w"), m_view);
    connect(copyCommand, &QAction::triggered, this, [this] {
        const QModelIndex i = m_view->currentIndex();
        if (!i.data(SysctlKeyRole).toString().isEmpty())
            QGuiApplication::clipboard()->setText(Sysctl::commandLine(i.data(SysctlKeyRole).toString(), i.data(RawValueRole).toString()));
    });
    m_view->addAction(copyCommand);
    addPinAction(m_view, [](const QModelIndex &i) {
        bool ok = false;
        i.data(RawValueRole).toString().trimmed().section(QLatin1Char('\t'), 0, 0).section(QLatin1Char(' '), 0, 0).toDouble(&ok);
        const QString key = i.data(SysctlKeyRole).toString();
        return ok && !key.isEmpty() ? QStringLiteral("sysctl:") + key : QString();
    }, [this](const QString &key) { Q_EMIT pinRequested(key); });
    // Typing over a value (F2 or double-click on it) proposes it; the
    // dialog shows the command and writes only on confirmation.
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    // F2 edits the value from whichever cell of the row is current.
    auto *editValue = new QShortcut(QKeySequence(Qt::Key_F2), m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(editValue, &QShortcut::activated, this, [this] {
        const QModelIndex value = m_view->currentIndex().siblingAtColumn(SysctlModel::ValueColumn);
        if (!value.isValid() || value.data(SysctlKeyRole).toString().isEmpty())
            return;
        m_view->setCurrentIndex(value);
        if (value.flags() & Qt::ItemIsEditable)
            m_view->edit(value);
        else
            editCurrent(); // says why it cannot be changed
    });
    connect(m_proxy, &SysctlFilterProxy::editRequested, this,
            [this](const QString &key, const QString &value) { editKey(key, value); });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &i) {
        if (!i.data(SysctlKeyRole).toString().isEmpty() && !(i.flags() & Qt::ItemIsEditable))
            editCurrent();
    });

    m_details = new QTextBrowser(this);
    m_details->setOpenLinks(false);
    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.toString() != SysctlPersistence::copyLink())
            return;
        const QModelIndex i = m_view->currentIndex();
        const QString line = SysctlPersistence::line(i.data(SysctlKeyRole).toString(), i.data(RawValueRole).toString());
        QGuiApplication::clipboard()->setText(line);
        Q_EMIT statusMessage(tr("Copied: %1").arg(line));
    });
    connect(m_sysctl, &SysctlController::bootSettingsRead, this, &SysctlPane::showDetails);
    m_edit = new QPushButton(QIcon::fromTheme(QStringLiteral("document-edit")), tr("Change value…"), this);
    m_edit->setEnabled(false);
    connect(m_edit, &QPushButton::clicked, this, &SysctlPane::editCurrent);
    auto *right = new QWidget(this);
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(m_details, 1);
    rl->addWidget(m_edit, 0, Qt::AlignRight);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({760, 320});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &SysctlPane::showDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        showDetails();
        updateSummary();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &SysctlPane::updateSummary);

    // Values change under us (other programs, the kernel itself): re-read
    // while the pane is visible, never when nobody looks. Every 3 s the
    // rows in view; every 30 s all keys, so that a change anywhere shows
    // as "changed since start". Nothing is read before the pane is shown.
    m_timer = new QTimer(this);
    m_timer->setInterval(3000);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (++m_ticks % 10 == 0)
            m_sysctl->readAll();
        else
            m_sysctl->readKeys(keysInView());
    });
    connect(m_sysctl, &SysctlController::loaded, this, &SysctlPane::loaded);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_current = m_view->currentIndex().data(SysctlKeyRole).toString(); });
}

QStringList SysctlPane::keysInView() const
{
    QStringList keys;
    const int height = m_view->viewport()->height();
    for (QModelIndex i = m_view->indexAt(QPoint(0, 0)); i.isValid() && m_view->visualRect(i).top() < height; i = m_view->indexBelow(i)) {
        if (const QString key = i.data(SysctlKeyRole).toString(); !key.isEmpty())
            keys.append(key);
    }
    return keys;
}

QString SysctlPane::title() const
{
    return tr("sysctl");
}

QString SysctlPane::subtitle() const
{
    return tr("/proc/sys: kernel tunables, what they mean, and changing them");
}

ExplainTarget SysctlPane::explainTarget() const
{
    ExplainTarget t;
    t.topic = QStringLiteral("channel-sysctl");
    // A key is a file under /proc/sys; a group (a directory) has no key.
    const QString path = m_view->currentIndex().data(PathRole).toString();
    if (!path.isEmpty() && !m_view->currentIndex().data(SysctlKeyRole).toString().isEmpty()) {
        t.snippet = QStringLiteral("read-file");
        t.params = {{QStringLiteral("PATH"), path}};
    }
    return t;
}

QIcon SysctlPane::icon() const
{
    return QIcon::fromTheme(QStringLiteral("preferences-system"), style()->standardIcon(QStyle::SP_FileDialogDetailedView));
}

void SysctlPane::setFilterText(const QString &text)
{
    m_proxy->setText(text);
    if (!text.isEmpty() && !m_model->isFlat())
        m_view->expandAll();
}

QString SysctlPane::filterSummary() const
{
    // Keys, not the groups above them.
    const auto isKey = [](const QModelIndex &i) { return !i.data(SysctlKeyRole).toString().isEmpty(); };
    return tr("%L1 of %L2 keys shown").arg(countRows(m_proxy, isKey)).arg(countRows(m_model, isKey));
}

QWidget *SysctlPane::filterResults() const
{
    return m_view;
}

void SysctlPane::refresh()
{
    m_sysctl->readAll();
}

void SysctlPane::loaded()
{
        const QString current = m_current;
        if (!m_loaded) {
            m_loaded = true;
            if (m_wantKey.isEmpty())
                selectKey(QStringLiteral("net.ipv4.ip_forward"));
        }
        if (!m_wantKey.isEmpty()) {
            selectKey(m_wantKey);
            m_wantKey.clear();
        } else if (!current.isEmpty() && !m_view->currentIndex().isValid()) {
            selectKey(current);
        }
        updateSummary();
}

bool SysctlPane::selectKey(const QString &key)
{
    const QModelIndex source = m_model->indexOfKey(key);
    if (!source.isValid()) {
        m_wantKey = key;
        return false;
    }
    const QModelIndex i = m_proxy->mapFromSource(source);
    if (!i.isValid())
        return false;
    for (QModelIndex p = i.parent(); p.isValid(); p = p.parent())
        m_view->expand(p);
    m_view->setCurrentIndex(i);
    m_view->scrollTo(i, QAbstractItemView::PositionAtCenter);
    return true;
}

void SysctlPane::showEvent(QShowEvent *event)
{
    Pane::showEvent(event);
    if (!m_sysctl->hasLoaded())
        m_sysctl->readAll();
    if (!m_sysctl->hasBootSettings())
        m_sysctl->readBootSettings();
    m_timer->start();
}

void SysctlPane::hideEvent(QHideEvent *event)
{
    Pane::hideEvent(event);
    m_timer->stop();
}

void SysctlPane::updateSummary()
{
    const auto &entries = m_model->entries();
    int unreadable = 0, described = 0;
    for (const SysctlEntry &e : entries) {
        unreadable += !e.ok();
        described += sysctldocs::find(e.key) != nullptr;
    }
    m_summary->setSummary(tr("%Ln key(s)", nullptr, int(entries.size())) + QStringLiteral(" · ")
                       + tr("%Ln described", nullptr, described) + QStringLiteral(" · ")
                       + tr("%Ln not readable", nullptr, unreadable) + QStringLiteral(" · ")
                       + tr("%Ln changed since start", nullptr, m_model->changedSinceStart()));
}

void SysctlPane::showDetails()
{
    const QModelIndex i = m_view->currentIndex();
    const QString key = i.data(SysctlKeyRole).toString();
    m_edit->setEnabled(!key.isEmpty());
    if (key.isEmpty()) {
        m_details->setHtml(i.isValid() ? tr("<p>A group of keys. Select a key to see its value and meaning.</p>")
                                       : tr("<p>Select a key.</p>"));
        return;
    }
    const SysctlEntry *entry = m_model->entry(key);
    if (!entry)
        return;
    const SysctlDoc *doc = sysctldocs::find(key);
    QString html = QStringLiteral("<h3>%1</h3><p><tt>%2</tt></p>").arg(key.toHtmlEscaped(), i.data(PathRole).toString().toHtmlEscaped());
    if (entry->ok()) {
        QString unit = doc && doc->unit != SysctlUnit::None ? QLatin1Char(' ') + sysctldocs::unitName(doc->unit).toHtmlEscaped() : QString();
        // 7200 s reads as 2 h, 100402 KiB as 98.0 MiB.
        if (const QString plain = doc ? sysctldocs::readable(doc->unit, entry->value, ::sysconf(_SC_PAGESIZE)) : QString(); !plain.isEmpty())
            unit += tr(" (%1)").arg(plain.toHtmlEscaped());
        html += tr("<p><b>Value:</b> <tt>%1</tt>%2</p>")
                    .arg(QString::fromUtf8(entry->value).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")), unit);
    } else {
        html += tr("<p><b>Not read:</b> %1</p>").arg(entry->reason.toHtmlEscaped());
    }
    if (const QStringList values = entry->values(); entry->ok() && values.size() > 1) {
        QStringList items;
        for (int n = 0; n < values.size(); ++n)
            items.append(QStringLiteral("<li><tt>%1</tt></li>").arg(values[n].toHtmlEscaped()));
        html += tr("<p>%Ln value(s):</p>", nullptr, int(values.size())) + QStringLiteral("<ol>") + items.join(QString()) + QStringLiteral("</ol>");
    }
    if (i.data(ChangedSinceStartRole).toBool())
        html += tr("<p><b>Changed</b> since Kernel Channels started.</p>");
    html += SysctlPersistence::html(key, QString::fromUtf8(entry->value), i.data(StartValueRole).toString(),
                                    m_sysctl->bootSetting(key), m_sysctl->hasBootSettings(), (entry->mode & 0222) && entry->ok());
    html += doc ? QStringLiteral("<p>%1</p>").arg(doc->description().toHtmlEscaped())
                : tr("<p><i>We have no description of this key yet.</i></p>");
    if (doc && (doc->kind == SysctlKind::Int || doc->kind == SysctlKind::Ints))
        html += tr("<p><b>Expected values:</b> %1 to %2</p>").arg(doc->min).arg(doc->max);
    else if (doc && doc->kind == SysctlKind::Bool)
        html += tr("<p><b>Expected values:</b> 0 or 1</p>");
    const QString access = m_sysctl->model()->writable(entry->mode) ? tr("we may write it")
        : (entry->mode & 0200) ? tr("only root may write it") : tr("nobody may write it");
    html += tr("<p><b>Access:</b> mode %1, %2.</p>").arg(QString::number(entry->mode, 8), access);
    if (entry->ok())
        html += tr("<p>The same from a shell:<br><tt>sysctl %1</tt><br><tt>cat %2</tt></p>")
                    .arg(key.toHtmlEscaped(), i.data(PathRole).toString().toHtmlEscaped());
    m_details->setHtml(html);
}

void SysctlPane::editCurrent()
{
    editKey(m_view->currentIndex().data(SysctlKeyRole).toString(), std::nullopt);
}

void SysctlPane::editKey(const QString &key, const std::optional<QString> &proposed)
{
    if (key.isEmpty())
        return;
    // Edit what the kernel holds now, not what we read seconds ago.
    m_sysctl->fetch(key, this, [this, proposed](const SysctlEntry &entry) { openEditor(entry, proposed); });
}

void SysctlPane::openEditor(const SysctlEntry &entry, const std::optional<QString> &proposed)
{
    const QString key = entry.key;
    if (const QString refusal = m_sysctl->writeRefusal(); !refusal.isEmpty()) {
        QMessageBox::information(this, tr("Change %1").arg(key), refusal);
        return;
    }
    if (!(entry.mode & 0222)) {
        QMessageBox::information(this, tr("Change %1").arg(key), tr("%1 is read-only: the kernel takes no value here.").arg(key));
        return;
    }
    auto *dialog = new SysctlEditDialog(m_sysctl, m_runtime, entry, this);
    if (proposed)
        dialog->setProposedValue(*proposed);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SysctlEditDialog::written, this, [this](const QString &k) {
        m_sysctl->fetch(k, this, [this, k](const SysctlEntry &now) { Q_EMIT statusMessage(tr("%1 is now %2").arg(k, QString::fromUtf8(now.value))); });
    });
    dialog->open();
}

void SysctlPane::saveSnapshot()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Save sysctl snapshot"),
                                                      QStringLiteral("sysctl-%1.json").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))),
                                                      tr("Sysctl snapshots (*.json)"));
    if (file.isEmpty())
        return;
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(SysctlSnapshot::fromEntries(m_model->entries()).toJson()) < 0 || !f.commit()) {
        QMessageBox::warning(this, tr("Save sysctl snapshot"), tr("Cannot write %1: %2").arg(file, f.errorString()));
        return;
    }
    Q_EMIT statusMessage(tr("Saved %Ln key(s) to %1", nullptr, int(m_model->entries().size())).arg(file));
}

void SysctlPane::compareWithSnapshot(bool twoFiles)
{
    const auto before = loadSnapshot(this, twoFiles ? tr("The older snapshot") : tr("Compare a snapshot with now"));
    if (!before)
        return;
    if (!twoFiles) {
        showDifferences(this, *before, SysctlSnapshot::fromEntries(m_model->entries()), tr("the values now"));
        return;
    }
    const auto after = loadSnapshot(this, tr("The newer snapshot"));
    if (after)
        showDifferences(this, *before, *after, describe(*after));
}

QStringList SysctlPane::screenshotScenes() const
{
    return {QStringLiteral("sysctl"), QStringLiteral("sysctl-search")};
}

void SysctlPane::startScreenshot(int scene)
{
    if (scene == 1) {
        m_flat->setChecked(true);
        Q_EMIT filterTextRequested(QStringLiteral("tcp_keepalive"));
        selectKey(QStringLiteral("net.ipv4.tcp_keepalive_time"));
        return;
    }
    selectKey(QStringLiteral("vm.swappiness"));
}

bool SysctlPane::screenshotReady() const
{
    return m_loaded && !m_sysctl->isReading() && m_view->currentIndex().isValid();
}

} // namespace kc
