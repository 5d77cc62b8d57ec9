// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QKeySequence>
#include <QListWidget>

namespace kc {

/// The list of channels at the left of the main window. With the focus it
/// draws a frame around itself and the current channel, which the styles'
/// faint focus marks do not show; Tab goes on into the channel's pane.
class Sidebar : public QListWidget
{
    Q_OBJECT
public:
    explicit Sidebar(QWidget *parent = nullptr);

    /// The shortcut that opens the pane at `index`: Ctrl+1 … Ctrl+9, Ctrl+0,
    /// then Alt+1 …; empty past those.
    static QKeySequence shortcutFor(int index);

Q_SIGNALS:
    /// Tab was pressed: the focus should go into the current pane.
    void enterPane();

protected:
    bool focusNextPrevChild(bool next) override;
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
};

} // namespace kc
