// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "io/safereader.h"
#include "procfs/sysctlpath.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace kc {

/// One kernel tunable under /proc/sys as read now.
struct SysctlEntry {
    QString key;      // dotted, as sysctl(8) spells it: net.ipv4.conf.eth0/100.forwarding
    QByteArray value; // as the kernel wrote it, without the final newline
    ReadStatus status = ReadStatus::Ok;
    QString reason;   // why there is no value; empty when read
    uint mode = 0;    // permission bits of the file

    bool ok() const { return status == ReadStatus::Ok; }
    /// The value split on blanks, for keys that hold several numbers.
    QStringList values() const;
};

/// The outcome of a write: ok, or the kernel's errno and a sentence.
struct SysctlWriteResult {
    bool ok = false;
    int errnoValue = 0;
    QString message;
};

/// Reads, checks and writes /proc/sys. Every function is re-entrant; none
/// touches a widget. Writing is only ever done on an explicit request.
class Sysctl
{
    Q_DECLARE_TR_FUNCTIONS(Sysctl)
public:
    /// Every key below `root`, sorted by key. Keys whose read would act on
    /// the system or only log a deprecation warning are listed unread.
    static std::vector<SysctlEntry> readAll(const QString &root = SysctlPath::defaultRoot());
    /// One key, read now.
    static SysctlEntry read(const QString &key, const QString &root = SysctlPath::defaultRoot());

    /// A sentence when `value` cannot be written as text at all (newline,
    /// NUL, too long), empty when it can. The only values never written.
    static QString checkText(const QString &value);
    /// Advice when `value` looks wrong for `key`: not a number as the
    /// kernel reads one, another count of numbers than the key holds, or
    /// outside the range we describe (type and range where we know them,
    /// else the shape of `current`). Empty when it looks right. Only advice:
    /// what a key takes differs between its handler and between kernels, so
    /// the write is still offered and the kernel's answer shown.
    static QString advice(const QString &key, const QByteArray &current, const QString &value);

    /// A sentence when the kernel is sure to refuse `value` for `key` (with
    /// EINVAL), empty otherwise: for a key of whole numbers (as advice()
    /// tells them), a blank value, or a word the kernel reads that is not a
    /// number as it reads one. Only the words the key holds are read: the
    /// rest is ignored by the kernel, and so here. Never stricter than the
    /// kernel: ranges are advice, not refusals.
    static QString kernelRefusal(const QString &key, const QByteArray &current, const QString &value);

    /// Writes `value` to `key` directly. Only call after the user said so.
    static SysctlWriteResult write(const QString &key, const QString &value, const QString &root = SysctlPath::defaultRoot());
    /// The sentence for an errno a write met.
    static QString writeError(const QString &key, int err);

    /// The command a user would type: sysctl -w key='value'.
    static QString commandLine(const QString &key, const QString &value);
    /// Whether the caller may write a key with permission bits `mode`.
    static bool writableByUs(uint mode);
    /// Whether a process running as `euid` (and not in group 0) may write
    /// a key with permission bits `mode`: the files of /proc/sys belong to
    /// root. For a machine read through an agent.
    static bool writableAs(uint mode, uint euid);
    /// Whether the caller may read a key with permission bits `mode`.
    static bool readableByUs(uint mode);
};

} // namespace kc
