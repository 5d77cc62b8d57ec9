// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>

namespace kc {

class FilePoller;
class ProcTreeModel;

/// The procfs channel: a lazy tree of /proc, listed off the GUI thread,
/// and the one file open in it, read (and re-read at the chosen pace) off
/// the GUI thread and parsed when its format is known.
class ProcfsController : public QObject
{
    Q_OBJECT
public:
    explicit ProcfsController(QObject *parent = nullptr);

    ProcTreeModel *tree() const { return m_tree; }
    FilePoller *file() const { return m_file; }

private:
    ProcTreeModel *m_tree;
    FilePoller *m_file;
};

} // namespace kc
