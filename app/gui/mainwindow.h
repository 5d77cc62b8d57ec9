// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "crosschannel/runtimeinfo.h"
#include "theme.h"

#include <QList>
#include <QMainWindow>

#include <functional>
#include <memory>

class QActionGroup;
class QAction;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTimer;

namespace kc {

class Pane;
class AgentSource;
class ChartsPane;
class DataSource;
class DevicesController;
class NetlinkController;
class SampleHub;
class SysctlController;
class WhyController;
class ChannelMapController;
class ProcfsController;
class ProcessController;
class SysfsController;
class SyscallsController;
class ExplainPanel;
class FilterBar;
class Sidebar;

/// The main window: a sidebar of channels, the current channel's pane, a
/// filter box (Ctrl+F) and a status bar that says what we can see.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// `runtime` is what this process may see; main() detects it on a
    /// worker thread while the application starts.
    explicit MainWindow(const RuntimeInfo &runtime, QWidget *parent = nullptr);
    /// A window on another machine, read through `agent`: the panes the
    /// agent serves show that machine, the others are turned off and say
    /// why; a lost connection shows a bar with Reconnect.
    explicit MainWindow(std::shared_ptr<AgentSource> agent, QWidget *parent = nullptr);
    /// Inside Flatpak, the host through the agent it runs there: the panes
    /// the agent serves show the host, the others the sandbox, as
    /// `sandbox` describes it, with their notices.
    MainWindow(std::shared_ptr<AgentSource> hostAgent, const RuntimeInfo &sandbox, QWidget *parent = nullptr);
    ~MainWindow() override;

    QList<Pane *> panes() const { return m_panes; }
    Pane *currentPane() const;
    void setCurrentPane(int index);
    /// Panes by name (map, procfs, ...), in sidebar order.
    QStringList paneNames() const;
    /// The index of the pane called `name`, or numbered so from 1; -1 if none.
    int paneNamed(const QString &name) const;
    void setTheme(Theme::Mode mode);
    ExplainPanel *explainPanel() const { return m_explain; }
    FilterBar *filterBar() const { return m_filterBar; }
    Sidebar *sidebar() const { return m_sidebar; }
    /// The machine this window shows: this one, or an agent's.
    std::shared_ptr<DataSource> source() const { return m_source; }
    /// Whether the pane at `index` can show this window's machine.
    bool paneAvailable(int index) const;
    /// Inside Flatpak, when the agent could not start on the host: says
    /// why beside the sandbox notice.
    void sayHostViewUnavailable(const QString &why);
    /// The setting that turns the Flatpak host view on (the default) or off.
    static bool hostViewWanted();
    /// Shows what the current pane's selection needs in the Explain panel.
    void updateExplain();

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /// What the window shows: this machine, another one, or the host of
    /// the Flatpak sandbox we run in.
    enum class Shows { ThisMachine, OtherMachine, SandboxHost };
    MainWindow(const RuntimeInfo &runtime, std::shared_ptr<DataSource> source, Shows shows, QWidget *parent);
    void addPane(Pane *pane);
    /// The names of the panes an agent serves, for a sentence.
    QString servedPaneTitles() const;
    /// Turns off the panes an agent does not serve yet and names the machine.
    void showRemoteMachine();
    void watchAgent();
    void connectionLost(const QString &reason);
    void reconnect();
    /// Starts the host's agent again as root, through pkexec (Flatpak host view).
    void hostAsRoot();
    /// Every controller reads through `agent` from now on.
    void useAgent(const std::shared_ptr<AgentSource> &agent);
    void connectTo();
    void buildMenus();
    /// Tab from the sidebar: the focus goes into the current pane.
    void focusIntoPane();
    /// A pane's sidebar tooltip: what it shows and its shortcut.
    QString paneToolTip(int index) const;
    void about();
    /// Floats the Explain panel when docking it would widen the window
    /// past the screen.
    void fitExplain();

    RuntimeInfo m_runtime;
    std::shared_ptr<DataSource> m_source;
    Shows m_shows = Shows::ThisMachine;
    std::shared_ptr<AgentSource> m_agent; // when the window shows another machine
    QAction *m_hostAsRoot = nullptr; // File ▸ Use Root on the Host, in the Flatpak host view
    QWidget *m_connectionBar = nullptr;
    QLabel *m_connectionText = nullptr;
    Sidebar *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    FilterBar *m_filterBar = nullptr;
    QLabel *m_privilege = nullptr;
    QLabel *m_sandbox = nullptr;
    DevicesController *m_devices = nullptr;
    NetlinkController *m_netlink = nullptr;
    SysctlController *m_sysctl = nullptr;
    WhyController *m_why = nullptr;
    ChannelMapController *m_mapFigures = nullptr;
    ProcfsController *m_procfs = nullptr;
    ProcessController *m_process = nullptr;
    SysfsController *m_sysfs = nullptr;
    SyscallsController *m_syscalls = nullptr;
    SampleHub *m_hub = nullptr; // the one sampler: charts and the map
    QLabel *m_counting = nullptr; // shown while every system call is counted
    QActionGroup *m_themeGroup = nullptr;
    QList<Pane *> m_panes;
    ChartsPane *m_charts = nullptr;
    ExplainPanel *m_explain = nullptr;
    QTimer *m_explainTimer = nullptr;
    int m_widthWithoutExplain = 0; // what the window had before a docked Explain panel widened it

};

} // namespace kc
