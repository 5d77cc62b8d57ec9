// SPDX-License-Identifier: GPL-2.0-or-later
#include "procfscontroller.h"

#include "models/proctreemodel.h"
#include "procfs/filepoller.h"

namespace kc {

ProcfsController::ProcfsController(std::shared_ptr<DataSource> source, QObject *parent)
    : QObject(parent)
    , m_tree(new ProcTreeModel(QStringLiteral("/proc"), this))
    , m_file(new FilePoller(this))
{
    m_tree->setSource(source);
    m_file->setSource(std::move(source));
}

void ProcfsController::setSource(std::shared_ptr<DataSource> source)
{
    m_tree->setSource(source);
    m_file->setSource(std::move(source));
    m_tree->refresh();
    m_file->refreshNow();
}

} // namespace kc
