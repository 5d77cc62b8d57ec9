// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "pane.h"
#include "screenshotscenes.h"
#include "sysfs/sysfsobject.h"

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTreeView;

namespace kc {

class FileView;
class ProcTreeModel;
class SysfsController;
class ProcTreeProxy;
class SysfsAttributeModel;
class TreeNavigator;

/// The sysfs channel: devices, classes, buses and modules as lazily loaded
/// trees; a selected object shows its attributes and links as a table.
class SysfsPane : public Pane, public ScreenshotScenes
{
    Q_OBJECT
public:
    explicit SysfsPane(SysfsController *sysfs, QWidget *parent = nullptr);

    QString title() const override;
    QString subtitle() const override;
    QIcon icon() const override;
    ExplainTarget explainTarget() const override;
    void setFilterText(const QString &text) override;
    QString filterSummary() const override;
    QString filterHint() const override;
    QWidget *filterResults() const override;
    void refresh() override;
    QStringList screenshotScenes() const override { return {objectName()}; }
    void startScreenshot(int scene) override;
    bool screenshotReady() const override;
    void themeChanged() override;

    /// Shows `path` (any path under /sys), switching to the whole tree if
    /// the current view does not contain it.
    void selectPath(const QString &path);
    void setView(int view);

    ProcTreeModel *treeModel() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    SysfsAttributeModel *attributes() const { return m_attributes; }
    /// The object whose attributes are on screen.
    QString shownObject() const { return m_shown; }

private:
    void onCurrentChanged(const QModelIndex &current);
    void loadObject(const QString &path);
    void showObject(const QString &path, const SysfsObject &object);
    void setTree(ProcTreeModel *tree);

    QComboBox *m_view = nullptr;
    SysfsController *m_sysfs;
    SysfsAttributeModel *m_attributes;
    ProcTreeModel *m_model = nullptr;
    ProcTreeProxy *m_proxy = nullptr;
    QTreeView *m_tree = nullptr;
    TreeNavigator *m_navigator = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_objectTitle = nullptr;
    QLabel *m_objectSummary = nullptr;
    QSortFilterProxyModel *m_attributeProxy = nullptr;
    QTableView *m_table = nullptr;
    FileView *m_fileView = nullptr;
    QString m_shown;
    QString m_screenshotTarget;
};

} // namespace kc
