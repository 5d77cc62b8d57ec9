// SPDX-License-Identifier: GPL-2.0-or-later
// Starting a command under trace, and attaching to a running process.
#include "ptraceengine.h"

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

using namespace ptraceutil;

namespace {


#if defined(__x86_64__)
constexpr quint32 nativeAuditArch = AUDIT_ARCH_X86_64;
#elif defined(__aarch64__)
constexpr quint32 nativeAuditArch = AUDIT_ARCH_AARCH64;
#else
constexpr quint32 nativeAuditArch = 0; // no seccomp filter on this architecture
#endif

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

} // namespace

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

} // namespace kc
