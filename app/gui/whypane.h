// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "pane.h"
#include "screenshotscenes.h"

#include "why/why.h"

class QLabel;
class QLineEdit;
class QTextBrowser;
class QPushButton;

namespace kc {

class WhyController;

/// "Why can't I reach this?": a path, a netlink protocol or a system call
/// is checked on this machine and the answer shown as a checklist with the
/// evidence for each line and what to do about a failure.
class WhyPane : public Pane, public ScreenshotScenes
{
    Q_OBJECT
public:
    explicit WhyPane(WhyController *why, QWidget *parent = nullptr);

    QString title() const override;
    QString subtitle() const override;
    QIcon icon() const override;
    void setFilterText(const QString &text) override;
    QString filterSummary() const override;
    QWidget *filterResults() const override;
    void refresh() override;
    QStringList screenshotScenes() const override;
    void startScreenshot(int scene) override;
    bool screenshotReady() const override;
    void themeChanged() override;

    /// Checks `subject` (a path, netlink:NAME or syscall:NAME) now.
    void check(const QString &subject);
    const WhyAnswer &diagnosis() const { return m_result; }
    bool isChecking() const;

private:
    void show(const WhyAnswer &d);
    void render();
    bool matches(const WhyCheck &check) const;
    QString plainText() const;

    WhyController *m_why;
    QLineEdit *m_subject;
    QLineEdit *m_pid;
    QPushButton *m_check;
    QLabel *m_verdict;
    QTextBrowser *m_checks;
    WhyAnswer m_result;
    QString m_filter;

    bool m_hasResult = false;
};

} // namespace kc
