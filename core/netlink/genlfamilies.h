// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace kc {

/// One attribute of a policy: what the kernel accepts for it.
struct GenlPolicyAttr {
    quint32 attr = 0;
    quint32 type = 0;      // NL_ATTR_TYPE_*
    QString range;         // "0..255", "length 1..16" ...
    qint64 nestedPolicy = -1;
    QString typeName() const;
};

struct GenlOperation {
    quint32 id = 0;
    quint32 flags = 0; // GENL_ADMIN_PERM, GENL_CMD_CAP_DO ...
    qint64 doPolicy = -1;   // policy index for do requests, -1 when none
    qint64 dumpPolicy = -1; // for dump requests
    QStringList flagNames() const;
};

struct GenlGroup {
    quint32 id = 0;
    QString name;
};

/// A generic netlink family as the controller (nlctrl) describes it.
struct GenlFamily {
    quint16 id = 0;
    /// Policies by index (CTRL_CMD_GETPOLICY), each a list of attributes.
    QMap<quint32, QList<GenlPolicyAttr>> policies;
    QString name;
    quint32 version = 0;
    quint32 headerSize = 0;
    quint32 maxAttribute = 0;
    QList<GenlOperation> operations;
    QList<GenlGroup> groups;

    /// Records one CTRL_ATTR_OP_POLICY entry of a policy dump. The kernel
    /// names the operation by its do handler's command, which a dump-only
    /// operation lacks: such entries come as command 0 with only a dump
    /// policy, in the order of `operations`, and go to the next dump-only
    /// operation that has a policy and none yet.
    void setOperationPolicy(quint32 command, qint64 doPolicy, qint64 dumpPolicy);
};

struct GenlFamilyList {
    QList<GenlFamily> families;
    QString error;
    bool ok() const { return error.isEmpty(); }
    /// "family:group" for a multicast group id, or empty.
    QString groupName(quint32 id) const;
    /// The ids of `family`'s multicast groups, or of its group `group`
    /// alone; empty and a sentence in `error` when there is no such thing.
    QList<int> groupIds(const QString &family, const QString &group, QString *error) const;
};

/// Dumps the generic netlink families with CTRL_CMD_GETFAMILY through libnl.
class GenlFamilies
{
    Q_DECLARE_TR_FUNCTIONS(GenlFamilies)
public:
    /// With `withPolicies`, each family's policies are dumped too.
    static GenlFamilyList dump(bool withPolicies = false);
    /// The name of a command of the controller family itself, or empty.
    static QString controllerCommand(quint32 id);
};

} // namespace kc
