// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "crosschannel/runtimeinfo.h"

#include <memory>

namespace kc {

class MainWindow;

/// The window inside Flatpak when the host view is wanted: the host
/// through our own agent started there with flatpak-spawn, or, when the
/// agent cannot start, the sandbox with the reason in the status bar.
/// main() opens it; the sandbox test drives the same code inside bwrap.
class HostView
{
public:
    static std::unique_ptr<MainWindow> open(const RuntimeInfo &sandbox);
};

} // namespace kc
