// SPDX-License-Identifier: GPL-2.0-or-later
#include "fileview.h"

#include "sampling/samplesource.h"
#include "viewactions.h"

#include "changedelegate.h"
#include "csvexport.h"
#include "models/parsedtablemodel.h"
#include "models/roles.h"
#include "procfs/procformats.h"
#include "theme.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace kc {

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static KSyntaxHighlighting::Repository *repo = [] {
        auto *r = new KSyntaxHighlighting::Repository;
        r->addCustomSearchPath(QStringLiteral(":/kchan"));
        return r;
    }();
    return *repo;
}

namespace {

struct IntervalChoice {
    int msec;
    const char *label;
};

const IntervalChoice intervals[] = {
    {0, QT_TRANSLATE_NOOP("kc::FileView", "Off")},
    {500, QT_TRANSLATE_NOOP("kc::FileView", "0.5 s")},
    {1000, QT_TRANSLATE_NOOP("kc::FileView", "1 s")},
    {2000, QT_TRANSLATE_NOOP("kc::FileView", "2 s")},
    {5000, QT_TRANSLATE_NOOP("kc::FileView", "5 s")},
};

} // namespace

FileView::FileView(FilePoller *poller, QWidget *parent)
    : QWidget(parent)
    , m_poller(poller)
{
    m_title = new QLabel(this);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont tf = m_title->font();
    tf.setBold(true);
    tf.setPointSizeF(tf.pointSizeF() * 1.15);
    m_title->setFont(tf);
    m_format = new QLabel(this);
    m_format->setForegroundRole(QPalette::PlaceholderText);

    m_interval = new QComboBox(this);
    for (const IntervalChoice &c : intervals)
        m_interval->addItem(tr(c.label), c.msec);
    m_interval->setToolTip(tr("Re-read the file at this interval; changed values light up briefly"));
    auto *intervalLabel = new QLabel(tr("Auto-refresh:"), this);
    intervalLabel->setBuddy(m_interval);
    m_refresh = textButton(tr("Reload"), QStringLiteral("view-refresh"), tr("Read the file again now"), this);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    m_model = new ParsedTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(SortRole);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new ChangeDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *copy = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &FileView::copySelection);
    auto *copyAll = new QAction(tr("Copy &whole table"), m_table);
    connect(copyAll, &QAction::triggered, this, &FileView::copyTable);
    auto *exportAct = new QAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export as CSV…"), m_table);
    connect(exportAct, &QAction::triggered, this, &FileView::exportCsv);
    m_table->addActions({copy, copyAll, exportAct});
    addPinAction(m_table, [this](const QModelIndex &) { return currentSampleKey(); },
                 [this](const QString &key) { Q_EMIT pinRequested(key); });

    m_section = new QComboBox(this);
    m_section->setToolTip(tr("This file holds several tables"));
    connect(m_section, &QComboBox::currentIndexChanged, this, &FileView::showSection);

    // The pane's filter narrows this table too: say so, never a silent
    // empty table.
    m_filterNote = new QLabel(this);
    m_filterNote->setObjectName(QStringLiteral("fileFilterNote"));
    m_filterNote->setForegroundRole(QPalette::PlaceholderText);
    m_filterNote->hide();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &FileView::updateFilterNote);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &FileView::updateFilterNote);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &FileView::updateFilterNote);

    m_tablePage = new QWidget(this);
    auto *tl = new QVBoxLayout(m_tablePage);
    tl->setContentsMargins(0, 0, 0, 0);
    tl->addWidget(m_section);
    tl->addWidget(m_filterNote);
    tl->addWidget(m_table);

    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_text->document());

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_tablePage, tr("&Table"));
    m_tabs->addTab(m_text, tr("Te&xt"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addWidget(m_format, 1);
    top->addWidget(intervalLabel);
    top->addWidget(m_interval);
    top->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);

    m_fadeTimer = new QTimer(this);
    m_fadeTimer->setInterval(100);
    connect(m_fadeTimer, &QTimer::timeout, this, [this] {
        m_table->viewport()->update();
        if (m_poller->interval() == 0 && m_snapshot.when.msecsTo(QDateTime::currentDateTime()) > ChangeDelegate::FadeMs)
            m_fadeTimer->stop();
    });

    connect(m_poller, &FilePoller::loaded, this, &FileView::onLoaded);
    connect(m_refresh, &QToolButton::clicked, this, &FileView::refresh);
    connect(m_interval, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_poller->setInterval(m_interval->itemData(i).toInt());
    });
    applySyntaxTheme();
    showMessage(tr("Nothing selected"), tr("Pick a file in the tree to read it."));
}

