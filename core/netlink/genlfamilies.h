// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kc {

struct GenlOperation {
    quint32 id = 0;
    quint32 flags = 0; // GENL_ADMIN_PERM, GENL_CMD_CAP_DO ...
    QStringList flagNames() const;
};

struct GenlGroup {
    quint32 id = 0;
    QString name;
};

/// A generic netlink family as the controller (nlctrl) describes it.
struct GenlFamily {
    quint16 id = 0;
    QString name;
    quint32 version = 0;
    quint32 headerSize = 0;
    quint32 maxAttribute = 0;
    QList<GenlOperation> operations;
    QList<GenlGroup> groups;
};

struct GenlFamilyList {
    QList<GenlFamily> families;
    QString error;
    bool ok() const { return error.isEmpty(); }
    /// "family:group" for a multicast group id, or empty.
    QString groupName(quint32 id) const;
};

/// Dumps the generic netlink families with CTRL_CMD_GETFAMILY through libnl.
class GenlFamilies
{
    Q_DECLARE_TR_FUNCTIONS(GenlFamilies)
public:
    static GenlFamilyList dump();
    /// The name of a command of the controller family itself, or empty.
    static QString controllerCommand(quint32 id);
};

} // namespace kc
