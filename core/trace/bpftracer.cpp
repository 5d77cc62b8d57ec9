// SPDX-License-Identifier: GPL-2.0-or-later
#include "bpftracer.h"
#include "bpftraceengine.h"

#include "tracelaunch.h"

#include <QFile>
#include <QFileInfo>
#include <QMetaObject>
#include <QStandardPaths>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <future>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#if defined(KC_HAVE_BPF_SKELETON)
#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include "trace.skel.h"
#endif


namespace kc {

namespace {

// The initial PID namespace's inode number (PROC_PID_INIT_INO).
constexpr quint64 InitPidNs = 0xEFFFFFFCu;

quint64 monotonicNs()
{
    timespec ts {};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return quint64(ts.tv_sec) * 1000000000ull + quint64(ts.tv_nsec);
}

} // namespace

BpfTracer::BpfTracer(QObject *parent)
    : Tracer(parent)
{
}

BpfTracer::~BpfTracer()
{
    stop();
}

QString BpfTracer::unavailable()
{
#if !defined(KC_HAVE_BPF_SKELETON)
    return tr("Tracing with BPF is built for x86-64 only.");
#else
    if (::geteuid() != 0)
        return tr("Tracing with BPF needs root (CAP_BPF and CAP_PERFMON).");
    if (!QFile::exists(QStringLiteral("/sys/kernel/btf/vmlinux")))
        return tr("This kernel has no BTF type information (/sys/kernel/btf/vmlinux), which tracing with BPF needs.");
    struct stat ns {};
    if (::stat("/proc/self/ns/pid", &ns) != 0 || quint64(ns.st_ino) != InitPidNs)
        return tr("This program runs in a PID namespace of its own; BPF names processes by their numbers in the initial one.");
    return {};
#endif
}

bool BpfTracer::start(const QStringList &command, const TraceOptions &options, QString *error)
{
    if (m_running.load() || command.isEmpty()) {
        if (error)
            *error = command.isEmpty() ? tr("No command to run.") : tr("A trace is already running.");
        return false;
    }
    auto engine = std::make_unique<Engine>(this, options);
    QString failure = engine->load();
    if (failure.isEmpty())
        failure = engine->launch(command);
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return false;
    }
    return run(std::move(engine), options, error);
}

bool BpfTracer::attach(int pid, const TraceOptions &options, QString *error)
{
    if (m_running.load()) {
        if (error)
            *error = tr("A trace is already running.");
        return false;
    }
    auto engine = std::make_unique<Engine>(this, options);
    QString failure = engine->load();
    if (failure.isEmpty())
        failure = engine->attach(pid);
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return false;
    }
    return run(std::move(engine), options, error);
}

bool BpfTracer::run(std::unique_ptr<Engine> engine, const TraceOptions &options, QString *)
{
    if (m_thread.joinable())
        m_thread.join();
    m_stopRequested = false;
    resetDelivery(options.maxQueued);
    m_end = TraceEnd();
    m_pid = engine->mainPid();
    m_running = true;
    m_thread = std::thread([this, engine = std::move(engine)]() mutable {
        engine->run(m_stopRequested);
        m_end = engine->end();
        engine.reset(); // unloads the program
        m_running = false;
        QMetaObject::invokeMethod(this, [this] { onEngineDone(); }, Qt::QueuedConnection);
    });
    return true;
}

void BpfTracer::stop()
{
    if (!m_thread.joinable())
        return;
    m_stopRequested = true; // the reader looks at least every 100 ms
    m_thread.join();
}

void BpfTracer::onEngineDone()
{
    if (m_thread.joinable())
        m_thread.join();
    finish(m_end);
}

#if defined(KC_HAVE_BPF_SKELETON)

BpfTracer::Engine::Engine(BpfTracer *owner, const TraceOptions &options)
    : m_owner(owner)
    , m_options(options)
{
    m_limits.stringLimit = qBound(1, options.stringLimit, 4095);
    m_limits.payloadLimit = qBound(1, options.payloadLimit, 65535);
    if (options.stringLimit > m_limits.stringLimit)
        m_end.notes.append(BpfTracer::tr("BPF copies at most %1 bytes of each string or buffer; ptrace can show more.").arg(m_limits.stringLimit));
}

