// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>

#include <memory>

namespace kc {

class DataSource;
class FilePoller;
class ProcTreeModel;

/// The procfs channel: a lazy tree of /proc, listed off the GUI thread,
/// and the one file open in it, read (and re-read at the chosen pace) off
/// the GUI thread and parsed when its format is known.
class ProcfsController : public QObject
{
    Q_OBJECT
public:
    /// Lists and reads through `source`: this kernel, or an agent's.
    explicit ProcfsController(std::shared_ptr<DataSource> source, QObject *parent = nullptr);

    /// Reads through `source` from now on (after a reconnect): the tree is
    /// listed again and the open file re-read.
    void setSource(std::shared_ptr<DataSource> source);

    ProcTreeModel *tree() const { return m_tree; }
    FilePoller *file() const { return m_file; }

private:
    ProcTreeModel *m_tree;
    FilePoller *m_file;
};

} // namespace kc
