// SPDX-License-Identifier: GPL-2.0-or-later
// Why a path can or cannot be opened: existence, each directory on the
// way, the kernel's permission algorithm, and for a device node its driver.
#include "why.h"
#include "whyutil.h"

#include "devices/devicenode.h"
#include "devices/devicescanner.h"
#include "devices/holderscanner.h"
#include "crosschannel/runtimeinfo.h"
#include "io/safereader.h"
#include "netlink/netlinknames.h"
#include "procfs/dirlister.h"
#include "procfs/parseutil.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <linux/genetlink.h>
#include <cstring>
#include <fcntl.h>
#include <grp.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>
#include <unistd.h>

namespace kc {

using namespace whyutil;

namespace {

constexpr int CapDacOverride = 1;
constexpr int CapDacReadSearch = 2;

// Who we are, for permission checks.
struct Credentials {
    uid_t uid = ::geteuid();
    gid_t gid = ::getegid();
    QList<gid_t> groups;
    quint64 caps = Why::effectiveCapabilities();

    Credentials()
    {
        gid_t list[256];
        const int n = ::getgroups(256, list);
        for (int i = 0; i < n; ++i)
            groups.append(list[i]);
        if (!groups.contains(gid))
            groups.append(gid);
    }
    bool has(int cap) const { return caps & (quint64(1) << cap); }
    QString describe() const
    {
        QStringList names;
        for (gid_t g : groups)
            names.append(DeviceText::groupName(g));
        return Why::tr("we are %1 (uid %2), in groups %3").arg(DeviceText::userName(uid)).arg(uid).arg(names.join(QStringLiteral(", ")));
    }
};

// POSIX ACL entries from the system.posix_acl_access attribute.
struct AclEntry {
    quint16 tag;
    quint16 perm;
    quint32 id;
};
enum AclTag : quint16 { UserObj = 1, User = 2, GroupObj = 4, Group = 8, Mask = 0x10, Other = 0x20 };

QList<AclEntry> readAcl(const QString &path)
{
    char buf[4096];
    const ssize_t n = ::getxattr(path.toLocal8Bit().constData(), "system.posix_acl_access", buf, sizeof buf);
    QList<AclEntry> out;
    if (n < 4)
        return out;
    for (ssize_t off = 4; off + 8 <= n; off += 8) {
        AclEntry e;
        std::memcpy(&e.tag, buf + off, 2);
        std::memcpy(&e.perm, buf + off + 2, 2);
        std::memcpy(&e.id, buf + off + 4, 4);
        out.append(e);
    }
    return out;
}

// The kernel's permission algorithm (owner, ACL users, groups, others,
// then capabilities), in words. `want` is a mask of 4 (r), 2 (w), 1 (x).
struct Verdict {
    bool allowed = false;
    QString why;
};

Verdict evaluate(const struct stat &st, int want, const QList<AclEntry> &acl, const Credentials &me)
{
    const uint mode = st.st_mode;
    auto grants = [want](uint bits) { return (bits & uint(want)) == uint(want); };
    Verdict v;
    uint mask = 7;
    bool hasMask = false;
    for (const AclEntry &e : acl) {
        if (e.tag == Mask) {
            mask = e.perm;
            hasMask = true;
        }
    }
    if (me.uid == st.st_uid) {
        v.allowed = grants((mode >> 6) & 7);
        v.why = v.allowed ? Why::tr("we own it and the owner bits allow it") : Why::tr("we own it, but the owner bits do not allow it");
    } else {
        bool decided = false;
        for (const AclEntry &e : acl) {
            if (e.tag == User && e.id == me.uid) {
                v.allowed = grants(e.perm & mask);
                v.why = v.allowed ? Why::tr("an ACL entry for our user allows it") : Why::tr("an ACL entry for our user does not allow it");
                decided = true;
            }
        }
        if (!decided) {
            // The group class: the owning group and named ACL groups.
            bool inGroupClass = false;
            bool groupAllows = false;
            const uint groupBits = hasMask ? 7 : ((mode >> 3) & 7);
            for (const AclEntry &e : acl) {
                if ((e.tag == GroupObj && me.groups.contains(st.st_gid)) || (e.tag == Group && me.groups.contains(e.id))) {
                    inGroupClass = true;
                    groupAllows = groupAllows || grants(e.perm & mask);
                }
            }
            if (acl.isEmpty() && me.groups.contains(st.st_gid)) {
                inGroupClass = true;
                groupAllows = grants(groupBits);
            }
            if (inGroupClass) {
                v.allowed = groupAllows;
                v.why = groupAllows ? Why::tr("we are in its group and the group bits allow it")
                                    : Why::tr("we are in its group, but the group bits do not allow it");
            } else {
                v.allowed = grants(mode & 7);
                v.why = v.allowed ? Why::tr("not the owner and not in its group, but everyone may")
                                  : Why::tr("not the owner, not in its group, and others may not");
            }
        }
    }
    if (!v.allowed) {
        const bool dir = S_ISDIR(mode);
        const bool anyExec = mode & 0111;
        const bool overrideOk = me.has(CapDacOverride) && (!(want & 1) || dir || anyExec);
        const bool readSearchOk = me.has(CapDacReadSearch) && !(want & 2) && (!(want & 1) || dir);
        if (overrideOk || readSearchOk) {
            v.allowed = true;
            v.why += Why::tr("; our capability %1 overrides that").arg(Why::capabilityName(overrideOk ? CapDacOverride : CapDacReadSearch));
        }
    }
    return v;
}

QString ownerText(const struct stat &st)
{
    return Why::tr("owned by %1, mode %2 (%3), group %4")
        .arg(DeviceText::userName(st.st_uid))
        .arg(st.st_mode & 07777, 4, 8, QLatin1Char('0'))
        .arg(DirLister::modeString(st.st_mode).mid(1))
        .arg(DeviceText::groupName(st.st_gid));
}

QString typeText(const struct stat &st)
{
    if (S_ISREG(st.st_mode))
        return Why::tr("a regular file, %Ln byte(s) as stat() reports it (procfs and sysfs report 0 or 4096 whatever they hold)", nullptr, int(qMin<qint64>(st.st_size, INT_MAX)));
    if (S_ISDIR(st.st_mode))
        return Why::tr("a directory");
    if (S_ISCHR(st.st_mode))
        return Why::tr("a character device node, number %1:%2").arg(major(st.st_rdev)).arg(minor(st.st_rdev));
    if (S_ISBLK(st.st_mode))
        return Why::tr("a block device node, number %1:%2").arg(major(st.st_rdev)).arg(minor(st.st_rdev));
    if (S_ISFIFO(st.st_mode))
        return Why::tr("a FIFO (named pipe): reading waits for a writer");
    if (S_ISSOCK(st.st_mode))
        return Why::tr("a unix socket: connect to it, it cannot be read as a file");
    return Why::tr("a special file");
}

// /proc/PID/... -> PID, else 0.
int procPid(const QString &path)
{
    static const QRegularExpression re(QStringLiteral("^/proc/(\\d+)(?:/|$)"));
    const auto m = re.match(path);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

void pathMissing(WhyAnswer &d, const QString &path, int err)
{
    // Find the deepest ancestor that exists, to say what is missing.
    QString existing = path;
    struct stat st {};
    while (existing.size() > 1) {
        existing = QFileInfo(existing).path();
        if (::lstat(existing.toLocal8Bit().constData(), &st) == 0)
            break;
    }
    const RuntimeInfo rt = RuntimeInfo::detect();
    const int pid = procPid(path);
    if (pid > 0 && ::lstat(QStringLiteral("/proc/%1").arg(pid).toLocal8Bit().constData(), &st) != 0) {
        d.checks.append(check(Result::Fail, Why::tr("Exists"), Why::tr("No process %1 is running: it has exited, or there never was one.").arg(pid),
                              Why::tr("Look the process up again (kchan procs); process IDs are reused.")));
        if (rt.procHidesProcesses() && !rt.root)
            d.checks.append(check(Result::Warn, Why::tr("Hidden processes"),
                                  Why::tr("/proc is mounted with hidepid=%1: other users' processes are invisible to us, so it may exist.").arg(rt.procHidePid),
                                  Why::tr("Run as root, or as a member of the group given by gid= of the /proc mount.")));
        return;
    }
    QString where;
    if (path.startsWith(QLatin1String("/sys/")))
        where = Why::tr("sysfs shows only what the kernel has now: the device, driver or module that would create this entry is absent.");
    else if (path.startsWith(QLatin1String("/dev/")))
        where = Why::tr("Device nodes appear when a driver registers a device and devtmpfs (or udev) creates the node; no driver has made this one.");
    else if (path.startsWith(QLatin1String("/proc/")))
        where = Why::tr("This kernel has no such /proc entry: it may be built without the option that provides it.");
    d.checks.append(check(Result::Fail, Why::tr("Exists"),
                          Why::tr("%1: %2. The nearest existing directory is %3.").arg(path, errnoText(err), existing), where));
}

void ancestors(WhyAnswer &d, const QString &path, const Credentials &me)
{
    QString dir = QFileInfo(path).path();
    QStringList blocked;
    while (true) {
        struct stat st {};
        if (::stat(dir.toLocal8Bit().constData(), &st) == 0) {
            const Verdict v = evaluate(st, 1, readAcl(dir), me);
            if (!v.allowed)
                blocked.prepend(Why::tr("%1 (%2)").arg(dir, ownerText(st)));
        }
        if (dir == QLatin1String("/") || dir.isEmpty())
            break;
        dir = QFileInfo(dir).path();
    }
    if (blocked.isEmpty())
        d.checks.append(check(Result::Pass, Why::tr("Directories on the way"), Why::tr("We may enter (search) every directory above it.")));
    else
        d.checks.append(check(Result::Fail, Why::tr("Directories on the way"),
                              Why::tr("We may not enter %1.").arg(blocked.join(QStringLiteral("; "))),
                              Why::tr("Ask for search (x) permission on that directory, or run as its owner or root.")));
}

void deviceChecks(WhyAnswer &d, const QString &path, const struct stat &st)
{
    const bool block = S_ISBLK(st.st_mode);
    const uint maj = major(st.st_rdev), min = minor(st.st_rdev);
    const DriverTables tables = DriverTables::read();
    const SysfsDevice dev = DeviceScanner::sysfsFor(block, maj, min, tables);
    const DeviceDriver &drv = dev.driver;
    if (!drv.registered()) {
        if (drv.basis == DeviceDriver::Basis::Ambiguous) {
            d.checks.append(check(Result::Warn, Why::tr("Driver for the device number"), drv.basisText(block, maj, min)));
        } else {
            d.checks.append(check(Result::Fail, Why::tr("Driver for the device number"),
                                  Why::tr("%1 The driver is missing, or its module is not loaded.").arg(drv.basisText(block, maj, min)),
                                  Why::tr("Load the driver's module (modprobe), or check that the node's number is right; opening it would fail with ENXIO or ENODEV.")));
            return;
        }
    } else {
        d.checks.append(check(Result::Pass, Why::tr("Driver for the device number"),
                              Why::tr("%1:%2 is served by \"%3\". %4").arg(maj).arg(min).arg(drv.label(), drv.basisText(block, maj, min))));
    }
    if (dev.sysfsPath.isEmpty()) {
        d.checks.append(check(Result::Warn, Why::tr("Device in sysfs"),
                              Why::tr("No device %1:%2 in /sys/dev/%3: the driver has the major number but made no device with this minor.")
                                  .arg(maj).arg(min).arg(block ? QStringLiteral("block") : QStringLiteral("char")),
                              Why::tr("Opening the node would likely fail with ENXIO (no such device or address).")));
        return;
    }
    const QString bound = drv.bound.isEmpty() ? Why::tr("no driver is bound in sysfs") : Why::tr("bound in sysfs to %1").arg(drv.boundText());
    const QString module = drv.originText().isEmpty() ? Why::tr("no module") : drv.originText();
    d.checks.append(check(Result::Pass, Why::tr("Device in sysfs"),
                          Why::tr("%1, subsystem %2; %3; %4.").arg(dev.sysfsPath, dev.subsystem.isEmpty() ? QStringLiteral("-") : dev.subsystem, bound, module)));
    d.checks.append(check(Result::Info, Why::tr("Opening it"),
                          Why::tr("Not tried: Kernel Channels never opens device nodes. A driver may still refuse open() (busy, exclusive, missing hardware).")));
    Q_UNUSED(path);
}

} // namespace

WhyAnswer Why::path(const QString &given)
{
    WhyAnswer d;
    d.subject = given;
    d.kind = QStringLiteral("path");
    const QString path = QDir::cleanPath(QFileInfo(given).absoluteFilePath());
    const Credentials me;
    struct stat lst {};
    if (::lstat(path.toLocal8Bit().constData(), &lst) != 0) {
        const int err = errno;
        if (err == EACCES) {
            ancestors(d, path, me);
            return d;
        }
        pathMissing(d, path, err);
        return d;
    }
    d.checks.append(check(Result::Pass, tr("Exists"), tr("%1 is %2.").arg(path, typeText(lst))));
    QString target = path;
    struct stat st = lst;
    if (S_ISLNK(lst.st_mode)) {
        target = QFileInfo(path).canonicalFilePath();
        if (target.isEmpty() || ::stat(path.toLocal8Bit().constData(), &st) != 0) {
            d.checks.append(check(Result::Fail, tr("Link target"),
                                  tr("It is a symbolic link to %1, which does not exist.").arg(QFileInfo(path).symLinkTarget()),
                                  tr("The link is dangling: what it points to was removed or never created.")));
            return d;
        }
        d.checks.append(check(Result::Info, tr("Link target"), tr("It is a symbolic link to %1, which is %2.").arg(target, typeText(st))));
    }
    ancestors(d, target, me);

    const bool device = S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode);
    const QList<AclEntry> acl = readAcl(target);
    const Verdict read = evaluate(st, 4, acl, me);
    QString evidence = tr("%1; %2. Reading: %3 (%4).").arg(ownerText(st), me.describe(), read.allowed ? tr("allowed") : tr("not allowed"), read.why);
    if (device) {
        const Verdict write = evaluate(st, 2, acl, me);
        evidence += QLatin1Char(' ') + tr("Writing: %1 (%2).").arg(write.allowed ? tr("allowed") : tr("not allowed"), write.why);
    }
    if (!acl.isEmpty())
        evidence += QLatin1Char(' ') + tr("It has an access control list (getfacl shows it).");
    d.checks.append(check(read.allowed ? Result::Pass : Result::Fail, tr("Permission"), evidence,
                          read.allowed ? QString() : tr("Run as its owner or as root, or ask for the file's group or an ACL entry (setfacl).")));

