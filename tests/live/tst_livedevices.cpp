// SPDX-License-Identifier: GPL-2.0-or-later
// Devices on this machine: /dev/null and friends, the follow chain, and
// holders found through /proc/PID/fd.
#include "crosschannel/processchannels.h"
#include "devices/devicefollow.h"
#include "devices/devicescanner.h"
#include "sysfs/sysfsobject.h"
#include "why/why.h"

#include <QFile>
#include <QFileInfo>

#include <QDir>

#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <net/if.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace kc;

namespace {

const DeviceNode *findNode(const DeviceScan &scan, const QString &name)
{
    for (const DeviceNode &n : scan.nodes) {
        if (n.name == name)
            return &n;
    }
    return nullptr;
}

const FollowStep *findStep(const FollowResult &r, FollowStep::Kind kind)
{
    for (const FollowStep &s : r.steps) {
        if (s.kind == kind)
            return &s;
    }
    return nullptr;
}

// /proc/devices read the test's own way: the names registered under each
// (block, major), in the kernel's order.
QHash<QPair<bool, uint>, QStringList> procDevices()
{
    QHash<QPair<bool, uint>, QStringList> names;
    QFile f(QStringLiteral("/proc/devices"));
    if (!f.open(QIODevice::ReadOnly))
        return names;
    bool block = false;
    for (const QByteArray &raw : f.readAll().split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line == "Block devices:")
            block = true;
        const qsizetype sp = line.indexOf(' ');
        bool number = false;
        const uint major = line.left(sp).toUInt(&number);
        if (sp > 0 && number)
            names[{block, major}].append(QString::fromLatin1(line.mid(sp + 1).trimmed()));
    }
    return names;
}

QString linkBase(const QString &link)
{
    const QString target = QFileInfo(link).symLinkTarget();
    return target.isEmpty() ? QString() : QFileInfo(target).fileName();
}

} // namespace

class TestLiveDevices : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scanListsStandardNodes();
    void devNullIsMem();
    void everyNodeAgreesWithTheKernel();
    void ttyCoreNodes();
    void oneAnswerEverywhere();
    void followDevNull();
    void followRefusesNonDevice();
    void heldOpenByChild();
    void followMknodInTempDir();
    void sysfsLoopback();
    void sysfsBinaryConfigMatchesVendor();
    void sysfsWriteOnlyAttribute();
};

void TestLiveDevices::scanListsStandardNodes()
{
    const DeviceScan scan = DeviceScanner::scan(true);
    QVERIFY(scan.error.isEmpty());
    for (const char *name : {"null", "zero", "tty"})
        QVERIFY2(findNode(scan, QLatin1String(name)), name);
    const DeviceNode *zero = findNode(scan, QStringLiteral("zero"));
    QCOMPARE(zero->type, DeviceNode::Type::Char);
    QCOMPARE(zero->majMin(), QStringLiteral("1:5"));
    QVERIFY(scan.holdersCounted);
    // Nothing under /dev was opened: every count comes from /proc.
    const DeviceNode *null = findNode(scan, QStringLiteral("null"));
    QVERIFY(null->holders >= 0);
}

void TestLiveDevices::devNullIsMem()
{
    const DeviceNode n = DeviceScanner::describe(QStringLiteral("/dev/null"));
    QCOMPARE(n.type, DeviceNode::Type::Char);
    QCOMPARE(n.major, 1u);
    QCOMPARE(n.minor, 3u);
    QCOMPARE(n.driver.name, QStringLiteral("mem"));
    QCOMPARE(n.driver.minorName, QStringLiteral("null"));
    QCOMPARE(n.subsystem, QStringLiteral("mem"));
    QCOMPARE(n.sysfsPath, QStringLiteral("/sys/devices/virtual/mem/null"));
}

