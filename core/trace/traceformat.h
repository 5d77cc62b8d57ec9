// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "netlink/nldecoder.h"
#include "tracecall.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace kc {

/// A traced call as text: the strace-like line and the JSON line of
/// `kchan trace` and of the Trace pane's export, written in one place so
/// both give the same shape (documented in README).
class TraceFormat
{
    Q_DECLARE_TR_FUNCTIONS(TraceFormat)
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
    /// One JSON object and a newline: {"time", "elapsed_us", "pid", "tid",
    /// "comm", "call", "args": [{"name", "value"}], "ret", "result",
    /// "errno", "error", "duration_us", "channels": [{"fd", "channel",
    /// "target", "detail"?, "protocol"?}], "netlink"?: {"protocol", "payload" (hex),
    /// "truncated"}, "messages"?}. `startMs` is when the trace started (ms
    /// since the epoch).
    static void appendJson(QByteArray &out, const TraceCall &call, qint64 startMs);

    /// A call read back from one line appendJson wrote; `timeMs` gets its
    /// "time" (ms since the epoch). Nothing, with `error` set to a short
    /// phrase, when the line is not such an object. The raw arguments are
    /// not in the line: `args` stay 0, `decoded` holds their text.
    static std::optional<TraceCall> fromJson(QByteArrayView line, qint64 *timeMs, QString *error);

    /// What a file of JSON lines held.
    struct Import {
        QList<TraceCall> calls;
        qint64 startMs = 0;         // when the trace started, from the first call
        int malformed = 0;          // lines left out
        int firstMalformedLine = 0; // counted from 1
        QString firstError;         // why that line was left out
        /// One sentence about the lines left out ("Not every line of
        /// trace.jsonl is a call of a trace: 2 left out, the first at line
        /// 7 (not JSON …)."); empty when none were.
        QString problemText(const QString &fileName) const;
    };
    /// Every line of `data` through fromJson(); empty lines are skipped.
    /// Times are made relative to the start of the trace again.
    static Import readJsonLines(QByteArrayView data);
};

} // namespace kc
