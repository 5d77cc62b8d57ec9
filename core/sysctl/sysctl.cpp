// SPDX-License-Identifier: GPL-2.0-or-later
#include "sysctl.h"

#include "sysctldocs.h"

#include <QRegularExpression>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>
#include <optional>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kc {

namespace {

constexpr int MaxValue = 4095; // the kernel takes at most a page less one

// Keys whose read is not a read: vm.stat_refresh folds every CPU's
// counters (procps skips it too); the neighbour tables' old jiffies keys
// log a deprecation warning to the kernel log on each read.
QString skipReason(const QString &key)
{
    if (key == QLatin1String("vm.stat_refresh"))
        return Sysctl::tr("Not read: reading vm.stat_refresh makes every CPU fold its memory counters; it is an action, not a value.");
    if (key.contains(QLatin1String(".neigh."))
        && (key.endsWith(QLatin1String(".base_reachable_time")) || key.endsWith(QLatin1String(".retrans_time"))))
        return Sysctl::tr("Not read: this deprecated key logs a kernel warning when read; its twin ending in _ms holds the same value.");
    return {};
}

uint permissionBits(uint mode)
{
    if (::geteuid() == 0)
        return (mode >> 6) & 7;
    if (::getegid() == 0)
        return (mode >> 3) & 7;
    return mode & 7;
}

void readValue(int fd, SysctlEntry &e, const QString &path)
{
    char buf[4096];
    QByteArray data;
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int err = errno;
            if (err == EIO) {
                e.status = ReadStatus::Unavailable;
                e.reason = Sysctl::tr("The kernel has no value to show here yet (for example a secret that was never set).");
            } else {
                const ReadResult r = SafeReader::fromErrno(path, err);
                e.status = r.status;
                e.reason = r.reason;
            }
            return;
        }
        if (n == 0)
            break;
        data.append(buf, n);
        if (data.size() > 1024 * 1024)
            break;
    }
    if (data.endsWith('\n'))
        data.chop(1);
    e.value = data;
    e.status = ReadStatus::Ok;
}

// One file, opened relative to its directory.
SysctlEntry readAt(int dirfd, const char *name, const QString &key, const QString &path, uint mode)
{
    SysctlEntry e;
    e.key = key;
    e.mode = mode;
    if (QString skip = skipReason(key); !skip.isEmpty()) {
        e.status = ReadStatus::Denied;
        e.reason = skip;
        return e;
    }
    if (!(mode & 0444)) {
        e.status = ReadStatus::Denied;
        e.reason = SafeReader::writeOnlyReason(mode);
        return e;
    }
    if (!Sysctl::readableByUs(mode)) {
        e.status = ReadStatus::PermissionDenied;
        e.reason = Sysctl::tr("Permission denied: only root may read this key.");
        return e;
    }
    const int fd = ::openat(dirfd, name, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        const ReadResult r = SafeReader::fromErrno(path, errno);
        e.status = r.status;
        e.reason = r.reason;
        return e;
    }
    readValue(fd, e, path);
    ::close(fd);
    return e;
}

void walk(int dirfd, const QString &keyPrefix, const QString &pathPrefix, std::vector<SysctlEntry> &out, int depth)
{
    if (depth > 16)
        return;
    DIR *dir = ::fdopendir(dirfd);
    if (!dir) {
        ::close(dirfd);
        return;
    }
    while (const dirent *d = ::readdir(dir)) {
        if (d->d_name[0] == '.' && (d->d_name[1] == 0 || (d->d_name[1] == '.' && d->d_name[2] == 0)))
            continue;
        QString component = QString::fromLocal8Bit(d->d_name);
        const QString path = pathPrefix + QLatin1Char('/') + component;
        component.replace(QLatin1Char('.'), QLatin1Char('/'));
        const QString key = keyPrefix.isEmpty() ? component : keyPrefix + QLatin1Char('.') + component;
        struct stat st {};
        if (::fstatat(::dirfd(dir), d->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            const int sub = ::openat(::dirfd(dir), d->d_name, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW);
            if (sub >= 0)
                walk(sub, key, path, out, depth + 1);
        } else if (S_ISREG(st.st_mode)) {
            out.push_back(readAt(::dirfd(dir), d->d_name, key, path, st.st_mode & 07777));
        }
    }
    ::closedir(dir);
}

// One number as the kernel's integer handlers (proc_dointvec and its
// kin, through proc_get_long) read it: an optional minus, then decimal,
// 0x hexadecimal or 0 octal digits, in at most 20 characters, up to an
// unsigned long. nullopt for what they refuse ("08", "1x", "+1", "").
struct KernelNumber {
    bool negative = false;
    quint64 magnitude = 0;
};

std::optional<KernelNumber> kernelNumber(QStringView word)
{
    if (word.isEmpty() || word.size() > 20)
        return std::nullopt;
    KernelNumber n;
    qsizetype i = 0;
    if (word[0] == u'-') {
        n.negative = true;
        i = 1;
    }
    const auto digit = [](QChar c) -> int {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            return u - u'0';
        if (u >= u'a' && u <= u'f')
            return u - u'a' + 10;
        if (u >= u'A' && u <= u'F')
            return u - u'A' + 10;
        return 99;
    };
    if (i >= word.size() || digit(word[i]) > 9)
        return std::nullopt;
    int base = 10;
    if (word[i] == u'0') {
        base = 8;
        if (i + 2 < word.size() && (word[i + 1] == u'x' || word[i + 1] == u'X') && digit(word[i + 2]) < 16) {
            base = 16;
            i += 2;
        }
    }
    for (; i < word.size(); ++i) {
        const int d = digit(word[i]);
        if (d >= base)
            return std::nullopt;
        if (n.magnitude > (std::numeric_limits<quint64>::max() - quint64(d)) / quint64(base))
            return std::nullopt;
        n.magnitude = n.magnitude * quint64(base) + quint64(d);
    }
    return n;
}

bool within(const KernelNumber &n, qint64 min, qint64 max)
{
    const __int128 v = n.negative ? -__int128(n.magnitude) : __int128(n.magnitude);
    return v >= min && v <= max;
}

bool isIntegerList(const QStringList &parts)
{
    if (parts.isEmpty())
        return false;
    for (const QString &p : parts) {
        if (!kernelNumber(p))
            return false;
    }
    return true;
}

QStringList splitBlank(const QString &s)
{
    static const QRegularExpression blank(QStringLiteral("\\s+"));
    return s.split(blank, Qt::SkipEmptyParts);
}

} // namespace

