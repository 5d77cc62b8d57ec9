// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "trace/tracer.h"

#include <QString>

#include <optional>

class QWidget;

namespace kc {

/// "Run and trace…": the command line, its working directory, the calls to
/// trace only, the string limit and what Stop does. The choices are kept
/// in the settings (trace/...), where the next dialog and the trace read
/// them.
class TraceRunDialog
{
public:
    struct Choice {
        QString command;   // as typed; split as QProcess::splitCommand does
        QString directory; // empty: ours
    };
    /// Asks; nothing when the user cancels.
    static std::optional<Choice> ask(QWidget *parent);
    /// How calls are caught, as last chosen (trace/backend: auto, bpf, ptrace).
    static TraceOptions::Backend backend();
};

} // namespace kc
