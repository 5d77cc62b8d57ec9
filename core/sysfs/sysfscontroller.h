// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "io/async.h"
#include "sysfs/sysfsobject.h"

#include <QObject>

#include <memory>

namespace kc {

class DataSource;
class FilePoller;
class ProcTreeModel;
class SysfsAttributeModel;

/// The sysfs channel: a lazy tree of one part of /sys (devices, classes,
/// buses, modules ...) and the attributes and links of the object picked
/// in it, read off the GUI thread. Panes ask it; they read nothing.
class SysfsController : public QObject
{
    Q_OBJECT
public:
    /// Lists and reads through `source`: this kernel, or an agent's.
    explicit SysfsController(std::shared_ptr<DataSource> source, QObject *parent = nullptr);
    /// Reads through `source` from now on (after a reconnect): the tree is
    /// made anew and the open object and file read again.
    void setSource(std::shared_ptr<DataSource> source);

    /// The tree of `root` (e.g. /sys/class), made anew; the old one is
    /// deleted once treeChanged() has been handled.
    void setRoot(const QString &root);
    ProcTreeModel *tree() const { return m_tree; }
    SysfsAttributeModel *attributes() const { return m_attributes; }
    /// The one attribute file open in full, read off the GUI thread.
    FilePoller *file() const { return m_file; }
    /// Reads the object at `path`; objectRead() follows unless another
    /// readObject() came first.
    void readObject(const QString &path);

Q_SIGNALS:
    void treeChanged(kc::ProcTreeModel *tree);
    /// The attributes model holds it (or its error).
    void objectRead(const QString &path, const kc::SysfsObject &object);

private:
    std::shared_ptr<DataSource> m_source;
    ProcTreeModel *m_tree = nullptr;
    QString m_objectPath;
    SysfsAttributeModel *m_attributes;
    FilePoller *m_file;
    Async<SysfsObject> m_reading{this};
};

} // namespace kc
