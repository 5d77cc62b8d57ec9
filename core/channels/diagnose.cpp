// SPDX-License-Identifier: GPL-2.0-or-later
#include "diagnose.h"

#include "devices/devicenode.h"
#include "devices/devicescanner.h"
#include "devices/holderscanner.h"
#include "channels/runtimeinfo.h"
#include "io/safereader.h"
#include "netlink/genlfamilies.h"
#include "netlink/netlinknames.h"
#include "netlink/netlinksockets.h"
#include "procfs/dirlister.h"
#include "procfs/parseutil.h"
#include "syscalls/syscalltable.h"

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

namespace {

using Result = DiagnosisCheck::Result;

constexpr int CapDacOverride = 1;
constexpr int CapDacReadSearch = 2;

DiagnosisCheck check(Result r, const QString &title, const QString &evidence, const QString &fix = {})
{
    return {r, title, evidence, fix};
}

QString errnoText(int err)
{
    return QString::fromLocal8Bit(strerror(err));
}

// Who we are, for permission checks.
struct Credentials {
    uid_t uid = ::geteuid();
    gid_t gid = ::getegid();
    QList<gid_t> groups;
    quint64 caps = Diagnose::effectiveCapabilities();

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
        return Diagnose::tr("we are %1 (uid %2), in groups %3").arg(DeviceText::userName(uid)).arg(uid).arg(names.join(QStringLiteral(", ")));
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
        v.why = v.allowed ? Diagnose::tr("we own it and the owner bits allow it") : Diagnose::tr("we own it, but the owner bits do not allow it");
    } else {
        bool decided = false;
        for (const AclEntry &e : acl) {
            if (e.tag == User && e.id == me.uid) {
                v.allowed = grants(e.perm & mask);
                v.why = v.allowed ? Diagnose::tr("an ACL entry for our user allows it") : Diagnose::tr("an ACL entry for our user does not allow it");
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
                v.why = groupAllows ? Diagnose::tr("we are in its group and the group bits allow it")
                                    : Diagnose::tr("we are in its group, but the group bits do not allow it");
            } else {
                v.allowed = grants(mode & 7);
                v.why = v.allowed ? Diagnose::tr("not the owner and not in its group, but everyone may")
                                  : Diagnose::tr("not the owner, not in its group, and others may not");
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
            v.why += Diagnose::tr("; our capability %1 overrides that").arg(Diagnose::capabilityName(overrideOk ? CapDacOverride : CapDacReadSearch));
        }
    }
    return v;
}

QString ownerText(const struct stat &st)
{
    return Diagnose::tr("owned by %1, mode %2 (%3), group %4")
        .arg(DeviceText::userName(st.st_uid))
        .arg(st.st_mode & 07777, 4, 8, QLatin1Char('0'))
        .arg(DirLister::modeString(st.st_mode).mid(1))
        .arg(DeviceText::groupName(st.st_gid));
}

QString typeText(const struct stat &st)
{
    if (S_ISREG(st.st_mode))
        return Diagnose::tr("a regular file, %Ln byte(s) as stat() reports it (procfs and sysfs report 0 or 4096 whatever they hold)", nullptr, int(qMin<qint64>(st.st_size, INT_MAX)));
    if (S_ISDIR(st.st_mode))
        return Diagnose::tr("a directory");
    if (S_ISCHR(st.st_mode))
        return Diagnose::tr("a character device node, number %1:%2").arg(major(st.st_rdev)).arg(minor(st.st_rdev));
    if (S_ISBLK(st.st_mode))
        return Diagnose::tr("a block device node, number %1:%2").arg(major(st.st_rdev)).arg(minor(st.st_rdev));
    if (S_ISFIFO(st.st_mode))
        return Diagnose::tr("a FIFO (named pipe): reading waits for a writer");
    if (S_ISSOCK(st.st_mode))
        return Diagnose::tr("a unix socket: connect to it, it cannot be read as a file");
    return Diagnose::tr("a special file");
}

// /proc/PID/... -> PID, else 0.
int procPid(const QString &path)
{
    static const QRegularExpression re(QStringLiteral("^/proc/(\\d+)(?:/|$)"));
    const auto m = re.match(path);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

void pathMissing(Diagnosis &d, const QString &path, int err)
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
        d.checks.append(check(Result::Fail, Diagnose::tr("Exists"), Diagnose::tr("No process %1 is running: it has exited, or there never was one.").arg(pid),
                              Diagnose::tr("Look the process up again (kchan procs); process IDs are reused.")));
        if (rt.procHidesProcesses() && !rt.root)
            d.checks.append(check(Result::Warn, Diagnose::tr("Hidden processes"),
                                  Diagnose::tr("/proc is mounted with hidepid=%1: other users' processes are invisible to us, so it may exist.").arg(rt.procHidePid),
                                  Diagnose::tr("Run as root, or as a member of the group given by gid= of the /proc mount.")));
        return;
    }
    QString where;
    if (path.startsWith(QLatin1String("/sys/")))
        where = Diagnose::tr("sysfs shows only what the kernel has now: the device, driver or module that would create this entry is absent.");
    else if (path.startsWith(QLatin1String("/dev/")))
        where = Diagnose::tr("Device nodes appear when a driver registers a device and devtmpfs (or udev) creates the node; no driver has made this one.");
    else if (path.startsWith(QLatin1String("/proc/")))
        where = Diagnose::tr("This kernel has no such /proc entry: it may be built without the option that provides it.");
    d.checks.append(check(Result::Fail, Diagnose::tr("Exists"),
                          Diagnose::tr("%1: %2. The nearest existing directory is %3.").arg(path, errnoText(err), existing), where));
}

