// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "explain/explaincatalog.h"
#include "io/async.h"

#include <QAbstractItemModel>
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
    /// Ctrl+F text: filter what the pane shows. Each pane keeps its own.
    virtual void setFilterText(const QString &text) = 0;
    /// Whether the filter box narrows anything in this pane.
    virtual bool filters() const { return true; }
    /// What the filter shows of what there is ("12 of 340 devices
    /// shown"); empty while the pane is not filtered.
    virtual QString filterSummary() const { return {}; }
    /// The filter box's placeholder while this pane is shown: what it
    /// searches; empty for the general one.
    virtual QString filterHint() const { return {}; }
    /// Where Down or Enter in the filter box goes: the view of the
    /// results, whose first match is then selected.
    virtual QWidget *filterResults() const { return nullptr; }
    virtual void refresh() = 0;
    /// What the Explain panel (F1) shows for the current selection.
    virtual ExplainTarget explainTarget() const { return {}; }
    /// Called when the palette switches between light and dark.
    virtual void themeChanged() {}

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// What filterSummary() says may have changed: rows came or went.
    void filterSummaryChanged();
    /// The pane filters itself by `text` (a screenshot scene): the filter
    /// box shows it.
    void filterTextRequested(const QString &text);
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

protected:
    /// Tells the filter box when rows of `model` come or go, so that its
    /// "N of M shown" follows.
    void watchFiltered(QAbstractItemModel *model)
    {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, signal, this, &Pane::filterSummaryChanged);
        connect(model, &QAbstractItemModel::modelReset, this, &Pane::filterSummaryChanged);
        connect(model, &QAbstractItemModel::layoutChanged, this, &Pane::filterSummaryChanged);
    }
};

} // namespace kc
