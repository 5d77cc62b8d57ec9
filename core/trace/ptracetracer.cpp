// SPDX-License-Identifier: GPL-2.0-or-later
#include "ptracetracer.h"

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

extern char **environ;

namespace kc {

namespace {

#if defined(__x86_64__)
constexpr quint32 nativeAuditArch = AUDIT_ARCH_X86_64;
#elif defined(__aarch64__)
constexpr quint32 nativeAuditArch = AUDIT_ARCH_AARCH64;
#else
constexpr quint32 nativeAuditArch = 0; // no seccomp filter on this architecture
#endif

// Wakes the tracing thread from waitpid() when stop() is asked for; the
// handler does nothing, the EINTR is the message.
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

QString readComm(int pid)
{
    const ReadResult r = SafeReader::read(QStringLiteral("/proc/%1/comm").arg(pid), 256);
    return r.ok() ? QString::fromUtf8(r.data.trimmed()) : QString();
}

// The seccomp filter of strace --seccomp-bpf, in our own words: stop
// (SECCOMP_RET_TRACE) on the wanted calls, let every other one run. Calls
// of another architecture (32-bit programs) are all traced. Empty when a
// filter cannot express the set.
std::vector<sock_filter> seccompProgram(const QList<int> &calls)
{
    std::vector<sock_filter> f;
    if (nativeAuditArch == 0 || calls.isEmpty() || calls.size() > 250)
        return f;
    f.push_back(BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(seccomp_data, arch)));
    f.push_back(BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, nativeAuditArch, 1, 0));
    f.push_back(BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRACE));
    f.push_back(BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(seccomp_data, nr)));
    const int n = int(calls.size());
    for (int i = 0; i < n; ++i) {
        // Jump over the remaining tests and the ALLOW to the TRACE at the end.
        f.push_back(BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, quint32(calls[i]), quint8(n - i), 0));
    }
    f.push_back(BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW));
    f.push_back(BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRACE));
    return f;
}

// Why the launched child failed before exec, as it reports it on a pipe.
struct ChildFailure {
    enum Stage : int { None, Stdio, Directory, Seccomp, Exec };
    int stage = None;
    int error = 0;
};

} // namespace

// The tracing itself; lives on the tracing thread and is only touched there.
class PtraceTracer::Engine
{
public:
    Engine(PtraceTracer *owner, const TraceOptions &options)
        : m_owner(owner)
        , m_options(options)
    {
        m_limits.stringLimit = options.stringLimit;
        m_limits.payloadLimit = options.payloadLimit;
        for (int nr : options.onlyCalls) {
            if (nr >= 0 && nr < 4096) {
                if (size_t(nr) >= m_wanted.size())
                    m_wanted.resize(size_t(nr) + 1, false);
                m_wanted[size_t(nr)] = true;
            }
        }
    }

    QString launch(const QStringList &command);
    QString attach(int pid);
    void run();

private:
    struct Task {
        int tid = 0;
        int tgid = 0;
        bool inCall = false;   // between entry and exit
        bool want = false;     // the call in progress is delivered
        bool starting = false; // our launched child before its exec
        int nr = -1;           // the call in progress, delivered or not
        quint64 args[6] = {};
        TraceCall call;
    };

    bool wanted(int nr) const
    {
        if (m_options.onlyCalls.isEmpty())
            return true;
        return nr >= 0 && size_t(nr) < m_wanted.size() && m_wanted[size_t(nr)];
    }
    long options() const
    {
        long o = PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK | PTRACE_O_TRACECLONE
            | PTRACE_O_TRACEEXEC | PTRACE_O_TRACEEXIT;
        if (m_seccomp)
            o |= PTRACE_O_TRACESECCOMP;
        return o;
    }
    Task &addTask(int tid, int tgid);
    int tgidOf(int tid);
    const QString &commOf(int tgid);
    void handle(int tid, int status);
    void syscallStop(Task &t);
    void onEntry(Task &t, int nr, const quint64 *args);
    void onExit(Task &t, qint64 rval, bool isError);
    void taskGone(int tid, int status);
    void resume(const Task &t, int sig = 0);
    void deliver(TraceCall &&call);
    void flush();
    void stopAll();
    void noteSetuid(int tgid);
    void post(std::function<void()> f) { QMetaObject::invokeMethod(m_owner, std::move(f), Qt::QueuedConnection); }

