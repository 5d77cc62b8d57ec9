// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "syscalls/syscallcost.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QTextBrowser;
class QTreeWidget;

namespace kc {

class CostChart;
class SyscallsController;

/// "Cost of a call", a tab of the System calls pane: measures on this
/// machine what a function call, a vDSO call, a system call and a context
/// switch cost (through the controller, off the GUI thread, with
/// progress), draws them side by side and says what the CPU does on the
/// way into the kernel and back, and why the vDSO does not go there.
class SyscallCostView : public QWidget
{
    Q_OBJECT
public:
    explicit SyscallCostView(SyscallsController *syscalls, QWidget *parent = nullptr);

    /// Starts a measurement (again).
    void measure();
    bool isMeasuring() const { return m_measuring; }
    bool hasResult() const { return !m_result.figures.isEmpty(); }
    const SyscallCostResult &result() const { return m_result; }
    QTreeWidget *table() const { return m_table; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void start();
    void show(const SyscallCostResult &result);
    void explain();

    SyscallsController *m_syscalls;
    QPushButton *m_measure;
    QProgressBar *m_progress;
    QLabel *m_status;
    CostChart *m_chart;
    QTreeWidget *m_table;
    QTextBrowser *m_text;
    QTimer *m_wait;
    int m_waited = 0;
    SyscallCostResult m_result;
    bool m_measuring = false;
    bool m_asked = false; // measured once on first show; then when asked
};

} // namespace kc
