// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "devicenode.h"
#include "holderscanner.h"

#include <QCoreApplication>

namespace kc {

/// One link of the chain from a /dev node to its driver and users.
struct FollowStep {
    enum class Kind { Node, Link, Major, Sysfs, Subsystem, Driver, Module, Parent, Properties, Holders };
    Kind kind = Kind::Node;
    QString title;     // "Driver", translated
    QString value;     // "serial"
    QString detail;    // a sentence: where it came from, or why it is missing
    QString sysfsPath; // where to look in the sysfs pane; empty when none
    QList<QPair<QString, QString>> items; // properties, module facts, holders
};

/// The chain for one node: node → /sys/dev → device → subsystem → driver →
/// module → parents → udev or uevent properties → processes holding it.
struct FollowResult {
    DeviceNode node;
    QList<FollowStep> steps;
    QList<Holder> holders;
    int processesHidden = 0;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

class DeviceFollow
{
    Q_DECLARE_TR_FUNCTIONS(DeviceFollow)
public:
    /// Never opens the node: stat(), /sys and /proc only.
    static FollowResult follow(const QString &path, const QString &udevDataDir = QStringLiteral("/run/udev/data"));
};

} // namespace kc