void ancestors(Diagnosis &d, const QString &path, const Credentials &me)
{
    QString dir = QFileInfo(path).path();
    QStringList blocked;
    while (true) {
        struct stat st {};
        if (::stat(dir.toLocal8Bit().constData(), &st) == 0) {
            const Verdict v = evaluate(st, 1, readAcl(dir), me);
            if (!v.allowed)
                blocked.prepend(Diagnose::tr("%1 (%2)").arg(dir, ownerText(st)));
        }
        if (dir == QLatin1String("/") || dir.isEmpty())
            break;
        dir = QFileInfo(dir).path();
    }
    if (blocked.isEmpty())
        d.checks.append(check(Result::Pass, Diagnose::tr("Directories on the way"), Diagnose::tr("We may enter (search) every directory above it.")));
    else
        d.checks.append(check(Result::Fail, Diagnose::tr("Directories on the way"),
                              Diagnose::tr("We may not enter %1.").arg(blocked.join(QStringLiteral("; "))),
                              Diagnose::tr("Ask for search (x) permission on that directory, or run as its owner or root.")));
}

void deviceChecks(Diagnosis &d, const QString &path, const struct stat &st)
{
    const bool block = S_ISBLK(st.st_mode);
    const uint maj = major(st.st_rdev), min = minor(st.st_rdev);
    const QHash<quint64, QString> majors = DeviceScanner::majorNames();
    const QString registered = majors.value(HolderMap::deviceKey(block, maj));
    const QString kind = block ? Diagnose::tr("block") : Diagnose::tr("character");
    if (registered.isEmpty()) {
        d.checks.append(check(Result::Fail, Diagnose::tr("Driver for the major number"),
                              Diagnose::tr("No driver has registered %1 major %2 (it is not in /proc/devices): the driver is missing, or its module is not loaded.")
                                  .arg(kind).arg(maj),
                              Diagnose::tr("Load the driver's module (modprobe), or check that the node's number is right; opening it would fail with ENXIO or ENODEV.")));
        return;
    }
    d.checks.append(check(Result::Pass, Diagnose::tr("Driver for the major number"),
                          Diagnose::tr("%1 major %2 is registered by \"%3\" (/proc/devices).").arg(kind).arg(maj).arg(registered)));
    const SysfsDevice dev = DeviceScanner::sysfsFor(block, maj, min);
    if (dev.sysfsPath.isEmpty()) {
        d.checks.append(check(Result::Warn, Diagnose::tr("Device in sysfs"),
                              Diagnose::tr("No device %1:%2 in /sys/dev/%3: the driver has the major number but made no device with this minor.")
                                  .arg(maj).arg(min).arg(block ? QStringLiteral("block") : QStringLiteral("char")),
                              Diagnose::tr("Opening the node would likely fail with ENXIO (no such device or address).")));
        return;
    }
    QString driver;
    if (dev.driver.isEmpty())
        driver = Diagnose::tr("no driver is bound in sysfs (the major's owner, %1, serves it)").arg(registered);
    else if (dev.driverFromParent)
        driver = Diagnose::tr("driver %1, bound to its parent").arg(dev.driver);
    else
        driver = Diagnose::tr("driver %1").arg(dev.driver);
    const QString module = dev.module.isEmpty() ? Diagnose::tr("no module (built into the kernel)") : Diagnose::tr("module %1").arg(dev.module);
    d.checks.append(check(Result::Pass, Diagnose::tr("Device in sysfs"),
                          Diagnose::tr("%1, subsystem %2; %3; %4.").arg(dev.sysfsPath, dev.subsystem.isEmpty() ? QStringLiteral("-") : dev.subsystem, driver, module)));
    d.checks.append(check(Result::Info, Diagnose::tr("Opening it"),
                          Diagnose::tr("Not tried: Kernel Channels never opens device nodes. A driver may still refuse open() (busy, exclusive, missing hardware).")));
    Q_UNUSED(path);
}

