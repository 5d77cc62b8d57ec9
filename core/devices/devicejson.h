// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "devicefollow.h"
#include "devicenode.h"

#include <QJsonObject>

namespace kc {

/// The stable JSON shapes of devices and follow chains, shared by kchan
/// and the GUI's export. Documented in README.md.
class DeviceJson
{
public:
    static QJsonObject node(const DeviceNode &n);
    /// The driver's keys ("driver", "major_name", "minor_name", "bound_driver",
    /// "module", "built_in" ...), in a node or a process's descriptor.
    static void insertDriver(QJsonObject &o, const DeviceDriver &d);
    static QJsonObject follow(const FollowResult &r);
    static QString typeKey(DeviceNode::Type type);
    static QString stepKey(FollowStep::Kind kind);
};

} // namespace kc
