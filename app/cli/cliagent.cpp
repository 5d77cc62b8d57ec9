// SPDX-License-Identifier: GPL-2.0-or-later
// kchan agent: Kernel Channels' requests answered from this machine's
// kernel, for a client at the other end of ssh or flatpak-spawn.
#include "clicommands.h"
#include "clisupport.h"

#include "source/agentserver.h"

#include <unistd.h>

namespace kc {

using namespace cli;

int CliCommands::agent(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption stdio(QStringLiteral("stdio"), tr("Speak the agent protocol on standard input and output."));
    p.addOption(stdio);
    CommandSpec spec(QStringLiteral("agent"),
                     tr("Answer the requests of Kernel Channels or kchan --remote from this machine's kernel, in the\n"
                        "agent protocol (length-prefixed CBOR frames; see README). Started by the client, as\n"
                        "ssh HOST kchan agent --stdio or through flatpak-spawn --host; runs until the client closes."));
    spec.json.clear();
    int code = 0;
    if (!parseArgs(p, args, spec, &code))
        return code;
    if (!p.isSet(stdio)) {
        err(tr("kchan agent: name the transport: --stdio"));
        return 2;
    }
    if (::isatty(STDOUT_FILENO)) {
        err(tr("kchan agent: standard output is a terminal; the agent speaks a binary protocol for a client such as kchan --remote."));
        return 2;
    }
    return AgentServer::serve(STDIN_FILENO, STDOUT_FILENO);
}

} // namespace kc
