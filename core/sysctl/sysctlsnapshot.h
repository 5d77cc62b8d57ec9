// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "sysctl.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>

#include <optional>

namespace kc {

/// The values of every readable key at one moment, saved as JSON so two
/// moments (or two machines) can be compared.
struct SysctlSnapshot {
    Q_DECLARE_TR_FUNCTIONS(SysctlSnapshot)
public:
    QDateTime taken;
    QString hostname;
    QString kernel;
    QMap<QString, QString> values;

    static SysctlSnapshot fromEntries(const std::vector<SysctlEntry> &entries);
    QByteArray toJson() const;
    /// Parses a saved snapshot; nullopt and a sentence in `error` when the
    /// bytes are not one.
    static std::optional<SysctlSnapshot> fromJson(const QByteArray &json, QString *error);
};

/// One key that differs between two snapshots. An empty side with
/// `present` false means the key does not exist there.
struct SysctlDifference {
    QString key;
    QString before;
    QString after;
    bool inBefore = true;
    bool inAfter = true;
};

QList<SysctlDifference> diffSnapshots(const SysctlSnapshot &before, const SysctlSnapshot &after);

} // namespace kc