void TestLiveDevices::everyNodeAgreesWithTheKernel()
{
    // Every node under /dev: our driver is a name /proc/devices lists under
    // the node's own major, block or character; where sysfs binds a driver
    // (the device's own driver link, or device/driver), ours is that one.
    const auto names = procDevices();
    QVERIFY(!names.isEmpty());
    const DeviceScan scan = DeviceScanner::scan(false);
    int nodes = 0, registered = 0, bound = 0, several = 0;
    for (const DeviceNode &n : scan.nodes) {
        if (!n.isNode())
            continue;
        ++nodes;
        const QString what = QStringLiteral("%1 %2 %3: %4").arg(n.path, n.blockDevice ? QStringLiteral("block") : QStringLiteral("char"), n.majMin(), n.driver.name);
        const QStringList kernel = names.value({n.blockDevice, n.major});
        QCOMPARE(n.driver.majorNames, kernel);
        if (kernel.isEmpty()) {
            QVERIFY2(!n.driver.registered(), qPrintable(what));
        } else if (n.driver.registered()) {
            QVERIFY2(kernel.contains(n.driver.name), qPrintable(what));
            ++registered;
            if (kernel.size() > 1)
                ++several;
        } else {
            // Several registrations and no range for this minor, said so.
            QVERIFY2(n.driver.basis == DeviceDriver::Basis::MinorNotRegistered || n.driver.basis == DeviceDriver::Basis::Ambiguous,
                     qPrintable(what));
        }
        const QString dev = QStringLiteral("/sys/dev/%1/%2").arg(n.blockDevice ? QStringLiteral("block") : QStringLiteral("char"), n.majMin());
        const QString own = linkBase(dev + QStringLiteral("/driver"));
        const QString viaDevice = linkBase(dev + QStringLiteral("/device/driver"));
        if (!own.isEmpty()) {
            QCOMPARE(n.driver.bound, own);
            QVERIFY(!n.driver.boundFromParent);
            ++bound;
        } else if (!viaDevice.isEmpty()) {
            QCOMPARE(n.driver.bound, viaDevice);
            QVERIFY(n.driver.boundFromParent);
            ++bound;
        }
        if (!n.sysfsPath.isEmpty())
            QCOMPARE(n.driver.minorName, QFileInfo(n.sysfsPath).fileName());
        // The table shows the same answer.
        QVERIFY2(!n.driver.registered() || n.driver.label().startsWith(n.driver.name), qPrintable(what));
    }
    qInfo("%d nodes: %d with a registration /proc/devices lists (%d under a shared major), %d with a driver bound in sysfs",
          nodes, registered, several, bound);
    QVERIFY(registered > 0);
}

void TestLiveDevices::ttyCoreNodes()
{
    // The tty core registers /dev/tty, /dev/console and /dev/ptmx one minor
    // each under major 5 (drivers/tty/tty_io.c, pty.c); /proc/devices lists
    // all three under 5 without their minors. /sys/dev/char/5:2 has no
    // device link: no driver is bound, the tty core serves it.
    struct Expect {
        const char *node;
        uint major;
        uint minor;
        const char *name;
    };
    const auto names = procDevices();
    for (const Expect &e : {Expect{"/dev/null", 1, 3, "mem"}, Expect{"/dev/ptmx", 5, 2, "/dev/ptmx"}, Expect{"/dev/tty", 5, 0, "/dev/tty"},
                            Expect{"/dev/console", 5, 1, "/dev/console"}}) {
        const QString node = QLatin1String(e.node);
        if (!QFileInfo::exists(node))
            QSKIP(qPrintable(node + QStringLiteral(" is not on this machine")));
        if (!names.value({false, e.major}).contains(QLatin1String(e.name)))
            QSKIP(qPrintable(QStringLiteral("this kernel has no \"%1\" under major %2").arg(QLatin1String(e.name)).arg(e.major)));
        const DeviceNode n = DeviceScanner::describe(node);
        QCOMPARE(n.major, e.major);
        QCOMPARE(n.minor, e.minor);
        QCOMPARE(n.driver.name, QLatin1String(e.name));
        QVERIFY(n.driver.registered());
        QVERIFY(n.driver.bound.isEmpty()); // virtual devices: nothing bound
        QVERIFY(!QFileInfo::exists(QStringLiteral("/sys/dev/char/%1/device").arg(n.majMin())));
    }
    const DeviceNode ptmx = DeviceScanner::describe(QStringLiteral("/dev/ptmx"));
    QVERIFY(ptmx.driver.name != QLatin1String("tty"));
    QCOMPARE(ptmx.driver.basis, DeviceDriver::Basis::TtyDrivers); // /proc/tty/drivers: "/dev/ptmx ... 5 2 system"
    QCOMPARE(ptmx.driver.label(), QStringLiteral("/dev/ptmx"));
}

