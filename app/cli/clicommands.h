// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace kc {

/// The commands of kchan, one table of them: run() dispatches from it,
/// usage() and `kchan help --commands` (one invocation a line, for the man
/// page) are made from it. Each command returns the process exit code and
/// writes data to stdout, messages to stderr. Commands are implemented one
/// group to a file: clifiles, clidevices, clinetlink, clisysctl,
/// clisampling, clisyscalls, clichannels, climaps, clisendpath, clitrace, cliagent.
class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)
public:
    struct Command {
        const char *name;     // as typed after kchan: "netlink sockets"
        const char *synopsis; // its arguments, for the usage text
        const char *summary;  // one line, translated in this class's context
        int (*run)(const QStringList &args); // gets what follows the name
        bool throughAgent = false; // reads through cli::source(), so --remote serves it
    };
    /// Every command; a name may come twice for two forms of one command.
    static const QList<Command> &commands();
    static int run(const QStringList &args);
    static QString usage();

private:
    static int usage(int exitCode);
    static int dispatch(const QStringList &args);
    static int group(const QString &name, const QStringList &args);
    /// --remote DEST and --agent COMMAND before the command: connects and
    /// makes the agent the source; false after saying why it cannot.
    static bool connectSource(QStringList &args, int *exitCode);

    // clifiles.cpp
    static int ls(const QStringList &args);
    static int cat(const QStringList &args);
    static int procs(const QStringList &args);
    static int parse(const QStringList &args);
    static int formats(const QStringList &args);
    // clidevices.cpp
    static int devices(const QStringList &args);
    static int follow(const QStringList &args);
    static int sysfs(const QStringList &args);
    static int uevents(const QStringList &args);
    // clinetlink.cpp
    static int netlinkSockets(const QStringList &args);
    static int netlinkFamilies(const QStringList &args);
    static int monitor(const QStringList &args);
    static int decode(const QStringList &args);
    // clisysctl.cpp
    static int sysctl(const QStringList &args);
    static int sysctlGet(const QStringList &args);
    static int sysctlSet(const QStringList &args);
    static int sysctlSnapshot(const QStringList &args);
    static int sysctlDiff(const QStringList &args);
    // clisampling.cpp
    static int sample(const QStringList &args);
    static int map(const QStringList &args);
    // clisyscalls.cpp
    static int syscalls(const QStringList &args);
    static int syscallOf(const QStringList &args);
    static int syscallCost(const QStringList &args);
    // clichannels.cpp
    static int channels(const QStringList &args);
    // climaps.cpp
    static int maps(const QStringList &args);
    static int why(const QStringList &args);
    // clisendpath.cpp
    static int sendpath(const QStringList &args);
    // clitrace.cpp
    static int trace(const QStringList &args);
    // cliagent.cpp
    static int agent(const QStringList &args);
};

} // namespace kc
