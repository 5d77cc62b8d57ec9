// SPDX-License-Identifier: GPL-2.0-or-later
#include "explaincatalog.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace kc {

QStringList ExplainCatalog::requiredTopics()
{
    return {QStringLiteral("overview"), QStringLiteral("channel-syscalls"), QStringLiteral("channel-procfs"),
            QStringLiteral("channel-sysctl"), QStringLiteral("channel-sysfs"), QStringLiteral("channel-devices"),
            QStringLiteral("channel-netlink"), QStringLiteral("channel-uevents"), QStringLiteral("channel-connector"),
            QStringLiteral("syscall-cost"), QStringLiteral("address-space"), QStringLiteral("send-path"),
            QStringLiteral("link-events")};
}

QStringList ExplainCatalog::procTopics()
{
    // The 42 most-read /proc entries, one card each.
    static const QStringList topics = {
        QStringLiteral("proc-meminfo"), QStringLiteral("proc-stat"), QStringLiteral("proc-loadavg"), QStringLiteral("proc-cpuinfo"),
        QStringLiteral("proc-interrupts"), QStringLiteral("proc-softirqs"), QStringLiteral("proc-uptime"), QStringLiteral("proc-vmstat"),
        QStringLiteral("proc-diskstats"), QStringLiteral("proc-partitions"), QStringLiteral("proc-devices"),
        QStringLiteral("proc-filesystems"), QStringLiteral("proc-mounts"), QStringLiteral("proc-modules"), QStringLiteral("proc-version"),
        QStringLiteral("proc-cmdline"), QStringLiteral("proc-swaps"), QStringLiteral("proc-pressure"), QStringLiteral("proc-zoneinfo"),
        QStringLiteral("proc-buddyinfo"), QStringLiteral("proc-net-dev"), QStringLiteral("proc-net-tcp"), QStringLiteral("proc-net-udp"),
        QStringLiteral("proc-net-unix"), QStringLiteral("proc-net-netlink"),
        QStringLiteral("proc-pid-status"), QStringLiteral("proc-pid-stat"), QStringLiteral("proc-pid-statm"), QStringLiteral("proc-pid-maps"),
        QStringLiteral("proc-pid-smaps"), QStringLiteral("proc-pid-fd"), QStringLiteral("proc-pid-cmdline"), QStringLiteral("proc-pid-comm"),
        QStringLiteral("proc-pid-environ"), QStringLiteral("proc-pid-limits"), QStringLiteral("proc-pid-io"), QStringLiteral("proc-pid-syscall"),
        QStringLiteral("proc-pid-wchan"), QStringLiteral("proc-pid-cgroup"), QStringLiteral("proc-pid-ns"), QStringLiteral("proc-pid-oom_score"),
        QStringLiteral("proc-pid-exe")};
    return topics;
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
    // Entries of a process: /proc/123/x, /proc/self/x and task/N/x share a card.
    static const QRegularExpression pid(QStringLiteral("^/proc/(?:\\d+|self|thread-self)(?:/task/\\d+)?/(.+)$"));
    QString rest;
    bool perProcess = false;
    if (const auto m = pid.match(path); m.hasMatch()) {
        rest = m.captured(1);
        perProcess = true;
    } else {
        rest = path.mid(6);
    }
    const QStringList parts = rest.split(QLatin1Char('/'));
    const QString first = parts.value(0);
    QString topic;
    if (first == QLatin1String("net") && parts.size() > 1) {
        // /proc/net/X is the reader's namespace's; /proc/PID/net/X another's.
        QString table = parts.value(1);
        if (table == QLatin1String("tcp6") || table == QLatin1String("udp6"))
            table.chop(1);
        topic = QStringLiteral("proc-net-") + table;
    } else if (perProcess) {
        static const QHash<QString, QString> aliases = {
            {QStringLiteral("mountinfo"), QStringLiteral("proc-mounts")}, {QStringLiteral("mounts"), QStringLiteral("proc-mounts")},
            {QStringLiteral("smaps_rollup"), QStringLiteral("proc-pid-smaps")}, {QStringLiteral("oom_score_adj"), QStringLiteral("proc-pid-oom_score")},
            {QStringLiteral("cwd"), QStringLiteral("proc-pid-exe")}, {QStringLiteral("root"), QStringLiteral("proc-pid-exe")}};
        topic = aliases.value(first, QStringLiteral("proc-pid-") + first);
    } else {
        topic = QStringLiteral("proc-") + first;
    }
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
