// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace kc {

struct RuntimeInfo;

/// The counts behind the channel map: how much there is of each channel
/// on this machine now. Rates (system calls, interrupts, messages) come
/// from the sampler and the monitors; these are the standing figures.
struct ChannelMapFigures {
    Q_DECLARE_TR_FUNCTIONS(ChannelMapFigures)
public:
    int processes = 0;       // numeric entries of /proc we can see
    int deviceNodes = 0;     // character and block nodes under /dev, links not followed
    int netlinkSockets = 0;  // programs' netlink sockets (port ID not 0) in /proc/net/netlink
    int sysctlKeys = 0;      // files under /proc/sys
    int sysfsDevices = 0;    // entries of /sys/class/*: devices as classes group them
    int syscalls = 0;        // system calls of this architecture (compiled table)
    QString hiddenProcesses; // why some processes are hidden, or empty

    /// Walks /proc, /dev, /proc/sys and /sys/class; call it off the GUI thread.
    static ChannelMapFigures read();
    /// The same, for a caller that knows its RuntimeInfo already. Without
    /// `slowCounts` the counts that change only as devices and modules
    /// come and go (device nodes, sysctl keys, sysfs devices) are left at
    /// -1: the walks of /dev, /proc/sys and /sys/class are most of the cost.
    static ChannelMapFigures read(const RuntimeInfo &runtime, bool slowCounts = true);
    /// `newer`, keeping this one's slow counts where `newer` has none.
    ChannelMapFigures updatedBy(const ChannelMapFigures &newer) const;
    /// Character and block nodes under `root`, recursively, links not followed.
    static int countDeviceNodes(const QString &root = QStringLiteral("/dev"));
};

} // namespace kc
