// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace kc {

/// The subcommands of kchan. Each returns the process exit code and
/// writes data to stdout, messages to stderr.
class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)
public:
    static int run(const QStringList &args);

private:
    static int ls(const QStringList &args);
    static int cat(const QStringList &args);
    static int procs(const QStringList &args);
    static int parse(const QStringList &args);
    static int formats(const QStringList &args);
    static int devices(const QStringList &args);
    static int follow(const QStringList &args);
    static int sysfs(const QStringList &args);
    static int uevents(const QStringList &args);
    static int netlink(const QStringList &args);
    static int monitor(const QStringList &args);
    static int decode(const QStringList &args);
    static int sysctl(const QStringList &args);
    static int sample(const QStringList &args);
    static int syscalls(const QStringList &args);
    static int syscallOf(const QStringList &args);
    static int channels(const QStringList &args);
    static int map(const QStringList &args);
    static int why(const QStringList &args);
    static int sysctlGet(const QStringList &args);
    static int sysctlSet(const QStringList &args);
    static int sysctlDiff(const QStringList &args);
    static int usage(int exitCode);
};

} // namespace kc
