// SPDX-License-Identifier: GPL-2.0-or-later
#include "hostview.h"

#include "agentconnect.h"
#include "mainwindow.h"

#include "source/agentsource.h"
#include "source/flatpakhost.h"

#include <QCoreApplication>

namespace kc {

std::unique_ptr<MainWindow> HostView::open(const RuntimeInfo &sandbox)
{
    QString why;
    const QStringList command = FlatpakHost::agentCommandHere(&why);
    std::shared_ptr<AgentSource> host;
    if (!command.isEmpty())
        host = AgentConnect::run(nullptr, command, QCoreApplication::translate("main", "the host"), &why);
    if (host)
        return std::make_unique<MainWindow>(host, sandbox);
    auto window = std::make_unique<MainWindow>(sandbox);
    window->sayHostViewUnavailable(why.isEmpty() ? QCoreApplication::translate("main", "cancelled") : why);
    return window;
}

} // namespace kc
