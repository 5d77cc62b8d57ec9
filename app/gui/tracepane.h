// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "pane.h"
#include "screenshotscenes.h"

#include "trace/tracer.h"

class QAction;
class QCheckBox;
class QHBoxLayout;
class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace kc {

class SummaryLabel;
class TraceCallModel;
class TraceCallView;
class TraceController;
struct NlField;

/// The trace channel: a command run under trace, or a running process
/// attached to, call by call. The call list (filtered, followed), the
/// selected call decoded below it (arguments, result, each descriptor's
/// channel, netlink messages as field trees), a line of what was done on
/// each channel, and a strace -c style table of calls, errors and time.
class TracePane : public Pane, public ScreenshotScenes
{
    Q_OBJECT
public:
    explicit TracePane(TraceController *trace, QWidget *parent = nullptr);

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

    /// Runs `commandLine` (split as QProcess::splitCommand does) under
    /// trace in `workingDirectory` (empty: ours). False, with the reason
    /// shown and in `error`, when it cannot start.
    bool run(const QString &commandLine, const QString &workingDirectory = QString(), QString *error = nullptr);
    /// Attaches to process `pid`; false, with the kernel's reason shown
    /// and in `error`, when refused.
    bool attachTo(int pid, QString *error = nullptr);
    /// Ends the trace: detaches, or ends a command we started if the user
    /// chose so.
    void stop();

    TraceController *controller() const { return m_trace; }
    TraceCallModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTreeWidget *details() const;
    /// The selected call's netlink messages, decoded; hidden for other calls.
    QTreeWidget *messages() const;
    /// The selected call's bytes (netlink datagram, buffer or string).
    TraceCallView *callView() const { return m_callView; }
    QTreeWidget *callSummary() const { return m_calls; }
    /// The message above the list: what runs, how it ended, what was lost.
    QString message() const;
    /// The per-channel line ("procfs files: 1 opened, 2 reads …").
    QString channelSummary() const;
    /// The shown rows (or the selected ones) as `kchan trace --json` writes them.
    QByteArray jsonLines(bool selectedOnly = false) const;
    /// The shown rows (or the selected ones) as `kchan trace` prints them.
    QByteArray textLines(bool selectedOnly = false) const;
    /// The selected rows as `kchan trace` prints them.
    QString selectedText() const;

    enum class FileFormat { JsonLines, Text };
    /// Writes the shown rows to `file`; false with `error` set when it cannot.
    bool saveCalls(const QString &file, FileFormat format, QString *error = nullptr);
    /// Shows the calls of a trace saved as JSON lines (by saveCalls or
    /// `kchan trace --json`) as a finished trace named after the file;
    /// lines that are not calls are counted in the message. False, with
    /// the reason shown and in `error`, when nothing could be shown.
    bool openFile(const QString &path, QString *error = nullptr);

private:
    void showRunDialog();
    void showAttachDialog();
    void addLinks(QHBoxLayout *bar);
    void updateLinks();
    void openChannelPane();
    void showSaveDialog();
    void showOpenDialog();
    QList<int> rowsFor(bool selectedOnly) const;
    void showCall(int row);
    void updateButtons();
    void updateCounts();
    void updateSummaries();
    void traceStarted();
    void traceFinished(const TraceEnd &end);
    void setMessage(const QString &text, bool problem);
    QList<int> selectedRows() const;
    void selectTellingCall();

    TraceController *m_trace;
    TraceCallModel *m_model;
    QToolButton *m_run = nullptr;
    QToolButton *m_attach = nullptr;
    QToolButton *m_stop = nullptr;
    QToolButton *m_follow = nullptr;
    QToolButton *m_export = nullptr;
    QToolButton *m_open = nullptr;
    QAction *m_openChannel = nullptr;
    QAction *m_showCode = nullptr;
    QLabel *m_message = nullptr;
    SummaryLabel *m_counts = nullptr;
    SummaryLabel *m_channels = nullptr;
    QComboBox *m_channelFilter = nullptr;
    QLineEdit *m_pidFilter = nullptr;
    QCheckBox *m_errorsOnly = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_table = nullptr;
    TraceCallView *m_callView = nullptr;
    QTreeWidget *m_calls = nullptr;
    QLabel *m_summaryChannels = nullptr;
    QTimer *m_summaryTimer = nullptr;
    bool m_killOnStop = false;
    bool m_screenshot = false;
    QString m_screenshotCommand;
};

} // namespace kc
