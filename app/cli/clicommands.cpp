// SPDX-License-Identifier: GPL-2.0-or-later
#include "clicommands.h"

#include "clisupport.h"

#include "source/agentsource.h"
#include "source/datasource.h"


namespace kc {

using namespace cli;

const QList<CliCommands::Command> &CliCommands::commands()
{
    // The order of the usage text.
    static const QList<Command> table = {
        {"ls", "PATH [--json]", QT_TR_NOOP("list a /proc or /sys directory, with link targets and notes"), &ls, true},
        {"cat", "PATH", QT_TR_NOOP("print a file, read safely (non-blocking, size-capped)"), &cat, true},
        {"procs", "[--json]", QT_TR_NOOP("every process: pid, ppid, state, rss, threads, uid, comm, cmdline"), &procs, true},
        {"parse", "PATH [--json]", QT_TR_NOOP("a known /proc file as tables (see formats)"), &parse, true},
        {"formats", "[--json]", QT_TR_NOOP("the /proc formats kchan can parse"), &formats},
        {"devices", "[--json]", QT_TR_NOOP("every node under /dev with driver, subsystem and holders"), &devices, true},
        {"follow", "NODE [--json]", QT_TR_NOOP("the path from a device node to its driver and module"), &follow, true},
        {"sysfs", "PATH [--json]", QT_TR_NOOP("a sysfs object: attributes, links and children"), &sysfs, true},
        {"uevents", "", QT_TR_NOOP("kernel uevents as they happen"), &uevents},
        {"netlink sockets", "[--json]", QT_TR_NOOP("open netlink sockets"), &netlinkSockets, true},
        {"netlink families", "[--json]", QT_TR_NOOP("generic netlink families"), &netlinkFamilies, true},
        {"monitor", "STREAM", QT_TR_NOOP("live netlink messages (route, uevent, connector), decoded"), &monitor, true},
        {"decode", "FILE.pcapng", QT_TR_NOOP("decode a netlink capture"), &decode},
        {"sysctl", "[PATTERN] [--json]", QT_TR_NOOP("kernel tunables under /proc/sys with descriptions"), &sysctl, true},
        {"sysctl get", "KEY [--json]", QT_TR_NOOP("the value of one tunable"), &sysctlGet, true},
        {"sysctl set", "KEY VALUE [--yes]", QT_TR_NOOP("write a tunable, after showing the equivalent sysctl -w"), &sysctlSet, true},
        {"sysctl snapshot", "FILE", QT_TR_NOOP("save every readable tunable to a JSON file"), &sysctlSnapshot},
        {"sysctl diff", "A [B]", QT_TR_NOOP("compare a snapshot with another or with the values now"), &sysctlDiff},
        {"sample", "KEY... [--interval S] [--count N] [--json]", QT_TR_NOOP("rates and levels, sampled"), &sample, true},
        {"syscalls", "[--json]", QT_TR_NOOP("this kernel's system calls: number, name, arguments, meaning"), &syscalls},
        {"syscalls", "--rates [--pid PID] [--interval S] [--count N] [--json]", QT_TR_NOOP("calls per second"), &syscalls},
        {"syscall-of", "PID [--json]", QT_TR_NOOP("the system call a process is blocked in"), &syscallOf},
        {"syscall-cost", "[--batches N] [--json]", QT_TR_NOOP("what a function call, a vDSO call, a system call and a context switch cost here, in ns"), &syscallCost},
        {"map", "[--interval S] [--json]", QT_TR_NOOP("the channel map's figures: counts and rates of every channel"), &map},
        {"channels", "PID [--json]", QT_TR_NOOP("one process's channels: descriptors by channel, namespaces, limits"), &channels, true},
        {"maps", "PID [--json]", QT_TR_NOOP("one process's address space: every region with RSS, PSS and swap, and the user/kernel split"), &maps, true},
        {"sendpath", "DEST [--send N] [--port PORT] [--size BYTES] [--json]",
         QT_TR_NOOP("a datagram's way out: UDP, IP, route, neighbour, qdisc, queues and device, with their counters"), &sendpath},
        {"why", "PATH|netlink:PROTO|syscall:NAME [--pid PID] [--json]", QT_TR_NOOP("why it cannot be reached, with evidence"), &why, true},
        {"trace", "[--json] [--only CALLS] [--string-limit N] [--backend bpf|ptrace|auto] [--pid PID | --import FILE] [-- CMD ARGS...]",
         QT_TR_NOOP("a command or process, call by call, each call on its channel"), &trace},
        {"agent", "--stdio", QT_TR_NOOP("answer Kernel Channels from another machine (over ssh, or from the Flatpak)"), &agent},
    };
    return table;
}

QString CliCommands::usage()
{
    QString text = tr("usage: kchan COMMAND [OPTIONS]\n"
                      "\n"
                      "The data of Kernel Channels, without the GUI.\n"
                      "\n"
                      "commands:\n");
    for (const Command &c : commands()) {
        QString line = QStringLiteral("  ") + QLatin1String(c.name);
        if (*c.synopsis)
            line += QLatin1Char(' ') + QLatin1String(c.synopsis);
        // Summaries in one column where the synopsis is short.
        line = line.size() <= 22 ? line.leftJustified(24) : line + QStringLiteral("   ");
        text += line + tr(c.summary) + QLatin1Char('\n');
    }
    text += tr("\nkchan COMMAND --help shows a command's options. kchan --version prints the version.\n"
               "kchan --remote [USER@]HOST COMMAND runs a command on that machine's kernel through\n"
               "ssh HOST kchan agent --stdio; kchan --agent 'SHELL COMMAND' COMMAND starts the agent so.\n");
    return text;
}

int CliCommands::usage(int exitCode)
{
    if (exitCode == 0)
        out(usage().toUtf8());
    else
        err(usage());
    return exitCode;
}

// `kchan netlink`, a group of commands without one of its own: what its
// commands are.
int CliCommands::group(const QString &name, const QStringList &args)
{
    QStringList forms, words;
    for (const Command &c : commands()) {
        const QString command = QLatin1String(c.name);
        if (command.section(QLatin1Char(' '), 0, 0) != name)
            continue;
        forms.append(QStringLiteral("kchan ") + command + QLatin1Char(' ') + QLatin1String(c.synopsis));
        words.append(command.section(QLatin1Char(' '), 1));
    }
    if (args.value(0) == QLatin1String("--help") || args.value(0) == QLatin1String("-h")) {
        out(tr("usage: %1").arg(forms.join(QStringLiteral(" | "))).toUtf8() + '\n');
        return 0;
    }
    err(tr("kchan %1: name one of %2; see kchan %1 --help").arg(name, words.join(QStringLiteral(", "))));
    return 2;
}

int CliCommands::run(const QStringList &args)
{
    if (args.isEmpty())
        return usage(2);
    const QString command = args.first();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        // For the man page: every invocation with --help of its own.
        if (command == QLatin1String("help") && args.value(1) == QLatin1String("--commands")) {
            QStringList names;
            for (const Command &c : commands()) {
                if (!names.contains(QLatin1String(c.name)))
                    names.append(QLatin1String(c.name));
            }
            out(names.join(QLatin1Char('\n')).toUtf8() + '\n');
            return 0;
        }
        return usage(0);
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out(QByteArrayLiteral("kchan " KC_VERSION "\n"));
        return 0;
    }
    int connectCode = 0;
    QStringList rest = args;
    if (!connectSource(rest, &connectCode))
        return connectCode;
    if (rest.isEmpty())
        return usage(2);
    const int code = dispatch(rest);
    // An agent ends with its input and is waited for here, before main()
    // leaves without destructors.
    setSource(DataSource::local());
    return code;
}

