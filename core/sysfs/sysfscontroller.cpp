// SPDX-License-Identifier: GPL-2.0-or-later
#include "sysfscontroller.h"

#include "models/proctreemodel.h"
#include "models/sysfsattributemodel.h"
#include "procfs/filepoller.h"
#include "source/datasource.h"

namespace kc {

SysfsController::SysfsController(std::shared_ptr<DataSource> source, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_attributes(new SysfsAttributeModel(this))
    , m_file(new FilePoller(this))
{
    m_file->setSource(m_source);
}

void SysfsController::setSource(std::shared_ptr<DataSource> source)
{
    m_source = std::move(source);
    m_file->setSource(m_source);
    if (m_tree)
        setRoot(m_tree->rootPath());
    if (!m_objectPath.isEmpty())
        readObject(m_objectPath);
    m_file->refreshNow();
}

void SysfsController::setRoot(const QString &root)
{
    auto *old = m_tree;
    m_tree = new ProcTreeModel(root, this);
    m_tree->setSource(m_source);
    Q_EMIT treeChanged(m_tree);
    delete old;
    m_tree->fetchMore({});
}

void SysfsController::readObject(const QString &path)
{
    m_objectPath = path;
    m_reading.run([path, source = m_source] { return source->sysfsObject(path); }, [this, path](const SysfsObject &obj) {
        m_attributes->setObject(obj);
        Q_EMIT objectRead(path, obj);
    });
}

} // namespace kc