FileView::~FileView() = default;

void FileView::showMessage(const QString &title, const QString &message)
{
    m_poller->setPath(QString());
    m_haveSnapshot = false;
    m_shownPath.clear();
    m_title->setText(title);
    m_format->clear();
    m_status->setText(message);
    m_status->show();
    m_model->clear();
    m_text->clear();
    m_section->hide();
    m_tabs->setEnabled(false);
}

void FileView::setPath(const QString &path)
{
    m_haveSnapshot = false;
    m_title->setText(path);
    const ProcFormat *format = ProcFormats::forPath(path);
    m_format->setText(format ? format->title : QString());
    m_status->setText(tr("Reading…"));
    m_status->show();
    m_tabs->setEnabled(true);
    if (auto def = syntaxRepository().definitionForName(ProcFormats::syntaxForPath(path)); def.isValid())
        m_highlighter->setDefinition(def);
    m_poller->setPath(path);
}

void FileView::refresh()
{
    m_poller->refreshNow();
}

void FileView::setInterval(int msec)
{
    for (int i = 0; i < m_interval->count(); ++i) {
        if (m_interval->itemData(i).toInt() == msec)
            m_interval->setCurrentIndex(i);
    }
}

int FileView::interval() const
{
    return m_interval->currentData().toInt();
}

bool FileView::showsTable() const
{
    return m_tabs->currentWidget() == m_tablePage && m_tabs->isTabEnabled(0);
}

void FileView::setFilterText(const QString &text)
{
    m_proxy->setFilterFixedString(text);
    updateFilterNote();
}

QString FileView::filterSummary() const
{
    if (m_proxy->filterRegularExpression().pattern().isEmpty() || !m_haveSnapshot || m_model->rowCount() == 0)
        return {};
    return tr("%L1 of %L2 rows of %3 shown").arg(m_proxy->rowCount()).arg(m_model->rowCount()).arg(m_shownPath);
}

void FileView::updateFilterNote()
{
    const QString pattern = m_proxy->filterRegularExpression().pattern();
    const bool filtered = !pattern.isEmpty() && m_model->rowCount() > 0;
    if (filtered)
        m_filterNote->setText(tr("Filtered by the filter box: %L1 of %L2 rows shown (Esc in the filter box shows all)")
                                  .arg(m_proxy->rowCount())
                                  .arg(m_model->rowCount()));
    m_filterNote->setVisible(filtered);
    Q_EMIT filterChanged();
}

void FileView::onLoaded(const FileSnapshot &snapshot)
{
    const bool samePath = m_haveSnapshot && snapshot.path == m_shownPath;
    m_snapshot = snapshot;
    m_haveSnapshot = true;
    m_shownPath = snapshot.path;
    QStringList status;

    if (!snapshot.read.ok()) {
        m_text->clear();
        m_model->clear();
        m_section->hide();
        m_tabs->setTabEnabled(0, false);
        m_tabs->setCurrentIndex(1);
        m_status->setText(snapshot.read.reason);
        m_status->show();
        Q_EMIT loaded();
        return;
    }

    // Text: keep the scroll position across refreshes.
    QByteArray bytes = snapshot.read.data;
    if (bytes.contains('\0')) {
        bytes.replace('\0', '\n');
        status.append(tr("NUL separators are shown as line breaks."));
    }
    const QString text = QString::fromUtf8(bytes);
    if (m_text->toPlainText() != text) {
        const int v = m_text->verticalScrollBar()->value();
        const int h = m_text->horizontalScrollBar()->value();
        m_text->setPlainText(text);
        if (samePath) {
            m_text->verticalScrollBar()->setValue(v);
            m_text->horizontalScrollBar()->setValue(h);
        }
    }
    if (snapshot.read.data.isEmpty())
        status.append(tr("The file is empty."));
    if (snapshot.read.truncated)
        status.append(snapshot.read.reason);

    const bool parsed = snapshot.hasFormat && snapshot.doc.ok();
    m_tabs->setTabEnabled(0, parsed);
    if (parsed) {
        const int section = samePath ? qMax(0, m_section->currentIndex()) : 0;
        QSignalBlocker block(m_section);
        m_section->clear();
        for (const ParsedTable &t : snapshot.doc.tables)
            m_section->addItem(tr("%1 (%Ln row(s))", nullptr, int(t.rows.size())).arg(t.title));
        m_section->setVisible(snapshot.doc.tables.size() > 1);
        m_section->setCurrentIndex(qMin(section, int(snapshot.doc.tables.size()) - 1));
        showSection(m_section->currentIndex());
        status.append(snapshot.doc.notes);
        if (!samePath) {
            m_tabs->setCurrentIndex(std::exchange(m_preferText, false) ? 1 : 0);
            m_table->resizeColumnsToContents();
            for (int c = 0; c < m_proxy->columnCount(); ++c)
                m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 420));
        }
        if (samePath && m_poller->interval() > 0)
            m_fadeTimer->start();
    } else {
        m_model->clear();
        m_section->hide();
        m_tabs->setCurrentIndex(1);
        if (snapshot.hasFormat)
            status.append(snapshot.doc.error);
    }
    m_status->setText(status.join(QLatin1Char(' ')));
    m_status->setVisible(!status.isEmpty());
    Q_EMIT loaded();
}

