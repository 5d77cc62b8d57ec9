// SPDX-License-Identifier: GPL-2.0-or-later
// Devices on this machine: /dev/null and friends, the follow chain, and
// holders found through /proc/PID/fd.
#include "devices/devicefollow.h"
#include "devices/devicescanner.h"
#include "sysfs/sysfsobject.h"

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

} // namespace

class TestLiveDevices : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scanListsStandardNodes();
    void devNullIsMem();
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
    const auto names = DeviceScanner::majorNames();
    const DeviceNode n = DeviceScanner::describe(QStringLiteral("/dev/null"), &names);
    QCOMPARE(n.type, DeviceNode::Type::Char);
    QCOMPARE(n.major, 1u);
    QCOMPARE(n.minor, 3u);
    QCOMPARE(n.majorName, QStringLiteral("mem"));
    QCOMPARE(n.subsystem, QStringLiteral("mem"));
    QCOMPARE(n.sysfsPath, QStringLiteral("/sys/devices/virtual/mem/null"));
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
