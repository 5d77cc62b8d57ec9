// SPDX-License-Identifier: GPL-2.0-or-later
#include "runtimeinfo.h"

#include "io/safereader.h"
#include "procfs/procparsers.h"

#include <QFile>
#include <QRegularExpression>

#include <pwd.h>
#include <unistd.h>

namespace kc {

RuntimeInfo RuntimeInfo::detect()
{
    RuntimeInfo info;
    info.uid = ::getuid();
    info.euid = ::geteuid();
    // uid 0 in a user namespace is not root on the host: read the mapping.
    const ReadResult map = SafeReader::read(QStringLiteral("/proc/self/uid_map"), 64 * 1024);
    info.outerUid = info.euid;
    if (map.ok()) {
        for (const QByteArray &line : map.data.split('\n')) {
            const QList<QByteArray> f = line.simplified().split(' ');
            if (f.size() != 3)
                continue;
            const quint64 inside = f[0].toULongLong(), outside = f[1].toULongLong(), count = f[2].toULongLong();
            if (!(inside == 0 && outside == 0 && count == 4294967295ULL))
                info.userNamespace = true;
            if (info.euid >= inside && info.euid < inside + count)
                info.outerUid = uint(outside + (info.euid - inside));
        }
    }
    info.root = info.euid == 0 && !info.userNamespace;
    if (const passwd *pw = ::getpwuid(info.uid))
        info.userName = QString::fromLocal8Bit(pw->pw_name);
    else
        info.userName = QString::number(info.uid);

    const QString flatpakInfo = flatpakInfoPath();
    info.flatpak = QFile::exists(flatpakInfo);
    if (info.flatpak) {
        const ReadResult r = SafeReader::read(flatpakInfo, 64 * 1024);
        static const QRegularExpression name(QStringLiteral("^name=(.+)$"), QRegularExpression::MultilineOption);
        const auto m = name.match(QString::fromUtf8(r.data));
        if (m.hasMatch())
            info.flatpakAppId = m.captured(1).trimmed();
    }

    const ReadResult mounts = SafeReader::read(QStringLiteral("/proc/self/mountinfo"));
    const ParsedDoc doc = parsers::mountinfo(mounts.data);
    if (doc.ok()) {
        for (const QStringList &row : doc.tables.first().rows) {
            if (row.value(4) == QLatin1String("/proc") && row.value(7) == QLatin1String("proc")) {
                static const QRegularExpression hide(QStringLiteral("hidepid=([^,]+)"));
                const auto m = hide.match(row.value(9));
                if (m.hasMatch())
                    info.procHidePid = m.captured(1);
            }
        }
    }
    return info;
}

QString RuntimeInfo::flatpakInfoPath()
{
    return qEnvironmentVariable("KC_FLATPAK_INFO", QStringLiteral("/.flatpak-info"));
}

QString RuntimeInfo::privilegeText() const
{
    if (root)
        return tr("Running as root: every process and root-only file is visible.");
    if (userNamespace && euid == 0)
        return tr("Running as root of a user namespace, which is uid %1 on the host: other users' process details and root-only files stay hidden.").arg(outerUid);
    return tr("Running as %1 (uid %2): other users' process details and root-only files need root.").arg(userName).arg(uid);
}

bool RuntimeInfo::procHidesProcesses() const
{
    return !procHidePid.isEmpty() && procHidePid != QLatin1String("0") && procHidePid != QLatin1String("off");
}

QString RuntimeInfo::sandboxText() const
{
    if (flatpak)
        return tr("Flatpak sandbox: /proc shows the sandbox's own processes, not the host's.");
    if (procHidesProcesses())
        return tr("Not sandboxed; /proc is mounted with hidepid=%1, so other users' processes are hidden.").arg(procHidePid);
    return tr("Not sandboxed: the host's kernel as it is.");
}

QString RuntimeInfo::sandboxNotice(const QString &channel) const
{
    if (!flatpak) {
        if (channel == QLatin1String("procfs") && procHidesProcesses() && !root)
            return tr("/proc is mounted with hidepid=%1: other users' processes are hidden from us, not absent.").arg(procHidePid);
        return {};
    }
    if (channel == QLatin1String("map"))
        return tr("Flatpak sandbox: the counts of processes and device nodes are the sandbox's, not the host's, and system calls "
                  "cannot be counted here. Tunables, sysfs devices, netlink and the kernel's rates are the host's.");
    if (channel == QLatin1String("process"))
        return tr("Flatpak sandbox: only this app's own processes can be picked.");
    if (channel == QLatin1String("procfs"))
        return tr("Flatpak sandbox: this /proc belongs to the sandbox's own process namespace, so only this app's processes are listed, "
                  "not the host's. System-wide files (meminfo, stat, interrupts ...) still describe the host's kernel.");
    if (channel == QLatin1String("sysfs"))
        return tr("Flatpak sandbox: only /sys/block, bus, class, dev and devices are visible here; modules, firmware, "
                  "kernel and power are hidden from the sandbox.");
    if (channel == QLatin1String("devices"))
        return tr("Flatpak sandbox: /dev holds only the nodes the sandbox was granted, not the host's devices, and "
                  "holders are searched among this app's processes only. Run kchan devices on the host to see them all.");
    if (channel == QLatin1String("netlink"))
        return tr("Flatpak sandbox: links, addresses and uevents are the host's (the app shares the host's network), "
                  "but socket owners are searched among this app's processes only, and the process connector needs root.");
    if (channel == QLatin1String("syscalls"))
        return tr("Flatpak sandbox: the sandbox's seccomp filter refuses bpf and perf_event_open, so rates cannot be counted here; "
                  "the table and the per-process state still work. Run kchan syscalls --rates on the host for rates.");
    if (channel == QLatin1String("sysctl"))
        return tr("Flatpak sandbox: /proc/sys is read-only here and the root helper cannot be started, so values can "
                  "be read, watched and compared, but not written.");
    if (channel == QLatin1String("trace"))
        return tr("Flatpak sandbox: the sandbox's seccomp filter refuses ptrace, so no program can be traced here, and only "
                  "this app's processes could be attached to. Run kchan trace on the host.");
    return {};
}

} // namespace kc
