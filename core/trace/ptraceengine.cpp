// SPDX-License-Identifier: GPL-2.0-or-later
// The tracing loop: stops, calls, children and threads, and the end.
#include "ptraceengine.h"
#include "tracelaunch.h"

#include "fdchannels.h"
#include "io/safereader.h"
#include "netlink/netlinknames.h"
#include "syscalldecoder.h"
#include "traceememory.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMetaObject>
#include <QStandardPaths>

#include <cerrno>
#include <csignal>
#include <cstddef>
#include <cstring>
#include <fcntl.h>
#include <future>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <mutex>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/ptrace.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <vector>

namespace kc {

namespace ptraceutil {

int wakeSignal()
{
    return SIGRTMIN + 7;
}

void onWake(int) {}

void installWakeHandler()
{
    static std::once_flag once;
    std::call_once(once, [] {
        struct sigaction sa {};
        sa.sa_handler = onWake;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = 0; // no SA_RESTART: waitpid must return
        ::sigaction(wakeSignal(), &sa, nullptr);
    });
}

qint64 monotonicNs()
{
    timespec ts;
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// A line "Key:\tvalue" of /proc/PID/status.
QByteArray statusField(int pid, const char *key)
{
    const ReadResult r = SafeReader::read(QStringLiteral("/proc/%1/status").arg(pid), 64 * 1024);
    if (!r.ok())
        return {};
    const QByteArray k = QByteArray(key) + ':';
    for (const QByteArray &line : r.data.split('\n')) {
        if (line.startsWith(k))
            return line.mid(k.size()).trimmed();
    }
    return {};
}

} // namespace ptraceutil

using namespace ptraceutil;

namespace {

// The next stop or exit of any of our tracees; -1 when there is none.
int waitNext(int *status)
{
    for (;;) {
        const int tid = ::waitpid(-1, status, __WALL | __WNOTHREAD);
        if (tid >= 0 || errno != EINTR)
            return tid;
    }
}

bool isGroupStopSignal(int sig)
{
    return sig == SIGSTOP || sig == SIGTSTP || sig == SIGTTIN || sig == SIGTTOU;
}

QString readComm(int pid)
{
    const ReadResult r = SafeReader::read(QStringLiteral("/proc/%1/comm").arg(pid), 256);
    return r.ok() ? QString::fromUtf8(r.data.trimmed()) : QString();
}

} // namespace

PtraceTracer::Engine::Task &PtraceTracer::Engine::addTask(int tid, int tgid)
{
    Task &t = m_tasks[tid];
    t.tid = tid;
    t.tgid = tgid;
    return t;
}

int PtraceTracer::Engine::tgidOf(int tid)
{
    const int tgid = statusField(tid, "Tgid").toInt();
    return tgid > 0 ? tgid : tid;
}

const QString &PtraceTracer::Engine::commOf(int tgid)
{
    auto it = m_comms.find(tgid);
    if (it == m_comms.end())
        it = m_comms.insert(tgid, readComm(tgid));
    return it.value();
}

void PtraceTracer::Engine::run()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, wakeSignal());
    ::pthread_sigmask(SIG_UNBLOCK, &set, nullptr);
    // Calls are handed over in batches: at most flushInterval after the
    // first call of a batch, or at 4,096 calls. A one-shot timer signal
    // ends a waitpid() that would otherwise keep a small batch from the
    // consumer while the tracee sleeps.
    constexpr qint64 flushInterval = 20 * 1000 * 1000;
    timer_t timer {};
    sigevent sev {};
    sev.sigev_notify = SIGEV_THREAD_ID;
    sev.sigev_signo = wakeSignal();
    sev._sigev_un._tid = ::gettid(); // sigev_notify_thread_id, which glibc spells only for C
    const bool haveTimer = ::timer_create(CLOCK_MONOTONIC, &sev, &timer) == 0;
    bool armed = false;
    qint64 lastFlush = monotonicNs();
    auto flushNow = [&] {
        flush();
        lastFlush = monotonicNs();
    };
    while (!m_tasks.isEmpty()) {
        if (m_owner->m_stopRequested.load()) {
            stopAll();
            break;
        }
        int status = 0;
        // Calls waiting for the consumer go at the latest when the timer
        // fires: armed once per batch, not once per stop, so that a stop
        // costs one waitpid, as it does strace.
        if (!m_batch.isEmpty() && !armed) {
            if (!haveTimer) {
                flushNow();
            } else {
                const itimerspec in{{0, 0}, {0, flushInterval}};
                armed = ::timer_settime(timer, 0, &in, nullptr) == 0;
                if (!armed)
                    flushNow();
            }
        }
        int tid = ::waitpid(-1, &status, __WALL | __WNOTHREAD);
        if (tid < 0) {
            if (errno == EINTR) { // the flush timer, or stop()
                armed = false;
                flushNow();
                continue;
            }
            if (errno == ECHILD)
                break;
            m_end.error = PtraceTracer::tr("Waiting for the traced processes failed: %1").arg(QString::fromLocal8Bit(::strerror(errno)));
            stopAll();
            break;
        }
        handle(tid, status);
        if (m_batch.size() >= 4096 || (!m_batch.isEmpty() && monotonicNs() - lastFlush >= flushInterval))
            flushNow();
    }
    if (haveTimer)
        ::timer_delete(timer);
    flush();
    if (m_infoPipe >= 0)
        ::close(m_infoPipe);
}