int CliCommands::dispatch(const QStringList &args)
{
    const QString command = args.first();
    // The longest name that the arguments start with: "sysctl get" before "sysctl".
    const Command *best = nullptr;
    qsizetype bestWords = 0;
    bool isGroup = false;
    for (const Command &c : commands()) {
        const QStringList words = QString::fromLatin1(c.name).split(QLatin1Char(' '));
        isGroup = isGroup || (words.size() > 1 && words.first() == command);
        if (words.size() > bestWords && args.mid(0, words.size()) == words) {
            best = &c;
            bestWords = words.size();
        }
    }
    if (best && remote() && !best->throughAgent) {
        QStringList served;
        for (const Command &c : commands()) {
            if (c.throughAgent)
                served.append(QLatin1String(c.name));
        }
        err(tr("kchan: %1 does not yet run through the agent; through --remote and --agent kchan runs %2.")
                .arg(QLatin1String(best->name), served.join(QStringLiteral(", "))));
        return 2;
    }
    if (best)
        return best->run(args.mid(bestWords));
    if (isGroup)
        return group(command, args.mid(1));
    err(tr("kchan: unknown command \"%1\"").arg(command));
    return usage(2);
}

bool CliCommands::connectSource(QStringList &args, int *exitCode)
{
    const QString option = args.value(0);
    QStringList command;
    if (option == QLatin1String("--remote") || option.startsWith(QLatin1String("--remote="))) {
        const QString destination = option.contains(QLatin1Char('=')) ? option.section(QLatin1Char('='), 1) : args.value(1);
        if (destination.isEmpty()) {
            err(tr("kchan: --remote needs a machine: [USER@]HOST"));
            *exitCode = 2;
            return false;
        }
        command = AgentSource::sshCommand(destination);
    } else if (option == QLatin1String("--agent") || option.startsWith(QLatin1String("--agent="))) {
        const QString line = option.contains(QLatin1Char('=')) ? option.section(QLatin1Char('='), 1) : args.value(1);
        command = AgentSource::shellCommand(line);
        if (command.isEmpty()) {
            err(tr("kchan: --agent needs the command line that starts an agent, e.g. 'ssh HOST kchan agent --stdio'"));
            *exitCode = 2;
            return false;
        }
    } else {
        return true;
    }
    args = args.mid(option.contains(QLatin1Char('=')) ? 1 : 2);
    if (args.isEmpty()) {
        err(tr("kchan: %1 needs a command to run there").arg(option.section(QLatin1Char('='), 0, 0)));
        *exitCode = 2;
        return false;
    }
    QString error;
    std::shared_ptr<AgentSource> agent = AgentSource::start(command, &error);
    if (!agent) {
        err(tr("kchan: cannot reach the agent: %1").arg(error));
        *exitCode = 1;
        return false;
    }
    setSource(agent);
    return true;
}

} // namespace kc