void FileView::showSection(int index)
{
    if (index < 0 || index >= m_snapshot.doc.tables.size())
        return;
    const bool reshape = m_model->table().title != m_snapshot.doc.tables[index].title;
    m_model->setTable(m_snapshot.doc.tables[index]);
    if (reshape)
        m_table->resizeColumnsToContents();
}

QString FileView::currentFieldKey() const
{
    static const QStringList keyColon = {QStringLiteral("meminfo"), QStringLiteral("pid-status"), QStringLiteral("pid-io")};
    const QModelIndex i = m_proxy->mapToSource(m_table->currentIndex());
    if (!i.isValid() || !m_snapshot.hasFormat || !keyColon.contains(m_snapshot.doc.formatId))
        return {};
    return m_model->table().rows.value(i.row()).value(0);
}

QString FileView::currentSampleKey() const
{
    const QModelIndex i = m_proxy->mapToSource(m_table->currentIndex());
    if (!i.isValid() || !m_snapshot.hasFormat)
        return {};
    return SampleSource::keyForCell(m_snapshot.doc.formatId, path(), m_model->table(), i.row(), i.column());
}

void FileView::copySelection()
{
    const QModelIndexList sel = m_table->selectionModel()->selectedIndexes();
    if (sel.isEmpty())
        return;
    QMap<int, QMap<int, QString>> cells;
    for (const QModelIndex &i : sel)
        cells[i.row()][i.column()] = i.data(RawValueRole).toString();
    QStringList lines;
    for (const auto &row : cells)
        lines.append(QStringList(row.values()).join(QLatin1Char('\t')));
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

void FileView::copyTable()
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < m_proxy->columnCount(); ++c)
        header.append(m_proxy->headerData(c, Qt::Horizontal).toString());
    lines.append(header.join(QLatin1Char('\t')));
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < m_proxy->columnCount(); ++c)
            row.append(m_proxy->index(r, c).data(RawValueRole).toString());
        lines.append(row.join(QLatin1Char('\t')));
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

void FileView::exportCsv()
{
    kc::exportCsv(this, m_proxy, m_shownPath.mid(1).replace(QLatin1Char('/'), QLatin1Char('_')) + QStringLiteral(".csv"), RawValueRole);
}

void applySyntaxTheme(KSyntaxHighlighting::SyntaxHighlighter *highlighter, QWidget *text)
{
    auto &repo = syntaxRepository();
    const auto theme = repo.defaultTheme(Theme::isDark() ? KSyntaxHighlighting::Repository::DarkTheme
                                                         : KSyntaxHighlighting::Repository::LightTheme);
    highlighter->setTheme(theme);
    QPalette p = text->palette();
    p.setColor(QPalette::Base, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    p.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    text->setPalette(p);
    highlighter->rehighlight();
}

void FileView::applySyntaxTheme()
{
    kc::applySyntaxTheme(m_highlighter, m_text);
}

void FileView::themeChanged()
{
    applySyntaxTheme();
}

} // namespace kc
