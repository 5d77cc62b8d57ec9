// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kc {

/// One entry of a /proc or /sys directory, with everything the tree shows
/// gathered up front so that the model never does I/O.
struct DirEntry {
    enum class Kind { Directory, File, Symlink, Process, Thread, Other };

    QString name;
    QString path;
    Kind kind = Kind::Other;
    uint mode = 0;
    uint uid = 0;
    qint64 size = 0;
    QString linkTarget;  // for symlinks: where it points (exe, cwd, fd/N)
    QString note;        // why it cannot be read, or what it is, in a sentence
    bool pointsToDirectory = false;
    // Process and thread directories:
    int pid = -1;
    QString comm;
    bool kernelThread = false;

    bool isContainer() const
    {
        return kind == Kind::Directory || kind == Kind::Process || kind == Kind::Thread
            || (kind == Kind::Symlink && pointsToDirectory);
    }
};

struct DirListing {
    QString path;
    QList<DirEntry> entries;
    QString error; // a sentence when the directory itself could not be listed
};

/// Lists a directory under /proc or /sys with lstat, readlink and, for
/// process directories, the comm and kernel-thread flag. Never reads a
/// file beyond comm and stat. Safe to call from any thread.
class DirLister
{
    Q_DECLARE_TR_FUNCTIONS(DirLister)
public:
    static DirListing list(const QString &path);
    static QString kindName(DirEntry::Kind kind, bool kernelThread);
    /// "crw-rw-rw-" as ls -l writes a mode.
    static QString modeString(uint mode);
};

} // namespace kc