void PtraceTracer::Engine::handle(int tid, int status)
{
    if (WIFEXITED(status) || WIFSIGNALED(status)) {
        taskGone(tid, status);
        return;
    }
    if (!WIFSTOPPED(status))
        return;
    auto it = m_tasks.find(tid);
    if (it == m_tasks.end()) { // a new child may stop before its parent's fork event
        it = m_tasks.insert(tid, Task());
        it->tid = tid;
        it->tgid = tgidOf(tid);
    }
    Task &t = it.value();
    const int sig = WSTOPSIG(status);
    const int event = status >> 16;
    if (sig == (SIGTRAP | 0x80)) {
        syscallStop(t);
        resume(t);
        return;
    }
    switch (event) {
    case PTRACE_EVENT_SECCOMP:
        syscallStop(t);
        resume(t); // PTRACE_SYSCALL: its exit stop follows
        return;
    case PTRACE_EVENT_FORK:
    case PTRACE_EVENT_VFORK:
    case PTRACE_EVENT_CLONE: {
        unsigned long child = 0;
        ::ptrace(PTRACE_GETEVENTMSG, tid, nullptr, &child);
        if (child > 0 && !m_tasks.contains(int(child)))
            addTask(int(child), event == PTRACE_EVENT_CLONE ? tgidOf(int(child)) : int(child));
        resume(t);
        return;
    }
    case PTRACE_EVENT_EXEC: {
        unsigned long former = 0;
        ::ptrace(PTRACE_GETEVENTMSG, tid, nullptr, &former);
        // A thread that execs takes the leader's id; its call moves along.
        if (int(former) != tid && m_tasks.contains(int(former))) {
            Task moved = m_tasks.take(int(former));
            moved.tid = tid;
            moved.call.tid = tid;
            t = moved;
        }
        t.starting = false;
        m_fds.forgetProcess(t.tgid);
        m_comms.insert(t.tgid, readComm(t.tgid));
        if (t.inCall && t.want)
            t.call.comm = m_comms.value(t.tgid);
        noteSetuid(t.tgid);
        resume(t);
        return;
    }
    case PTRACE_EVENT_EXIT:
        resume(t);
        return;
    case PTRACE_EVENT_STOP:
        if (isGroupStopSignal(sig)) // stopped by a signal: stays stopped, we keep watching
            ::ptrace(PTRACE_LISTEN, tid, nullptr, nullptr);
        else
            resume(t);
        return;
    default:
        resume(t, sig); // a signal on its way to the tracee
        return;
    }
}

void PtraceTracer::Engine::resume(const Task &t, int sig)
{
    // Under a seccomp filter the next entry stop comes from the filter; only
    // an exit is asked for with PTRACE_SYSCALL.
    const auto request = (!m_seccomp || t.inCall) ? PTRACE_SYSCALL : PTRACE_CONT;
    ::ptrace(request, t.tid, nullptr, reinterpret_cast<void *>(quintptr(sig)));
}

void PtraceTracer::Engine::syscallStop(Task &t)
{
    __ptrace_syscall_info info {};
    if (::ptrace(PTRACE_GET_SYSCALL_INFO, t.tid, reinterpret_cast<void *>(sizeof info), &info) <= 0)
        return;
    switch (info.op) {
    case PTRACE_SYSCALL_INFO_ENTRY:
        onEntry(t, int(info.entry.nr), reinterpret_cast<const quint64 *>(info.entry.args));
        break;
    case PTRACE_SYSCALL_INFO_SECCOMP:
        onEntry(t, int(info.seccomp.nr), reinterpret_cast<const quint64 *>(info.seccomp.args));
        break;
    case PTRACE_SYSCALL_INFO_EXIT:
        onExit(t, info.exit.rval, info.exit.is_error != 0);
        break;
    default:
        break;
    }
}

