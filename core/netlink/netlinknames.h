// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace kc {

struct GenlFamilyList;

/// Names and one-line descriptions of netlink protocols and groups.
class NetlinkNames
{
    Q_DECLARE_TR_FUNCTIONS(NetlinkNames)
public:
    /// NETLINK_ROUTE ..., or empty for an unknown number.
    static QString protocol(int protocol);
    /// What the protocol carries, one short line in our words.
    static QString protocolDescription(int protocol);
    /// "RTNLGRP_LINK" for (NETLINK_ROUTE, 1); "kernel"/"udev" for uevents.
    static QString group(int protocol, int group);
    /// The same, naming generic netlink groups "family:group" from `families`.
    static QString group(int protocol, int group, const GenlFamilyList &families);
};

} // namespace kc
