// SPDX-License-Identifier: GPL-2.0-or-later
#include "sidebar.h"

#include <QKeyEvent>
#include <QPainter>

namespace kc {

Sidebar::Sidebar(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("sidebar"));
    setFocusPolicy(Qt::StrongFocus);
}

QKeySequence Sidebar::shortcutFor(int index)
{
    if (index >= 0 && index < 9)
        return QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index));
    if (index == 9)
        return QKeySequence(Qt::CTRL | Qt::Key_0);
    if (index >= 10 && index < 19)
        return QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + index - 10));
    return {};
}

bool Sidebar::focusNextPrevChild(bool next)
{
    // Tab goes on into the pane beside, not to the toolbar above it.
    if (next) {
        Q_EMIT enterPane();
        return true;
    }
    return QListWidget::focusNextPrevChild(next);
}

void Sidebar::paintEvent(QPaintEvent *event)
{
    QListWidget::paintEvent(event);
    if (!hasFocus())
        return;
    QPainter painter(viewport());
    QPen pen(palette().color(QPalette::Highlight), 2);
    painter.setPen(pen);
    painter.drawRect(viewport()->rect().adjusted(1, 1, -1, -1));
    if (QListWidgetItem *item = currentItem()) {
        // The current row is already filled with the highlight: outline it
        // in the text colour so that it stands out on any theme.
        pen.setColor(palette().color(QPalette::Text));
        pen.setStyle(Qt::DashLine);
        pen.setWidth(1);
        painter.setPen(pen);
        painter.drawRect(visualItemRect(item).adjusted(1, 1, -2, -2));
    }
}

void Sidebar::focusInEvent(QFocusEvent *event)
{
    QListWidget::focusInEvent(event);
    viewport()->update();
}

void Sidebar::focusOutEvent(QFocusEvent *event)
{
    QListWidget::focusOutEvent(event);
    viewport()->update();
}

} // namespace kc
