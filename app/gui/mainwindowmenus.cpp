// SPDX-License-Identifier: GPL-2.0-or-later
// The main window's menus, the About box and the short guide.
#include "mainwindow.h"

#include "source/agentsource.h"

#include "explainpanel.h"
#include "guidedialog.h"
#include "pane.h"
#include "sidebar.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>

namespace kc {

QString MainWindow::paneToolTip(int index) const
{
    const Pane *p = m_panes.value(index);
    if (!p)
        return {};
    const QKeySequence key = Sidebar::shortcutFor(index);
    if (key.isEmpty())
        return p->subtitle();
    return tr("%1 (%2)").arg(p->subtitle(), key.toString(QKeySequence::NativeText));
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *connectAction = file->addAction(QIcon::fromTheme(QStringLiteral("network-connect")), tr("&Connect to…"));
    connectAction->setToolTip(tr("Show another machine's kernel in a new window, through ssh and kchan agent"));
    connect(connectAction, &QAction::triggered, this, &MainWindow::connectTo);
    if (m_runtime.flatpak) {
        m_hostAsRoot = file->addAction(QIcon::fromTheme(QStringLiteral("dialog-password")), tr("Use &Root on the Host…"));
        m_hostAsRoot->setObjectName(QStringLiteral("hostAsRoot"));
        m_hostAsRoot->setToolTip(tr("Start kchan's agent on the host again as root, through pkexec: to count system calls, "
                                    "write tunables and read every process's descriptors there"));
        m_hostAsRoot->setEnabled(m_shows == Shows::SandboxHost && m_agent && !m_agent->info().runtime.root);
        connect(m_hostAsRoot, &QAction::triggered, this, &MainWindow::hostAsRoot);
    }
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_panes.size(); ++i) {
        QAction *a = view->addAction(m_panes[i]->icon(), m_panes[i]->title());
        a->setObjectName(QStringLiteral("show-") + m_panes[i]->objectName());
        a->setShortcut(Sidebar::shortcutFor(i));
        connect(a, &QAction::triggered, this, [this, i] { setCurrentPane(i); });
    }
    view->addSeparator();
    if (m_runtime.flatpak) {
        QAction *host = view->addAction(tr("Show the &Host"));
        host->setCheckable(true);
        host->setChecked(hostViewWanted());
        host->setToolTip(tr("Start kchan's agent on the host through flatpak-spawn, so that the /proc and /sys panes show "
                            "the host instead of the sandbox"));
        connect(host, &QAction::toggled, this, [this](bool on) {
            QSettings().setValue(QStringLiteral("flatpak/hostView"), on);
            QMessageBox::information(this, tr("Show the Host"), tr("Kernel Channels will show %1 from its next start.")
                                                                     .arg(on ? tr("the host") : tr("the sandbox")));
        });
    }
    QMenu *theme = view->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    const Theme::Mode current = Theme::current();
    for (Theme::Mode mode : {Theme::System, Theme::Light, Theme::Dark}) {
        QAction *a = theme->addAction(Theme::displayName(mode));
        a->setCheckable(true);
        a->setChecked(mode == current);
        a->setData(int(mode));
        m_themeGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, mode] {
            setTheme(mode);
            QSettings().setValue(QStringLiteral("ui/theme"), Theme::toString(mode));
        });
    }

    // Language: the system's, or one chosen here; tr() texts are made when
    // the panes are built, so the choice applies at the next start.
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    const QList<QPair<QString, QString>> choices = {{QString(), tr("The system's language")},
                                                    {QStringLiteral("en"), QStringLiteral("English")},
                                                    {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
    for (const auto &[code, label] : choices) {
        QAction *a = language->addAction(label);
        a->setCheckable(true);
        a->setChecked(code == chosen);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] {
            QSettings().setValue(QStringLiteral("ui/language"), code);
            QMessageBox::information(this, tr("Language"), tr("Kernel Channels will use this language from its next start."));
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *explain = m_explain->toggleViewAction();
    explain->setText(tr("&Explain"));
    explain->setShortcut(QKeySequence::HelpContents);
    explain->setToolTip(tr("What the selection is, who writes it, how a program reads it, and the code (F1)"));
    help->addAction(explain);
    QAction *guide = help->addAction(tr("&Getting Started"));
    guide->setObjectName(QStringLiteral("gettingStarted"));
    connect(guide, &QAction::triggered, this, [this] {
        auto *dialog = new GuideDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Kernel Channels"));
    connect(about, &QAction::triggered, this, &MainWindow::about);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Kernel Channels"),
                       tr("<h3>Kernel Channels %1</h3>"
                          "<p>See every channel between the Linux kernel and user space: procfs, sysfs, device nodes, "
                          "netlink and system calls.</p>"
                          "<p>Licensed under the GNU GPL, version 2 or later.</p>")
                           .arg(QStringLiteral(KC_VERSION)));
}

} // namespace kc
