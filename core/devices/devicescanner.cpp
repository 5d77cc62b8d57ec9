// SPDX-License-Identifier: GPL-2.0-or-later
#include "devicescanner.h"

#include "io/safereader.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

#include <cerrno>
#include <cstdlib>
#include <dirent.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace kc {

namespace {

QString linkBaseName(const QString &path)
{
    const QString target = QFileInfo(path).symLinkTarget();
    return target.isEmpty() ? QString() : target.section(QLatin1Char('/'), -1);
}

QString realPath(const QString &path)
{
    char buf[PATH_MAX];
    const QByteArray native = path.toLocal8Bit();
    if (!::realpath(native.constData(), buf))
        return {};
    return QString::fromLocal8Bit(buf);
}

void fillFromStat(DeviceNode &n, const struct stat &st)
{
    n.mode = st.st_mode;
    n.uid = st.st_uid;
    n.gid = st.st_gid;
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) {
        n.major = ::major(st.st_rdev);
        n.minor = ::minor(st.st_rdev);
    }
}

void fillSysfs(DeviceNode &n, const DriverTables &tables, QHash<quint64, SysfsDevice> *cache)
{
    const bool block = n.blockDevice;
    const quint64 key = HolderMap::deviceKey(block, ::makedev(n.major, n.minor));
    SysfsDevice s;
    if (cache && cache->contains(key)) {
        s = cache->value(key);
    } else {
        s = DeviceScanner::sysfsFor(block, n.major, n.minor, tables);
        if (cache)
            cache->insert(key, s);
    }
    n.sysfsPath = s.sysfsPath;
    n.subsystem = s.subsystem;
    n.driver = s.driver;
}

// Fills `n` (whose path is set) from its lstat() result: a node, or a link
// that is followed with stat() only. False for anything else under /dev
// (shared memory files, sockets, FIFOs).
bool describeEntry(DeviceNode &n, const struct stat &st, const DriverTables &tables, QHash<quint64, SysfsDevice> *cache)
{
    fillFromStat(n, st);
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) {
        n.type = S_ISCHR(st.st_mode) ? DeviceNode::Type::Char : DeviceNode::Type::Block;
        n.blockDevice = S_ISBLK(st.st_mode);
        fillSysfs(n, tables, cache);
        return true;
    }
    if (!S_ISLNK(st.st_mode))
        return false;
    n.type = DeviceNode::Type::Symlink;
    n.linkTarget = SafeReader::readLink(n.path);
    n.resolved = realPath(n.path);
    struct stat tst {};
    // stat() on a link to a device node only reads the inode.
    if (::stat(n.path.toLocal8Bit().constData(), &tst) == 0 && (S_ISCHR(tst.st_mode) || S_ISBLK(tst.st_mode))) {
        n.major = ::major(tst.st_rdev);
        n.minor = ::minor(tst.st_rdev);
        n.blockDevice = S_ISBLK(tst.st_mode);
        n.pointsToNode = true;
        fillSysfs(n, tables, cache);
    }
    return true;
}

void walk(const QString &dir, const QString &root, int depth, DeviceScan &scan, const DriverTables &tables,
          QHash<quint64, SysfsDevice> &cache)
{
    if (depth > 8)
        return;
    const QByteArray native = dir.toLocal8Bit();
    DIR *d = ::opendir(native.constData());
    if (!d)
        return;
    const int dfd = ::dirfd(d);
    QStringList subdirs;
    while (const dirent *e = ::readdir(d)) {
        if (e->d_name[0] == '.' && (!e->d_name[1] || (e->d_name[1] == '.' && !e->d_name[2])))
            continue;
        struct stat st {};
        if (::fstatat(dfd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        const QString path = dir + QLatin1Char('/') + QString::fromLocal8Bit(e->d_name);
        if (S_ISDIR(st.st_mode)) {
            subdirs.append(path);
            continue;
        }
        DeviceNode n;
        n.path = path;
        n.name = path.mid(root.size() + 1);
        if (!describeEntry(n, st, tables, &cache))
            continue;
        scan.nodes.append(std::move(n));
    }
    ::closedir(d);
    for (const QString &s : subdirs)
        walk(s, root, depth + 1, scan, tables, cache);
}

} // namespace

QString DeviceText::typeName(DeviceNode::Type type)
{
    switch (type) {
    case DeviceNode::Type::Char: return tr("character");
    case DeviceNode::Type::Block: return tr("block");
    case DeviceNode::Type::Symlink: return tr("link");
    case DeviceNode::Type::Other: break;
    }
    return tr("other");
}

QString DeviceText::userName(uint uid)
{
    if (const passwd *pw = ::getpwuid(uid))
        return QString::fromLocal8Bit(pw->pw_name);
    return QString::number(uid);
}

QString DeviceText::groupName(uint gid)
{
    if (const group *gr = ::getgrgid(gid))
        return QString::fromLocal8Bit(gr->gr_name);
    return QString::number(gid);
}

SysfsDevice DeviceScanner::sysfsFor(bool block, uint major, uint minor, const DriverTables &tables)
{
    SysfsDevice s;
    const QString link = QStringLiteral("/sys/dev/%1/%2:%3").arg(block ? QStringLiteral("block") : QStringLiteral("char")).arg(major).arg(minor);
    s.sysfsPath = realPath(link);
    if (!s.sysfsPath.isEmpty())
        s.subsystem = linkBaseName(s.sysfsPath + QStringLiteral("/subsystem"));
    s.driver = DriverResolver::resolve(tables, block, major, minor, s.sysfsPath);
    return s;
}

DeviceNode DeviceScanner::describe(const QString &path, const DriverTables *tables)
{
    DeviceNode n;
    n.path = path;
    n.name = path.startsWith(QLatin1String("/dev/")) ? path.mid(5) : path;
    const QByteArray native = path.toLocal8Bit();
    struct stat st {};
    if (::lstat(native.constData(), &st) != 0)
        return n;
    if (tables) {
        describeEntry(n, st, *tables, nullptr);
    } else {
        const DriverTables here = DriverTables::read();
        describeEntry(n, st, here, nullptr);
    }
    return n;
}

DeviceScan DeviceScanner::scan(bool countHolders, const QString &root)
{
    DeviceScan scan;
    const DriverTables tables = DriverTables::read();
    QHash<quint64, SysfsDevice> cache;
    QDir dir(root);
    if (!dir.exists()) {
        scan.error = SafeReader::fromErrno(root, ENOENT).reason;
        return scan;
    }
    walk(root, root, 0, scan, tables, cache);
    std::sort(scan.nodes.begin(), scan.nodes.end(), [](const DeviceNode &a, const DeviceNode &b) { return a.name < b.name; });
    if (countHolders) {
        scan.holders = HolderScanner::scan();
        scan.holdersCounted = true;
        for (DeviceNode &n : scan.nodes) {
            if (n.isNode() || n.pointsToNode)
            {
                const QList<Holder> hs = scan.holders.holdersOf(n.blockDevice, ::makedev(n.major, n.minor));
                QSet<int> pids;
                for (const Holder &h : hs)
                    pids.insert(h.pid);
                n.holders = int(pids.size());
                n.holderFds = int(hs.size());
            }
        }
    }
    return scan;
}

} // namespace kc
