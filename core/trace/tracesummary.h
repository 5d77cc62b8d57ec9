// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "tracecall.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <array>

namespace kc {

/// A trace in totals: per call name what `strace -c` counts (calls,
/// errors, time inside the call), and per channel what the program did
/// through it (descriptors opened, reads, writes, ioctls). Counts every
/// call it is given, also those a capped table has since dropped.
class TraceSummary
{
    Q_DECLARE_TR_FUNCTIONS(TraceSummary)
public:
    /// What a call did with its channel.
    enum Use { Opened, Read, Written, Ioctl, OtherUse, UseCount };

    struct CallTotals {
        QString name;
        qint64 calls = 0;
        qint64 errors = 0;
        qint64 totalNs = 0; // of the calls that returned
    };

    void add(const TraceCall &call);
    void clear();

    qint64 calls() const { return m_calls; }
    qint64 errors() const { return m_errors; }
    qint64 totalNs() const { return m_totalNs; }
    /// One entry per call name, the most time spent first (then the most calls).
    QList<CallTotals> byCall() const;
    qint64 uses(FdChannel channel, Use use) const;
    /// How `call` used its channel, and which channel that is; OtherUse
    /// on FdChannel::Other for a call without a descriptor.
    static Use useOf(const TraceCall &call, FdChannel *channel);
    /// "procfs files: 1 opened, 2 reads, 1 other call · Netlink sockets: 1
    /// opened, 1 sent, 2 received"; empty before any call on a descriptor.
    QString channelText() const;

private:
    QHash<QString, CallTotals> m_byName;
    QHash<int, std::array<qint64, UseCount>> m_uses; // by FdChannel
    qint64 m_calls = 0;
    qint64 m_errors = 0;
    qint64 m_totalNs = 0;
};

} // namespace kc