BpfTracer::Engine::~Engine()
{
    ring_buffer__free(m_ring);
    trace_bpf__destroy(m_skel);
    if (m_infoPipe >= 0)
        ::close(m_infoPipe);
}

QString BpfTracer::Engine::load()
{
    const QString missing = BpfTracer::unavailable();
    if (!missing.isEmpty())
        return missing;
    m_skel = trace_bpf__open();
    if (!m_skel)
        return BpfTracer::tr("The BPF tracer could not be opened: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
    m_skel->rodata->string_limit = quint32(m_limits.stringLimit);
    m_skel->rodata->payload_limit = quint32(m_limits.payloadLimit);
    const int cpus = libbpf_num_possible_cpus();
    bpf_map__set_max_entries(m_skel->maps.scratch, quint32(qMax(1, cpus)));
    int err = trace_bpf__load(m_skel);
    if (err)
        return BpfTracer::tr("The kernel refused the BPF tracer (load: %1).").arg(QString::fromLocal8Bit(std::strerror(-err)));
    // What each call's arguments point at, and which calls are wanted.
    const int specs = bpf_map__fd(m_skel->maps.specs);
    const quint32 entries = bpf_map__max_entries(m_skel->maps.specs);
    for (quint32 nr = 0; nr < entries; ++nr) {
        bpftrace::Spec spec {};
        SyscallDecoder::Memory kinds[6];
        SyscallDecoder::memoryOf(int(nr), kinds);
        for (int i = 0; i < 6; ++i)
            spec.kind[i] = quint8(kinds[i]);
        if (m_options.onlyCalls.isEmpty() || m_options.onlyCalls.contains(int(nr)))
            spec.flags |= bpftrace::Wanted;
        if (SyscallDecoder::isSocketIo(int(nr)))
            spec.flags |= bpftrace::SocketIo;
        if (nr == SYS_fcntl)
            spec.flags |= bpftrace::NewFd | bpftrace::NewFdIfDup;
        else if (SyscallDecoder::returnsFd(int(nr), 0))
            spec.flags |= bpftrace::NewFd;
        if (nr == SYS_execve || nr == SYS_execveat)
            spec.flags |= bpftrace::Exec;
        if (nr == SYS_exit || nr == SYS_exit_group)
            spec.flags |= bpftrace::NoReturnCall;
        spec.fdArgs = quint8(SyscallDecoder::fdArguments(int(nr)));
        if (bpf_map_update_elem(specs, &nr, &spec, BPF_ANY) != 0)
            return BpfTracer::tr("The BPF tracer could not be set up: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
    }
    err = trace_bpf__attach(m_skel);
    if (err)
        return BpfTracer::tr("The kernel refused the BPF tracer (attach: %1).").arg(QString::fromLocal8Bit(std::strerror(-err)));
    m_ring = ring_buffer__new(bpf_map__fd(m_skel->maps.events), &Engine::onRecord, this, nullptr);
    if (!m_ring)
        return BpfTracer::tr("The BPF tracer's ring buffer could not be read: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
    m_t0 = monotonicNs();
    return {};
}

QString BpfTracer::Engine::launch(const QStringList &command)
{
    m_launched = true;
    m_program = command.value(0);
    tracelaunch::Held held;
    const QString failed = tracelaunch::start(command, m_options, 0, nullptr, &held);
    if (!failed.isEmpty())
        return failed;
    // Held before its exec: only exec calls count until one succeeds.
    const quint32 tgid = quint32(held.pid);
    const quint8 starting = 1;
    bpf_map_update_elem(bpf_map__fd(m_skel->maps.traced), &tgid, &starting, BPF_ANY);
    m_mainPid = held.pid;
    m_alive.insert(held.pid);
    m_infoPipe = held.infoPipe;
    held.infoPipe = -1;
    held.release();
    return {};
}

QString BpfTracer::Engine::attach(int pid)
{
    m_mainPid = pid;
    if (pid <= 0 || !QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid)))
        return BpfTracer::tr("There is no process %1: it has exited, or never was.").arg(pid);
    if (pid == ::getpid())
        return BpfTracer::tr("A process cannot trace itself.");
    const quint32 tgid = quint32(pid);
    const quint8 traced = 2;
    bpf_map_update_elem(bpf_map__fd(m_skel->maps.traced), &tgid, &traced, BPF_ANY);
    m_alive.insert(pid);
    return {};
}

void BpfTracer::Engine::run(const std::atomic<bool> &stopRequested)
{
    qint64 quietMs = 0;
    while (!stopRequested.load() && !m_alive.isEmpty()) {
        const int n = ring_buffer__poll(m_ring, 100);
        if (n < 0 && n != -EINTR) {
            m_end.error = BpfTracer::tr("Reading the BPF tracer's ring buffer failed: %1").arg(QString::fromLocal8Bit(std::strerror(-n)));
            break;
        }
        flush();
        quietMs = n > 0 ? 0 : quietMs + 100;
        if (quietMs >= 500) {
            reapVanished();
            quietMs = 0;
        }
    }
    if (stopRequested.load() && m_launched && m_options.killLaunchedOnStop && m_alive.contains(m_mainPid)) {
        // Ended as asked; its end is read as any other, briefly.
        ::kill(m_mainPid, SIGKILL);
        for (int i = 0; i < 20 && m_alive.contains(m_mainPid); ++i) {
            ring_buffer__poll(m_ring, 100);
            if (i % 5 == 4)
                reapVanished();
        }
    }
    ring_buffer__consume(m_ring);
    flush();
    const quint64 lost = m_skel->bss->drops;
    if (lost)
        m_owner->addDropped(qint64(lost));
    if (m_skel->bss->truncated) {
        m_end.notes.append(BpfTracer::tr("%n memory copies were left out because a call's record outgrew %1 KiB.", nullptr,
                                         int(m_skel->bss->truncated)).arg(128));
    }
    if (stopRequested.load())
        m_end.stopped = true;
}

void BpfTracer::Engine::reapVanished()
{
    const QSet<int> alive = m_alive;
    for (int tgid : alive) {
        if (::kill(tgid, 0) != 0 && errno == ESRCH)
            processEnded(tgid, -1);
    }
}

void BpfTracer::Engine::processEnded(int tgid, int waitStatus)
{
    if (!m_alive.remove(tgid))
        return;
    QString how;
    if (waitStatus < 0)
        how = BpfTracer::tr("ended");
    else if (WIFEXITED(waitStatus))
        how = BpfTracer::tr("exited with status %1").arg(WEXITSTATUS(waitStatus));
    else
        how = BpfTracer::tr("killed by signal %1 (%2)").arg(WTERMSIG(waitStatus)).arg(QLatin1String(sigabbrev_np(WTERMSIG(waitStatus)) ? sigabbrev_np(WTERMSIG(waitStatus)) : "?"));
    flush(); // its calls reach the owner before the news of its end
    BpfTracer *owner = m_owner;
    QMetaObject::invokeMethod(owner, [owner, tgid, how] { Q_EMIT owner->processExited(tgid, how); }, Qt::QueuedConnection);
    QHash<quint64, KnownFd>::iterator it = m_fds.begin();
    while (it != m_fds.end()) {
        if (int(it.key() >> 32) == tgid)
            it = m_fds.erase(it);
        else
            ++it;
    }
    if (tgid != m_mainPid)
        return;
    m_end.exited = true;
    if (waitStatus >= 0 && WIFEXITED(waitStatus))
        m_end.exitCode = WEXITSTATUS(waitStatus);
    else if (waitStatus >= 0)
        m_end.signal = WTERMSIG(waitStatus);
    if (m_launched)
        m_end.error = tracelaunch::failure(m_infoPipe, m_program, m_options.workingDirectory);
}


void BpfTracer::Engine::flush()
{
    if (!m_batch.isEmpty()) {
        m_owner->enqueue(m_batch);
        m_batch.clear();
    }
}

#else // no BPF skeleton: unavailable() says why, and nothing here runs

BpfTracer::Engine::Engine(BpfTracer *owner, const TraceOptions &options) : m_owner(owner), m_options(options) {}
BpfTracer::Engine::~Engine() = default;
QString BpfTracer::Engine::load() { return BpfTracer::unavailable(); }
QString BpfTracer::Engine::launch(const QStringList &) { return BpfTracer::unavailable(); }
QString BpfTracer::Engine::attach(int) { return BpfTracer::unavailable(); }
void BpfTracer::Engine::run(const std::atomic<bool> &) {}

#endif

} // namespace kc
