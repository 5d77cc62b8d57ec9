// SPDX-License-Identifier: GPL-2.0-or-later
#include "filterbar.h"

#include "filtercount.h"
#include "pane.h"

#include <QAbstractItemView>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>

namespace kc {

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_countTimer(new QTimer(this))
{
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(280);
    m_edit->setAccessibleName(tr("Filter"));
    m_edit->installEventFilter(this);
    m_count->setObjectName(QStringLiteral("filterCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_count->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_count);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);

    // Rows arrive in bursts (netlink, the /proc tree): count once per burst.
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(0);
    connect(m_countTimer, &QTimer::timeout, this, &FilterBar::updateCount);
    connect(m_edit, &QLineEdit::textChanged, this, &FilterBar::textEdited);
}

void FilterBar::watch(Pane *pane)
{
    connect(pane, &Pane::filterTextRequested, this, [this, pane](const QString &text) {
        if (pane == m_pane) {
            m_edit->setText(text); // filters it through textEdited()
        } else {
            m_texts.insert(pane, text);
            pane->setFilterText(text);
        }
    });
}

void FilterBar::setPane(Pane *pane)
{
    if (m_pane)
        disconnect(m_pane, &Pane::filterSummaryChanged, this, nullptr);
    m_pane = pane;
    const QSignalBlocker block(m_edit);
    if (!pane) {
        m_edit->clear();
        m_edit->setEnabled(false);
        updateCount();
        return;
    }
    m_edit->setText(m_texts.value(pane));
    m_edit->setEnabled(pane->filters());
    if (!pane->filters())
        m_edit->setPlaceholderText(tr("Nothing to filter in this pane"));
    else if (const QString hint = pane->filterHint(); !hint.isEmpty())
        m_edit->setPlaceholderText(hint);
    else
        m_edit->setPlaceholderText(tr("Filter the current view (Ctrl+F)"));
    connect(pane, &Pane::filterSummaryChanged, this, [this] {
        if (!m_edit->text().isEmpty() && !m_countTimer->isActive())
            m_countTimer->start();
    });
    updateCount();
}

void FilterBar::textEdited(const QString &text)
{
    if (!m_pane)
        return;
    m_texts.insert(m_pane, text);
    m_pane->setFilterText(text);
    updateCount();
}

QString FilterBar::countText() const
{
    return m_count->isHidden() ? QString() : m_count->text();
}

void FilterBar::updateCount()
{
    const QString text = m_pane && !m_edit->text().isEmpty() ? m_pane->filterSummary() : QString();
    m_count->setText(text);
    m_count->setVisible(!text.isEmpty());
}

void FilterBar::focusFilter()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

bool FilterBar::enterResults()
{
    QWidget *results = m_pane ? m_pane->filterResults() : nullptr;
    if (!results || !results->isVisible())
        return false;
    if (auto *view = qobject_cast<QAbstractItemView *>(results)) {
        const QModelIndex first = firstShownMatch(view, m_edit->text());
        if (first.isValid()) {
            if (auto *tree = qobject_cast<QTreeView *>(view)) {
                for (QModelIndex p = first.parent(); p.isValid(); p = p.parent())
                    tree->expand(p);
            }
            view->setCurrentIndex(first);
            view->scrollTo(first);
        }
    }
    results->setFocus(Qt::TabFocusReason);
    return true;
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier)
                return enterResults();
            break;
        case Qt::Key_Escape:
            m_edit->clear();
            if (m_pane)
                m_pane->setFocus();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace kc
