// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

namespace kc {

/// One line of plain text that changes often (a rate each second). A new
/// text that fits where the old one is drawn repaints this widget alone:
/// a QLabel asks its window to lay itself out again on every setText(),
/// and with word-wrapped labels in every pane that costs more than
/// everything else an idle pane does. Cut short with "…" when the room is
/// too small, the whole line in its tooltip.
class LiveText : public QWidget
{
    Q_OBJECT
public:
    explicit LiveText(QWidget *parent = nullptr);
    void setText(const QString &text);
    QString text() const { return m_text; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    /// Layouts asked for so far (the text no longer fitted), for tests.
    int relayouts() const { return m_relayouts; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    int m_relayouts = 0;
};

} // namespace kc
