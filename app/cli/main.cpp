// SPDX-License-Identifier: GPL-2.0-or-later
// kchan: the data of Kernel Channels, headless, as tables or JSON.
#include "clicommands.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

int main(int argc, char **argv)
{
    // Qt's own event loop: kchan needs no GLib integration, and GLib's loop
    // costs more per wake-up under a stream of netlink messages.
    if (qEnvironmentVariableIsEmpty("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kchan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KC_VERSION));
    const int code = kc::CliCommands::run(QCoreApplication::arguments().mid(1));
    // Nothing is left to clean up that the kernel does not reclaim; skipping
    // library teardown saves about a millisecond on every scripted call.
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(code);
}
