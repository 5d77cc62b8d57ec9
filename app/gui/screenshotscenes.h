// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QStringList>

namespace kc {

/// What a pane offers to `kernel-channels --screenshot` and to the tests
/// that look at it: named states worth a picture. Apart from Pane, which
/// works without it; a Screenshotter drives it.
class ScreenshotScenes
{
public:
    virtual ~ScreenshotScenes() = default;
    /// Names of the pictures, each a state worth showing; the first is the
    /// pane's main one. A scene named "explain" is taken with the Explain
    /// panel open.
    virtual QStringList screenshotScenes() const = 0;
    /// Puts the pane into scene `scene` (async loads allowed).
    virtual void startScreenshot(int scene) = 0;
    /// True once what startScreenshot() asked for has arrived.
    virtual bool screenshotReady() const = 0;
};

} // namespace kc