struct ProtocolNeeds {
    int protocol;
    const char *needs;
};

} // namespace

bool Diagnosis::failed() const
{
    for (const DiagnosisCheck &c : checks) {
        if (c.result == DiagnosisCheck::Result::Fail)
            return true;
    }
    return !error.isEmpty();
}

QString Diagnosis::verdict() const
{
    if (!error.isEmpty())
        return error;
    for (const DiagnosisCheck &c : checks) {
        if (c.result == DiagnosisCheck::Result::Fail)
            return Diagnose::tr("%1: %2").arg(c.title, c.evidence);
    }
    return Diagnose::tr("Nothing found in the way.");
}

QString Diagnosis::resultKey(DiagnosisCheck::Result r)
{
    switch (r) {
    case DiagnosisCheck::Result::Pass: return QStringLiteral("pass");
    case DiagnosisCheck::Result::Fail: return QStringLiteral("fail");
    case DiagnosisCheck::Result::Warn: return QStringLiteral("warn");
    case DiagnosisCheck::Result::Info: return QStringLiteral("info");
    }
    return {};
}

QString Diagnose::capabilityName(int cap)
{
    static const char *const names[] = {
        "CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_DAC_READ_SEARCH", "CAP_FOWNER", "CAP_FSETID", "CAP_KILL", "CAP_SETGID",
        "CAP_SETUID", "CAP_SETPCAP", "CAP_LINUX_IMMUTABLE", "CAP_NET_BIND_SERVICE", "CAP_NET_BROADCAST", "CAP_NET_ADMIN",
        "CAP_NET_RAW", "CAP_IPC_LOCK", "CAP_IPC_OWNER", "CAP_SYS_MODULE", "CAP_SYS_RAWIO", "CAP_SYS_CHROOT",
        "CAP_SYS_PTRACE", "CAP_SYS_PACCT", "CAP_SYS_ADMIN", "CAP_SYS_BOOT", "CAP_SYS_NICE", "CAP_SYS_RESOURCE",
        "CAP_SYS_TIME", "CAP_SYS_TTY_CONFIG", "CAP_MKNOD", "CAP_LEASE", "CAP_AUDIT_WRITE", "CAP_AUDIT_CONTROL",
        "CAP_SETFCAP", "CAP_MAC_OVERRIDE", "CAP_MAC_ADMIN", "CAP_SYSLOG", "CAP_WAKE_ALARM", "CAP_BLOCK_SUSPEND",
        "CAP_AUDIT_READ", "CAP_PERFMON", "CAP_BPF", "CAP_CHECKPOINT_RESTORE"};
    return cap >= 0 && cap < int(sizeof(names) / sizeof(names[0])) ? QString::fromLatin1(names[cap]) : QStringLiteral("capability %1").arg(cap);
}

quint64 Diagnose::effectiveCapabilities()
{
    const ReadResult r = SafeReader::read(QStringLiteral("/proc/self/status"));
    for (const QByteArrayView line : parse::lines(r.data)) {
        if (line.startsWith("CapEff:"))
            return QByteArray(line.sliced(7).trimmed().data(), line.sliced(7).trimmed().size()).toULongLong(nullptr, 16);
    }
    return 0;
}

Diagnosis Diagnose::subject(const QString &spec, int pid)
{
    if (spec.startsWith(QLatin1String("netlink:")))
        return netlink(spec.mid(8));
    if (spec.startsWith(QLatin1String("syscall:")))
        return syscall(spec.mid(8), pid);
    return path(spec);
}

