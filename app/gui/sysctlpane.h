// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "crosschannel/runtimeinfo.h"
#include "pane.h"
#include "screenshotscenes.h"
#include "sysctl/sysctl.h"

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTimer;
class QToolButton;
class QTreeView;

namespace kc {

class SummaryLabel;
class SysctlFilterProxy;
class SysctlController;
class SysctlModel;

/// The sysctl pane: every key under /proc/sys as a tree or a flat list,
/// with value, unit, access and our description; keys changed since the
/// app started; snapshots and their differences; guarded editing.
class SysctlPane : public Pane, public ScreenshotScenes
{
    Q_OBJECT
public:
    SysctlPane(SysctlController *sysctl, const RuntimeInfo &runtime, QWidget *parent = nullptr);

    QString title() const override;
    QString subtitle() const override;
    QIcon icon() const override;
    ExplainTarget explainTarget() const override;
    void setFilterText(const QString &text) override;
    QString filterSummary() const override;
    QWidget *filterResults() const override;
    void refresh() override;
    QStringList screenshotScenes() const override;
    void startScreenshot(int scene) override;
    bool screenshotReady() const override;

    SysctlModel *model() const { return m_model; }
    SysctlController *controller() const { return m_sysctl; }
    /// The keys of the rows in view: what the 3 s re-read covers.
    QStringList keysInView() const;
    /// Selects `key`, opening the groups above it.
    bool selectKey(const QString &key);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showDetails();
    void editCurrent();
    void editKey(const QString &key, const std::optional<QString> &proposed);
    void openEditor(const SysctlEntry &entry, const std::optional<QString> &proposed);
    /// A full read arrived: select what was wanted or selected before.
    void loaded();
    void updateSummary();
    void saveSnapshot();
    void compareWithSnapshot(bool twoFiles);

    SysctlController *m_sysctl;
    RuntimeInfo m_runtime;
    SysctlModel *m_model;
    SysctlFilterProxy *m_proxy;
    QTreeView *m_view;
    QToolButton *m_flat;
    QCheckBox *m_changedOnly;
    SummaryLabel *m_summary = nullptr;
    QTextBrowser *m_details;
    QPushButton *m_edit;
    QTimer *m_timer;
    bool m_loaded = false;
    int m_ticks = 0;
    QString m_wantKey;
    QString m_current; // selected when the model was last reset
};

} // namespace kc
