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
    static QJsonObject follow(const FollowResult &r);
    static QString typeKey(DeviceNode::Type type);
    static QString stepKey(FollowStep::Kind kind);
};

} // namespace kc
