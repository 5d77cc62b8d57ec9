// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <memory>

class QWidget;

namespace kc {

class AgentSource;

/// Starts an agent with `command` off the GUI thread while a dialog says
/// so ("Connecting to HOST…", with Cancel). Returns the source, living in
/// the GUI thread and watched for its end, or null with *error set (empty
/// when the user cancelled).
class AgentConnect
{
    Q_DECLARE_TR_FUNCTIONS(AgentConnect)
public:
    static std::shared_ptr<AgentSource> run(QWidget *parent, const QStringList &command, const QString &machine, QString *error);
};

} // namespace kc
