// SPDX-License-Identifier: GPL-2.0-or-later
// The kernel connector (NETLINK_CONNECTOR): cn_msg, then for the process
// connector a proc_event whose payload depends on what happened.
#include "nldecodeutil.h"

#include <QStringList>

#include <cstddef>
#include <linux/cn_proc.h>
#include <linux/connector.h>

namespace kc::nldecode {

namespace {

constexpr int CnMsgSize = sizeof(cn_msg);
constexpr int ProcEventHeader = offsetof(proc_event, event_data); // what, cpu, timestamp_ns
static_assert(CnMsgSize == 20 && ProcEventHeader == 16, "connector.h, cn_proc.h layout");

// Newer than the headers of the oldest build we support (Linux 6.6), by
// its fixed number: a flag on PROC_EVENT_EXIT.
constexpr quint32 ProcEventNonzeroExit = 0x20000000;
static_assert(PROC_EVENT_COREDUMP == 0x40000000, "cn_proc.h numbering");

struct EventKind {
    quint32 what;
    const char *name;
    const char *fields[7]; // the union member's 32-bit fields, in order; null ends them
};

#define E(what, ...) {what, #what, {__VA_ARGS__}}
const EventKind eventKinds[] = {
    E(PROC_EVENT_NONE, "err"),
    E(PROC_EVENT_FORK, "parent_pid", "parent_tgid", "child_pid", "child_tgid"),
    E(PROC_EVENT_EXEC, "process_pid", "process_tgid"),
    E(PROC_EVENT_UID, "process_pid", "process_tgid", "ruid", "euid"),
    E(PROC_EVENT_GID, "process_pid", "process_tgid", "rgid", "egid"),
    E(PROC_EVENT_SID, "process_pid", "process_tgid"),
    E(PROC_EVENT_PTRACE, "process_pid", "process_tgid", "tracer_pid", "tracer_tgid"),
    E(PROC_EVENT_COMM, "process_pid", "process_tgid"),
    E(PROC_EVENT_COREDUMP, "process_pid", "process_tgid", "parent_pid", "parent_tgid"),
    E(PROC_EVENT_EXIT, "process_pid", "process_tgid", "exit_code", "exit_signal", "parent_pid", "parent_tgid"),
};
#undef E

} // namespace

void decodeConnector(QByteArrayView d, int base, NlMessage &m, const IfNameCache *)
{
    if (d.size() < CnMsgSize) {
        m.error = NlDecoder::tr("malformed: %1 bytes are too few for a connector message").arg(d.size());
        NlField bad = field(QStringLiteral("cn_msg"), m.error, base, int(d.size()));
        bad.error = true;
        m.tree.children.append(bad);
        return;
    }
    const quint32 idx = readAt<quint32>(d, 0), val = readAt<quint32>(d, 4);
    const quint16 len = readAt<quint16>(d, 16);
    NlField cn = field(QStringLiteral("cn_msg"), QString(), base, CnMsgSize);
    cn.children = {field(QStringLiteral("id.idx"), idx == CN_IDX_PROC ? QStringLiteral("CN_IDX_PROC") : QString::number(idx), base, 4),
                   field(QStringLiteral("id.val"), QString::number(val), base + 4, 4),
                   field(QStringLiteral("seq"), QString::number(readAt<quint32>(d, 8)), base + 8, 4),
                   field(QStringLiteral("ack"), QString::number(readAt<quint32>(d, 12)), base + 12, 4),
                   field(QStringLiteral("len"), QString::number(len), base + 16, 2),
                   field(QStringLiteral("flags"), QString::number(readAt<quint16>(d, 18)), base + 18, 2)};
    m.tree.children.append(std::move(cn));
    if (idx != CN_IDX_PROC || d.size() < CnMsgSize + ProcEventHeader) {
        m.tree.children.append(field(NlDecoder::tr("payload"), hexOf(d.sliced(CnMsgSize)), base + CnMsgSize, int(d.size()) - CnMsgSize,
                                     kPayloadKey));
        return;
    }
    const QByteArrayView ev = d.sliced(CnMsgSize);
    const int evBase = base + CnMsgSize;
    const quint32 what = readAt<quint32>(ev, 0);
    const EventKind *kind = nullptr;
    for (const EventKind &k : eventKinds) {
        if (k.what == (what & ~ProcEventNonzeroExit)) // a flag on exit, not an event of its own
            kind = &k;
    }
    NlField pe = field(QStringLiteral("proc_event"), QString(), evBase, int(ev.size()));
    pe.children = {field(QStringLiteral("what"), kind ? QString::fromLatin1(kind->name) : QStringLiteral("0x%1").arg(what, 0, 16), evBase, 4),
                   field(QStringLiteral("cpu"), QString::number(readAt<quint32>(ev, 4)), evBase + 4, 4),
                   field(QStringLiteral("timestamp_ns"), QString::number(readAt<quint64>(ev, 8)), evBase + 8, 8)};
    QStringList summary;
    if (kind) {
        int off = ProcEventHeader;
        for (const char *name : kind->fields) {
            if (!name || off + 4 > ev.size())
                break;
            const QString v = QString::number(readAt<qint32>(ev, off));
            pe.children.append(field(QString::fromLatin1(name), v, evBase + off, 4));
            summary.append(QString::fromLatin1(name) + QLatin1Char('=') + v);
            off += 4;
        }
        // comm_proc_event: the two ids, then comm[16].
        constexpr int commOffset = ProcEventHeader + 8, commSize = 16;
        if (kind->what == PROC_EVENT_COMM && ev.size() >= commOffset + commSize) {
            QByteArrayView comm = ev.sliced(commOffset, commSize);
            if (const qsizetype nul = comm.indexOf('\0'); nul >= 0)
                comm = comm.first(nul);
            pe.children.append(field(QStringLiteral("comm"), QString::fromUtf8(comm.data(), comm.size()), evBase + commOffset, commSize));
            summary.append(QStringLiteral("comm=") + pe.children.last().value);
        }
        m.typeName = QString::fromLatin1(kind->name);
    }
    m.summary = summary.join(QLatin1Char(' '));
    m.tree.children.append(std::move(pe));
}

} // namespace kc::nldecode
