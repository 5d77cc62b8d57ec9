// SPDX-License-Identifier: GPL-2.0-or-later
#include "sysfscontroller.h"

#include "models/proctreemodel.h"
#include "models/sysfsattributemodel.h"
#include "procfs/filepoller.h"

namespace kc {

SysfsController::SysfsController(QObject *parent)
    : QObject(parent)
    , m_attributes(new SysfsAttributeModel(this))
    , m_file(new FilePoller(this))
{
}

void SysfsController::setRoot(const QString &root)
{
    auto *old = m_tree;
    m_tree = new ProcTreeModel(root, this);
    Q_EMIT treeChanged(m_tree);
    delete old;
    m_tree->fetchMore({});
}

void SysfsController::readObject(const QString &path)
{
    m_reading.run([path] { return SysfsReader::read(path); }, [this, path](const SysfsObject &obj) {
        m_attributes->setObject(obj);
        Q_EMIT objectRead(path, obj);
    });
}

} // namespace kc
