// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "explain/explaincatalog.h"
#include "io/async.h"

#include <QIcon>
#include <QWidget>

namespace kc {

/// One channel's pane in the main window.
class Pane : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual QString subtitle() const = 0;
    virtual QIcon icon() const = 0;
    /// Ctrl+F text: filter what the pane shows.
    virtual void setFilterText(const QString &text) = 0;
    virtual void refresh() = 0;
    /// What the Explain panel (F1) shows for the current selection.
    virtual ExplainTarget explainTarget() const { return {}; }
    /// Called when the palette switches between light and dark.
    virtual void themeChanged() {}

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// Asks the charts pane to pin a sample key (see SampleSource).
    void pinRequested(const QString &key);
    /// Asks the Why pane to check a path, netlink:PROTO or syscall:NAME.
    void whyRequested(const QString &subject);
    /// Asks the Process pane to show a process's channels.
    void processRequested(int pid);
    /// Asks the pane of a channel to show one of its items.
    void openProcfs(const QString &path);
    void openSysfs(const QString &path);
    void openDevice(const QString &node);
    void openNetlink(int protocol);
    /// Asks for the Explain panel (its card and "show me the code") on the
    /// pane's selection.
    void explainRequested();
};

} // namespace kc