    PtraceTracer *m_owner;
    TraceOptions m_options;
    SyscallDecoder::Limits m_limits;
    std::vector<bool> m_wanted;
    bool m_seccomp = false;
    bool m_launched = false;
    int m_mainPid = 0;
    int m_infoPipe = -1;
    QString m_program;
    qint64 m_t0 = monotonicNs();
    QHash<int, Task> m_tasks;
    QHash<int, QString> m_comms;
    FdChannels m_fds;
    QList<TraceCall> m_batch;
    TraceEnd m_end;

    friend class PtraceTracer;
};

QString PtraceTracer::Engine::launch(const QStringList &command)
{
    m_launched = true;
    m_program = command.value(0);
    QString path = m_program;
    if (!path.contains(QLatin1Char('/'))) {
        const QString found = QStandardPaths::findExecutable(path);
        if (!found.isEmpty())
            path = found;
    }
    // Everything the child needs is made before fork: after it, only
    // async-signal-safe calls.
    const QByteArray pathBytes = path.toLocal8Bit();
    QList<QByteArray> argBytes;
    for (const QString &a : command)
        argBytes.append(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : argBytes)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    const QByteArray dir = m_options.workingDirectory.toLocal8Bit();
    const QByteArray stdio[3] = {m_options.stdinPath.toLocal8Bit(), m_options.stdoutPath.toLocal8Bit(),
                                 m_options.stderrPath.toLocal8Bit()};

    QList<int> filterCalls;
    if (m_options.seccomp && !m_options.onlyCalls.isEmpty()) {
        filterCalls = QList<int>(m_options.onlyCalls.cbegin(), m_options.onlyCalls.cend());
        // The exec is always seen: it ends the start-up and reports a
        // command that cannot run.
        for (int nr : {int(SYS_execve), int(SYS_execveat)}) {
            if (!filterCalls.contains(nr))
                filterCalls.append(nr);
        }
    }
    std::vector<sock_filter> filter = seccompProgram(filterCalls);
    m_seccomp = !filter.empty();
    sock_fprog prog{quint16(filter.size()), filter.data()};
    const bool root = ::geteuid() == 0;
    const pid_t tracer = ::getpid();

    int info[2], go[2];
    if (::pipe2(info, O_CLOEXEC) != 0)
        return QString::fromLocal8Bit(::strerror(errno));
    if (::pipe2(go, O_CLOEXEC) != 0) {
        ::close(info[0]);
        ::close(info[1]);
        return QString::fromLocal8Bit(::strerror(errno));
    }
    // Started through a short-lived middle process, so that the command
    // is not our child: left running after stop(), it is reaped by init,
    // not left a zombie of ours.
    const pid_t middle = ::fork();
    if (middle < 0) {
        const int e = errno;
        for (int fd : {info[0], info[1], go[0], go[1]})
            ::close(fd);
        return QString::fromLocal8Bit(::strerror(e));
    }
    if (middle == 0) {
        const pid_t child = ::fork();
        if (child != 0) {
            const int report = child > 0 ? int(child) : -errno;
            (void)!::write(info[1], &report, sizeof report);
            ::_exit(0);
        }
        // Yama (ptrace_scope 1) lets only an ancestor trace; we no longer are one.
        ::prctl(PR_SET_PTRACER, tracer, 0, 0, 0);
        ::close(info[0]);
        ::close(go[1]);
        char byte = 0;
        while (::read(go[0], &byte, 1) < 0 && errno == EINTR) {
        }
        if (byte != 1)
            ::_exit(127);
        auto fail = [&](int stage) {
            const ChildFailure f{stage, errno};
            (void)!::write(info[1], &f, sizeof f);
            ::_exit(127);
        };
        for (int i = 0; i < 3; ++i) {
            if (stdio[i].isEmpty())
                continue;
            const int fd = ::open(stdio[i].constData(), (i == 0 ? O_RDONLY : O_WRONLY | O_CREAT | O_TRUNC) | O_CLOEXEC, 0644);
            if (fd < 0 || ::dup2(fd, i) < 0)
                fail(ChildFailure::Stdio);
            ::close(fd);
        }
        if (!dir.isEmpty() && ::chdir(dir.constData()) != 0)
            fail(ChildFailure::Directory);
        if (prog.len > 0) {
            // Without CAP_SYS_ADMIN a filter needs no_new_privs.
            if (!root)
                ::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
            if (::prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog) != 0)
                fail(ChildFailure::Seccomp);
        }
        ::execve(pathBytes.constData(), argv.data(), environ);
        fail(ChildFailure::Exec);
    }
    ::close(info[1]);
    ::close(go[0]);
    int status = 0;
    while (::waitpid(middle, &status, __WALL | __WNOTHREAD) < 0 && errno == EINTR) {
    }
    int child = 0;
    const ssize_t n = ::read(info[0], &child, sizeof child);
    if (n != ssize_t(sizeof child) || child <= 0) {
        ::close(info[0]);
        ::close(go[1]);
        return PtraceTracer::tr("Could not start %1: %2").arg(m_program, QString::fromLocal8Bit(::strerror(n == sizeof child ? -child : EIO)));
    }
    if (::ptrace(PTRACE_SEIZE, child, nullptr, reinterpret_cast<void *>(options())) != 0) {
        const QString why = PtraceTracer::attachRefusal(child, errno);
        ::kill(child, SIGKILL);
        ::close(info[0]);
        ::close(go[1]);
        return why;
    }
    // A seized task runs on until a stop; this one lets us choose how it resumes.
    ::ptrace(PTRACE_INTERRUPT, child, nullptr, nullptr);
    Task &t = addTask(child, child);
    t.starting = true;
    m_mainPid = child;
    m_infoPipe = info[0];
    const char goByte = 1;
    (void)!::write(go[1], &goByte, 1);
    ::close(go[1]);
    return {};
}

