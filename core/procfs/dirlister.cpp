// SPDX-License-Identifier: GPL-2.0-or-later
#include "dirlister.h"

#include "io/safereader.h"
#include "processscanner.h"

#include <QRegularExpression>

#include <algorithm>
#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kc {

namespace {

bool isNumber(const char *s)
{
    if (!*s)
        return false;
    for (; *s; ++s) {
        if (*s < '0' || *s > '9')
            return false;
    }
    return true;
}

void fillProcess(int dirfd, const char *name, DirEntry &e)
{
    char buf[1024];
    const int dfd = ::openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd < 0)
        return;
    const int fd = ::openat(dfd, "stat", O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        ::close(fd);
        ProcessInfo info;
        if (n > 0 && ProcessScanner::parseStatLine(buf, size_t(n), info)) {
            e.comm = info.comm;
            e.kernelThread = info.kernelThread;
        }
    }
    ::close(dfd);
}

} // namespace

QString DirLister::kindName(DirEntry::Kind kind, bool kernelThread)
{
    switch (kind) {
    case DirEntry::Kind::Directory: return tr("directory");
    case DirEntry::Kind::File: return tr("file");
    case DirEntry::Kind::Symlink: return tr("link");
    case DirEntry::Kind::Process: return kernelThread ? tr("kernel thread") : tr("process");
    case DirEntry::Kind::Thread: return kernelThread ? tr("kernel thread") : tr("thread");
    case DirEntry::Kind::Other: return tr("other");
    }
    return {};
}

QString DirLister::modeString(uint mode)
{
    QString s(10, QLatin1Char('-'));
    if (S_ISDIR(mode))
        s[0] = QLatin1Char('d');
    else if (S_ISLNK(mode))
        s[0] = QLatin1Char('l');
    else if (S_ISCHR(mode))
        s[0] = QLatin1Char('c');
    else if (S_ISBLK(mode))
        s[0] = QLatin1Char('b');
    static const char letters[] = "rwxrwxrwx";
    for (int i = 0; i < 9; ++i) {
        if (mode & (1u << (8 - i)))
            s[i + 1] = QLatin1Char(letters[i]);
    }
    return s;
}

DirListing DirLister::list(const QString &path)
{
    DirListing out;
    out.path = path;
    const QByteArray native = path.toLocal8Bit();
    DIR *dir = ::opendir(native.constData());
    if (!dir) {
        out.error = SafeReader::fromErrno(path, errno).reason;
        return out;
    }
    const int dfd = ::dirfd(dir);
    // Directories whose numeric children are processes or threads.
    const bool isProcRoot = path == QLatin1String("/proc");
    static const QRegularExpression taskDir(QStringLiteral("^/proc/\\d+/task$"));
    const bool isTaskDir = taskDir.match(path).hasMatch();
    const QString base = path.endsWith(QLatin1Char('/')) ? path : path + QLatin1Char('/');

    while (const dirent *d = ::readdir(dir)) {
        if (!std::strcmp(d->d_name, ".") || !std::strcmp(d->d_name, ".."))
            continue;
        DirEntry e;
        e.name = QString::fromLocal8Bit(d->d_name);
        e.path = base + e.name;
        struct stat st {};
        if (::fstatat(dfd, d->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
            // Gone between readdir() and fstatat(): a process or fd that closed.
            continue;
        }
        e.mode = st.st_mode;
        e.uid = st.st_uid;
        e.size = st.st_size;
        if (S_ISLNK(st.st_mode)) {
            e.kind = DirEntry::Kind::Symlink;
            char target[4096];
            const ssize_t n = ::readlinkat(dfd, d->d_name, target, sizeof target - 1);
            if (n >= 0) {
                e.linkTarget = QString::fromLocal8Bit(target, int(n));
                // Follow links that stay inside the kernel filesystems (self,
                // net, sysfs's relative links); cwd and root lead out of them.
                struct stat tst {};
                const bool inside = !e.linkTarget.startsWith(QLatin1Char('/'))
                    || e.linkTarget.startsWith(QLatin1String("/proc/")) || e.linkTarget.startsWith(QLatin1String("/sys/"));
                e.pointsToDirectory = inside && ::fstatat(dfd, d->d_name, &tst, 0) == 0 && S_ISDIR(tst.st_mode);
            } else {
                e.note = SafeReader::fromErrno(e.path, errno).reason;
            }
        } else if (S_ISDIR(st.st_mode)) {
            e.kind = DirEntry::Kind::Directory;
            if ((isProcRoot || isTaskDir) && isNumber(d->d_name)) {
                e.kind = isProcRoot ? DirEntry::Kind::Process : DirEntry::Kind::Thread;
                e.pid = e.name.toInt();
                fillProcess(dfd, d->d_name, e);
            }
        } else if (S_ISREG(st.st_mode)) {
            e.kind = DirEntry::Kind::File;
            const QString deny = SafeReader::denyReason(e.path);
            const QString writeOnly = SafeReader::writeOnlyReason(st.st_mode);
            if (!deny.isEmpty())
                e.note = deny;
            else if (!writeOnly.isEmpty())
                e.note = writeOnly;
            else if (::faccessat(dfd, d->d_name, R_OK, AT_EACCESS) != 0 && (errno == EACCES || errno == EPERM))
                e.note = SafeReader::fromErrno(e.path, EACCES).reason;
        } else {
            e.kind = DirEntry::Kind::Other;
            e.note = tr("Not a regular file; not read.");
        }
        out.entries.append(std::move(e));
    }
    ::closedir(dir);
    std::sort(out.entries.begin(), out.entries.end(), [](const DirEntry &a, const DirEntry &b) {
        if ((a.pid >= 0) != (b.pid >= 0))
            return a.pid < 0; // named entries first, then processes by number
        if (a.pid >= 0)
            return a.pid < b.pid;
        return a.name < b.name;
    });
    return out;
}

} // namespace kc
