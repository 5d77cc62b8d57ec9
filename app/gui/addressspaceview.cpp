// SPDX-License-Identifier: GPL-2.0-or-later
#include "addressspaceview.h"

#include "addressspacedrawing.h"
#include "viewactions.h"

#include "format/formatter.h"
#include "models/addressspacemodel.h"
#include "models/roles.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTime>
#include <QVBoxLayout>

namespace kc {

AddressSpaceView::AddressSpaceView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_drawing(new AddressSpaceDrawing(this))
    , m_scroll(new QScrollArea(this))
    , m_filter(new QLineEdit(this))
    , m_model(new AddressSpaceModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("addressSpace"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_message->setAutoFillBackground(true);
    m_message->setBackgroundRole(QPalette::ToolTipBase);
    m_message->setForegroundRole(QPalette::ToolTipText);
    m_message->setContentsMargins(8, 4, 8, 4);
    m_message->hide();

    m_scroll->setWidget(m_drawing);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setMinimumWidth(280);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setPlaceholderText(tr("Filter regions: a kind, a file, permissions, an address"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AddressSpaceModel::StartColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int hexWidth = m_table->fontMetrics().horizontalAdvance(QStringLiteral("0x0000000000000000")) + 16;
    m_table->setColumnWidth(AddressSpaceModel::StartColumn, hexWidth);
    m_table->setColumnWidth(AddressSpaceModel::EndColumn, hexWidth);
    m_table->setColumnWidth(AddressSpaceModel::SizeColumn, 80);
    m_table->setColumnWidth(AddressSpaceModel::PermsColumn, 50);
    m_table->setColumnWidth(AddressSpaceModel::KindColumn, 130);
    for (int c : {AddressSpaceModel::RssColumn, AddressSpaceModel::PssColumn, AddressSpaceModel::SwapColumn, AddressSpaceModel::AnonymousColumn})
        m_table->setColumnWidth(c, 75);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    addCopyRowAction(m_table);
    addCopyPathAction(m_table);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const QModelIndex source = m_proxy->mapToSource(current);
        if (!source.isValid())
            return;
        m_drawing->setSelectedRegion(source.row());
        const QRect r = m_drawing->regionRect(source.row());
        if (r.isValid())
            m_scroll->ensureVisible(r.center().x(), r.center().y(), 0, r.height() / 2 + 40);
    });
    connect(m_drawing, &AddressSpaceDrawing::regionClicked, this, &AddressSpaceView::selectRegion);

    auto *right = new QWidget(this);
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(m_filter);
    rl->addWidget(m_table, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_scroll);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({380, 520});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);
}

const AddressSpace &AddressSpaceView::addressSpace() const
{
    return m_model->addressSpace();
}

QString AddressSpaceView::summary() const
{
    return m_summary->text();
}

QString AddressSpaceView::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void AddressSpaceView::clear(const QString &message)
{
    m_model->setAddressSpace({});
    m_drawing->setAddressSpace({});
    m_message->hide();
    m_summary->setText(message);
}

int AddressSpaceView::shownRegions() const
{
    return m_proxy->rowCount();
}

void AddressSpaceView::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void AddressSpaceView::selectRegion(int index)
{
    const QModelIndex proxied = m_proxy->mapFromSource(m_model->index(index, 0));
    if (!proxied.isValid())
        m_filter->clear(); // the region was filtered out: show it
    m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(index, 0)));
    m_table->scrollTo(m_table->currentIndex());
}

void AddressSpaceView::setAddressSpace(const AddressSpace &space)
{
    if (!space.error.isEmpty()) {
        // What was shown of the same process stays, marked as old.
        const bool same = m_model->addressSpace().pid == space.pid && !m_model->addressSpace().regions.isEmpty();
        m_message->setText(same ? tr("%1 Below is what it held when last read.").arg(space.error) : space.error);
        m_message->show();
        if (!same) {
            m_model->setAddressSpace({});
            m_drawing->setAddressSpace({});
            m_summary->clear();
        }
        return;
    }
    m_message->hide();
    // Keep the selected region (by its start) and the scroll position across reads.
    quint64 selected = 0;
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (current.isValid())
        selected = m_model->addressSpace().regions.value(current.row()).start;
    const int scroll = m_scroll->verticalScrollBar()->value();
    const bool sameProcess = m_model->addressSpace().pid == space.pid;
    m_model->setAddressSpace(space);
    m_drawing->setAddressSpace(space);
    if (sameProcess) {
        m_scroll->verticalScrollBar()->setValue(scroll);
        if (const int row = m_model->rowAt(selected); selected != 0 && row >= 0)
            m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    }

    auto kb = [](quint64 v) { return Formatter::bytes(double(v) * 1024); };
    QString text = tr("<b>%Ln region(s)</b> · RSS %1 · PSS %2 · Swap %3 · Anonymous %4", nullptr, int(space.regions.size()))
                       .arg(kb(space.totals.rssKb), kb(space.totals.pssKb), kb(space.totals.swapKb), kb(space.totals.anonymousKb));
    if (space.haveRollup) {
        if (space.totalsMatchRollup())
            text += QStringLiteral(" — ") + tr("the same as smaps_rollup (its PSS: %1, unrounded)").arg(kb(space.rollup.pssKb));
        else
            text += QStringLiteral(" — ") + tr("smaps_rollup, read just after, says RSS %1, PSS %2: the process changed between the two reads")
                                                .arg(kb(space.rollup.rssKb), kb(space.rollup.pssKb));
    } else if (!space.rollupNote.isEmpty()) {
        text += QStringLiteral(" — ") + space.rollupNote.toHtmlEscaped();
    }
    text += QStringLiteral("<br>") + space.split.decidedBy.toHtmlEscaped();
    text += QStringLiteral("<br>") + tr("Read at %1; F5 reads again. Hover over a region for its maps line.")
                                         .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")));
    m_summary->setText(text);
}

} // namespace kc
