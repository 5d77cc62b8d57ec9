// SPDX-License-Identifier: GPL-2.0-or-later
#include "sysctlsnapshot.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace kc {

namespace {
const QString FormatName = QStringLiteral("kernel-channels-sysctl-snapshot");
}

SysctlSnapshot SysctlSnapshot::fromEntries(const std::vector<SysctlEntry> &entries)
{
    SysctlSnapshot s;
    s.taken = QDateTime::currentDateTimeUtc();
    for (const SysctlEntry &e : entries) {
        if (!e.ok())
            continue;
        s.values.insert(e.key, QString::fromUtf8(e.value));
        if (e.key == QLatin1String("kernel.hostname"))
            s.hostname = QString::fromUtf8(e.value);
        else if (e.key == QLatin1String("kernel.osrelease"))
            s.kernel = QString::fromUtf8(e.value);
    }
    return s;
}

QByteArray SysctlSnapshot::toJson() const
{
    QJsonObject values;
    for (auto it = this->values.cbegin(); it != this->values.cend(); ++it)
        values.insert(it.key(), it.value());
    QJsonObject o{
        {QStringLiteral("format"), FormatName},
        {QStringLiteral("version"), 1},
        {QStringLiteral("taken"), taken.toString(Qt::ISODateWithMs)},
        {QStringLiteral("hostname"), hostname},
        {QStringLiteral("kernel"), kernel},
        {QStringLiteral("values"), values},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

std::optional<SysctlSnapshot> SysctlSnapshot::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        if (error)
            *error = tr("Not a snapshot: the file is not JSON (%1 at byte %2).").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != FormatName || !o.value(QStringLiteral("values")).isObject()) {
        if (error)
            *error = tr("Not a snapshot: the JSON was not written by Kernel Channels' sysctl snapshot.");
        return std::nullopt;
    }
    SysctlSnapshot s;
    s.taken = QDateTime::fromString(o.value(QStringLiteral("taken")).toString(), Qt::ISODateWithMs);
    s.hostname = o.value(QStringLiteral("hostname")).toString();
    s.kernel = o.value(QStringLiteral("kernel")).toString();
    const QJsonObject values = o.value(QStringLiteral("values")).toObject();
    for (auto it = values.begin(); it != values.end(); ++it)
        s.values.insert(it.key(), it.value().toString());
    return s;
}

QList<SysctlDifference> diffSnapshots(const SysctlSnapshot &before, const SysctlSnapshot &after)
{
    QList<SysctlDifference> out;
    auto a = before.values.cbegin();
    auto b = after.values.cbegin();
    while (a != before.values.cend() || b != after.values.cend()) {
        if (b == after.values.cend() || (a != before.values.cend() && a.key() < b.key())) {
            out.append({a.key(), a.value(), QString(), true, false});
            ++a;
        } else if (a == before.values.cend() || b.key() < a.key()) {
            out.append({b.key(), QString(), b.value(), false, true});
            ++b;
        } else {
            if (a.value() != b.value())
                out.append({a.key(), a.value(), b.value(), true, true});
            ++a;
            ++b;
        }
    }
    return out;
}

} // namespace kc
