// SPDX-License-Identifier: GPL-2.0-or-later
#include "screenshotter.h"

#include "explainpanel.h"
#include "mainwindow.h"
#include "pane.h"
#include "screenshotscenes.h"

#include <QDir>
#include <QTimer>

namespace kc {

namespace {

ScreenshotScenes *scenesOf(Pane *pane)
{
    return dynamic_cast<ScreenshotScenes *>(pane);
}

} // namespace

void Screenshotter::run(MainWindow *window, const QString &dir, QSize size, Done done)
{
    if (!QDir().mkpath(dir)) {
        done(-1, MainWindow::tr("Cannot create the directory %1.").arg(dir));
        return;
    }
    auto *shots = new Screenshotter(window, dir, size, std::move(done));
    QTimer::singleShot(0, shots, &Screenshotter::next);
}

Screenshotter::Screenshotter(MainWindow *window, const QString &dir, QSize size, Done done)
    : QObject(window)
    , m_window(window)
    , m_dir(dir)
    , m_done(std::move(done))
    , m_size(size)
    , m_originalTheme(Theme::current())
{
    m_window->resize(m_size);
    m_window->setTheme(Theme::Light);
}

void Screenshotter::next()
{
    const QList<Pane *> panes = m_window->panes();
    // Panes without scenes, or that cannot show this window's machine, are passed over.
    while (m_pane < panes.size() && (!scenesOf(panes[m_pane]) || !m_window->paneAvailable(m_pane)))
        ++m_pane;
    if (m_pane >= panes.size()) {
        if (!m_dark) {
            m_dark = true;
            m_pane = 0;
            m_window->setTheme(Theme::Dark);
            next();
            return;
        }
        m_window->setTheme(m_originalTheme);
        const Done done = m_done;
        const int written = m_written;
        deleteLater();
        done(written, QString());
        return;
    }
    Pane *pane = panes[m_pane];
    ScreenshotScenes *scenes = scenesOf(pane);
    m_window->setCurrentPane(m_pane);
    m_window->explainPanel()->setVisible(scenes->screenshotScenes().value(m_scene) == QLatin1String("explain"));
    scenes->startScreenshot(m_scene);
    m_clock.start();
    auto *poll = new QTimer(this);
    poll->setInterval(50);
    connect(poll, &QTimer::timeout, this, [this, poll, scenes] {
        const bool ready = scenes->screenshotReady();
        if (!ready && m_clock.elapsed() < 15000)
            return;
        poll->deleteLater();
        // One more event loop pass so that layouts settle before grabbing.
        QTimer::singleShot(100, this, [this, ready] { take(ready); });
    });
    poll->start();
}

void Screenshotter::take(bool ready)
{
    Pane *pane = m_window->panes().value(m_pane);
    ScreenshotScenes *scenes = scenesOf(pane);
    const QString name = scenes->screenshotScenes().value(m_scene) + (m_dark ? QStringLiteral("-dark.png") : QStringLiteral(".png"));
    const QString file = QDir(m_dir).filePath(name);
    if (!ready)
        qWarning("screenshot of %s taken before the pane was ready", qPrintable(pane->objectName()));
    if (m_window->explainPanel()->isVisible())
        m_window->updateExplain();
    if (m_window->grab().save(file))
        ++m_written;
    else
        qWarning("could not write %s", qPrintable(file));
    if (++m_scene >= scenes->screenshotScenes().size()) {
        m_scene = 0;
        ++m_pane;
    }
    next();
}

} // namespace kc