void PtraceTracer::Engine::onEntry(Task &t, int nr, const quint64 *args)
{
    t.inCall = true;
    t.nr = nr;
    std::memcpy(t.args, args, sizeof t.args);
    // Our own start-up (between fork and exec) is not the program's.
    t.want = wanted(nr) && !(t.starting && nr != SYS_execve && nr != SYS_execveat);
    if (!t.want)
        return;
    TraceCall &c = t.call;
    c = TraceCall();
    c.timeNs = monotonicNs() - m_t0;
    c.pid = t.tgid;
    c.tid = t.tid;
    c.comm = commOf(t.tgid);
    c.number = nr;
    c.name = SyscallDecoder::callName(nr);
    std::memcpy(c.args, args, sizeof c.args);
    int mask = SyscallDecoder::fdArguments(nr);
    if (nr == SYS_mmap && (args[3] & MAP_ANONYMOUS))
        mask = 0;
    for (int i = 0; i < 6; ++i) {
        if ((mask & (1 << i)) && qint32(args[i]) >= 0) {
            // Under a seccomp filter closes go unseen: nothing is kept.
            if (m_seccomp) {
                ChannelFd fd = ProcessChannels::classifyFd(t.tgid, qint32(args[i]));
                fd.fd = qint32(args[i]);
                c.channels.append(fd);
            } else {
                c.channels.append(m_fds.channel(t.tgid, qint32(args[i])));
            }
        }
    }
    if (SyscallDecoder::isSocketIo(nr) && !c.channels.isEmpty() && c.channels.first().channel == FdChannel::Netlink)
        c.netlinkProtocol = c.channels.first().netlinkProtocol;
    SyscallDecoder::decodeEntry(c, TraceeMemory(t.tid), m_limits);
}

void PtraceTracer::Engine::onExit(Task &t, qint64 rval, bool isError)
{
    if (!t.inCall)
        return; // attached inside a call: its entry was not seen
    t.inCall = false;
    const quint64 *args = t.args;
    const int nr = t.nr;
    // Descriptors change whether or not the call is shown.
    const bool newFd = !isError && SyscallDecoder::returnsFd(nr, args[1]);
    QList<int> pair;
    if (!isError) {
        if (nr == SYS_close)
            m_fds.forget(t.tgid, qint32(args[0]));
        else if (nr == SYS_close_range)
            m_fds.forgetProcess(t.tgid);
        if (newFd) {
            m_fds.forget(t.tgid, int(rval));
        } else if (SyscallDecoder::writesFdPair(nr)) {
            const QByteArray raw = TraceeMemory(t.tid).read(nr == SYS_socketpair ? args[3] : args[0], 2 * int(sizeof(int)));
            if (raw.size() == 2 * int(sizeof(int))) {
                int fds[2];
                std::memcpy(fds, raw.constData(), sizeof fds);
                pair = {fds[0], fds[1]};
                for (int fd : fds)
                    m_fds.forget(t.tgid, fd);
            }
        }
    }
    if (!t.want)
        return;
    TraceCall &c = t.call;
    c.returned = true;
    c.ret = rval;
    c.errorNumber = isError ? int(-rval) : 0;
    c.durationNs = monotonicNs() - m_t0 - c.timeNs;
    if (newFd) {
        ChannelFd made = m_seccomp ? ProcessChannels::classifyFd(t.tgid, int(rval)) : m_fds.channel(t.tgid, int(rval));
        made.fd = int(rval);
        if (nr == SYS_socket && args[0] == AF_NETLINK && made.channel != FdChannel::Netlink) {
            // Not in /proc/net/netlink before bind: the call itself says what it is.
            made.channel = FdChannel::Netlink;
            made.netlinkProtocol = int(args[2]);
            made.detail = NetlinkNames::protocol(int(args[2]));
            if (!m_seccomp)
                m_fds.remember(t.tgid, made);
        }
        c.channels.append(made);
    }
    for (int fd : std::as_const(pair))
        c.channels.append(m_fds.channel(t.tgid, fd));
    SyscallDecoder::decodeExit(c, TraceeMemory(t.tid), m_limits);
    deliver(std::move(c));
    c = TraceCall();
}