QStringList SysctlEntry::values() const
{
    // Most keys hold one word: answer those without a regular expression.
    if (!value.contains(' ') && !value.contains('\t') && !value.contains('\n'))
        return value.isEmpty() ? QStringList() : QStringList{QString::fromUtf8(value)};
    return splitBlank(QString::fromUtf8(value));
}

std::vector<SysctlEntry> Sysctl::readAll(const QString &root)
{
    std::vector<SysctlEntry> out;
    out.reserve(2048);
    const int fd = ::open(root.toLocal8Bit().constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return out;
    walk(fd, QString(), root, out, 0);
    std::sort(out.begin(), out.end(), [](const SysctlEntry &a, const SysctlEntry &b) { return a.key < b.key; });
    return out;
}

SysctlEntry Sysctl::read(const QString &key, const QString &root)
{
    SysctlEntry e;
    e.key = key;
    QString error;
    const QString path = SysctlPath::resolve(key, &error, root);
    if (path.isEmpty()) {
        e.status = ReadStatus::NotFound;
        e.reason = error;
        return e;
    }
    const QByteArray native = path.toLocal8Bit();
    struct stat st {};
    if (::stat(native.constData(), &st) != 0) {
        const ReadResult r = SafeReader::fromErrno(path, errno);
        e.status = r.status;
        e.reason = r.reason;
        return e;
    }
    const int slash = native.lastIndexOf('/');
    const int dirfd = ::open(native.left(slash).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirfd < 0) {
        const ReadResult r = SafeReader::fromErrno(path, errno);
        e.status = r.status;
        e.reason = r.reason;
        return e;
    }
    e = readAt(dirfd, native.constData() + slash + 1, key, path, st.st_mode & 07777);
    ::close(dirfd);
    return e;
}

QString Sysctl::checkText(const QString &value)
{
    if (value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')))
        return tr("A value is one line: it cannot contain a line break.");
    if (value.contains(QChar(0)))
        return tr("A value cannot contain a NUL character.");
    if (value.toUtf8().size() > MaxValue)
        return tr("The value is longer than the %1 bytes the kernel takes.").arg(MaxValue);
    return {};
}

QString Sysctl::advice(const QString &key, const QByteArray &current, const QString &value)
{
    const SysctlDoc *doc = sysctldocs::find(key);
    const QStringList now = splitBlank(QString::fromUtf8(current));
    const QStringList parts = splitBlank(value);
    SysctlKind kind = doc ? doc->kind : SysctlKind::Unknown;
    if (kind == SysctlKind::Unknown && isIntegerList(now))
        kind = now.size() == 1 ? SysctlKind::Int : SysctlKind::Ints;
    if (kind == SysctlKind::Text || kind == SysctlKind::Unknown)
        return {};
    if (parts.isEmpty())
        return tr("The value is empty; %1 takes a whole number.").arg(key);
    std::vector<KernelNumber> numbers;
    for (const QString &p : parts) {
        const std::optional<KernelNumber> n = kernelNumber(p);
        if (!n)
            return tr("\"%1\" is not a whole number as the kernel reads one (decimal, 0x hexadecimal or 0 octal).").arg(p);
        numbers.push_back(*n);
    }
    if (kind != SysctlKind::Ints && parts.size() != 1)
        return tr("%1 takes one whole number; the kernel may use the first and ignore the rest.").arg(key);
    if (kind == SysctlKind::Ints && !now.isEmpty() && parts.size() != now.size())
        return tr("%1 holds %2 whole numbers separated by spaces; given another count, the kernel may change only some of them.")
            .arg(key)
            .arg(now.size());
    for (size_t i = 0; i < numbers.size(); ++i) {
        if (kind == SysctlKind::Bool && !within(numbers[i], 0, 1))
            return tr("%1 is a switch, 0 for off and 1 for on; some such keys refuse %2, others store it.").arg(key, parts[qsizetype(i)]);
        if (kind != SysctlKind::Bool && doc && !within(numbers[i], doc->min, doc->max))
            return tr("%1 is outside %2 to %3, the range we know for %4; the kernel may refuse it.")
                .arg(parts[qsizetype(i)])
                .arg(doc->min)
                .arg(doc->max)
                .arg(key);
    }
    return {};
}

QString Sysctl::kernelRefusal(const QString &key, const QByteArray &current, const QString &value)
{
    const SysctlDoc *doc = sysctldocs::find(key);
    const QStringList now = splitBlank(QString::fromUtf8(current));
    SysctlKind kind = doc ? doc->kind : SysctlKind::Unknown;
    if (kind == SysctlKind::Unknown && isIntegerList(now))
        kind = now.size() == 1 ? SysctlKind::Int : SysctlKind::Ints;
    if (kind == SysctlKind::Text || kind == SysctlKind::Unknown)
        return {};
    const QStringList parts = splitBlank(value);
    if (parts.isEmpty())
        return tr("The kernel refuses an empty value: %1 takes a whole number.").arg(key);
    // The kernel reads as many numbers as the key holds and leaves the rest.
    const qsizetype read = kind == SysctlKind::Ints ? (now.isEmpty() ? parts.size() : qMin(parts.size(), now.size())) : 1;
    for (qsizetype i = 0; i < read; ++i) {
        if (!kernelNumber(parts[i]))
            return tr("The kernel refuses \"%1\": not a whole number as it reads one (decimal, 0x hexadecimal or 0 octal).").arg(parts[i]);
    }
    return {};
}

SysctlWriteResult Sysctl::write(const QString &key, const QString &value, const QString &root)
{
    SysctlWriteResult r;
    if (QString text = checkText(value); !text.isEmpty()) {
        r.errnoValue = EINVAL;
        r.message = text;
        return r;
    }
    QString error;
    const QString path = SysctlPath::resolve(key, &error, root);
    if (path.isEmpty()) {
        r.errnoValue = ENOENT;
        r.message = error;
        return r;
    }
    const int fd = ::open(path.toLocal8Bit().constData(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    if (fd < 0) {
        r.errnoValue = errno;
        r.message = writeError(key, r.errnoValue);
        return r;
    }
    // One write() with the whole value: with sysctl_writes_strict the
    // kernel parses each write on its own.
    const QByteArray bytes = value.toUtf8() + '\n';
    ssize_t n;
    do {
        n = ::write(fd, bytes.constData(), size_t(bytes.size()));
    } while (n < 0 && errno == EINTR);
    const int err = n < 0 ? errno : 0;
    ::close(fd);
    if (n < 0) {
        r.errnoValue = err;
        r.message = writeError(key, err);
        return r;
    }
    r.ok = true;
    return r;
}

QString Sysctl::writeError(const QString &key, int err)
{
    const QString name = QString::fromLocal8Bit(strerrorname_np(err) ? strerrorname_np(err) : "");
    const QString text = QString::fromLocal8Bit(strerror(err));
    switch (err) {
    case EINVAL:
        return tr("The kernel refused the value for %1 (%2: %3): it is of the wrong form or outside what the key allows.").arg(key, name, text);
    case EACCES:
    case EPERM:
        return tr("The kernel refused to let us write %1 (%2: %3): it needs root, or the right capability in its namespace.").arg(key, name, text);
    case ERANGE:
        return tr("The kernel refused the value for %1 (%2: %3): the number is out of range.").arg(key, name, text);
    default:
        return tr("Writing %1 failed (%2: %3).").arg(key, name, text);
    }
}

QString Sysctl::commandLine(const QString &key, const QString &value)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_.,:/+=@%-]+$"));
    QString quoted = value;
    if (!plain.match(value).hasMatch()) {
        quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
        quoted = QLatin1Char('\'') + quoted + QLatin1Char('\'');
    }
    return QStringLiteral("sysctl -w %1=%2").arg(key, quoted);
}

bool Sysctl::writableByUs(uint mode)
{
    return permissionBits(mode) & 2;
}

bool Sysctl::writableAs(uint mode, uint euid)
{
    return euid == 0 ? (mode & 0200) : (mode & 0002);
}

bool Sysctl::readableByUs(uint mode)
{
    return permissionBits(mode) & 4;
}

} // namespace kc
