// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "theme.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSize>
#include <QString>

#include <functional>

namespace kc {

class MainWindow;

/// Writes DIR/<scene>.png and DIR/<scene>-dark.png for every scene of every
/// pane of a window (see ScreenshotScenes) at `size`, waiting for each to be ready,
/// then restores the window's theme and calls `done` with the number of
/// files written, or -1 and a reason. Deletes itself when done.
class Screenshotter : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(int written, const QString &error)>;
    static void run(MainWindow *window, const QString &dir, QSize size, Done done);
    static void run(MainWindow *window, const QString &dir, Done done) { run(window, dir, QSize(1280, 800), std::move(done)); }

private:
    Screenshotter(MainWindow *window, const QString &dir, QSize size, Done done);
    void next();
    void take(bool ready);

    MainWindow *m_window;
    QString m_dir;
    Done m_done;
    int m_pane = 0;
    int m_scene = 0;
    bool m_dark = false;
    int m_written = 0;
    QSize m_size;
    QElapsedTimer m_clock;
    Theme::Mode m_originalTheme = Theme::System;
};

} // namespace kc
