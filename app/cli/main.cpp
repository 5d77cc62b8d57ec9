// SPDX-License-Identifier: GPL-2.0-or-later
// kchan: the data of Kernel Channels, headless, as tables or JSON.
#include "clicommands.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kchan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KC_VERSION));
    return kc::CliCommands::run(QCoreApplication::arguments().mid(1));
}
