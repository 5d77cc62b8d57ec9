// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "pane.h"
#include "screenshotscenes.h"

#include "crosschannel/processchannels.h"

#include <QElapsedTimer>

class QLabel;
class QLineEdit;
class QTabWidget;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace kc {

class AddressSpaceView;
class LiveText;
class ProcessController;

/// One process's channels to the kernel: its open descriptors grouped by
/// channel, namespaces, limits and the system call it is in, refreshed
/// while visible. A process that exits stays on screen, marked gone. A
/// second tab draws its address space, read when the tab is shown.
class ProcessPane : public Pane, public ScreenshotScenes
{
    Q_OBJECT
public:
    explicit ProcessPane(ProcessController *process, QWidget *parent = nullptr);

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

    /// Shows process `pid` (reads it at once).
    void setProcess(int pid);
    /// Picks a process as typing `text` in the search field and pressing
    /// Enter does: a PID, or a name looked up among the processes running
    /// now (the newest of several; the field's list offers the others).
    void pickProcess(const QString &text);
    /// The processes the last pick by name found, newest first.
    QList<int> lastMatches() const { return m_matches; }
    /// The line with command line, user, parent, memory and CPU.
    QLabel *whoLabel() const { return m_who; }
    int process() const { return m_pid; }
    const ProcessChannels &channels() const { return m_last; }
    bool isGone() const { return m_gone; }
    QTreeWidget *tree() const { return m_tree; }
    /// The calls per second counted for the process, or -1.
    double callRate() const { return m_callRate; }
    /// Reads for the tests: true once the current process has been read.
    bool hasRead() const { return m_read; }
    /// Reads of the process shown so far (each 2 s while shown, up to
    /// 8 s while its descriptors, namespaces and limits stay the same).
    int readCount() const { return m_reads; }
    /// The time to the next read, in ms.
    int readInterval() const;
    /// The "Address space" tab, shown (it reads the process's maps).
    void showAddressSpace();
    AddressSpaceView *addressSpaceView() const { return m_space; }
    /// The line with the calls per second.
    LiveText *rateText() const { return m_rate; }
    /// Reads of the address space answered so far.
    int spaceReads() const { return m_spaceReads; }

Q_SIGNALS:
    /// Per-call rates of `pid` in the System calls pane.
    void openSyscalls(int pid);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void pick();
    void choose(const QString &name);
    void showScan(const QList<ProcessInfo> &scan);
    void reload();
    void show(const ProcessChannels &pc);
    void rebuild();
    static QString whoText(const ProcessOverview &overview);
    void activate(QTreeWidgetItem *item);
    void loadProcessList();
    void countCalls();
    void updateHeader();
    bool spaceShown() const;
    void readSpace();

    ProcessController *m_process;
    QLineEdit *m_search;
    QLabel *m_header;
    QLabel *m_who;
    LiveText *m_state;
    LiveText *m_rate;
    QLabel *m_calls;
    QString m_callText;
    QLabel *m_gone_label;
    QTreeWidget *m_tree;
    QTabWidget *m_tabs;
    AddressSpaceView *m_space;
    QTimer *m_timer;
    ProcessChannels m_last;
    QString m_filter;
    QString m_pendingName; // a name typed: chosen once the processes are scanned
    QList<int> m_matches;
    QList<ProcessInfo> m_scanList;
    QElapsedTimer m_scanned; // since the process list was last scanned
    int m_pid = 0;
    bool m_gone = false;
    bool m_read = false;
    int m_reads = 0;
    int m_quietReads = 0; // reads in a row that found the same tables
    double m_callRate = -1;
    bool m_callsFailed = false; // no rates: m_callText says why
    int m_spaceReads = 0;
    int m_spacePid = 0; // the process the address space tab shows, 0 when not read
};

} // namespace kc