    // The kernel's own answer includes what we do not model (LSMs, ro mounts).
    const QByteArray local = target.toLocal8Bit();
    const bool kernelRead = ::faccessat(AT_FDCWD, local.constData(), R_OK, AT_EACCESS) == 0;
    const int readErr = errno;
    QString kernelText = kernelRead ? tr("access(R_OK) succeeds.") : tr("access(R_OK) fails: %1.").arg(errnoText(readErr));
    if (device || target.startsWith(QLatin1String("/sys/")) || target.startsWith(QLatin1String("/proc/sys/"))) {
        const bool kernelWrite = ::faccessat(AT_FDCWD, local.constData(), W_OK, AT_EACCESS) == 0;
        const int writeErr = errno;
        kernelText += QLatin1Char(' ') + (kernelWrite ? tr("access(W_OK) succeeds.") : tr("access(W_OK) fails: %1.").arg(errnoText(writeErr)));
        struct statvfs vfs {};
        if (::statvfs(local.constData(), &vfs) == 0 && (vfs.f_flag & ST_RDONLY))
            kernelText += QLatin1Char(' ') + tr("It lies on a read-only mount, so nobody may write it.");
    }
    // A node on a nodev mount cannot be opened at all, whatever its mode
    // says and even by root: open() fails with EACCES.
    if (device) {
        struct statvfs vfs {};
        if (::statvfs(local.constData(), &vfs) == 0 && (vfs.f_flag & ST_NODEV)) {
            d.checks.append(check(Result::Fail, tr("Mount"),
                                  tr("It lies on a mount with the nodev option: the kernel refuses to open device nodes there (EACCES), even for root."),
                                  tr("Use the node under /dev, or remount without nodev (mount -o remount,dev).")));
        }
    }
    d.checks.append(check(kernelRead == read.allowed ? Result::Info : Result::Warn, tr("The kernel's answer"), kernelText,
                          kernelRead == read.allowed ? QString() : tr("The kernel disagrees with the mode bits: a security module (AppArmor, SELinux) or the mount decides here.")));

