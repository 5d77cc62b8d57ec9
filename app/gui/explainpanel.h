// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "explain/explaincatalog.h"

#include <QDockWidget>

class QLabel;
class QPlainTextEdit;
class QTextBrowser;
class QToolButton;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace kc {

/// The Explain panel (F1): for what is selected, a card in our own words —
/// what it is, who writes it, how a program reads it, man pages — and
/// "Show me the code": a small complete C program doing what the screen
/// shows, filled with the selected item, to copy or save.
class ExplainPanel : public QDockWidget
{
    Q_OBJECT
public:
    explicit ExplainPanel(QWidget *parent = nullptr);

    void setTarget(const ExplainTarget &target);
    const ExplainTarget &target() const { return m_target; }
    /// The card's Markdown as shown, and the filled snippet (empty if none).
    QString cardText() const { return m_cardText; }
    QString code() const;
    void themeChanged();

private:
    void save();

    QTextBrowser *m_card;
    QLabel *m_codeTitle;
    QPlainTextEdit *m_code;
    QToolButton *m_copy;
    QToolButton *m_save;
    QWidget *m_codeBox;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    ExplainTarget m_target;
    QString m_cardText;
    bool m_shown = false;
};

} // namespace kc
