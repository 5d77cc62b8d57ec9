// SPDX-License-Identifier: GPL-2.0-or-later
#include "devicejson.h"

#include <QJsonArray>

namespace kc {

QString DeviceJson::stepKey(FollowStep::Kind kind)
{
    switch (kind) {
    case FollowStep::Kind::Node: return QStringLiteral("node");
    case FollowStep::Kind::Link: return QStringLiteral("link");
    case FollowStep::Kind::Major: return QStringLiteral("major");
    case FollowStep::Kind::Sysfs: return QStringLiteral("sysfs");
    case FollowStep::Kind::Subsystem: return QStringLiteral("subsystem");
    case FollowStep::Kind::Driver: return QStringLiteral("driver");
    case FollowStep::Kind::Module: return QStringLiteral("module");
    case FollowStep::Kind::Parent: return QStringLiteral("parent");
    case FollowStep::Kind::Properties: return QStringLiteral("properties");
    case FollowStep::Kind::Holders: return QStringLiteral("holders");
    }
    return {};
}

QString DeviceJson::typeKey(DeviceNode::Type t)
{
    switch (t) {
    case DeviceNode::Type::Char: return QStringLiteral("char");
    case DeviceNode::Type::Block: return QStringLiteral("block");
    case DeviceNode::Type::Symlink: return QStringLiteral("link");
    case DeviceNode::Type::Other: break;
    }
    return QStringLiteral("other");
}

void DeviceJson::insertDriver(QJsonObject &o, const DeviceDriver &d)
{
    // "driver" is the one answer every view gives; "major_name" is the same
    // registration, kept under its old key.
    const QString name = d.registered() ? d.name : QString();
    o.insert(QStringLiteral("driver"), name);
    o.insert(QStringLiteral("major_name"), name);
    o.insert(QStringLiteral("driver_basis"), DeviceDriver::basisKey(d.basis));
    if (d.basis == DeviceDriver::Basis::Ambiguous)
        o.insert(QStringLiteral("driver_candidates"), QJsonArray::fromStringList(d.name.split(QStringLiteral(", "))));
    if (!d.minorName.isEmpty())
        o.insert(QStringLiteral("minor_name"), d.minorName);
    if (!d.ttyDriver.isEmpty())
        o.insert(QStringLiteral("tty_driver"), d.ttyDriver);
    o.insert(QStringLiteral("bound_driver"), d.bound);
    if (!d.bound.isEmpty())
        o.insert(QStringLiteral("bound_from_parent"), d.boundFromParent);
    o.insert(QStringLiteral("module"), d.module);
    switch (d.origin) {
    case DeviceDriver::Origin::BuiltIn: o.insert(QStringLiteral("built_in"), true); break;
    case DeviceDriver::Origin::Module: o.insert(QStringLiteral("built_in"), false); break;
    case DeviceDriver::Origin::Unknown: o.insert(QStringLiteral("built_in"), QJsonValue::Null); break;
    }
}

QJsonObject DeviceJson::node(const DeviceNode &n)
{
    QJsonObject o{{QStringLiteral("path"), n.path},
                  {QStringLiteral("type"), typeKey(n.type)},
                  {QStringLiteral("mode"), QStringLiteral("%1").arg(n.mode & 07777, 4, 8, QLatin1Char('0'))},
                  {QStringLiteral("owner"), DeviceText::userName(n.uid)},
                  {QStringLiteral("group"), DeviceText::groupName(n.gid)}};
    if (n.isNode() || n.pointsToNode) {
        o.insert(QStringLiteral("major"), int(n.major));
        o.insert(QStringLiteral("minor"), int(n.minor));
        o.insert(QStringLiteral("block"), n.blockDevice);
        o.insert(QStringLiteral("sysfs"), n.sysfsPath);
        o.insert(QStringLiteral("subsystem"), n.subsystem);
        insertDriver(o, n.driver);
    }
    if (n.type == DeviceNode::Type::Symlink) {
        o.insert(QStringLiteral("target"), n.linkTarget);
        o.insert(QStringLiteral("resolved"), n.resolved);
    }
    if (n.holders >= 0) {
        o.insert(QStringLiteral("holders"), n.holders);
        o.insert(QStringLiteral("holder_fds"), n.holderFds);
    }
    return o;
}

QJsonObject DeviceJson::follow(const FollowResult &r)
{
    QJsonArray steps;
    for (const FollowStep &s : r.steps) {
        QJsonArray items;
        for (const auto &kv : s.items)
            items.append(QJsonObject{{QStringLiteral("key"), kv.first}, {QStringLiteral("value"), kv.second}});
        QJsonObject o{{QStringLiteral("kind"), stepKey(s.kind)},
                      {QStringLiteral("title"), s.title},
                      {QStringLiteral("value"), s.value},
                      {QStringLiteral("detail"), s.detail},
                      {QStringLiteral("items"), items}};
        if (!s.sysfsPath.isEmpty())
            o.insert(QStringLiteral("sysfs"), s.sysfsPath);
        steps.append(o);
    }
    QJsonArray holders;
    for (const Holder &h : r.holders)
        holders.append(QJsonObject{{QStringLiteral("pid"), h.pid}, {QStringLiteral("comm"), h.comm},
                                   {QStringLiteral("fd"), h.fd}, {QStringLiteral("access"), h.access}});
    return {{QStringLiteral("node"), node(r.node)},
            {QStringLiteral("steps"), steps},
            {QStringLiteral("holders"), holders},
            {QStringLiteral("hidden_processes"), r.processesHidden}};
}

} // namespace kc
