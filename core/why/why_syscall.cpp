// SPDX-License-Identifier: GPL-2.0-or-later
// Why a system call can or cannot be made: known to this kernel, seccomp
// filters on the process, and what the call needs.
#include "why.h"
#include "whyutil.h"
#include "seccompfilter.h"

#include "io/safereader.h"
#include "netlink/netlinknames.h"
#include "procfs/parseutil.h"
#include "syscalls/syscalltable.h"

#include <QFileInfo>

#include <cerrno>
#include <linux/genetlink.h>
#include <cstring>
#include <fcntl.h>
#include <grp.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>
#include <unistd.h>

namespace kc {

using namespace whyutil;

namespace {

// What the process's seccomp filters do with the call: run on it when
// they can be read (CAP_SYS_ADMIN, another process), else a warning.
WhyCheck seccompCheck(const QString &who, const QString &filters, int target, int number, const QString &name)
{
    const QString count = filters.isEmpty() ? QStringLiteral("?") : filters;
    const QString fix = Why::tr("Containers, Flatpak and systemd units install such filters; check the sandbox's profile.");
    SeccompFilters f;
    QString unreadable;
    if (target != int(::getpid()) && (Why::effectiveCapabilities() & (quint64(1) << 21)) && f.read(target, &unreadable)) {
        const SeccompFilters::Verdict v = f.evaluate(number);
        QString evidence = Why::tr("%1 runs under %n seccomp filter(s); run on %2, they %3.", nullptr, f.count()).arg(who, name, v.text());
        if (v.readsArguments)
            evidence += QLatin1Char(' ') + Why::tr("A filter looks at the call's arguments (taken as 0 here), so other arguments may be decided otherwise.");
        const Result r = !v.fails() ? (v.readsArguments ? Result::Warn : Result::Pass) : Result::Fail;
        return check(r, Why::tr("Seccomp"), evidence, r == Result::Fail ? fix : QString());
    }
    QString evidence = Why::tr("%1 runs under %2 seccomp filter(s) (Seccomp: 2 in /proc/%3/status). A filter may refuse %4 with an error of its choice; the filter's program cannot be read without CAP_SYS_ADMIN.")
                           .arg(who, count).arg(target).arg(name);
    if (!unreadable.isEmpty())
        evidence += QLatin1Char(' ') + unreadable;
    return check(Result::Warn, Why::tr("Seccomp"), evidence, fix);
}

} // namespace

WhyAnswer Why::syscall(const QString &given, int pid)
{
    WhyAnswer d;
    d.subject = QStringLiteral("syscall:") + given;
    d.kind = QStringLiteral("syscall");
    const QString name = given.trimmed().toLower();
    int number = -1;
    QStringList similar;
    for (const SyscallInfo &s : SyscallTable::compiled()) {
        if (s.name == name)
            number = s.number;
        else if (s.name.contains(name) || (name.size() > 3 && name.contains(s.name) && s.name.size() > 3))
            similar.append(s.name);
    }
    if (number < 0) {
        d.checks.append(check(Result::Fail, tr("On this architecture"),
                              tr("There is no system call named %1 on %2.").arg(name, QSysInfo::currentCpuArchitecture()),
                              similar.isEmpty() ? QString() : tr("Perhaps: %1.").arg(similar.mid(0, 8).join(QStringLiteral(", ")))));
        return d;
    }
    d.checks.append(check(Result::Pass, tr("On this architecture"), tr("%1 is system call %2 on %3.").arg(name).arg(number).arg(QSysInfo::currentCpuArchitecture())));

    // Tracepoints carry the name of the kernel's function, which differs
    // from the call's for a few old calls.
    static const QHash<QString, QString> tracepointName = {
        {QStringLiteral("uname"), QStringLiteral("newuname")},     {QStringLiteral("stat"), QStringLiteral("newstat")},
        {QStringLiteral("lstat"), QStringLiteral("newlstat")},     {QStringLiteral("fstat"), QStringLiteral("newfstat")},
        {QStringLiteral("sendfile"), QStringLiteral("sendfile64")}, {QStringLiteral("umount2"), QStringLiteral("umount")},
    };
    const QString event = tracepointName.value(name, name);
    const QString tracefs = SyscallTable::findTracefs();
    const QString syscallEvents = tracefs + QStringLiteral("/events/syscalls");
    if (tracefs.isEmpty()) {
        d.checks.append(check(Result::Info, tr("In the running kernel"),
                              tr("Cannot tell without tracefs whether this kernel was built with it; a missing one fails with ENOSYS.")));
    } else if (!QFileInfo::exists(syscallEvents + QStringLiteral("/sys_enter_openat"))) {
        d.checks.append(check(Result::Info, tr("In the running kernel"),
                              tr("This kernel has no system call tracepoints (CONFIG_FTRACE_SYSCALLS), so it cannot say which calls it was built with.")));
    } else if (QFileInfo::exists(syscallEvents + QStringLiteral("/sys_enter_") + event)) {
        d.checks.append(check(Result::Pass, tr("In the running kernel"), tr("The kernel has a tracepoint for it (events/syscalls/sys_enter_%1).").arg(event)));
    } else {
        // Every call the kernel implements has one; the others are
        // sys_ni_syscall, removed or configured out.
        d.checks.append(check(Result::Fail, tr("In the running kernel"),
                              tr("This kernel does not implement %1 (no tracepoint sys_enter_%2 among its system call tracepoints): the call fails with ENOSYS.").arg(name, event),
                              tr("It was removed from Linux or left out of this kernel's configuration.")));
    }

    const int target = pid > 0 ? pid : int(::getpid());
    const ReadResult status = SafeReader::read(QStringLiteral("/proc/%1/status").arg(target));
    if (!status.ok()) {
        d.checks.append(check(Result::Fail, tr("Seccomp"), status.reason));
    } else {
        QString mode, filters, noNewPrivs;
        for (const QByteArrayView line : parse::lines(status.data)) {
            if (line.startsWith("Seccomp:"))
                mode = QString::fromUtf8(line.sliced(8).trimmed());
            else if (line.startsWith("Seccomp_filters:"))
                filters = QString::fromUtf8(line.sliced(16).trimmed());
            else if (line.startsWith("NoNewPrivs:"))
                noNewPrivs = QString::fromUtf8(line.sliced(11).trimmed());
        }
        const QString who = pid > 0 ? tr("process %1").arg(pid) : tr("this process");
        static const QStringList strictAllowed = {QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("exit"), QStringLiteral("rt_sigreturn")};
        if (mode == QLatin1String("0"))
            d.checks.append(check(Result::Pass, tr("Seccomp"), tr("No seccomp filter restricts %1.").arg(who)));
        else if (mode == QLatin1String("1"))
            d.checks.append(check(strictAllowed.contains(name) ? Result::Pass : Result::Fail, tr("Seccomp"),
                                  tr("%1 is in seccomp strict mode: only read, write, exit and sigreturn are allowed; anything else kills it.").arg(who)));
        else if (mode == QLatin1String("2"))
            d.checks.append(seccompCheck(who, filters, target, number, name));
        if (noNewPrivs == QLatin1String("1"))
            d.checks.append(check(Result::Info, tr("No new privileges"), tr("%1 cannot gain privileges through setuid programs or file capabilities.").arg(who)));
    }

    // Calls gated by a capability or a sysctl (from the kernel's checks).
    struct Gate {
        const char *call;
        int cap;
        const char *sysctl; // /proc/sys path, or nullptr
        const char *text;
        bool always = false; // the kernel asks for the capability before anything else
    };
    static const Gate gates[] = {
        {"bpf", 39, "kernel/unprivileged_bpf_disabled", QT_TR_NOOP("Loading most BPF programs needs CAP_BPF (or CAP_SYS_ADMIN); kernel.unprivileged_bpf_disabled decides what others may do.")},
        {"perf_event_open", 38, "kernel/perf_event_paranoid", QT_TR_NOOP("kernel.perf_event_paranoid limits what unprivileged programs may count; CAP_PERFMON lifts it.")},
        {"init_module", 16, "kernel/modules_disabled", QT_TR_NOOP("Loading modules needs CAP_SYS_MODULE, and kernel.modules_disabled=1 stops it for good."), true},
        {"finit_module", 16, "kernel/modules_disabled", QT_TR_NOOP("Loading modules needs CAP_SYS_MODULE, and kernel.modules_disabled=1 stops it for good."), true},
        {"delete_module", 16, nullptr, QT_TR_NOOP("Unloading modules needs CAP_SYS_MODULE."), true},
        {"reboot", 22, nullptr, QT_TR_NOOP("Rebooting needs CAP_SYS_BOOT."), true},
        {"kexec_load", 22, "kernel/kexec_load_disabled", QT_TR_NOOP("Loading a new kernel needs CAP_SYS_BOOT; kernel.kexec_load_disabled=1 forbids it."), true},
        {"kexec_file_load", 22, "kernel/kexec_load_disabled", QT_TR_NOOP("Loading a new kernel needs CAP_SYS_BOOT; kernel.kexec_load_disabled=1 forbids it."), true},
        {"mount", 21, nullptr, QT_TR_NOOP("Mounting needs CAP_SYS_ADMIN in the mount namespace's user namespace.")},
        {"umount2", 21, nullptr, QT_TR_NOOP("Unmounting needs CAP_SYS_ADMIN.")},
        {"pivot_root", 21, nullptr, QT_TR_NOOP("Changing the root mount needs CAP_SYS_ADMIN.")},
        {"fsopen", 21, nullptr, QT_TR_NOOP("Configuring a filesystem to mount needs CAP_SYS_ADMIN.")},
        {"move_mount", 21, nullptr, QT_TR_NOOP("Moving mounts needs CAP_SYS_ADMIN.")},
        {"swapon", 21, nullptr, QT_TR_NOOP("Swap areas need CAP_SYS_ADMIN."), true},
        {"swapoff", 21, nullptr, QT_TR_NOOP("Swap areas need CAP_SYS_ADMIN."), true},
        {"sethostname", 21, nullptr, QT_TR_NOOP("Setting the host name needs CAP_SYS_ADMIN in the UTS namespace's user namespace.")},
        {"setns", 21, nullptr, QT_TR_NOOP("Entering most namespaces needs CAP_SYS_ADMIN.")},
        {"unshare", 21, "user/max_user_namespaces", QT_TR_NOOP("New namespaces need CAP_SYS_ADMIN, except a user namespace, which user.max_user_namespaces (and distribution switches) allow.")},
        {"ptrace", 19, "kernel/yama/ptrace_scope", QT_TR_NOOP("Tracing another process needs the same user and kernel.yama.ptrace_scope permission, or CAP_SYS_PTRACE.")},
        {"process_vm_readv", 19, "kernel/yama/ptrace_scope", QT_TR_NOOP("Reading another process's memory follows the ptrace rules.")},
        {"setuid", 7, nullptr, QT_TR_NOOP("Changing to another user needs CAP_SETUID.")},
        {"setgid", 6, nullptr, QT_TR_NOOP("Changing to another group needs CAP_SETGID.")},
        {"chroot", 18, nullptr, QT_TR_NOOP("Changing the root directory needs CAP_SYS_CHROOT.")},
        {"settimeofday", 25, nullptr, QT_TR_NOOP("Setting the clock needs CAP_SYS_TIME."), true},
        {"clock_settime", 25, nullptr, QT_TR_NOOP("Setting the clock needs CAP_SYS_TIME."), true},
        {"adjtimex", 25, nullptr, QT_TR_NOOP("Adjusting the clock needs CAP_SYS_TIME (reading it is free).")},
        {"iopl", 17, nullptr, QT_TR_NOOP("Port I/O needs CAP_SYS_RAWIO.")},
        {"ioperm", 17, nullptr, QT_TR_NOOP("Port I/O needs CAP_SYS_RAWIO.")},
        {"mknod", 27, nullptr, QT_TR_NOOP("Creating device nodes needs CAP_MKNOD (FIFOs and sockets do not).")},
        {"mknodat", 27, nullptr, QT_TR_NOOP("Creating device nodes needs CAP_MKNOD (FIFOs and sockets do not).")},
        {"acct", 20, nullptr, QT_TR_NOOP("Process accounting needs CAP_SYS_PACCT."), true},
        {"syslog", 34, "kernel/dmesg_restrict", QT_TR_NOOP("Reading the kernel log needs CAP_SYSLOG when kernel.dmesg_restrict=1.")},
        {"userfaultfd", -1, "vm/unprivileged_userfaultfd", QT_TR_NOOP("vm.unprivileged_userfaultfd=0 limits unprivileged programs to faults in user mode.")},
        {"io_uring_setup", -1, "kernel/io_uring_disabled", QT_TR_NOOP("kernel.io_uring_disabled: 1 allows it only for a chosen group, 2 for nobody.")},
        {"mlock", 14, nullptr, QT_TR_NOOP("Locking memory beyond RLIMIT_MEMLOCK needs CAP_IPC_LOCK.")},
        {"setpriority", 23, nullptr, QT_TR_NOOP("Raising priority (lower nice) needs CAP_SYS_NICE.")},
        {"sched_setscheduler", 23, nullptr, QT_TR_NOOP("Real-time scheduling needs CAP_SYS_NICE or RLIMIT_RTPRIO.")},
        {"kill", 5, nullptr, QT_TR_NOOP("Signalling another user's process needs CAP_KILL.")},
        {"quotactl", 21, nullptr, QT_TR_NOOP("Most quota operations need CAP_SYS_ADMIN.")},
    };
    const quint64 caps = effectiveCapabilities();
    const auto have = [caps](int cap) { return cap >= 0 && (caps & (quint64(1) << cap)); };
    for (const Gate &g : gates) {
        if (name != QLatin1String(g.call))
            continue;
        QString evidence = tr(g.text);
        Result r = Result::Info;
        if (g.cap >= 0) {
            evidence += QLatin1Char(' ') + (have(g.cap) ? tr("We have %1.").arg(capabilityName(g.cap)) : tr("We do not have %1.").arg(capabilityName(g.cap)));
            r = have(g.cap) ? Result::Pass : g.always ? Result::Fail : Result::Warn;
        }
        QString setting;
        if (g.sysctl) {
            const ReadResult v = SafeReader::read(QStringLiteral("/proc/sys/") + QLatin1String(g.sysctl), 256);
            const QString key = QString::fromLatin1(g.sysctl).replace(QLatin1Char('/'), QLatin1Char('.'));
            setting = v.ok() ? QString::fromUtf8(v.data).trimmed() : QString();
            evidence += QLatin1Char(' ') + (v.ok() ? tr("%1 is %2 here.").arg(key, setting) : tr("%1: %2").arg(key, v.reason));
        }
        if (r == Result::Fail)
            evidence += QLatin1Char(' ') + tr("The call fails with EPERM.");
        // bpf(): with unprivileged BPF disabled (1 or 2), creating maps and
        // loading programs needs CAP_BPF or CAP_SYS_ADMIN.
        if (name == QLatin1String("bpf") && !setting.isEmpty() && setting != QLatin1String("0") && !have(39) && !have(21)) {
            r = Result::Fail;
            evidence += QLatin1Char(' ') + tr("Without CAP_BPF or CAP_SYS_ADMIN, creating a map or loading a program fails with EPERM.");
        }
        d.checks.append(check(r, tr("Privilege"), evidence,
                              r == Result::Pass || r == Result::Info ? QString() : tr("Run as root, or grant the capability to the program (setcap).")));
    }
    return d;
}

} // namespace kc
