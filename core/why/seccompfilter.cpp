// SPDX-License-Identifier: GPL-2.0-or-later
#include "seccompfilter.h"

#include "whyutil.h"

#include <cerrno>
#include <cstddef>
#include <cstring>
#include <linux/audit.h>
#include <linux/seccomp.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef PTRACE_SECCOMP_GET_FILTER
#define PTRACE_SECCOMP_GET_FILTER 0x420c
#endif

namespace kc {

namespace {

#if defined(__x86_64__)
constexpr quint32 NativeArch = AUDIT_ARCH_X86_64;
#elif defined(__aarch64__)
constexpr quint32 NativeArch = AUDIT_ARCH_AARCH64;
#else
constexpr quint32 NativeArch = 0;
#endif

// The kernel's precedence of actions: a lower rank wins.
int rank(quint32 action)
{
    switch (action) {
    case SECCOMP_RET_KILL_PROCESS: return 0;
    case SECCOMP_RET_KILL_THREAD: return 1;
    case SECCOMP_RET_TRAP: return 2;
    case SECCOMP_RET_ERRNO: return 3;
    case SECCOMP_RET_USER_NOTIF: return 4;
    case SECCOMP_RET_TRACE: return 5;
    case SECCOMP_RET_LOG: return 6;
    case SECCOMP_RET_ALLOW: return 7;
    default: return 0; // an unknown action is taken as kill, as the kernel does
    }
}

} // namespace

quint32 SeccompFilters::run(const QList<sock_filter> &program, const QByteArray &data, bool *readsArguments)
{
    quint32 a = 0, x = 0;
    quint32 mem[BPF_MEMWORDS] = {};
    const int n = int(program.size());
    // The kernel checked the program when it was installed: jumps only go
    // forward and the last instruction returns; stay safe anyway.
    for (int pc = 0; pc >= 0 && pc < n; ++pc) {
        const sock_filter &f = program[pc];
        const quint32 src = BPF_SRC(f.code) == BPF_X ? x : f.k;
        switch (BPF_CLASS(f.code)) {
        case BPF_LD:
            if (BPF_MODE(f.code) == BPF_ABS && BPF_SIZE(f.code) == BPF_W) {
                if (f.k + 4 > quint32(data.size()))
                    return SECCOMP_RET_KILL_PROCESS;
                std::memcpy(&a, data.constData() + f.k, 4);
                if (readsArguments && f.k >= offsetof(seccomp_data, args))
                    *readsArguments = true;
            } else if (BPF_MODE(f.code) == BPF_IMM) {
                a = f.k;
            } else if (BPF_MODE(f.code) == BPF_MEM && f.k < BPF_MEMWORDS) {
                a = mem[f.k];
            } else if (BPF_MODE(f.code) == BPF_LEN) {
                a = quint32(data.size());
            } else {
                return SECCOMP_RET_KILL_PROCESS;
            }
            break;
        case BPF_LDX:
            if (BPF_MODE(f.code) == BPF_IMM)
                x = f.k;
            else if (BPF_MODE(f.code) == BPF_MEM && f.k < BPF_MEMWORDS)
                x = mem[f.k];
            else if (BPF_MODE(f.code) == BPF_LEN)
                x = quint32(data.size());
            else
                return SECCOMP_RET_KILL_PROCESS;
            break;
        case BPF_ST:
            if (f.k < BPF_MEMWORDS)
                mem[f.k] = a;
            break;
        case BPF_STX:
            if (f.k < BPF_MEMWORDS)
                mem[f.k] = x;
            break;
        case BPF_ALU:
            switch (BPF_OP(f.code)) {
            case BPF_ADD: a += src; break;
            case BPF_SUB: a -= src; break;
            case BPF_MUL: a *= src; break;
            case BPF_DIV: a = src ? a / src : 0; break;
            case BPF_MOD: a = src ? a % src : 0; break;
            case BPF_AND: a &= src; break;
            case BPF_OR: a |= src; break;
            case BPF_XOR: a ^= src; break;
            case BPF_LSH: a = src < 32 ? a << src : 0; break;
            case BPF_RSH: a = src < 32 ? a >> src : 0; break;
            case BPF_NEG: a = quint32(-qint64(a)); break;
            default: return SECCOMP_RET_KILL_PROCESS;
            }
            break;
        case BPF_JMP: {
            if (BPF_OP(f.code) == BPF_JA) {
                pc += int(f.k);
                break;
            }
            bool taken = false;
            switch (BPF_OP(f.code)) {
            case BPF_JEQ: taken = a == src; break;
            case BPF_JGT: taken = a > src; break;
            case BPF_JGE: taken = a >= src; break;
            case BPF_JSET: taken = (a & src) != 0; break;
            default: return SECCOMP_RET_KILL_PROCESS;
            }
            pc += taken ? f.jt : f.jf;
            break;
        }
        case BPF_RET:
            return BPF_RVAL(f.code) == BPF_A ? a : f.k;
        case BPF_MISC:
            if (BPF_MISCOP(f.code) == BPF_TAX)
                x = a;
            else
                a = x;
            break;
        default:
            return SECCOMP_RET_KILL_PROCESS;
        }
    }
    return SECCOMP_RET_KILL_PROCESS;
}

bool SeccompFilters::read(int pid, QString *error)
{
    m_filters.clear();
    if (pid == int(::getpid())) {
        *error = tr("A process cannot read its own seccomp filters.");
        return false;
    }
    // Read by a tracer: attach, stop it for an instant, read, detach.
    if (::ptrace(PTRACE_SEIZE, pid, nullptr, nullptr) != 0) {
        *error = tr("Cannot attach to process %1 to read its filters: %2.").arg(pid).arg(whyutil::errnoText(errno));
        return false;
    }
    ::ptrace(PTRACE_INTERRUPT, pid, nullptr, nullptr);
    int status = 0;
    while (::waitpid(pid, &status, __WALL) < 0 && errno == EINTR) {
    }
    QString failure;
    for (unsigned long i = 0; i < 1024; ++i) {
        const long n = ::ptrace(PTRACE_SECCOMP_GET_FILTER, pid, reinterpret_cast<void *>(i), nullptr);
        if (n < 0) {
            if (errno != ENOENT)
                failure = tr("The kernel would not give the filters of process %1: %2.").arg(pid).arg(whyutil::errnoText(errno));
            break;
        }
        QList<sock_filter> program(n);
        if (::ptrace(PTRACE_SECCOMP_GET_FILTER, pid, reinterpret_cast<void *>(i), program.data()) != n) {
            failure = tr("The kernel would not give the filters of process %1: %2.").arg(pid).arg(whyutil::errnoText(errno));
            break;
        }
        m_filters.append(program);
    }
    ::ptrace(PTRACE_DETACH, pid, nullptr, nullptr);
    if (!failure.isEmpty() || m_filters.isEmpty()) {
        *error = failure.isEmpty() ? tr("Process %1 has no seccomp filter.").arg(pid) : failure;
        m_filters.clear();
        return false;
    }
    return true;
}

SeccompFilters::Verdict SeccompFilters::evaluate(int number) const
{
    seccomp_data data {};
    data.nr = number;
    data.arch = NativeArch;
    const QByteArray bytes(reinterpret_cast<const char *>(&data), sizeof data);
    Verdict v;
    v.action = SECCOMP_RET_ALLOW;
    quint32 result = SECCOMP_RET_ALLOW;
    for (const QList<sock_filter> &f : m_filters) {
        const quint32 r = run(f, bytes, &v.readsArguments);
        if (rank(r & SECCOMP_RET_ACTION_FULL) < rank(result & SECCOMP_RET_ACTION_FULL))
            result = r;
    }
    v.action = result & SECCOMP_RET_ACTION_FULL;
    if (v.action == SECCOMP_RET_ERRNO)
        v.error = int(qMin<quint32>(result & SECCOMP_RET_DATA, 4095));
    return v;
}

bool SeccompFilters::Verdict::fails() const
{
    return action != SECCOMP_RET_ALLOW && action != SECCOMP_RET_LOG;
}

QString SeccompFilters::Verdict::text() const
{
    switch (action) {
    case SECCOMP_RET_KILL_PROCESS: return tr("kills the process (SIGSYS)");
    case SECCOMP_RET_KILL_THREAD: return tr("kills the calling thread (SIGSYS)");
    case SECCOMP_RET_TRAP: return tr("sends SIGSYS instead of making the call");
    case SECCOMP_RET_ERRNO: {
        const char *name = strerrorname_np(error);
        return tr("fails the call with %1 (%2)").arg(QLatin1String(name ? name : "?"), whyutil::errnoText(error));
    }
    case SECCOMP_RET_USER_NOTIF: return tr("hands the call to a supervisor process, which decides");
    case SECCOMP_RET_TRACE: return tr("hands the call to a tracer; without one it fails with ENOSYS");
    case SECCOMP_RET_LOG: return tr("lets the call through and logs it");
    default: return tr("lets the call through");
    }
}

} // namespace kc