void PtraceTracer::Engine::taskGone(int tid, int status)
{
    auto it = m_tasks.find(tid);
    if (it == m_tasks.end())
        return;
    Task t = it.value();
    m_tasks.erase(it);
    if (t.inCall && t.want) { // exit, exit_group, or killed inside a call
        t.call.returnText = QStringLiteral("?");
        deliver(std::move(t.call));
    }
    if (tid != t.tgid)
        return; // a thread
    m_fds.forgetProcess(tid);
    m_comms.remove(tid);
    const QString how = WIFEXITED(status) ? PtraceTracer::tr("exited with status %1").arg(WEXITSTATUS(status))
                                          : PtraceTracer::tr("killed by signal %1 (%2)").arg(WTERMSIG(status)).arg(QLatin1String(sigabbrev_np(WTERMSIG(status)) ? sigabbrev_np(WTERMSIG(status)) : "?"));
    PtraceTracer *owner = m_owner;
    post([owner, tid, how] { Q_EMIT owner->processExited(tid, how); });
    if (tid != m_mainPid)
        return;
    m_end.exited = true;
    if (WIFEXITED(status))
        m_end.exitCode = WEXITSTATUS(status);
    else
        m_end.signal = WTERMSIG(status);
    if (t.starting && m_infoPipe >= 0)
        m_end.error = tracelaunch::failure(m_infoPipe, m_program, m_options.workingDirectory);
}

void PtraceTracer::Engine::noteSetuid(int tgid)
{
    if (::geteuid() == 0)
        return; // root keeps tracing with the program's privileges
    struct stat st {};
    if (::stat(QStringLiteral("/proc/%1/exe").arg(tgid).toLocal8Bit().constData(), &st) != 0)
        return;
    const bool setuid = (st.st_mode & S_ISUID) && st.st_uid != ::geteuid();
    const bool setgid = (st.st_mode & S_ISGID) && st.st_gid != ::getegid();
    if (setuid || setgid) {
        m_end.notes.append(PtraceTracer::tr("%1 (process %2) is a set-user-ID or set-group-ID program: because it is traced, "
                                            "the kernel ran it without those privileges, so it may fail where it would not untraced.")
                               .arg(SafeReader::readLink(QStringLiteral("/proc/%1/exe").arg(tgid)))
                               .arg(tgid));
    }
}

void PtraceTracer::Engine::deliver(TraceCall &&call)
{
    m_batch.append(std::move(call));
}

void PtraceTracer::Engine::flush()
{
    if (!m_batch.isEmpty())
        m_owner->enqueue(m_batch);
    m_batch.clear();
}

void PtraceTracer::Engine::stopAll()
{
    m_end.stopped = true;
    bool kill = m_launched && m_options.killLaunchedOnStop;
    if (m_launched && m_seccomp && !kill) {
        // The filter stays in the process: untraced, each filtered call
        // would fail with ENOSYS. Ending it is the lesser harm.
        kill = true;
        m_end.notes.append(PtraceTracer::tr("The command was ended rather than left running: it was started with a seccomp filter, "
                                            "and without a tracer the calls it stops on would fail."));
    }
    if (kill) {
        QSet<int> groups;
        for (const Task &t : std::as_const(m_tasks))
            groups.insert(t.tgid);
        for (int tgid : std::as_const(groups))
            ::kill(tgid, SIGKILL);
        int status = 0;
        for (int tid; !m_tasks.isEmpty() && (tid = waitNext(&status)) > 0;) {
            if (WIFEXITED(status) || WIFSIGNALED(status))
                taskGone(tid, status);
            else
                ::ptrace(PTRACE_CONT, tid, nullptr, nullptr);
        }
        return;
    }
    for (const Task &t : std::as_const(m_tasks))
        ::ptrace(PTRACE_INTERRUPT, t.tid, nullptr, nullptr);
    // Each task is detached at its next stop, whatever stop that is; a
    // signal caught on its way is handed back with the detach.
    int status = 0;
    for (int tid; !m_tasks.isEmpty() && (tid = waitNext(&status)) > 0;) {
        if (WIFEXITED(status) || WIFSIGNALED(status)) {
            taskGone(tid, status);
            continue;
        }
        auto it = m_tasks.find(tid);
        if (it == m_tasks.end()) {
            ::ptrace(PTRACE_DETACH, tid, nullptr, nullptr);
            continue;
        }
        const int sig = WSTOPSIG(status);
        const int event = status >> 16;
        const bool signalStop = event == 0 && sig != (SIGTRAP | 0x80);
        if (it->inCall && it->want) {
            it->call.returnText = PtraceTracer::tr("? (detached)");
            deliver(std::move(it->call));
        }
        ::ptrace(PTRACE_DETACH, tid, nullptr, reinterpret_cast<void *>(quintptr(signalStop ? sig : 0)));
        m_tasks.erase(it);
    }
}

} // namespace kc
