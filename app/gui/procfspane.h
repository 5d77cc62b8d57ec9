// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "pane.h"
#include "screenshotscenes.h"

class QCheckBox;
class QSplitter;
class QTimer;
class QTreeView;

namespace kc {

class FileView;
class ProcTreeModel;
class ProcfsController;
class ProcTreeProxy;
class TreeNavigator;

/// The procfs channel: a lazy tree of /proc beside a view of the selected
/// file, parsed where we know the format.
class ProcfsPane : public Pane, public ScreenshotScenes
{
    Q_OBJECT
public:
    explicit ProcfsPane(ProcfsController *procfs, QWidget *parent = nullptr);

    QString title() const override;
    QString subtitle() const override;
    QIcon icon() const override;
    void setFilterText(const QString &text) override;
    QString filterSummary() const override;
    QString filterHint() const override;
    QWidget *filterResults() const override;
    void refresh() override;
    QStringList screenshotScenes() const override;
    void startScreenshot(int scene) override;
    bool screenshotReady() const override;
    void themeChanged() override;

    /// Selects a path, loading the directories on the way.
    void selectPath(const QString &path);
    ExplainTarget explainTarget() const override;

    ProcTreeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    FileView *fileView() const { return m_fileView; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onCurrentChanged(const QModelIndex &current);

    ProcfsController *m_procfs;
    ProcTreeModel *m_model = nullptr;
    ProcTreeProxy *m_proxy = nullptr;
    QTreeView *m_tree = nullptr;
    FileView *m_fileView = nullptr;
    QString m_explainField; // screenshot: the row to select
    QSplitter *m_splitter = nullptr;
    QCheckBox *m_kernelThreads = nullptr;
    int m_quietTicks = 0;
    QTimer *m_liveTimer = nullptr;
    TreeNavigator *m_navigator = nullptr;
    QString m_pendingExpand;
};

} // namespace kc
