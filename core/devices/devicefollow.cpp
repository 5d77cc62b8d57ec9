// SPDX-License-Identifier: GPL-2.0-or-later
#include "devicefollow.h"

#include "deviceparsers.h"
#include "devicescanner.h"
#include "io/safereader.h"
#include "procfs/dirlister.h"

#include <QDir>
#include <QFileInfo>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace kc {

namespace {

QString readSmall(const QString &path)
{
    const ReadResult r = SafeReader::read(path, 4096);
    return r.ok() ? QString::fromUtf8(r.data).trimmed() : QString();
}

} // namespace

FollowResult DeviceFollow::follow(const QString &path, const QString &udevDataDir)
{
    FollowResult out;
    out.node = DeviceScanner::describe(path);
    const DeviceNode &n = out.node;
    struct stat st {};
    if (::lstat(path.toLocal8Bit().constData(), &st) != 0) {
        out.error = SafeReader::fromErrno(path, errno).reason;
        return out;
    }
    if (!n.isNode() && !n.pointsToNode) {
        out.error = tr("%1 is not a device node (nor a link to one).").arg(path);
        return out;
    }
    const bool block = n.blockDevice;

    FollowStep node;
    node.kind = FollowStep::Kind::Node;
    node.title = tr("Device node");
    node.value = path;
    if (n.type == DeviceNode::Type::Symlink) {
        FollowStep link;
        link.kind = FollowStep::Kind::Link;
        link.title = tr("Symbolic link");
        link.value = n.linkTarget;
        link.detail = tr("%1 is a link; it ends at %2.").arg(path, n.resolved);
        out.steps.append(link);
        node.value = n.resolved;
    }
    node.detail = tr("%1 device %2, %3 %4:%5, read with stat() only")
                      .arg(block ? tr("Block") : tr("Character"), n.majMin(), DirLister::modeString(n.mode),
                           DeviceText::userName(n.uid), DeviceText::groupName(n.gid));
    out.steps.prepend(node);

    const DeviceDriver &drv = n.driver;
    FollowStep major;
    major.kind = FollowStep::Kind::Major;
    major.title = tr("Major number");
    major.value = drv.registered() ? QStringLiteral("%1 = %2").arg(n.major).arg(drv.name) : QString::number(n.major);
    major.detail = drv.basisText(block, n.major, n.minor);
    out.steps.append(major);

    FollowStep sysfs;
    sysfs.kind = FollowStep::Kind::Sysfs;
    sysfs.title = tr("sysfs device");
    const QString devLink = QStringLiteral("/sys/dev/%1/%2").arg(block ? QStringLiteral("block") : QStringLiteral("char"), n.majMin());
    if (n.sysfsPath.isEmpty()) {
        sysfs.value = tr("none");
        sysfs.detail = tr("%1 does not exist: no device with this number is registered with the driver core.").arg(devLink);
        out.steps.append(sysfs);
    } else {
        sysfs.value = n.sysfsPath;
        sysfs.sysfsPath = n.sysfsPath;
        sysfs.detail = tr("%1 links here.").arg(devLink);
        out.steps.append(sysfs);

        FollowStep subsystem;
        subsystem.kind = FollowStep::Kind::Subsystem;
        subsystem.title = tr("Subsystem");
        subsystem.value = n.subsystem.isEmpty() ? tr("none") : n.subsystem;
        const QString subsystemPath = QFileInfo(n.sysfsPath + QStringLiteral("/subsystem")).canonicalFilePath();
        subsystem.sysfsPath = subsystemPath;
        subsystem.detail = subsystemPath.isEmpty() ? tr("The device has no subsystem link.") : tr("From the subsystem link: %1").arg(subsystemPath);
        out.steps.append(subsystem);
    }

    // The driver is the one that registered the number (the same answer as
    // the Devices table and the Process pane); a driver bound in sysfs is
    // told beside it, for it is often another one (the bus's, a parent's).
    FollowStep driver;
    driver.kind = FollowStep::Kind::Driver;
    driver.title = tr("Driver");
    driver.value = drv.label().isEmpty() ? tr("none") : drv.label();
    driver.sysfsPath = drv.boundPath;
    if (drv.registered())
        driver.items.append({tr("registered as"), drv.name});
    if (!drv.minorName.isEmpty())
        driver.items.append({tr("name of minor %1").arg(n.minor), drv.minorName});
    if (!drv.ttyDriver.isEmpty())
        driver.items.append({tr("tty driver"), drv.ttyDriver});
    driver.items.append({tr("bound in sysfs"), drv.bound.isEmpty() ? tr("none") : drv.boundText()});
    if (!drv.registered() && drv.bound.isEmpty())
        driver.detail = tr("No driver serves this number: opening the node would fail.");
    else if (drv.bound.isEmpty())
        driver.detail = tr("open() on the node goes to the driver registered as %1; no driver is bound to the device in sysfs.").arg(drv.name);
    else if (!drv.registered())
        driver.detail = tr("No registration for this number was found in /proc/devices; %1 is the driver bound in sysfs.").arg(drv.boundText());
    else if (drv.boundFromParent)
        driver.detail = tr("open() on the node goes to the driver registered as %1; in sysfs the device's parent is bound to %2.").arg(drv.name, drv.bound);
    else
        driver.detail = tr("open() on the node goes to the driver registered as %1; in sysfs the device is bound to %2.").arg(drv.name, drv.bound);
    out.steps.append(driver);

    FollowStep module;
    module.kind = FollowStep::Kind::Module;
    module.title = tr("Kernel module");
    module.value = drv.originText().isEmpty() ? tr("none") : drv.originText();
    module.detail = drv.originDetail();
    if (!drv.module.isEmpty()) {
        const QString modPath = QStringLiteral("/sys/module/") + drv.module;
        module.sysfsPath = modPath;
        if (drv.origin == DeviceDriver::Origin::Module) {
            const QString version = readSmall(modPath + QStringLiteral("/version"));
            const QString refcnt = readSmall(modPath + QStringLiteral("/refcnt"));
            const QStringList holders = QDir(modPath + QStringLiteral("/holders")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
            if (!version.isEmpty())
                module.items.append({tr("version"), version});
            module.items.append({tr("references"), refcnt.isEmpty() ? tr("unknown") : refcnt});
            module.items.append({tr("used by"), holders.isEmpty() ? tr("no other module") : holders.join(QStringLiteral(", "))});
        }
    }
    out.steps.append(module);

    // Parents: each directory above with a uevent file is a device.
    if (!n.sysfsPath.isEmpty()) {
        for (QString p = n.sysfsPath.section(QLatin1Char('/'), 0, -2); p.startsWith(QLatin1String("/sys/devices/"));
             p = p.section(QLatin1Char('/'), 0, -2)) {
            if (!QFileInfo::exists(p + QStringLiteral("/uevent")))
                continue;
            FollowStep parent;
            parent.kind = FollowStep::Kind::Parent;
            parent.title = tr("Parent device");
            parent.value = p.section(QLatin1Char('/'), -1);
            parent.sysfsPath = p;
            const QString sub = QFileInfo(p + QStringLiteral("/subsystem")).symLinkTarget().section(QLatin1Char('/'), -1);
            const QString parentDriver = QFileInfo(p + QStringLiteral("/driver")).symLinkTarget().section(QLatin1Char('/'), -1);
            parent.detail = sub.isEmpty() ? p
                                          : tr("%1 (subsystem %2%3)").arg(p, sub, parentDriver.isEmpty() ? QString() : tr(", driver %1").arg(parentDriver));
            out.steps.append(parent);
        }
    }

    FollowStep props;
    props.kind = FollowStep::Kind::Properties;
    const QString udevFile = udevDataDir + QLatin1Char('/') + (block ? QLatin1Char('b') : QLatin1Char('c')) + n.majMin();
    const ReadResult udev = SafeReader::read(udevFile, 64 * 1024);
    if (udev.ok()) {
        const UdevRecord rec = parsers::udevDb(udev.data);
        props.title = tr("udev properties");
        props.value = udevFile;
        props.detail = rec.links.isEmpty() ? tr("From udev's database.") : tr("From udev's database; udev made the links %1.").arg(rec.links.join(QStringLiteral(", ")));
        props.items = rec.properties;
    } else {
        props.title = tr("uevent properties");
        const QString uevent = n.sysfsPath.isEmpty() ? QString() : n.sysfsPath + QStringLiteral("/uevent");
        const ReadResult ue = uevent.isEmpty() ? ReadResult() : SafeReader::read(uevent, 64 * 1024);
        props.value = uevent;
        props.sysfsPath = n.sysfsPath;
        props.detail = QDir(udevDataDir).exists()
            ? tr("udev has no record for this device; these are the kernel's own uevent properties.")
            : tr("udev is not running here (no %1); these are the kernel's own uevent properties.").arg(udevDataDir);
        if (ue.ok())
            props.items = parsers::ueventFile(ue.data).properties;
    }
    out.steps.append(props);

    const quint64 key = HolderMap::deviceKey(block, ::makedev(n.major, n.minor));
    const HolderMap holders = HolderScanner::scan(&key);
    out.holders = holders.holdersOf(block, ::makedev(n.major, n.minor));
    out.processesHidden = holders.processesHidden;
    FollowStep users;
    users.kind = FollowStep::Kind::Holders;
    users.title = tr("Held open by");
    users.value = tr("%Ln process file descriptor(s)", nullptr, int(out.holders.size()));
    for (const Holder &h : out.holders)
        users.items.append({QStringLiteral("%1 %2").arg(h.pid).arg(h.comm), tr("fd %1 %2").arg(h.fd).arg(h.access)});
    users.detail = holders.processesHidden > 0
        ? tr("%Ln process(es) of other users could not be checked: needs root to see other users' processes.", nullptr, holders.processesHidden)
        : tr("Every process was checked through /proc/PID/fd.");
    out.steps.append(users);
    return out;
}

} // namespace kc
