// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "crosschannel/processchannels.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace kc {

/// One argument of a traced call, decoded: "flags" = "O_RDONLY|O_CLOEXEC".
struct TraceArg {
    QString name;
    QString text;
};

/// One system call of a traced program, from its entry to its return, with
/// the channel of every descriptor it used or made.
struct TraceCall {
    qint64 timeNs = 0;     // entry, since the trace started
    qint64 durationNs = -1; // entry to return; -1 when it never returned
    int pid = 0;           // the thread group (process)
    int tid = 0;
    QString comm;
    int number = -1;
    QString name;          // from the syscall table; "syscall_N" when unknown
    quint64 args[6] = {};
    QList<TraceArg> decoded;

    bool returned = false;  // false: the task exited or was detached inside it
    qint64 ret = 0;         // as the kernel returned it (-errno on error)
    int errorNumber = 0;    // errno, 0 on success
    QString errorName;      // "ENOENT"
    QString errorMessage;   // "No such file or directory"
    QString returnText;     // "3", "0x7f…", "-1 ENOENT (No such file or directory)", "?"

    /// The descriptors involved: those passed in (as at entry) and the one
    /// returned (as at return).
    QList<ChannelFd> channels;

    /// sendmsg/sendto/recvmsg/recvfrom on a netlink socket: the datagram as
    /// sent or received (for NlDecoder::decode), cut at the payload limit.
    QByteArray netlinkPayload;
    int netlinkProtocol = -1;
    bool payloadTruncated = false;

    bool failed() const { return errorNumber != 0; }
    /// The first channel, or a default one (FdChannel::Other, fd -1).
    ChannelFd channel() const { return channels.isEmpty() ? ChannelFd() : channels.first(); }
};

} // namespace kc

Q_DECLARE_METATYPE(kc::TraceCall)
