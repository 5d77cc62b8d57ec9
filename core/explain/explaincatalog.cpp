// SPDX-License-Identifier: GPL-2.0-or-later
#include "explaincatalog.h"

#include <QFile>
#include <QRegularExpression>

namespace kc {

QStringList ExplainCatalog::requiredTopics()
{
    return {QStringLiteral("overview"), QStringLiteral("channel-syscalls"), QStringLiteral("channel-procfs"),
            QStringLiteral("channel-sysctl"), QStringLiteral("channel-sysfs"), QStringLiteral("channel-devices"),
            QStringLiteral("channel-netlink"), QStringLiteral("channel-uevents"), QStringLiteral("channel-connector")};
}

QStringList ExplainCatalog::procTopics()
{
    return {QStringLiteral("proc-meminfo"), QStringLiteral("proc-stat"), QStringLiteral("proc-loadavg"), QStringLiteral("proc-cpuinfo"),
            QStringLiteral("proc-interrupts"), QStringLiteral("proc-softirqs"), QStringLiteral("proc-uptime"), QStringLiteral("proc-vmstat"),
            QStringLiteral("proc-diskstats"), QStringLiteral("proc-partitions"), QStringLiteral("proc-devices"),
            QStringLiteral("proc-filesystems"), QStringLiteral("proc-mounts"), QStringLiteral("proc-modules"),
            QStringLiteral("proc-pid-status"), QStringLiteral("proc-pid-stat"), QStringLiteral("proc-pid-maps"), QStringLiteral("proc-pid-fd"),
            QStringLiteral("proc-pid-cmdline"), QStringLiteral("proc-pid-environ"), QStringLiteral("proc-pid-limits"),
            QStringLiteral("proc-pid-io"), QStringLiteral("proc-pid-syscall")};
}

QString ExplainCatalog::topicForPath(const QString &path)
{
    if (path.startsWith(QLatin1String("/proc/sys/")) || path == QLatin1String("/proc/sys"))
        return QStringLiteral("channel-sysctl");
    if (path.startsWith(QLatin1String("/sys")))
        return QStringLiteral("channel-sysfs");
    if (path.startsWith(QLatin1String("/dev")))
        return QStringLiteral("channel-devices");
    if (!path.startsWith(QLatin1String("/proc")))
        return QStringLiteral("overview");
    // /proc/123/status and /proc/self/status share a card; so do fd/N.
    static const QRegularExpression pid(QStringLiteral("^/proc/(?:\\d+|self|thread-self)(?:/task/\\d+)?/([^/]+)"));
    QString topic;
    if (const auto m = pid.match(path); m.hasMatch())
        topic = QStringLiteral("proc-pid-") + m.captured(1);
    else
        topic = QStringLiteral("proc-") + path.mid(6).section(QLatin1Char('/'), 0, 0);
    // Mounts of the system and of a process share one card.
    if (topic == QLatin1String("proc-pid-mountinfo") || topic == QLatin1String("proc-pid-mounts"))
        topic = QStringLiteral("proc-mounts");
    return procTopics().contains(topic) ? topic : QStringLiteral("channel-procfs");
}

QString ExplainCatalog::card(const QString &topic, const QString &language)
{
    for (const QString &lang : {language, QStringLiteral("en")}) {
        QFile f(QStringLiteral(":/explain/%1.%2.md").arg(topic, lang));
        if (f.open(QIODevice::ReadOnly))
            return QString::fromUtf8(f.readAll());
    }
    return {};
}

bool ExplainCatalog::hasCard(const QString &topic, const QString &language)
{
    return QFile::exists(QStringLiteral(":/explain/%1.%2.md").arg(topic, language));
}

} // namespace kc
