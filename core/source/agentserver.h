// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCborMap>
#include <QCoreApplication>

namespace kc {

class DataSource;

/// The agent's side of the protocol (see agentprotocol.h): answers
/// requests from a DataSource, this kernel's, one after the other.
class AgentServer
{
    Q_DECLARE_TR_FUNCTIONS(AgentServer)
public:
    /// Serves on file descriptors `in` and `out` until the client closes
    /// its end. Returns the exit code: 0 when the client hung up, 2 after
    /// a malformed frame (said on stderr), 1 when `out` broke.
    static int serve(int in, int out);
    /// The answer to one request; an unknown op or a wrong argument gives
    /// {"id", "error"}.
    static QCborMap answer(DataSource &source, const QCborMap &request);
};

} // namespace kc