void TestLiveDevices::oneAnswerEverywhere()
{
    // The Devices table, the follow chain, Why? and a process's descriptor
    // name the same driver. The descriptors are O_PATH: no driver's open()
    // runs, nothing is read.
    for (const char *path : {"/dev/null", "/dev/ptmx", "/dev/tty", "/dev/console", "/dev/zero"}) {
        const QString node = QLatin1String(path);
        if (!QFileInfo::exists(node))
            continue;
        const DeviceNode n = DeviceScanner::describe(node);
        QVERIFY2(n.driver.registered(), path);
        const int fd = ::open(path, O_PATH | O_CLOEXEC);
        QVERIFY(fd >= 0);
        const FollowResult f = DeviceFollow::follow(node);
        const ChannelFd c = ProcessChannels::classifyFd(int(::getpid()), fd);
        ::close(fd);
        QVERIFY2(f.ok(), qPrintable(f.error));
        QVERIFY(f.node.driver == n.driver);
        QCOMPARE(findStep(f, FollowStep::Kind::Driver)->value, n.driver.label());
        QCOMPARE(findStep(f, FollowStep::Kind::Major)->value, QStringLiteral("%1 = %2").arg(n.major).arg(n.driver.name));
        QCOMPARE(findStep(f, FollowStep::Kind::Module)->value, n.driver.originText());
        // Our O_PATH descriptor is among the holders, as lsof would list it, but path only.
        bool held = false;
        for (const Holder &h : f.holders)
            held = held || (h.pid == int(::getpid()) && h.fd == fd && h.access == QLatin1String("path only"));
        QVERIFY2(held, path);

        QCOMPARE(c.channel, FdChannel::Device);
        QCOMPARE(c.access, QStringLiteral("path"));
        QVERIFY(c.driver == n.driver);
        QVERIFY2(c.detail.contains(n.driver.label()), qPrintable(c.detail));

        const WhyAnswer w = Why::path(node);
        bool named = false;
        for (const WhyCheck &check : w.checks)
            named = named || (check.result == WhyCheck::Result::Pass && check.evidence.contains(QLatin1Char('"') + n.driver.label() + QLatin1Char('"')));
        QVERIFY2(named, path);
    }
}

void TestLiveDevices::followDevNull()
{
    const FollowResult r = DeviceFollow::follow(QStringLiteral("/dev/null"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const FollowStep *subsystem = findStep(r, FollowStep::Kind::Subsystem);
    QVERIFY(subsystem);
    QCOMPARE(subsystem->value, QStringLiteral("mem"));
    QCOMPARE(subsystem->sysfsPath, QStringLiteral("/sys/class/mem"));
    const FollowStep *props = findStep(r, FollowStep::Kind::Properties);
    QVERIFY(props);
    bool devname = false;
    for (const auto &kv : props->items)
        devname = devname || (kv.first == QLatin1String("DEVNAME") && kv.second == QLatin1String("null"));
    QVERIFY(devname);
    QVERIFY(findStep(r, FollowStep::Kind::Holders));
}

void TestLiveDevices::followRefusesNonDevice()
{
    const FollowResult r = DeviceFollow::follow(QStringLiteral("/proc/self/status"));
    QVERIFY(!r.ok());
    QVERIFY(r.error.contains(QStringLiteral("not a device node")));
    const FollowResult missing = DeviceFollow::follow(QStringLiteral("/dev/no-such-node"));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error.contains(QStringLiteral("does not exist")));
}

void TestLiveDevices::heldOpenByChild()
{
    int ready[2];
    QCOMPARE(::pipe(ready), 0);
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        // The child, not the product, opens the node: the fd is what we find.
        const int fd = ::open("/dev/null", O_WRONLY);
        ::dup2(fd, 57);
        char c = 'x';
        ::write(ready[1], &c, 1);
        ::pause();
        ::_exit(0);
    }
    ::close(ready[1]);
    char c = 0;
    QCOMPARE(::read(ready[0], &c, 1), ssize_t(1));
    ::close(ready[0]);

    const FollowResult r = DeviceFollow::follow(QStringLiteral("/dev/null"));
    bool found = false;
    for (const Holder &h : r.holders) {
        if (h.pid == child && h.fd == 57) {
            found = true;
            QCOMPARE(h.access, QStringLiteral("write"));
        }
    }
    ::kill(child, SIGKILL);
    ::waitpid(child, nullptr, 0);
    QVERIFY(found);
}

