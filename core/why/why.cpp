// SPDX-License-Identifier: GPL-2.0-or-later
// Why: the answer, the capability names and the dispatch by kind.
#include "why.h"
#include "whyutil.h"

#include "io/safereader.h"
#include "procfs/parseutil.h"

#include <cstring>

namespace kc {

QString whyutil::errnoText(int err)
{
    return QString::fromLocal8Bit(strerror(err));
}

bool WhyAnswer::failed() const
{
    for (const WhyCheck &c : checks) {
        if (c.result == WhyCheck::Result::Fail)
            return true;
    }
    return !error.isEmpty();
}

QString WhyAnswer::verdict() const
{
    if (!error.isEmpty())
        return error;
    for (const WhyCheck &c : checks) {
        if (c.result == WhyCheck::Result::Fail)
            return Why::tr("%1: %2").arg(c.title, c.evidence);
    }
    return Why::tr("Nothing found in the way.");
}

QString WhyAnswer::resultKey(WhyCheck::Result r)
{
    switch (r) {
    case WhyCheck::Result::Pass: return QStringLiteral("pass");
    case WhyCheck::Result::Fail: return QStringLiteral("fail");
    case WhyCheck::Result::Warn: return QStringLiteral("warn");
    case WhyCheck::Result::Info: return QStringLiteral("info");
    }
    return {};
}

QString Why::capabilityName(int cap)
{
    static const char *const names[] = {
        "CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_DAC_READ_SEARCH", "CAP_FOWNER", "CAP_FSETID", "CAP_KILL", "CAP_SETGID",
        "CAP_SETUID", "CAP_SETPCAP", "CAP_LINUX_IMMUTABLE", "CAP_NET_BIND_SERVICE", "CAP_NET_BROADCAST", "CAP_NET_ADMIN",
        "CAP_NET_RAW", "CAP_IPC_LOCK", "CAP_IPC_OWNER", "CAP_SYS_MODULE", "CAP_SYS_RAWIO", "CAP_SYS_CHROOT",
        "CAP_SYS_PTRACE", "CAP_SYS_PACCT", "CAP_SYS_ADMIN", "CAP_SYS_BOOT", "CAP_SYS_NICE", "CAP_SYS_RESOURCE",
        "CAP_SYS_TIME", "CAP_SYS_TTY_CONFIG", "CAP_MKNOD", "CAP_LEASE", "CAP_AUDIT_WRITE", "CAP_AUDIT_CONTROL",
        "CAP_SETFCAP", "CAP_MAC_OVERRIDE", "CAP_MAC_ADMIN", "CAP_SYSLOG", "CAP_WAKE_ALARM", "CAP_BLOCK_SUSPEND",
        "CAP_AUDIT_READ", "CAP_PERFMON", "CAP_BPF", "CAP_CHECKPOINT_RESTORE"};
    return cap >= 0 && cap < int(sizeof(names) / sizeof(names[0])) ? QString::fromLatin1(names[cap]) : QStringLiteral("capability %1").arg(cap);
}

quint64 Why::effectiveCapabilities()
{
    const ReadResult r = SafeReader::read(QStringLiteral("/proc/self/status"));
    for (const QByteArrayView line : parse::lines(r.data)) {
        if (line.startsWith("CapEff:"))
            return QByteArray(line.sliced(7).trimmed().data(), line.sliced(7).trimmed().size()).toULongLong(nullptr, 16);
    }
    return 0;
}

WhyAnswer Why::subject(const QString &spec, int pid)
{
    if (spec.startsWith(QLatin1String("netlink:")))
        return netlink(spec.mid(8));
    if (spec.startsWith(QLatin1String("syscall:")))
        return syscall(spec.mid(8), pid);
    return path(spec);
}

} // namespace kc
