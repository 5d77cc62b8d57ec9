// SPDX-License-Identifier: GPL-2.0-or-later
// Starting a command under trace, and attaching to a running process.
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
    const sock_fprog prog{quint16(filter.size()), filter.data()};
    tracelaunch::Held held;
    const QString failed = tracelaunch::start(command, m_options, ::getpid(), m_seccomp ? &prog : nullptr, &held);
    if (!failed.isEmpty())
        return failed;
    const int child = held.pid;
    if (::ptrace(PTRACE_SEIZE, child, nullptr, reinterpret_cast<void *>(options())) != 0) {
        const QString why = PtraceTracer::attachRefusal(child, errno);
        held.abandon();
        return why;
    }
    // A seized task runs on until a stop; this one lets us choose how it resumes.
    ::ptrace(PTRACE_INTERRUPT, child, nullptr, nullptr);
    Task &t = addTask(child, child);
    t.starting = true;
    m_mainPid = child;
    m_infoPipe = held.infoPipe;
    held.infoPipe = -1;
    held.release();
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