Diagnosis Diagnose::path(const QString &given)
{
    Diagnosis d;
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

Diagnosis Diagnose::netlink(const QString &given)
{
    Diagnosis d;
    d.subject = QStringLiteral("netlink:") + given;
    d.kind = QStringLiteral("netlink");
    // A name (with or without NETLINK_) or a number.
    int protocol = -1;
    bool numeric = false;
    const int n = given.toInt(&numeric);
    if (numeric && n >= 0 && n < 32) {
        protocol = n;
    } else {
        QString want = given.toUpper();
        if (!want.startsWith(QLatin1String("NETLINK_")))
            want.prepend(QLatin1String("NETLINK_"));
        for (int p = 0; p < 32; ++p) {
            if (NetlinkNames::protocol(p) == want)
                protocol = p;
        }
    }
    if (protocol < 0) {
        // Not a protocol: perhaps a generic netlink family (netlink:nl80211,
        // netlink:genl:devlink).
        const QString familyName = given.startsWith(QLatin1String("genl:")) ? given.mid(5) : given;
        const GenlFamilyList families = GenlFamilies::dump(false);
        for (const GenlFamily &f : families.families) {
            if (f.name != familyName)
                continue;
            d.subject = QStringLiteral("netlink:") + given;
            d.checks.append(check(Result::Pass, tr("In this kernel"),
                                  tr("%1 is a generic netlink family (NETLINK_GENERIC): id %2, version %3, %Ln operation(s).", nullptr, int(f.operations.size()))
                                      .arg(f.name).arg(f.id).arg(f.version)));
            QStringList admin, nsAdmin;
            for (const GenlOperation &op : f.operations) {
                if (op.flags & GENL_ADMIN_PERM)
                    admin.append(QString::number(op.id));
                else if (op.flags & GENL_UNS_ADMIN_PERM)
                    nsAdmin.append(QString::number(op.id));
            }
            const bool haveAdmin = effectiveCapabilities() & (quint64(1) << 12);
            QString evidence = admin.isEmpty() && nsAdmin.isEmpty()
                ? tr("No operation of %1 is marked as needing CAP_NET_ADMIN.").arg(f.name)
                : tr("Operations needing CAP_NET_ADMIN: %1; in the network namespace's user namespace only: %2.")
                      .arg(admin.isEmpty() ? tr("none") : admin.join(QStringLiteral(", ")), nsAdmin.isEmpty() ? tr("none") : nsAdmin.join(QStringLiteral(", ")));
            evidence += QLatin1Char(' ') + (haveAdmin ? tr("We have CAP_NET_ADMIN.") : tr("We do not have CAP_NET_ADMIN."));
            d.checks.append(check(admin.isEmpty() || haveAdmin ? Result::Pass : Result::Warn, tr("Capabilities"), evidence,
                                  admin.isEmpty() || haveAdmin ? QString() : tr("Run as root for those operations; the others work as this user.")));
            QStringList groups;
            for (const GenlGroup &g : f.groups)
                groups.append(QStringLiteral("%1 (%2)").arg(g.name).arg(g.id));
            d.checks.append(check(Result::Info, tr("Multicast groups"),
                                  groups.isEmpty() ? tr("%1 sends no events: it has no multicast groups.").arg(f.name)
                                                   : tr("Programs may listen to %1.").arg(groups.join(QStringLiteral(", ")))));
            return d;
        }
        if (families.ok() && !given.startsWith(QLatin1String("NETLINK_"), Qt::CaseInsensitive)) {
            d.subject = QStringLiteral("netlink:") + given;
            d.checks.append(check(Result::Fail, tr("In this kernel"),
                                  tr("This kernel has no generic netlink family \"%1\" now.").arg(familyName),
                                  tr("The module that registers it may not be loaded (families appear when their module loads).")));
            return d;
        }
        QStringList known;
        for (int p = 0; p < 32; ++p) {
            if (!NetlinkNames::protocol(p).isEmpty())
                known.append(NetlinkNames::protocol(p));
        }
        d.error = tr("\"%1\" is neither a netlink protocol nor a generic netlink family of this kernel; protocols: %2.").arg(given, known.join(QStringLiteral(", ")));
        return d;
    }
    const QString name = NetlinkNames::protocol(protocol).isEmpty() ? QString::number(protocol) : NetlinkNames::protocol(protocol);
    d.checks.append(check(Result::Info, tr("Protocol"), tr("%1 is netlink protocol number %2.").arg(name).arg(protocol)));

    // Removed protocols keep their numbers in <linux/netlink.h>.
    static const QHash<int, const char *> removed = {
        {1, QT_TR_NOOP("never used: the number was left free")},
        {3, QT_TR_NOOP("removed in Linux 3.5 together with ip_queue; use NETLINK_NETFILTER with nfnetlink_queue")},
        {5, QT_TR_NOOP("removed in Linux 3.17 together with ipt_ULOG; use NETLINK_NETFILTER with nfnetlink_log")},
        {13, QT_TR_NOOP("removed in Linux 3.5 together with ip6_queue; use NETLINK_NETFILTER with nfnetlink_queue")},
        {14, QT_TR_NOOP("removed in Linux 6.1 together with DECnet")},
    };
    // Every protocol the kernel serves has a kernel socket (port ID 0) in
    // /proc/net/netlink; looking there loads no module, unlike socket().
    const ReadResult table = SafeReader::read(QStringLiteral("/proc/net/netlink"));
    bool present = protocol == 2; // NETLINK_USERSOCK needs no kernel socket
    int userSockets = 0;
    for (const NetlinkSocketInfo &s : NetlinkSockets::parseProcTable(table.data)) {
        if (s.protocol != protocol)
            continue;
        if (s.portid == 0)
            present = true;
        else
            ++userSockets;
    }
    const QString ourNet = SafeReader::readLink(QStringLiteral("/proc/self/ns/net"));
    const QString initNet = SafeReader::readLink(QStringLiteral("/proc/1/ns/net"));
    const bool initialNamespace = !initNet.isEmpty() && ourNet == initNet;
    if (present) {
        d.checks.append(check(Result::Pass, tr("In this kernel"),
                              protocol == 2 ? tr("%1 is always there: it carries messages between programs.").arg(name)
                                            : tr("The kernel has a %1 socket (port ID 0 in /proc/net/netlink); %Ln socket(s) of programs use it now.", nullptr, userSockets).arg(name)));
    } else if (removed.contains(protocol)) {
        d.checks.append(check(Result::Fail, tr("In this kernel"), tr("%1 is not in this kernel: it was %2.").arg(name, tr(removed.value(protocol)))));
    } else {
        QString why = tr("%1 is not in this kernel now: no kernel socket for protocol %2 in /proc/net/netlink.").arg(name).arg(protocol);
        if (!initNet.isEmpty() && !initialNamespace)
            why += QLatin1Char(' ') + tr("We are not in the initial network namespace, and some protocols (audit, connector, SELinux) exist only there.");
        d.checks.append(check(Result::Fail, tr("In this kernel"), why,
                              tr("The module that provides it may not be loaded, or the kernel is built without it.")));
    }

    if (initNet.isEmpty())
        d.checks.append(check(Result::Info, tr("Network namespace"), tr("We are in %1; the initial namespace cannot be compared without root.").arg(ourNet)));
    else if (initialNamespace)
        d.checks.append(check(Result::Pass, tr("Network namespace"), tr("We are in the initial network namespace (%1): we see the host's links and all uevents.").arg(ourNet)));
    else
        d.checks.append(check(Result::Warn, tr("Network namespace"),
                              tr("We are in %1, not the initial %2: route messages describe this namespace's links only, and uevents of most devices are not sent here.").arg(ourNet, initNet)));

    // What needs a capability, per protocol (from the kernel's checks).
    static const QHash<int, QPair<int, const char *>> needs = {
        {0, {12, QT_TR_NOOP("Reading links, addresses and routes and joining groups is free; changing them needs CAP_NET_ADMIN.")}},
        {4, {12, QT_TR_NOOP("Listing sockets is free; some details of other users' sockets and destroying sockets need CAP_NET_ADMIN.")}},
        {6, {12, QT_TR_NOOP("Every IPsec (XFRM) request needs CAP_NET_ADMIN.")}},
        {9, {37, QT_TR_NOOP("Receiving audit records needs CAP_AUDIT_READ; changing audit rules needs CAP_AUDIT_CONTROL.")}},
        {11, {12, QT_TR_NOOP("Process events (fork, exec, exit) need CAP_NET_ADMIN to subscribe.")}},
        {12, {12, QT_TR_NOOP("Most netfilter requests (conntrack, nftables, queues) need CAP_NET_ADMIN.")}},
        {15, {-1, QT_TR_NOOP("Anyone may listen to kernel uevents; sending needs CAP_SYS_ADMIN.")}},
        {16, {-1, QT_TR_NOOP("Generic netlink: each family's operations say whether they need CAP_NET_ADMIN (kchan netlink families shows the admin flag).")}},
    };
    if (needs.contains(protocol)) {
        const auto [cap, text] = needs.value(protocol);
        const quint64 caps = effectiveCapabilities();
        QString evidence = tr(text);
        Result r = Result::Info;
        if (cap >= 0) {
            const bool have = caps & (quint64(1) << cap);
            evidence += QLatin1Char(' ') + (have ? tr("We have %1.").arg(capabilityName(cap)) : tr("We do not have %1.").arg(capabilityName(cap)));
            r = have ? Result::Pass : Result::Warn;
        }
        d.checks.append(check(r, tr("Capabilities"), evidence, r == Result::Warn ? tr("Run as root, or grant the capability (setcap) to the program.") : QString()));
    }
    return d;
}

Diagnosis Diagnose::syscall(const QString &given, int pid)
{
    Diagnosis d;
    d.subject = QStringLiteral("syscall:") + given;
    d.kind = QStringLiteral("syscall");
    const QString name = given.trimmed().toLower();
    int number = -1;
    QStringList similar;
    for (const SyscallInfo &s : SyscallTable::compiled()) {
        if (s.name == name)
            number = s.number;
        else if (s.name.contains(name) || (name.size() > 3 && name.contains(s.name) && s.name.size() > 3))
            similar.append(s.name);
    }
    if (number < 0) {
        d.checks.append(check(Result::Fail, tr("On this architecture"),
                              tr("There is no system call named %1 on %2.").arg(name, QSysInfo::currentCpuArchitecture()),
                              similar.isEmpty() ? QString() : tr("Perhaps: %1.").arg(similar.mid(0, 8).join(QStringLiteral(", ")))));
        return d;
    }
    d.checks.append(check(Result::Pass, tr("On this architecture"), tr("%1 is system call %2 on %3.").arg(name).arg(number).arg(QSysInfo::currentCpuArchitecture())));

    const QString tracefs = SyscallTable::findTracefs();
    if (tracefs.isEmpty()) {
        d.checks.append(check(Result::Info, tr("In the running kernel"),
                              tr("Cannot tell without tracefs whether this kernel was built with it; a missing one fails with ENOSYS.")));
    } else if (QFileInfo::exists(tracefs + QStringLiteral("/events/syscalls/sys_enter_") + name)) {
        d.checks.append(check(Result::Pass, tr("In the running kernel"), tr("The kernel has a tracepoint for it (events/syscalls/sys_enter_%1).").arg(name)));
    } else {
        d.checks.append(check(Result::Warn, tr("In the running kernel"),
                              tr("The kernel has no tracepoint sys_enter_%1: it may be built without it, and the call then fails with ENOSYS.").arg(name)));
    }

    const int target = pid > 0 ? pid : int(::getpid());
    const ReadResult status = SafeReader::read(QStringLiteral("/proc/%1/status").arg(target));
    if (!status.ok()) {
        d.checks.append(check(Result::Fail, tr("Seccomp"), status.reason));
    } else {
        QString mode, filters, noNewPrivs;
        for (const QByteArrayView line : parse::lines(status.data)) {
            if (line.startsWith("Seccomp:"))
                mode = QString::fromUtf8(line.sliced(8).trimmed());
            else if (line.startsWith("Seccomp_filters:"))
                filters = QString::fromUtf8(line.sliced(16).trimmed());
            else if (line.startsWith("NoNewPrivs:"))
                noNewPrivs = QString::fromUtf8(line.sliced(11).trimmed());
        }
        const QString who = pid > 0 ? tr("process %1").arg(pid) : tr("this process");
        static const QStringList strictAllowed = {QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("exit"), QStringLiteral("rt_sigreturn")};
        if (mode == QLatin1String("0"))
            d.checks.append(check(Result::Pass, tr("Seccomp"), tr("No seccomp filter restricts %1.").arg(who)));
        else if (mode == QLatin1String("1"))
            d.checks.append(check(strictAllowed.contains(name) ? Result::Pass : Result::Fail, tr("Seccomp"),
                                  tr("%1 is in seccomp strict mode: only read, write, exit and sigreturn are allowed; anything else kills it.").arg(who)));
        else if (mode == QLatin1String("2"))
            d.checks.append(check(Result::Warn, tr("Seccomp"),
                                  tr("%1 runs under %2 seccomp filter(s) (Seccomp: 2 in /proc/%3/status). A filter may refuse %4 with an error of its choice; the filter's program cannot be read without CAP_SYS_ADMIN.")
                                      .arg(who, filters.isEmpty() ? QStringLiteral("?") : filters).arg(target).arg(name),
                                  tr("Containers, Flatpak and systemd units install such filters; check the sandbox's profile.")));
        if (noNewPrivs == QLatin1String("1"))
            d.checks.append(check(Result::Info, tr("No new privileges"), tr("%1 cannot gain privileges through setuid programs or file capabilities.").arg(who)));
    }

    // Calls gated by a capability or a sysctl (from the kernel's checks).
    struct Gate {
        const char *call;
        int cap;
        const char *sysctl; // /proc/sys path, or nullptr
        const char *text;
    };
    static const Gate gates[] = {
        {"bpf", 39, "kernel/unprivileged_bpf_disabled", QT_TR_NOOP("Loading most BPF programs needs CAP_BPF (or CAP_SYS_ADMIN); kernel.unprivileged_bpf_disabled decides what others may do.")},
        {"perf_event_open", 38, "kernel/perf_event_paranoid", QT_TR_NOOP("kernel.perf_event_paranoid limits what unprivileged programs may count; CAP_PERFMON lifts it.")},
        {"init_module", 16, "kernel/modules_disabled", QT_TR_NOOP("Loading modules needs CAP_SYS_MODULE, and kernel.modules_disabled=1 stops it for good.")},
        {"finit_module", 16, "kernel/modules_disabled", QT_TR_NOOP("Loading modules needs CAP_SYS_MODULE, and kernel.modules_disabled=1 stops it for good.")},
        {"delete_module", 16, nullptr, QT_TR_NOOP("Unloading modules needs CAP_SYS_MODULE.")},
        {"reboot", 22, nullptr, QT_TR_NOOP("Rebooting needs CAP_SYS_BOOT.")},
        {"kexec_load", 22, "kernel/kexec_load_disabled", QT_TR_NOOP("Loading a new kernel needs CAP_SYS_BOOT; kernel.kexec_load_disabled=1 forbids it.")},
        {"kexec_file_load", 22, "kernel/kexec_load_disabled", QT_TR_NOOP("Loading a new kernel needs CAP_SYS_BOOT; kernel.kexec_load_disabled=1 forbids it.")},
        {"mount", 21, nullptr, QT_TR_NOOP("Mounting needs CAP_SYS_ADMIN in the mount namespace's user namespace.")},
        {"umount2", 21, nullptr, QT_TR_NOOP("Unmounting needs CAP_SYS_ADMIN.")},
        {"pivot_root", 21, nullptr, QT_TR_NOOP("Changing the root mount needs CAP_SYS_ADMIN.")},
        {"fsopen", 21, nullptr, QT_TR_NOOP("Configuring a filesystem to mount needs CAP_SYS_ADMIN.")},
        {"move_mount", 21, nullptr, QT_TR_NOOP("Moving mounts needs CAP_SYS_ADMIN.")},
        {"swapon", 21, nullptr, QT_TR_NOOP("Swap areas need CAP_SYS_ADMIN.")},
        {"swapoff", 21, nullptr, QT_TR_NOOP("Swap areas need CAP_SYS_ADMIN.")},
        {"sethostname", 21, nullptr, QT_TR_NOOP("Setting the host name needs CAP_SYS_ADMIN in the UTS namespace's user namespace.")},
        {"setns", 21, nullptr, QT_TR_NOOP("Entering most namespaces needs CAP_SYS_ADMIN.")},
        {"unshare", 21, "user/max_user_namespaces", QT_TR_NOOP("New namespaces need CAP_SYS_ADMIN, except a user namespace, which user.max_user_namespaces (and distribution switches) allow.")},
        {"ptrace", 19, "kernel/yama/ptrace_scope", QT_TR_NOOP("Tracing another process needs the same user and kernel.yama.ptrace_scope permission, or CAP_SYS_PTRACE.")},
        {"process_vm_readv", 19, "kernel/yama/ptrace_scope", QT_TR_NOOP("Reading another process's memory follows the ptrace rules.")},
        {"setuid", 7, nullptr, QT_TR_NOOP("Changing to another user needs CAP_SETUID.")},
        {"setgid", 6, nullptr, QT_TR_NOOP("Changing to another group needs CAP_SETGID.")},
        {"chroot", 18, nullptr, QT_TR_NOOP("Changing the root directory needs CAP_SYS_CHROOT.")},
        {"settimeofday", 25, nullptr, QT_TR_NOOP("Setting the clock needs CAP_SYS_TIME.")},
        {"clock_settime", 25, nullptr, QT_TR_NOOP("Setting the clock needs CAP_SYS_TIME.")},
        {"adjtimex", 25, nullptr, QT_TR_NOOP("Adjusting the clock needs CAP_SYS_TIME (reading it is free).")},
        {"iopl", 17, nullptr, QT_TR_NOOP("Port I/O needs CAP_SYS_RAWIO.")},
        {"ioperm", 17, nullptr, QT_TR_NOOP("Port I/O needs CAP_SYS_RAWIO.")},
        {"mknod", 27, nullptr, QT_TR_NOOP("Creating device nodes needs CAP_MKNOD (FIFOs and sockets do not).")},
        {"mknodat", 27, nullptr, QT_TR_NOOP("Creating device nodes needs CAP_MKNOD (FIFOs and sockets do not).")},
        {"acct", 20, nullptr, QT_TR_NOOP("Process accounting needs CAP_SYS_PACCT.")},
        {"syslog", 34, "kernel/dmesg_restrict", QT_TR_NOOP("Reading the kernel log needs CAP_SYSLOG when kernel.dmesg_restrict=1.")},
        {"userfaultfd", -1, "vm/unprivileged_userfaultfd", QT_TR_NOOP("vm.unprivileged_userfaultfd=0 limits unprivileged programs to faults in user mode.")},
        {"io_uring_setup", -1, "kernel/io_uring_disabled", QT_TR_NOOP("kernel.io_uring_disabled: 1 allows it only for a chosen group, 2 for nobody.")},
        {"mlock", 14, nullptr, QT_TR_NOOP("Locking memory beyond RLIMIT_MEMLOCK needs CAP_IPC_LOCK.")},
        {"setpriority", 23, nullptr, QT_TR_NOOP("Raising priority (lower nice) needs CAP_SYS_NICE.")},
        {"sched_setscheduler", 23, nullptr, QT_TR_NOOP("Real-time scheduling needs CAP_SYS_NICE or RLIMIT_RTPRIO.")},
        {"kill", 5, nullptr, QT_TR_NOOP("Signalling another user's process needs CAP_KILL.")},
        {"quotactl", 21, nullptr, QT_TR_NOOP("Most quota operations need CAP_SYS_ADMIN.")},
    };
    const quint64 caps = effectiveCapabilities();
    for (const Gate &g : gates) {
        if (name != QLatin1String(g.call))
            continue;
        QString evidence = tr(g.text);
        Result r = Result::Info;
        if (g.cap >= 0) {
            const bool have = caps & (quint64(1) << g.cap);
            evidence += QLatin1Char(' ') + (have ? tr("We have %1.").arg(capabilityName(g.cap)) : tr("We do not have %1.").arg(capabilityName(g.cap)));
            r = have ? Result::Pass : Result::Warn;
        }
        if (g.sysctl) {
            const ReadResult v = SafeReader::read(QStringLiteral("/proc/sys/") + QLatin1String(g.sysctl), 256);
            const QString key = QString::fromLatin1(g.sysctl).replace(QLatin1Char('/'), QLatin1Char('.'));
            evidence += QLatin1Char(' ') + (v.ok() ? tr("%1 is %2 here.").arg(key, QString::fromUtf8(v.data).trimmed()) : tr("%1: %2").arg(key, v.reason));
        }
        d.checks.append(check(r, tr("Privilege"), evidence, r == Result::Warn ? tr("Run as root, or grant the capability to the program (setcap).") : QString()));
    }
    return d;
}

} // namespace kc