QString PtraceTracer::Engine::attach(int pid)
{
    m_mainPid = pid;
    if (!QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid)))
        return PtraceTracer::attachRefusal(pid, ESRCH);
    // Threads may start while we attach: list them until no new one shows.
    for (bool added = true; added;) {
        added = false;
        const QStringList tids = QDir(QStringLiteral("/proc/%1/task").arg(pid)).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &s : tids) {
            const int tid = s.toInt();
            if (tid <= 0 || m_tasks.contains(tid))
                continue;
            if (::ptrace(PTRACE_SEIZE, tid, nullptr, reinterpret_cast<void *>(options())) != 0) {
                if (tid != pid)
                    continue; // a thread that ended meanwhile
                const QString why = PtraceTracer::attachRefusal(pid, errno);
                for (const Task &t : std::as_const(m_tasks))
                    ::ptrace(PTRACE_DETACH, t.tid, nullptr, nullptr);
                m_tasks.clear();
                return why;
            }
            ::ptrace(PTRACE_INTERRUPT, tid, nullptr, nullptr);
            addTask(tid, pid);
            added = true;
        }
    }
    if (m_tasks.isEmpty())
        return PtraceTracer::attachRefusal(pid, ESRCH);
    return {};
}

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
    // Calls are handed over in batches: when a burst pauses for
    // flushInterval, or every flushInterval during a long one. A one-shot
    // timer signal ends a waitpid() that would otherwise keep a small
    // batch from the consumer while the tracee sleeps.
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
        int tid = ::waitpid(-1, &status, __WALL | __WNOTHREAD | WNOHANG);
        if (tid == 0) {
            if (!m_batch.isEmpty()) {
                if (!haveTimer || monotonicNs() - lastFlush >= flushInterval) {
                    flushNow();
                } else if (!armed) {
                    const itimerspec in{{0, 0}, {0, flushInterval}};
                    armed = ::timer_settime(timer, 0, &in, nullptr) == 0;
                }
            }
            tid = ::waitpid(-1, &status, __WALL | __WNOTHREAD);
        }
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
    if (t.starting && m_infoPipe >= 0) {
        ChildFailure f;
        if (::read(m_infoPipe, &f, sizeof f) == ssize_t(sizeof f)) {
            const QString reason = QStringLiteral("%1 (%2)").arg(SyscallDecoder::errnoMessage(f.error), SyscallDecoder::errnoName(f.error));
            switch (f.stage) {
            case ChildFailure::Exec: m_end.error = PtraceTracer::tr("Cannot run %1: %2").arg(m_program, reason); break;
            case ChildFailure::Directory: m_end.error = PtraceTracer::tr("Cannot change to the directory %1: %2").arg(m_options.workingDirectory, reason); break;
            case ChildFailure::Seccomp: m_end.error = PtraceTracer::tr("Cannot install the seccomp filter: %1").arg(reason); break;
            default: m_end.error = PtraceTracer::tr("Cannot redirect the standard streams of %1: %2").arg(m_program, reason); break;
            }
        }
    }
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

