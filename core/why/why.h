// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kc {

/// One line of an answer: what was checked, how it came out, and the
/// evidence read from this machine.
struct WhyCheck {
    enum class Result { Pass, Fail, Warn, Info };
    Result result = Result::Info;
    QString title;    // "Permission", translated
    QString evidence; // "owned by root, mode 0400 (r--------), group root; we are uid 1000"
    QString fix;      // what to do about a failure; may be empty
};

/// The answer to "why can't I reach this?": a checklist and a verdict.
struct WhyAnswer {
    QString subject; // as asked: /proc/1/environ, netlink:NETLINK_AUDIT, syscall:bpf
    QString kind;    // "path", "netlink", "syscall"
    QList<WhyCheck> checks;
    QString error;   // the question itself was not understood

    bool failed() const;
    /// The first failure's evidence, or a sentence saying nothing failed.
    QString verdict() const;
    static QString resultKey(WhyCheck::Result r); // pass, fail, warn, info
};

/// Checks, on this machine and as this process, why a path, a netlink
/// protocol or a system call can or cannot be used. Reads /proc, /sys and
/// file metadata; opens nothing but regular /proc and /sys files (to let
/// the kernel answer for itself), never a device node, never writes.
class Why
{
    Q_DECLARE_TR_FUNCTIONS(Why)
public:
    /// "netlink:NAME|NUMBER", "syscall:NAME", or a path.
    static WhyAnswer subject(const QString &spec, int pid = 0);
    static WhyAnswer path(const QString &path);
    static WhyAnswer netlink(const QString &protocol);
    /// `pid` is the process whose seccomp state to check; 0 for ourselves.
    static WhyAnswer syscall(const QString &name, int pid = 0);

    /// CAP_NET_ADMIN ... for a capability number.
    static QString capabilityName(int cap);
    /// Our effective capabilities, from /proc/self/status.
    static quint64 effectiveCapabilities();
};

} // namespace kc
