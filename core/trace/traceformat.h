// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "netlink/nldecoder.h"
#include "tracecall.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace kc {

/// A traced call as text: the strace-like line and the JSON line of
/// `kchan trace` and of the Trace pane's export, written in one place so
/// both give the same shape (documented in README).
class TraceFormat
{
public:
    /// "<procfs /proc/meminfo> <device /dev/null, 1:3 mem, driver mem>";
    /// empty when no descriptor says anything.
    static QString channelsText(const TraceCall &call);
    /// The arguments as strace prints them: "AT_FDCWD, \"/proc/meminfo\", O_RDONLY".
    static QString argumentsText(const TraceCall &call);
    /// The netlink messages a send or receive carried, decoded; empty for
    /// any other call.
    static QList<NlMessage> netlinkMessages(const TraceCall &call);
    /// "[tid] name(args) = ret  <channel>" and a newline, then one indented
    /// line per netlink message.
    static void appendText(QByteArray &out, const TraceCall &call);
    /// One JSON object and a newline: {"time", "pid", "tid", "comm", "call",
    /// "args": [{"name", "value"}], "ret", "errno", "error", "duration_us",
    /// "channels": [{"fd", "channel", "target", "detail"?}], "messages"?}.
    /// `startMs` is when the trace started (ms since the epoch).
    static void appendJson(QByteArray &out, const TraceCall &call, qint64 startMs);
};

} // namespace kc
