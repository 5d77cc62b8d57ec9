// SPDX-License-Identifier: GPL-2.0-or-later
#include "safereader.h"

#include <QRegularExpression>

#include <cerrno>
#include <climits>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kc {

namespace {

// /proc/PID/... or /proc/PID/task/TID/...: returns the PID part, or empty.
QString procPidOf(const QString &path)
{
    static const QRegularExpression re(QStringLiteral("^/proc/(\\d+)(/|$)"));
    const auto m = re.match(path);
    return m.hasMatch() ? m.captured(1) : QString();
}

bool pidDirectoryExists(const QString &pid)
{
    struct stat st {};
    const QByteArray p = QByteArrayLiteral("/proc/") + pid.toLatin1();
    return ::stat(p.constData(), &st) == 0;
}

} // namespace

QString SafeReader::denyReason(const QString &path)
{
    const QString name = path.section(QLatin1Char('/'), -1);
    const bool inProc = path.startsWith(QLatin1String("/proc/"));
    const bool inSys = path.startsWith(QLatin1String("/sys/"));

    if (path == QLatin1String("/proc/kmsg"))
        return tr("Skipped: reading /proc/kmsg blocks and takes kernel messages away from the system logger.");
    if (path == QLatin1String("/proc/kcore"))
        return tr("Skipped: /proc/kcore is an image of all physical memory; reading it is huge and needs root.");
    if (path == QLatin1String("/proc/sysrq-trigger"))
        return tr("Skipped: /proc/sysrq-trigger is write-only; writing it makes the kernel act at once.");
    if (name.startsWith(QLatin1String("kpage")) && inProc)
        return tr("Skipped: %1 holds one entry per page of physical memory; reading it is huge and needs root.").arg(path);
    if (name.startsWith(QLatin1String("trace_pipe")))
        return tr("Skipped: trace pipes block until trace events arrive and consume them.");
    if (inProc && (name == QLatin1String("mem") || name == QLatin1String("pagemap")))
        return tr("Skipped: %1 exposes a process's memory page by page; it is not meant to be read as a file.").arg(path);
    if (inProc && name == QLatin1String("clear_refs"))
        return tr("Skipped: clear_refs is write-only; writing it resets the process's page reference bits.");
    if (inSys && path.startsWith(QLatin1String("/sys/kernel/debug/")))
        return tr("Skipped: debugfs files can block or act on hardware when read.");
    if (inSys) {
        static const QRegularExpression pciResource(QStringLiteral("^(resource\\d+(_wc)?|rom)$"));
        if (pciResource.match(name).hasMatch())
            return tr("Skipped: %1 maps device memory; reading it talks to the hardware.").arg(name);
        if (path == QLatin1String("/sys/power/wakeup_count"))
            return tr("Skipped: reading wakeup_count waits until no wakeup event is in progress.");
        if (name == QLatin1String("eeprom") || name == QLatin1String("nvmem"))
            return tr("Skipped: reading %1 goes out to a slow hardware bus.").arg(name);
    }
    return {};
}

QString SafeReader::readLink(const QString &path)
{
    char buf[PATH_MAX];
    const ssize_t len = ::readlink(path.toLocal8Bit().constData(), buf, sizeof buf - 1);
    return len > 0 ? QString::fromLocal8Bit(buf, int(len)) : QString();
}

QString SafeReader::writeOnlyReason(uint mode)
{
    if (mode & (S_IRUSR | S_IRGRP | S_IROTH))
        return {};
    return tr("Write-only: the kernel takes input here but gives nothing to read.");
}

QString SafeReader::statusKey(ReadStatus status)
{
    switch (status) {
    case ReadStatus::Ok: return QStringLiteral("ok");
    case ReadStatus::Denied: return QStringLiteral("denied");
    case ReadStatus::DeviceNode: return QStringLiteral("device-node");
    case ReadStatus::NotRegular: return QStringLiteral("not-regular");
    case ReadStatus::PermissionDenied: return QStringLiteral("permission");
    case ReadStatus::ProcessGone: return QStringLiteral("process-gone");
    case ReadStatus::NotFound: return QStringLiteral("not-found");
    case ReadStatus::WouldBlock: return QStringLiteral("would-block");
    case ReadStatus::Unavailable: return QStringLiteral("unavailable");
    case ReadStatus::IoError: return QStringLiteral("io-error");
    }
    return QStringLiteral("io-error");
}

