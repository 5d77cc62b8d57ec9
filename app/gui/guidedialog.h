// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace kc {

/// Help ▸ Getting Started: a few paragraphs on what the window shows and
/// how to move around it.
class GuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GuideDialog(QWidget *parent = nullptr);
    QTextBrowser *text() const { return m_text; }

private:
    QTextBrowser *m_text;
};

} // namespace kc