PtraceTracer::PtraceTracer(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<kc::TraceCall>();
    qRegisterMetaType<QList<kc::TraceCall>>();
    qRegisterMetaType<kc::TraceEnd>();
}

PtraceTracer::~PtraceTracer()
{
    stop();
}

bool PtraceTracer::start(const QStringList &command, const TraceOptions &options, QString *error)
{
    if (m_running.load() || command.isEmpty()) {
        if (error)
            *error = command.isEmpty() ? tr("No command to run.") : tr("A trace is already running.");
        return false;
    }
    auto engine = std::make_unique<Engine>(this, options);
    Engine *e = engine.get();
    const QStringList cmd = command;
    return launchThread(std::move(engine), [e, cmd] { return e->launch(cmd); }, options, error);
}

bool PtraceTracer::attach(int pid, const TraceOptions &options, QString *error)
{
    if (m_running.load()) {
        if (error)
            *error = tr("A trace is already running.");
        return false;
    }
    TraceOptions o = options;
    o.seccomp = false; // a running process cannot be given a filter
    auto engine = std::make_unique<Engine>(this, o);
    Engine *e = engine.get();
    return launchThread(std::move(engine), [e, pid] { return e->attach(pid); }, o, error);
}

bool PtraceTracer::launchThread(std::unique_ptr<Engine> engine, std::function<QString()> setup, const TraceOptions &options,
                                QString *error)
{
    installWakeHandler();
    if (m_thread.joinable())
        m_thread.join();
    m_stopRequested = false;
    m_dropped = 0;
    m_delivered = 0;
    m_maxQueued = options.maxQueued;
    m_finishedSent = false;
    m_end = TraceEnd();
    std::promise<QString> ready;
    std::future<QString> result = ready.get_future();
    m_running = true;
    m_thread = std::thread([this, engine = std::move(engine), setup = std::move(setup), &ready]() mutable {
        m_threadTid = int(::gettid());
        const QString failure = setup();
        if (failure.isEmpty())
            m_pid = engine->m_mainPid;
        ready.set_value(failure); // `ready` is gone after this
        if (failure.isEmpty())
            engine->run();
        m_end = engine->m_end;
        engine.reset();
        m_running = false;
        if (failure.isEmpty())
            QMetaObject::invokeMethod(this, [this] { onEngineDone(); }, Qt::QueuedConnection);
    });
    const QString failure = result.get();
    if (!failure.isEmpty()) {
        m_thread.join();
        if (error)
            *error = failure;
        return false;
    }
    return true;
}

