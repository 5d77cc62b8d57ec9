// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The BPF tracing engine behind BpfTracer. Internal to trace/.

#include "bpftracer.h"
#include "bpftracerecord.h"
#include "crosschannel/processchannels.h"
#include "devices/driverresolver.h"
#include "syscalldecoder.h"

#include <QHash>
#include <QSet>

#include <optional>

struct trace_bpf;
struct ring_buffer;

namespace kc {

class BpfTracer::Engine
{
public:
    Engine(BpfTracer *owner, const TraceOptions &options);
    ~Engine();

    /// Loads and attaches the program; a sentence when it cannot.
    QString load();
    /// Starts `command` held before its exec, traces it, then lets it go.
    QString launch(const QStringList &command);
    QString attach(int pid);
    /// Reads the ring buffer until every traced process has ended or
    /// stop is asked for.
    void run(const std::atomic<bool> &stopRequested);

    int mainPid() const { return m_mainPid; }
    TraceEnd end() const { return m_end; }

private:
    struct Captured {
        quint64 address;
        QByteArray bytes;
    };
    struct KnownFd {
        quint64 ino = 0;
        quint64 magic = 0;
        ChannelFd channel;
    };

    static int onRecord(void *self, void *data, size_t size);
    void handle(const bpftrace::Record &r, const char *payload, size_t length);
    void handleCall(const bpftrace::Record &r, QList<Captured> captures);
    void processEnded(int tgid, int waitStatus);
    /// Processes we were told of that are gone without an exit record (a
    /// record lost to a full buffer).
    void reapVanished();
    ChannelFd channelOf(int tgid, const bpftrace::FdId &id, const QString &pathHint);
    ChannelFd fromIdentity(const bpftrace::FdId &id, const QString &pathHint);
    void flush();

    BpfTracer *m_owner;
    TraceOptions m_options;
    SyscallDecoder::Limits m_limits;
    trace_bpf *m_skel = nullptr;
    ring_buffer *m_ring = nullptr;
    bool m_launched = false;
    int m_mainPid = 0;
    int m_infoPipe = -1;
    QString m_program;
    quint64 m_t0 = 0;
    QSet<int> m_alive;
    QHash<int, QList<Captured>> m_execArgs; // by thread
    QHash<quint64, KnownFd> m_fds;          // by tgid << 32 | fd
    std::optional<DriverTables> m_drivers;
    QList<TraceCall> m_batch;
    TraceEnd m_end;
};

} // namespace kc
