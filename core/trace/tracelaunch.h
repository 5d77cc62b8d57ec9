// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Starting a command to trace, held before its exec, for both tracers.
// Internal to trace/.

#include "tracer.h"

#include <QString>
#include <QStringList>

#include <sys/types.h>

struct sock_fprog;

namespace kc::tracelaunch {

/// A command started and held before its exec, so that the tracer can
/// take hold of it first.
struct Held {
    int pid = 0;
    /// Reads why it failed before or at its exec (see failure()); reads
    /// the end of the file once exec succeeded.
    int infoPipe = -1;
    int goPipe = -1;
    /// Lets it go on to set itself up and exec.
    void release();
    /// Ends it before it ran, and closes both pipes.
    void abandon();
};

/// Starts `command` (argv; PATH is searched) through a short-lived middle
/// process, so that it is not our child: left running after a stop, init
/// reaps it, not us. The child sets up the standard streams and working
/// directory of `options` only once released. `allowTracer`: a process
/// Yama's ptrace_scope 1 lets trace it (0: none named); `filter`: a seccomp
/// filter it installs just before its exec (nullptr: none). On failure
/// returns a sentence and `held` is empty.
QString start(const QStringList &command, const TraceOptions &options, pid_t allowTracer, const sock_fprog *filter, Held *held);

/// Why the command failed before running, from what it reported on
/// `infoPipe`; empty when it did not report (its exec succeeded).
QString failure(int infoPipe, const QString &program, const QString &workingDirectory);

} // namespace kc::tracelaunch