void TestLiveDevices::followMknodInTempDir()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString node = dir.filePath(QStringLiteral("mynull"));
    if (::mknod(QFile::encodeName(node).constData(), S_IFCHR | 0600, ::makedev(1, 3)) != 0)
        QSKIP("mknod needs CAP_MKNOD (root outside a user namespace)");
    const FollowResult r = DeviceFollow::follow(node);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.node.majMin(), QStringLiteral("1:3"));
    const FollowStep *subsystem = findStep(r, FollowStep::Kind::Subsystem);
    QVERIFY(subsystem);
    QCOMPARE(subsystem->value, QStringLiteral("mem"));
    QCOMPARE(findStep(r, FollowStep::Kind::Sysfs)->value, QStringLiteral("/sys/devices/virtual/mem/null"));
}

void TestLiveDevices::sysfsLoopback()
{
    // Through the class link, as a user would reach it.
    const SysfsObject lo = SysfsReader::read(QStringLiteral("/sys/class/net/lo"));
    QVERIFY2(lo.ok(), qPrintable(lo.error));
    const SysfsAttribute *ifindex = lo.attribute(QStringLiteral("ifindex"));
    QVERIFY(ifindex && ifindex->readable);
    QCOMPARE(ifindex->value.toInt(), int(if_nametoindex("lo")));
    const SysfsAttribute *mtu = lo.attribute(QStringLiteral("mtu"));
    QVERIFY(mtu && mtu->writable && !mtu->binary);
    QVERIFY(mtu->value.toInt() > 0);
    const SysfsLink *subsystem = lo.link(QStringLiteral("subsystem"));
    QVERIFY(subsystem);
    QCOMPARE(subsystem->resolved, QStringLiteral("/sys/class/net"));
    QVERIFY(lo.subdirectories.contains(QStringLiteral("statistics")));
}

void TestLiveDevices::sysfsBinaryConfigMatchesVendor()
{
    const QStringList pci = QDir(QStringLiteral("/sys/bus/pci/devices")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    if (pci.isEmpty())
        QSKIP("this machine has no PCI devices");
    const SysfsObject dev = SysfsReader::read(QStringLiteral("/sys/bus/pci/devices/") + pci.first());
    QVERIFY(dev.ok());
    const SysfsAttribute *config = dev.attribute(QStringLiteral("config"));
    QVERIFY(config && config->readable);
    QVERIFY(config->binary);
    QVERIFY(config->head.size() >= 2);
    // The first two bytes of PCI config space are the vendor ID, little endian.
    const uint vendor = uchar(config->head[0]) | uint(uchar(config->head[1])) << 8;
    QCOMPARE(QStringLiteral("0x%1").arg(vendor, 4, 16, QLatin1Char('0')), dev.attribute(QStringLiteral("vendor"))->value);
    // resource files map device memory and are never read.
    for (const SysfsAttribute &a : dev.attributes) {
        if (a.name.startsWith(QLatin1String("resource")) && a.name != QLatin1String("resource")) {
            QVERIFY(!a.readable);
            QCOMPARE(a.status, ReadStatus::Denied);
        }
    }
}

void TestLiveDevices::sysfsWriteOnlyAttribute()
{
    const SysfsObject bus = SysfsReader::read(QStringLiteral("/sys/bus/pci"));
    if (!bus.ok() || !bus.attribute(QStringLiteral("rescan")))
        QSKIP("no /sys/bus/pci/rescan here");
    const SysfsAttribute *rescan = bus.attribute(QStringLiteral("rescan"));
    QVERIFY(!rescan->readable);
    QVERIFY(rescan->writable);
    QVERIFY(rescan->reason.startsWith(QStringLiteral("Write-only")));
}

QTEST_GUILESS_MAIN(TestLiveDevices)
#include "tst_livedevices.moc"
