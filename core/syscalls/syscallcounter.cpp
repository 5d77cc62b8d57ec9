// SPDX-License-Identifier: GPL-2.0-or-later
#include "syscallcounter.h"

#include "machinecounting.h"

#include "io/safereader.h"
#include "procfs/parseutil.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <linux/perf_event.h>
#include <poll.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <csignal>
#include <unistd.h>

namespace kc {

namespace {

// The entry that stands for every call.
bool isAll(const SyscallInfo &c)
{
    return c.number < 0 && c.name == QLatin1String("all");
}

int perfOpen(int tracepoint, int pid, int cpu)
{
    perf_event_attr attr {};
    attr.type = PERF_TYPE_TRACEPOINT;
    attr.size = sizeof attr;
    attr.config = quint64(tracepoint);
    attr.inherit = pid > 0 ? 1 : 0; // threads the process starts later
    return int(::syscall(SYS_perf_event_open, &attr, pid, cpu, -1, PERF_FLAG_FD_CLOEXEC));
}

QList<int> onlineCpus()
{
    QList<int> cpus;
    QFile f(QStringLiteral("/sys/devices/system/cpu/online"));
    if (f.open(QIODevice::ReadOnly))
        cpus = parse::cpuList(f.readAll());
    if (cpus.isEmpty()) {
        for (long c = 0; c < ::sysconf(_SC_NPROCESSORS_ONLN); ++c)
            cpus.append(int(c));
    }
    return cpus;
}

QList<int> threadsOf(int pid)
{
    QList<int> tids;
    for (const QString &t : QDir(QStringLiteral("/proc/%1/task").arg(pid)).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        tids.append(t.toInt());
    if (tids.isEmpty())
        tids.append(pid);
    return tids;
}

// Each counter is a file descriptor: make room for all of them.
bool raiseFileLimit(rlim_t wanted)
{
    rlimit rl {};
    if (::getrlimit(RLIMIT_NOFILE, &rl) != 0)
        return false;
    if (rl.rlim_cur >= wanted)
        return true;
    rl.rlim_cur = std::min(rl.rlim_max, wanted);
    return ::setrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur >= wanted;
}

} // namespace

SyscallCounter::~SyscallCounter()
{
    close();
}

bool SyscallCounter::open(const QList<SyscallInfo> &calls, int pid, Method method, bool byProcess)
{
    close();
    m_error.clear();
    if (pid > 0) {
        m_pid = pid;
        errno = 0;
#ifdef SYS_pidfd_open
        m_pidfd = int(::syscall(SYS_pidfd_open, pid, 0));
#endif
        if (m_pidfd < 0 && (errno == ESRCH || targetExited())) {
            m_error = refusal(ESRCH);
            return false;
        }
    }
    QString bpfError;
    if (method != Method::Perf) {
        for (const SyscallInfo &c : calls) {
            if ((c.number >= 0 && c.number < BpfSyscallCounter::Slots) || isAll(c))
                m_calls.append(c);
        }
        if (!m_calls.isEmpty() && m_bpf.open(pid, byProcess))
            return counting(pid);
        m_calls.clear();
        bpfError = m_bpf.error();
        if (method == Method::Bpf) {
            m_error = bpfError.isEmpty() ? tr("None of these calls has a number to count by.") : bpfError;
            return false;
        }
    }
    for (const SyscallInfo &c : calls) {
        if (c.tracepointId >= 0)
            m_calls.append(c);
    }
    if (m_calls.isEmpty()) {
        m_error = bpfError.isEmpty()
            ? tr("No tracepoint ids: tracefs is not mounted or cannot be read, so system calls cannot be counted.")
            : tr("System calls cannot be counted. %1 Perf counting events need tracefs, which is not mounted or cannot be read "
                 "(it needs root).").arg(bpfError);
        return false;
    }
    return openPerf(pid) && counting(pid);
}

bool SyscallCounter::counting(int pid)
{
    m_machineWide = pid <= 0;
    if (m_machineWide)
        MachineCounting::instance()->opened();
    return true;
}

bool SyscallCounter::openPerf(int pid)
{
    const QList<int> targets = pid > 0 ? threadsOf(pid) : onlineCpus();
    if (!raiseFileLimit(rlim_t(m_calls.size()) * rlim_t(targets.size()) + 256)) {
        m_error = tr("Counting %1 system calls on %2 CPUs or threads needs %3 open files, more than this process may have.")
                      .arg(m_calls.size()).arg(targets.size()).arg(m_calls.size() * targets.size());
        m_calls.clear();
        return false;
    }
    m_fds.resize(size_t(m_calls.size()));
    for (int i = 0; i < m_calls.size(); ++i) {
        for (int t : targets) {
            const int fd = pid > 0 ? perfOpen(m_calls[i].tracepointId, t, -1) : perfOpen(m_calls[i].tracepointId, -1, t);
            if (fd < 0) {
                const int err = errno;
                if (pid > 0 && err == ESRCH)
                    continue; // that thread ended meanwhile
                m_error = refusal(err);
                close();
                return false;
            }
            m_fds[size_t(i)].push_back(fd);
        }
    }
    return true;
}

namespace {

void closeRange(unsigned first, unsigned last)
{
    if (::syscall(SYS_close_range, first, last, 0) == 0 || errno != ENOSYS)
        return;
    // Before Linux 5.9: one by one, up to any limit a process is given.
    for (unsigned fd = first; fd <= last && fd < (1U << 20); ++fd)
        ::close(int(fd));
}

/// Closes every descriptor but those in `keep` (sorted); safe after fork().
void closeAllBut(const std::vector<int> &keep)
{
    unsigned from = 0;
    for (int fd : keep) {
        if (unsigned(fd) > from)
            closeRange(from, unsigned(fd) - 1);
        from = unsigned(fd) + 1;
    }
    closeRange(from, ~0U);
}

} // namespace

bool SyscallCounter::targetExited() const
{
    if (m_pidfd >= 0) {
        pollfd ended {m_pidfd, POLLIN, 0};
        return ::poll(&ended, 1, 0) == 1;
    }
    // Kernels before 5.3 have no pidfd_open: ask by PID.
    return m_pid > 0 && ::kill(m_pid, 0) != 0 && errno == ESRCH;
}

void SyscallCounter::close()
{
    if (m_pidfd >= 0)
        ::close(m_pidfd);
    m_pidfd = -1;
    m_pid = -1;
    if (m_machineWide)
        MachineCounting::instance()->closed();
    m_machineWide = false;
    m_bpf.close();
    std::vector<int> all;
    for (const auto &fds : m_fds)
        all.insert(all.end(), fds.begin(), fds.end());
    m_fds.clear();
    m_calls.clear();
    if (all.empty())
        return;
    // Releasing the last perf event of a tracepoint waits for an RCU grace
    // period under the kernel's event_mutex: 360 tracepoints take ~12 s,
    // whoever closes them (perf stat waits as long). So a detached
    // grandchild holds the last references and releases them; our own
    // closes are then cheap and neither the GUI nor kchan's exit waits.
    // It keeps nothing else of ours: a reader of our standard output (a
    // pipe into a script) sees its end when we exit, not when the kernel
    // is done.
    std::sort(all.begin(), all.end());
    const pid_t child = ::fork();
    if (child == 0) {
        // Only async-signal-safe calls: we may have been a threaded process.
        if (::fork() == 0) {
            closeAllBut(all);
            for (int fd : all)
                ::close(fd);
            ::_exit(0);
        }
        ::_exit(0);
    }
    for (int fd : all)
        ::close(fd);
    if (child > 0)
        ::waitpid(child, nullptr, 0);
}

QList<quint64> SyscallCounter::read() const
{
    if (m_bpf.isOpen()) {
        const QList<quint64> byNumber = m_bpf.read();
        QList<quint64> out;
        out.reserve(m_calls.size());
        quint64 all = 0;
        for (quint64 v : byNumber)
            all += v;
        for (const SyscallInfo &c : m_calls)
            out.append(isAll(c) ? all : byNumber.value(c.number));
        return out;
    }
    QList<quint64> out;
    out.reserve(int(m_fds.size()));
    for (const auto &fds : m_fds) {
        quint64 sum = 0;
        for (int fd : fds) {
            quint64 v = 0;
            if (::read(fd, &v, sizeof v) == ssize_t(sizeof v))
                sum += v;
        }
        out.append(sum);
    }
    return out;
}

std::optional<SyscallCounter::Method> SyscallCounter::methodNamed(const QString &name)
{
    if (name == QLatin1String("bpf"))
        return Method::Bpf;
    if (name == QLatin1String("perf"))
        return Method::Perf;
    if (name == QLatin1String("best"))
        return Method::Best;
    return std::nullopt;
}

QString SyscallCounter::costOf(Method method)
{
    // Measured with bench/syscall-overhead (dd bs=1: ~115 ns calls).
    if (method == Method::Bpf)
        return tr("While calls are counted, every system call on this machine takes the kernel's slower entry path "
                  "and runs a small BPF program that adds to a per-CPU counter: about 25 ns more per call on our "
                  "test machine, so a program that does nothing but tiny reads and writes runs about a fifth slower. "
                  "Counting stops when you leave this pane or pause it.");
    return tr("While calls are counted, every system call on this machine takes the kernel's slower entry path "
              "and adds to a perf counter: about 30 to 40 ns more per call on our test machine, so a program that "
              "does nothing but tiny reads and writes runs about a quarter to a third slower. Counting stops when "
              "you leave this pane or pause it.");
}

QString SyscallCounter::costInBrief(Method method)
{
    // The figures of costOf(), in a few words for the screen.
    return method == Method::Bpf ? tr("each call on this machine costs about 25 ns more while counted")
                                 : tr("each call on this machine costs about 30 to 40 ns more while counted");
}

QString SyscallCounter::refusal(int err)
{
    QString paranoid = QStringLiteral("?");
    QFile f(QStringLiteral("/proc/sys/kernel/perf_event_paranoid"));
    if (f.open(QIODevice::ReadOnly))
        paranoid = QString::fromLatin1(f.readAll().trimmed());
    switch (err) {
    case EACCES:
    case EPERM:
        return tr("The kernel refused to count system calls (%1): counting tracepoints needs root (CAP_PERFMON) or "
                  "kernel.perf_event_paranoid = -1, and it is %2 now. Run as root, or: sudo sysctl kernel.perf_event_paranoid=-1")
            .arg(QString::fromLocal8Bit(strerrorname_np(err)), paranoid);
    case ENOENT:
    case ENODEV:
    case EOPNOTSUPP:
        return tr("This kernel cannot count tracepoints with perf events (%1).").arg(QString::fromLocal8Bit(strerror(err)));
    case ESRCH:
        return tr("The process is gone.");
    case EMFILE:
    case ENFILE:
        return tr("Too many open files: each counted system call takes one file descriptor per CPU.");
    default:
        return tr("perf_event_open failed: %1.").arg(QString::fromLocal8Bit(strerror(err)));
    }
}

bool SyscallCounter::mountTracefs(QString *error)
{
    if (::mount("nodev", "/sys/kernel/tracing", "tracefs", 0, nullptr) == 0)
        return true;
    if (error) {
        const int err = errno;
        *error = err == EPERM || err == EACCES
            ? tr("Mounting tracefs needs root (%1).").arg(QString::fromLocal8Bit(strerror(err)))
            : tr("Mounting tracefs at /sys/kernel/tracing failed: %1.").arg(QString::fromLocal8Bit(strerror(err)));
    }
    return false;
}

QList<ProcessCallRate> SyscallCounter::busiest(const QHash<int, quint64> &before, const QHash<int, quint64> &after, double seconds, int n)
{
    QList<QPair<quint64, int>> moved;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        // A process first seen in this interval started from zero.
        const quint64 was = before.value(it.key(), 0);
        if (it.value() > was)
            moved.append({it.value() - was, it.key()});
    }
    const qsizetype top = qMin<qsizetype>(n, moved.size());
    std::partial_sort(moved.begin(), moved.begin() + top, moved.end(), [](const auto &a, const auto &b) {
        return a.first > b.first || (a.first == b.first && a.second < b.second);
    });
    QList<ProcessCallRate> out;
    for (qsizetype i = 0; i < top; ++i) {
        ProcessCallRate r;
        r.pid = moved[i].second;
        r.calls = moved[i].first;
        r.perSecond = double(moved[i].first) / qMax(0.001, seconds);
        const ReadResult comm = SafeReader::read(QStringLiteral("/proc/%1/comm").arg(r.pid), 64);
        if (comm.ok())
            r.comm = QString::fromUtf8(comm.data).trimmed();
        out.append(r);
    }
    return out;
}

QList<QPair<quint64, int>> SyscallCounter::moved(const QList<quint64> &before, const QList<quint64> &after)
{
    QList<QPair<quint64, int>> out;
    for (int i = 0; i < after.size() && i < before.size(); ++i) {
        if (after[i] > before[i])
            out.append({after[i] - before[i], i});
    }
    return out;
}

} // namespace kc
