// SPDX-License-Identifier: GPL-2.0-or-later
#include "driverresolver.h"

#include "holderscanner.h"
#include "io/safereader.h"
#include "procfs/parseutil.h"
#include "procfs/procparsers.h"

#include <QDir>
#include <QFileInfo>

#include <cstdlib>
#include <sys/sysmacros.h>

namespace kc {

using namespace kc::parse;

namespace {

QString realPath(const QString &path)
{
    char buf[PATH_MAX];
    if (!::realpath(QFile::encodeName(path).constData(), buf))
        return {};
    return QFile::decodeName(buf);
}

QString baseName(const QString &path)
{
    return path.section(QLatin1Char('/'), -1);
}

// The minors the kernel gives fixed names and owners
// (Documentation/admin-guide/devices.txt): used only when neither
// /proc/tty/drivers nor sysfs says.
struct KnownMinor {
    uint major;
    uint first;
    uint last;
    const char *region; // the registration's name in /proc/devices
    const char *name;   // the minor's name; %1 is the minor minus `first`
};

constexpr KnownMinor knownMinors[] = {
    {1, 1, 1, "mem", "mem"},        {1, 2, 2, "mem", "kmem"},       {1, 3, 3, "mem", "null"},
    {1, 4, 4, "mem", "port"},       {1, 5, 5, "mem", "zero"},       {1, 7, 7, "mem", "full"},
    {1, 8, 8, "mem", "random"},     {1, 9, 9, "mem", "urandom"},    {1, 11, 11, "mem", "kmsg"},
    {4, 0, 0, "/dev/vc/0", "tty0"}, {4, 1, 63, "tty", "tty%1"},     {4, 64, 255, "ttyS", "ttyS%1"},
    {5, 0, 0, "/dev/tty", "tty"},   {5, 1, 1, "/dev/console", "console"}, {5, 2, 2, "/dev/ptmx", "ptmx"},
    {5, 3, 3, "ttyprintk", "ttyprintk"},
};

const KnownMinor *knownMinor(bool block, uint major, uint minor)
{
    if (block)
        return nullptr;
    for (const KnownMinor &k : knownMinors) {
        if (k.major == major && minor >= k.first && minor <= k.last)
            return &k;
    }
    return nullptr;
}

QString knownName(const KnownMinor &k, uint minor)
{
    const QString name = QLatin1String(k.name);
    if (!name.contains(QLatin1String("%1")))
        return name;
    // tty1 is minor 1, ttyS0 minor 64.
    return name.arg(k.first == 1 ? minor : minor - k.first);
}

// The sysfs device's name is the registration's, or its /dev/ form
// ("/dev/ptmx" for ptmx).
QString matchExactly(const QStringList &candidates, const QString &device)
{
    for (const QString &c : candidates) {
        if (!device.isEmpty() && (c == device || c == QLatin1String("/dev/") + device))
            return c;
    }
    return {};
}

// The registration's name starts the device's ("ttyS" for ttyS0), the
// longest winning. A guess, tried after the kernel's fixed minors: tty0
// starts with "tty" but is /dev/vc/0's.
QString matchByPrefix(const QStringList &candidates, const QString &device)
{
    QString best;
    for (const QString &c : candidates) {
        if (!device.isEmpty() && !c.startsWith(QLatin1Char('/')) && device.startsWith(c) && c.size() > best.size())
            best = c;
    }
    return best;
}

// The driver bound in sysfs: the device's own, the one behind its device
// link, else the nearest parent directory's.
void fillBound(DeviceDriver &d, const QString &sysfsPath)
{
    if (sysfsPath.isEmpty())
        return;
    auto tryLink = [&d](const QString &dir, bool parent) {
        const QString link = dir + QStringLiteral("/driver");
        if (!QFileInfo(link).isSymLink())
            return false;
        d.boundPath = realPath(link);
        if (d.boundPath.isEmpty())
            return false;
        d.bound = baseName(d.boundPath);
        d.boundFromParent = parent;
        return true;
    };
    if (tryLink(sysfsPath, false) || tryLink(sysfsPath + QStringLiteral("/device"), true))
        return;
    for (QString p = sysfsPath.section(QLatin1Char('/'), 0, -2); p.startsWith(QLatin1String("/sys/devices/"));
         p = p.section(QLatin1Char('/'), 0, -2)) {
        if (tryLink(p, true))
            return;
    }
}

// Module names use underscores where driver and device names often have
// dashes (btrfs-control is btrfs's).
QString moduleName(QString name)
{
    return name.replace(QLatin1Char('-'), QLatin1Char('_'));
}

void fillOrigin(DeviceDriver &d, const DriverTables &tables, bool block, uint major)
{
    // The bound driver's module link is the kernel's own word; a module
    // that is built in has a directory in /sys/module but no initstate.
    QStringList candidates;
    if (!d.boundPath.isEmpty()) {
        const QString link = QFileInfo(d.boundPath + QStringLiteral("/module")).symLinkTarget();
        if (!link.isEmpty())
            candidates.append(baseName(link));
    }
    if (d.registered() && !d.name.startsWith(QLatin1Char('/')) && !d.name.contains(QLatin1Char('/')))
        candidates.append(moduleName(d.name));
    // A misc minor is registered by the module that uses it (fuse, tun).
    if (!block && major == 10 && !d.minorName.isEmpty()) {
        candidates.append(moduleName(d.minorName));
        if (d.minorName.contains(QLatin1Char('-')))
            candidates.append(moduleName(d.minorName.section(QLatin1Char('-'), 0, 0)));
    }
    for (const QString &c : std::as_const(candidates)) {
        const QString dir = QStringLiteral("/sys/module/") + c;
        if (!QFileInfo(dir).isDir())
            continue;
        d.module = c;
        d.origin = QFileInfo::exists(dir + QStringLiteral("/initstate")) ? DeviceDriver::Origin::Module : DeviceDriver::Origin::BuiltIn;
        return;
    }
    if (!tables.modulesSupported && (d.registered() || !d.bound.isEmpty()))
        d.origin = DeviceDriver::Origin::BuiltIn;
}

QHash<uint, QString> readMiscMinors()
{
    QHash<uint, QString> minors;
    const QString base = QStringLiteral("/sys/class/misc/");
    for (const QString &name : QDir(base).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        const ReadResult r = SafeReader::read(base + name + QStringLiteral("/dev"), 64);
        if (!r.ok())
            continue;
        const QByteArray dev = r.data.trimmed();
        const qsizetype colon = dev.indexOf(':');
        if (colon > 0 && dev.first(colon) == "10")
            minors.insert(dev.sliced(colon + 1).toUInt(), name);
    }
    return minors;
}

} // namespace

QStringList DriverTables::namesOf(bool block, uint major) const
{
    return names.value(HolderMap::deviceKey(block, major));
}

QList<TtyRange> DriverTables::parseTtyDrivers(QByteArrayView data)
{
    // "serial   /dev/ttyS   4 64-111 serial", or for the four the tty core
    // registers itself "/dev/ptmx   /dev/ptmx   5   2 system"
    // (fs/proc/proc_tty.c). The registration's name is the device name
    // without /dev/, except for those four, which keep it.
    QList<TtyRange> out;
    for (QByteArrayView line : lines(data)) {
        const QList<QByteArrayView> f = fields(line);
        if (f.size() < 4 || !isUnsigned(f[2]))
            continue;
        TtyRange r;
        r.major = f[2].toUInt();
        const QByteArrayView range = f[3];
        const qsizetype dash = range.indexOf('-');
        const QByteArrayView first = dash < 0 ? range : range.first(dash);
        const QByteArrayView last = dash < 0 ? range : range.sliced(dash + 1);
        if (!isUnsigned(first) || !isUnsigned(last))
            continue;
        r.first = first.toUInt();
        r.last = last.toUInt();
        if (r.last < r.first)
            continue;
        const QString driver = str(f[0]);
        const QString device = str(f[1]);
        if (driver.startsWith(QLatin1Char('/'))) {
            r.region = driver;
        } else {
            r.region = device.startsWith(QLatin1String("/dev/")) ? device.mid(5) : device;
            if (driver != QLatin1String("unknown"))
                r.driver = driver;
        }
        out.append(r);
    }
    return out;
}

DriverTables DriverTables::parse(QByteArrayView procDevices, QByteArrayView ttyDrivers, bool modulesSupported)
{
    DriverTables t;
    t.modulesSupported = modulesSupported;
    const ParsedDoc doc = parsers::devices(procDevices);
    if (!doc.ok()) {
        t.error = doc.error;
        return t;
    }
    for (int i = 0; i < doc.tables.size() && i < 2; ++i) {
        for (const QStringList &row : doc.tables[i].rows)
            t.names[HolderMap::deviceKey(i == 1, row.value(0).toUInt())].append(row.value(1));
    }
    t.tty = parseTtyDrivers(ttyDrivers);
    return t;
}

DriverTables DriverTables::read()
{
    const ReadResult devices = SafeReader::read(QStringLiteral("/proc/devices"));
    const ReadResult tty = SafeReader::read(QStringLiteral("/proc/tty/drivers"));
    DriverTables t = parse(devices.data, tty.ok() ? tty.data : QByteArray(), QFileInfo::exists(QStringLiteral("/proc/modules")));
    if (!devices.ok())
        t.error = devices.reason;
    return t;
}

DeviceDriver DriverResolver::pick(const DriverTables &tables, bool block, uint major, uint minor, const QString &sysfsName)
{
    DeviceDriver d;
    d.majorNames = tables.namesOf(block, major);
    const KnownMinor *known = knownMinor(block, major, minor);
    d.minorName = !sysfsName.isEmpty() ? sysfsName : known ? knownName(*known, minor) : QString();
    if (d.majorNames.isEmpty())
        return d;

    // /proc/tty/drivers is the kernel's own list of tty minor ranges.
    QStringList candidates = d.majorNames;
    if (!block) {
        for (const TtyRange &r : tables.tty) {
            if (r.major != major || !d.majorNames.contains(r.region))
                continue;
            if (minor >= r.first && minor <= r.last) {
                d.name = r.region;
                d.ttyDriver = r.driver;
                d.basis = DeviceDriver::Basis::TtyDrivers;
                return d;
            }
            candidates.removeAll(r.region);
        }
    }
    if (candidates.isEmpty()) {
        d.basis = DeviceDriver::Basis::MinorNotRegistered;
        return d;
    }
    if (candidates.size() == 1) {
        d.name = candidates.first();
        d.basis = d.majorNames.size() == 1 ? DeviceDriver::Basis::OnlyOne : DeviceDriver::Basis::Remaining;
        return d;
    }
    if (const QString exact = matchExactly(candidates, sysfsName); !exact.isEmpty()) {
        d.name = exact;
        d.basis = DeviceDriver::Basis::SysfsName;
        return d;
    }
    if (known && candidates.contains(QLatin1String(known->region))) {
        d.name = QLatin1String(known->region);
        d.basis = DeviceDriver::Basis::KnownMinors;
        return d;
    }
    if (const QString prefix = matchByPrefix(candidates, sysfsName); !prefix.isEmpty()) {
        d.name = prefix;
        d.basis = DeviceDriver::Basis::SysfsName;
        return d;
    }
    d.name = candidates.join(QStringLiteral(", "));
    d.basis = DeviceDriver::Basis::Ambiguous;
    return d;
}

DeviceDriver DriverResolver::resolve(const DriverTables &tables, bool block, uint major, uint minor, const QString &sysfsPath)
{
    QString sysfsName = sysfsPath.isEmpty() ? QString() : baseName(sysfsPath);
    if (sysfsName.isEmpty() && !block && major == 10) {
        if (!tables.miscMinors)
            tables.miscMinors = readMiscMinors();
        sysfsName = tables.miscMinors->value(minor);
    }
    DeviceDriver d = pick(tables, block, major, minor, sysfsName);
    fillBound(d, sysfsPath);
    fillOrigin(d, tables, block, major);
    return d;
}

// --- DeviceDriver's words ---------------------------------------------------

QString DeviceDriver::label() const
{
    if (name.isEmpty())
        return bound;
    if (basis == Basis::Ambiguous || minorName.isEmpty())
        return name;
    // Say the minor's name only when the registration's does not already:
    // "ttyS" serves ttyS0, "/dev/ptmx" ptmx, but "mem" serves null.
    const bool implied = minorName == name || name.endsWith(QLatin1Char('/') + minorName)
        || (!name.startsWith(QLatin1Char('/')) && minorName.startsWith(name));
    return implied ? name : tr("%1 (%2)").arg(name, minorName);
}

QString DeviceDriver::originText() const
{
    switch (origin) {
    case Origin::Module: return tr("module %1").arg(module);
    case Origin::BuiltIn: return module.isEmpty() ? tr("built in") : tr("built in (%1)").arg(module);
    case Origin::Unknown: break;
    }
    return registered() || !bound.isEmpty() ? tr("likely built in") : QString();
}

QString DeviceDriver::originDetail() const
{
    switch (origin) {
    case Origin::Module:
        return tr("A loadable module: /sys/module/%1 has an initstate.").arg(module);
    case Origin::BuiltIn:
        return module.isEmpty() ? tr("This kernel has no loadable modules (no /proc/modules): every driver is built in.")
                                : tr("Part of the kernel image: /sys/module/%1 exists without an initstate.").arg(module);
    case Origin::Unknown: break;
    }
    if (!registered() && bound.isEmpty())
        return tr("No driver, so no module.");
    return tr("No loaded module is named after the driver and no module link leads to one: it is most likely built into the kernel.");
}

QString DeviceDriver::boundText() const
{
    if (bound.isEmpty())
        return {};
    return boundFromParent ? tr("%1 (parent)").arg(bound) : bound;
}

QString DeviceDriver::basisText(bool block, uint major, uint minor) const
{
    const QString kind = block ? tr("block") : tr("character");
    const QString all = majorNames.join(QStringLiteral(", "));
    switch (basis) {
    case Basis::None:
        return tr("No driver has registered %1 major %2 in /proc/devices: opening the node would fail with ENXIO or ENODEV.").arg(kind).arg(major);
    case Basis::OnlyOne:
        return tr("The driver registered %1 major %2 as \"%3\" (/proc/devices).").arg(kind).arg(major).arg(name);
    case Basis::TtyDrivers:
        return tr("Major %1 holds %2 (/proc/devices); /proc/tty/drivers gives minor %3 to \"%4\".").arg(major).arg(all).arg(minor).arg(name);
    case Basis::Remaining:
        return tr("Major %1 holds %2 (/proc/devices); minor %3 is in none of the tty ranges of /proc/tty/drivers, which leaves \"%4\".")
            .arg(major).arg(all).arg(minor).arg(name);
    case Basis::SysfsName:
        return tr("Major %1 holds %2 (/proc/devices); minor %3's device in sysfs, %4, is named after \"%5\".")
            .arg(major).arg(all).arg(minor).arg(minorName, name);
    case Basis::KnownMinors:
        return tr("Major %1 holds %2 (/proc/devices); minor %3 belongs to \"%4\" in the kernel's fixed numbering (devices.txt).")
            .arg(major).arg(all).arg(minor).arg(name);
    case Basis::Ambiguous:
        return tr("Major %1 holds %2 (/proc/devices), and nothing here says which of them has minor %3.").arg(major).arg(all).arg(minor);
    case Basis::MinorNotRegistered:
        return tr("Major %1 holds %2 (/proc/devices), but none of their minor ranges (/proc/tty/drivers) has minor %3: opening the node would fail with ENXIO or ENODEV.")
            .arg(major).arg(all).arg(minor);
    }
    return {};
}

QString DeviceDriver::basisKey(Basis basis)
{
    switch (basis) {
    case Basis::None: return QStringLiteral("none");
    case Basis::OnlyOne: return QStringLiteral("only-one");
    case Basis::TtyDrivers: return QStringLiteral("tty-drivers");
    case Basis::Remaining: return QStringLiteral("remaining");
    case Basis::SysfsName: return QStringLiteral("sysfs-name");
    case Basis::KnownMinors: return QStringLiteral("known-minors");
    case Basis::Ambiguous: return QStringLiteral("ambiguous");
    case Basis::MinorNotRegistered: return QStringLiteral("minor-not-registered");
    }
    return {};
}

bool DeviceDriver::operator==(const DeviceDriver &o) const
{
    return name == o.name && basis == o.basis && majorNames == o.majorNames && minorName == o.minorName && ttyDriver == o.ttyDriver
        && bound == o.bound && boundPath == o.boundPath && boundFromParent == o.boundFromParent && module == o.module
        && origin == o.origin;
}

} // namespace kc