ReadResult SafeReader::fromErrno(const QString &path, int err)
{
    ReadResult r;
    r.errnoValue = err;
    const QString pid = procPidOf(path);
    if ((err == ENOENT || err == ESRCH) && !pid.isEmpty() && !pidDirectoryExists(pid)) {
        r.status = ReadStatus::ProcessGone;
        r.reason = tr("Process %1 has exited; its /proc entries are gone.").arg(pid);
        return r;
    }
    switch (err) {
    case ENOENT:
        r.status = ReadStatus::NotFound;
        r.reason = tr("%1 does not exist.").arg(path);
        break;
    case EACCES:
    case EPERM:
        r.status = ReadStatus::PermissionDenied;
        r.reason = pid.isEmpty()
            ? tr("Permission denied: %1 can only be read by its owner or by root.").arg(path)
            : tr("Permission denied: this file of process %1 can only be read by its owner or by root.").arg(pid);
        break;
    case EAGAIN:
        r.status = ReadStatus::WouldBlock;
        r.reason = tr("%1 has no data now and would block; it was not waited for.").arg(path);
        break;
    case EISDIR:
        r.status = ReadStatus::NotRegular;
        r.reason = tr("%1 is a directory.").arg(path);
        break;
    case ESRCH:
        // The PID directory is still there: a kernel thread or a zombie,
        // which have no user memory to show.
        r.status = ReadStatus::Unavailable;
        r.reason = tr("Process %1 has no user-space memory (a kernel thread or a zombie), so this file has nothing to show.").arg(pid);
        break;
    case EINVAL:
    case EOPNOTSUPP:
    case ENODATA:
    case ENXIO:
    case ENODEV:
        r.status = ReadStatus::Unavailable;
        r.reason = tr("The kernel has no value to give for %1 in the current state (%2).")
                       .arg(path, QString::fromLocal8Bit(strerror(err)));
        break;
    default:
        r.status = ReadStatus::IoError;
        r.reason = tr("The kernel refused to read %1: %2.").arg(path, QString::fromLocal8Bit(strerror(err)));
        break;
    }
    return r;
}

ReadResult SafeReader::fromErrnoAfterStat(const QString &path, int err)
{
    ReadResult r = fromErrno(path, err);
    if (r.status == ReadStatus::NotFound) {
        // It was listed a moment ago: some sysfs attributes exist but have
        // nothing behind them on this device.
        r.status = ReadStatus::Unavailable;
        r.reason = tr("%1 is listed by the kernel but has no value on this system.").arg(path);
    }
    return r;
}

ReadResult SafeReader::read(const QString &path, qint64 cap)
{
    ReadResult r;
    if (const QString deny = denyReason(path); !deny.isEmpty()) {
        r.status = ReadStatus::Denied;
        r.reason = deny;
        return r;
    }

    const QByteArray native = path.toLocal8Bit();
    // Check the type before open(): opening some device nodes has effects.
    struct stat st {};
    if (::lstat(native.constData(), &st) != 0)
        return fromErrno(path, errno);
    if (S_ISLNK(st.st_mode)) {
        if (::stat(native.constData(), &st) != 0)
            return fromErrno(path, errno);
    }
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) {
        r.status = ReadStatus::DeviceNode;
        r.reason = tr("%1 is a device node; Kernel Channels never reads device contents.").arg(path);
        return r;
    }
    if (S_ISDIR(st.st_mode))
        return fromErrno(path, EISDIR);
    if (!S_ISREG(st.st_mode)) {
        r.status = ReadStatus::NotRegular;
        r.reason = tr("%1 is a FIFO or socket; reading it could wait forever, so it was skipped.").arg(path);
        return r;
    }

    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return fromErrnoAfterStat(path, errno);
    // The path may have been replaced between lstat() and open().
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        r.status = ReadStatus::NotRegular;
        r.reason = tr("%1 changed into something that is not a regular file while being opened.").arg(path);
        return r;
    }

    // procfs and sysfs report size 0 or 4096; read until EOF or the cap.
    qint64 want = st.st_size > 0 && st.st_size < cap ? st.st_size + 1 : qMin<qint64>(cap + 1, 64 * 1024);
    r.data.resize(want);
    qint64 have = 0;
    for (;;) {
        if (have == r.data.size()) {
            if (have > cap)
                break;
            r.data.resize(qMin<qint64>(r.data.size() * 2, cap + 1));
        }
        const ssize_t n = ::read(fd, r.data.data() + have, size_t(r.data.size() - have));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int err = errno;
            ::close(fd);
            if (have > 0 && err != EAGAIN) {
                // Some data arrived before the error: keep it, say so.
                r.data.truncate(have);
                r.status = ReadStatus::Ok;
                r.truncated = true;
                r.errnoValue = err;
                r.reason = tr("The read stopped early: %1.").arg(QString::fromLocal8Bit(strerror(err)));
                return r;
            }
            return fromErrnoAfterStat(path, err);
        }
        if (n == 0)
            break;
        have += n;
    }
    ::close(fd);
    if (have > cap) {
        have = cap;
        r.truncated = true;
        r.reason = tr("Only the first %1 bytes were read; the file is longer.").arg(cap);
    }
    r.data.truncate(have);
    r.status = ReadStatus::Ok;
    return r;
}

} // namespace kc
