// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace kc {

/// Why a read of a kernel file did or did not give data.
enum class ReadStatus {
    Ok,
    Denied,            // on our deny list: blocking, destructive or huge
    DeviceNode,        // a character or block device: never read
    NotRegular,        // FIFO, socket or directory
    PermissionDenied,
    ProcessGone,       // /proc/PID vanished before or during the read
    NotFound,
    WouldBlock,
    Unavailable,       // exists, but the kernel has nothing to give (e.g. EINVAL, no mm)
    IoError,
};

/// The outcome of one read: the bytes, whether the cap cut them, and when
/// nothing could be read, a sentence a user understands.
struct ReadResult {
    ReadStatus status = ReadStatus::IoError;
    QByteArray data;
    bool truncated = false;
    int errnoValue = 0;
    QString reason;

    bool ok() const { return status == ReadStatus::Ok; }
};

/// Reads files under /proc and /sys without ever blocking, writing or
/// touching a device: non-blocking open, a byte cap, and a deny list of
/// files whose read would hang, page in the whole of memory, or have an
/// effect on the system. Thread-safe; every function is re-entrant.
class SafeReader
{
    Q_DECLARE_TR_FUNCTIONS(SafeReader)
public:
    static constexpr qint64 DefaultCap = 4 * 1024 * 1024;

    /// A human sentence when `path` must not be read, by name alone.
    static QString denyReason(const QString &path);

    static ReadResult read(const QString &path, qint64 cap = DefaultCap);

    /// The sentence for a file whose mode grants no read at all (sysrq-like
    /// control files), or empty when someone may read it.
    static QString writeOnlyReason(uint mode);
    /// A symbolic link's target as written (readlink), empty when `path`
    /// is not a link or is gone. Nothing is opened.
    static QString readLink(const QString &path);

    /// A short, stable name for a status ("permission", "denied" ...),
    /// for JSON output and counters.
    static QString statusKey(ReadStatus status);

    /// The sentence for an errno met while opening or reading `path`.
    static ReadResult fromErrno(const QString &path, int err);

private:
    static ReadResult fromErrnoAfterStat(const QString &path, int err);
};

} // namespace kc
