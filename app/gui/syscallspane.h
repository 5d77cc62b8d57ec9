// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "pane.h"
#include "screenshotscenes.h"
#include "syscalls/syscalltable.h"

class QBarSet;
class QBarCategoryAxis;
class QHorizontalBarSeries;
class QChartView;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTimer;
class QTreeWidget;
class QValueAxis;

namespace kc {

struct ProcessCallRate;
struct ProcessCallState;
class SyscallCostView;
class SyscallTableModel;
class SyscallsController;

/// The system calls pane: every call of this kernel with its arguments and
/// meaning, live calls per second (system-wide or for one process) counted
/// by the kernel while the pane is visible, a top-ten chart, and what a
/// chosen process is blocked in; and in a tab of its own, what a call
/// costs on this machine.
class SyscallsPane : public Pane, public ScreenshotScenes
{
    Q_OBJECT
public:
    explicit SyscallsPane(SyscallsController *syscalls, QWidget *parent = nullptr);

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
    void themeChanged() override;

    SyscallTableModel *model() const { return m_model; }
    /// Counts process `pid` only; -1 for the whole system.
    void setProcess(int pid);
    bool isCounting() const { return m_counting; }
    /// Releases the kernel's counters (and their cost) while the pane stays.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    /// The "Cost of a call" tab, shown (it measures when first shown).
    void showCost();
    SyscallCostView *costView() const { return m_cost; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void loadTable();
    void startCounting();
    void mountTracefs();
    void updateProcessState();
    void showProcessState(const ProcessCallState &state);
    void updateChart(const QHash<QString, double> &rates);
    void showBusiest(const QList<ProcessCallRate> &processes);
    /// The busiest-processes list and its title, together.
    void setBusiestShown(bool shown);
    /// The calls and their rates are in view: counting is worth its cost.
    bool callsShown() const;

    SyscallsController *m_syscalls;
    SyscallTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_mount;
    QToolButton *m_pause;
    QToolButton *m_byProcess;
    QLineEdit *m_pid;
    QLabel *m_processState;
    QLabel *m_busiestTitle;
    QTreeWidget *m_busiest;
    QChartView *m_chart;
    QBarSet *m_bars;
    QBarCategoryAxis *m_names;
    QValueAxis *m_axis;
    QTimer *m_stateTimer;
    QTabWidget *m_tabs;
    SyscallCostView *m_cost;
    int m_process = -1;
    bool m_counting = false;
    bool m_bpf = false; // counting with BPF, else perf events
    bool m_paused = false;
    bool m_screenshot = false; // choices made for a screenshot are not kept
    int m_ticks = 0;
};

} // namespace kc
