// SPDX-License-Identifier: GPL-2.0-or-later
#include "procfscontroller.h"

#include "models/proctreemodel.h"
#include "procfs/filepoller.h"

namespace kc {

ProcfsController::ProcfsController(QObject *parent)
    : QObject(parent)
    , m_tree(new ProcTreeModel(QStringLiteral("/proc"), this))
    , m_file(new FilePoller(this))
{
}

} // namespace kc