void PtraceTracer::stop()
{
    if (!m_thread.joinable())
        return;
    m_stopRequested = true;
    // The signal may land just before the thread blocks in waitpid: repeat
    // it until the thread has ended.
    while (m_running.load()) {
        ::syscall(SYS_tgkill, ::getpid(), m_threadTid.load(), wakeSignal());
        ::usleep(10000);
    }
    m_thread.join();
}

QList<TraceCall> PtraceTracer::takeCalls()
{
    QMutexLocker lock(&m_mutex);
    QList<TraceCall> out;
    out.swap(m_queue);
    m_delivered += out.size();
    return out;
}

void PtraceTracer::enqueue(QList<TraceCall> &batch)
{
    QMutexLocker lock(&m_mutex);
    const qsizetype room = qMax<qsizetype>(0, m_maxQueued - m_queue.size());
    if (batch.size() > room) {
        m_dropped += batch.size() - room;
        batch.resize(room);
    }
    m_queue.append(std::move(batch));
    if (!m_deliveryPosted) {
        m_deliveryPosted = true;
        QMetaObject::invokeMethod(this, [this] { deliver(); }, Qt::QueuedConnection);
    }
}

void PtraceTracer::deliver()
{
    m_mutex.lock();
    m_deliveryPosted = false;
    m_mutex.unlock();
    const QList<TraceCall> calls = takeCalls();
    if (!calls.isEmpty())
        Q_EMIT callsReady(calls);
}

void PtraceTracer::onEngineDone()
{
    if (m_thread.joinable())
        m_thread.join();
    deliver();
    if (m_finishedSent)
        return;
    m_finishedSent = true;
    TraceEnd end = m_end;
    end.dropped = m_dropped.load();
    end.calls = m_delivered;
    Q_EMIT finished(end);
}

QString PtraceTracer::attachRefusal(int pid, int error)
{
    if (error == ESRCH || !QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid)))
        return tr("There is no process %1: it has exited, or never was.").arg(pid);
    if (error != EPERM && error != EACCES)
        return tr("Cannot trace process %1: %2").arg(pid).arg(QString::fromLocal8Bit(::strerror(error)));
    if (pid == ::getpid())
        return tr("A process cannot trace itself.");
    const QByteArray tracer = statusField(pid, "TracerPid");
    if (!tracer.isEmpty() && tracer != "0")
        return tr("Process %1 is already traced by process %2; a process has one tracer at a time.").arg(pid).arg(QString::fromLatin1(tracer));
    const ReadResult yama = SafeReader::read(QStringLiteral("/proc/sys/kernel/yama/ptrace_scope"), 64);
    const int scope = yama.ok() ? yama.data.trimmed().toInt() : 0;
    if (scope == 3)
        return tr("Yama forbids all tracing on this system (kernel.yama.ptrace_scope is 3, which lasts until reboot).");
    if (scope == 2 && ::geteuid() != 0)
        return tr("Yama lets only administrators trace (kernel.yama.ptrace_scope is 2): run as root, or with CAP_SYS_PTRACE.");
    const QList<QByteArray> uids = statusField(pid, "Uid").simplified().split(' ');
    const uint me = ::geteuid();
    if (me != 0) {
        for (const QByteArray &u : uids) {
            if (!u.isEmpty() && u.toUInt() != me)
                return tr("Process %1 runs as user %2 and we run as user %3: only root may trace another user's process.")
                    .arg(pid).arg(QString::fromLatin1(u)).arg(me);
        }
        struct stat st {};
        // A process that is not dumpable has its /proc directory owned by root.
        if (::stat(QStringLiteral("/proc/%1").arg(pid).toLocal8Bit().constData(), &st) == 0 && st.st_uid != me)
            return tr("Process %1 is not dumpable (a set-user-ID program, or it asked not to be): only root may trace it.").arg(pid);
        if (scope == 1)
            return tr("Yama lets a process trace only its own descendants (kernel.yama.ptrace_scope is 1): start the program "
                      "under trace instead, or run as root.");
    }
    return tr("The kernel refused to let us trace process %1: %2").arg(pid).arg(QString::fromLocal8Bit(::strerror(error)));
}

} // namespace kc