    if (device) {
        deviceChecks(d, target, st);
        return d;
    }

    const bool kernelFs = target.startsWith(QLatin1String("/proc/")) || target.startsWith(QLatin1String("/sys/"));
    if (kernelFs) {
        if (const QString deny = SafeReader::denyReason(target); !deny.isEmpty())
            d.checks.append(check(Result::Warn, tr("Safe to read"), deny, tr("Kernel Channels will not read it; a plain read may block, change state or be huge.")));
        if (S_ISREG(st.st_mode)) {
            if (const QString wo = SafeReader::writeOnlyReason(st.st_mode); !wo.isEmpty())
                d.checks.append(check(Result::Fail, tr("Readable at all"), wo, tr("Write to it instead (it is an action or a setting).")));
            else if (st.st_uid == 0 && !(st.st_mode & 0044))
                d.checks.append(check(Result::Info, tr("Root-only"), tr("Only root may read it: the kernel made it mode %1.").arg(st.st_mode & 0777, 4, 8, QLatin1Char('0'))));
        }
        if (S_ISREG(st.st_mode) && SafeReader::denyReason(target).isEmpty()) {
            // Opening is how /proc applies the checks mode bits cannot show
            // (ptrace access for another user's environ, mem, fd ...).
            const int fd = ::open(local.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
            const int openErr = errno;
            if (fd >= 0) {
                ::close(fd);
                d.checks.append(check(Result::Pass, tr("Opening it"), tr("open(O_RDONLY) succeeds.")));
            } else {
                QString why = tr("open(O_RDONLY) fails: %1.").arg(errnoText(openErr));
                QString fix;
                if (procPid(target) > 0 && (openErr == EACCES || openErr == EPERM)) {
                    why += QLatin1Char(' ') + tr("For a process's private files the kernel also asks whether we may trace the process (same user and not more privileged, or CAP_SYS_PTRACE in its user namespace; a process that made itself non-dumpable needs it even from root).");
                    const bool ptrace = me.caps & (quint64(1) << 19);
                    why += QLatin1Char(' ') + (ptrace ? tr("We have CAP_SYS_PTRACE.") : tr("We do not have CAP_SYS_PTRACE."));
                    if (!ptrace) {
                        fix = tr("Run as the process's user or as root.");
                    } else if (SafeReader::read(QStringLiteral("/proc/sys/kernel/yama/ptrace_scope")).data.trimmed() == "3") {
                        fix = tr("kernel.yama.ptrace_scope is 3: no process may trace another, root included, until the next boot.");
                    } else {
                        // Root with the capability and still refused: not the
                        // mode bits, not the ptrace rule as the kernel states it.
                        fix = tr("We have the capability the rule asks for and are still refused: a security module (SELinux, "
                                 "AppArmor, Landlock) or the sandbox around us decides this, not the file's mode.");
                    }
                }
                d.checks.append(check(Result::Fail, tr("Opening it"), why, fix));
            }
        }
        if (const int pid = procPid(target); pid > 0) {
            const ReadResult status = SafeReader::read(QStringLiteral("/proc/%1/status").arg(pid));
            QString comm, uid;
            for (const QByteArrayView line : parse::lines(status.data)) {
                if (line.startsWith("Name:"))
                    comm = QString::fromUtf8(line.sliced(5).trimmed());
                if (line.startsWith("Uid:"))
                    uid = QString::fromUtf8(line.sliced(4).trimmed()).section(QLatin1Char('\t'), 0, 0);
            }
            if (!comm.isEmpty())
                d.checks.append(check(Result::Info, tr("The process"), tr("Process %1 is %2, running as %3 (uid %4).").arg(pid).arg(comm, DeviceText::userName(uid.toUInt()), uid)));
        }
    }
    if (S_ISFIFO(st.st_mode))
        d.checks.append(check(Result::Warn, tr("Blocking"), tr("Reading a FIFO waits until some process opens it for writing.")));
    return d;
}

} // namespace kc
