// SPDX-License-Identifier: GPL-2.0-or-later
#include "bpfsyscallcounter.h"

#include <QFile>

#include <cerrno>
#include <csignal>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

#if defined(KC_HAVE_BPF_SKELETON)
#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "syscallcount.skel.h"
#endif

namespace kc {

#if defined(KC_HAVE_BPF_SKELETON)

namespace {

// The initial PID namespace's inode number (PROC_PID_INIT_INO).
constexpr quint64 InitPidNs = 0xEFFFFFFCu;

// What libbpf warns of while a counter loads, kept for the error the user
// sees rather than printed on the terminal. libbpf has one printer for the
// process, installed once; each thread collects its own warnings.
class LibbpfWarnings
{
public:
    LibbpfWarnings()
    {
        static const bool installed = (libbpf_set_print(&LibbpfWarnings::print), true);
        Q_UNUSED(installed);
        s_current = &m_text;
    }
    ~LibbpfWarnings() { s_current = nullptr; }
    LibbpfWarnings(const LibbpfWarnings &) = delete;
    LibbpfWarnings &operator=(const LibbpfWarnings &) = delete;

    // The verifier's last words when it refused the program, which say
    // what it disliked; empty otherwise.
    QString verifierVerdict() const
    {
        static constexpr QByteArrayView Begin = "-- BEGIN PROG LOAD LOG --";
        static constexpr QByteArrayView End = "-- END PROG LOAD LOG --";
        const qsizetype begin = m_text.lastIndexOf(Begin);
        const qsizetype end = m_text.lastIndexOf(End);
        if (begin < 0 || end < begin)
            return {};
        const QList<QByteArray> lines = m_text.mid(begin + Begin.size(), end - begin - Begin.size()).trimmed().split('\n');
        return QString::fromUtf8(lines.last().trimmed());
    }

private:
    static int print(libbpf_print_level level, const char *format, va_list args)
    {
        if (level != LIBBPF_WARN || !s_current)
            return 0;
        va_list copy;
        va_copy(copy, args);
        const int n = std::vsnprintf(nullptr, 0, format, copy);
        va_end(copy);
        if (n > 0) {
            const qsizetype at = s_current->size();
            s_current->resize(at + n + 1);
            std::vsnprintf(s_current->data() + at, size_t(n) + 1, format, args);
            s_current->chop(1); // the terminating zero
        }
        return n;
    }

    static thread_local QByteArray *s_current;
    QByteArray m_text;
};

thread_local QByteArray *LibbpfWarnings::s_current = nullptr;

QString refusal(int err, const char *what)
{
    if (err == EPERM || err == EACCES)
        return BpfSyscallCounter::tr("Counting with BPF needs root (CAP_BPF and CAP_PERFMON).");
    return BpfSyscallCounter::tr("The kernel refused the BPF counter (%1: %2).")
        .arg(QString::fromLatin1(what), QString::fromLocal8Bit(std::strerror(err)));
}

} // namespace

bool BpfSyscallCounter::open(int pid, bool byProcess)
{
    close();
    m_error.clear();
    // libbpf fits the program to this kernel's types (CO-RE) and finds the
    // tracepoint through them.
    if (!QFile::exists(QStringLiteral("/sys/kernel/btf/vmlinux"))) {
        m_error = tr("This kernel has no BTF type information (/sys/kernel/btf/vmlinux), which counting with BPF needs.");
        return false;
    }
    struct stat ours {}, theirs {};
    if (::stat("/proc/self/ns/pid", &ours) != 0) {
        m_error = tr("Our own PID namespace cannot be read (/proc/self/ns/pid: %1).").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    // Which tasks to count: all, or one thread group by its number in the
    // initial PID namespace (task->tgid; any process when we run there), or
    // by its number in our own namespace (only processes whose namespace
    // is ours).
    const bool initialNs = quint64(ours.st_ino) == InitPidNs;
    if (pid > 0) {
        const QByteArray theirNs = "/proc/" + QByteArray::number(pid) + "/ns/pid";
        if (!initialNs && (::stat(theirNs.constData(), &theirs) != 0 || theirs.st_ino != ours.st_ino)) {
            m_error = tr("Process %1 lives in another PID namespace than this program, so BPF cannot single it out.").arg(pid);
            return false;
        }
    }
    m_cpus = libbpf_num_possible_cpus();
    if (m_cpus <= 0) {
        m_error = refusal(-m_cpus, "possible CPUs");
        return false;
    }

    LibbpfWarnings warnings;
    // Every descriptor libbpf opens is close-on-exec.
    syscallcount_bpf *skel = syscallcount_bpf__open();
    if (!skel) {
        m_error = refusal(errno, "open");
        return false;
    }
    Q_ASSERT(bpf_map__max_entries(skel->maps.counts) == quint32(Slots));
    Q_ASSERT(bpf_map__max_entries(skel->maps.by_process) == quint32(ProcessSlots));
    skel->rodata->target_tgid = pid > 0 ? quint32(pid) : 0;
    skel->rodata->target_by_namespace = pid > 0 && !initialNs;
    skel->rodata->pidns_dev = quint64(ours.st_dev);
    skel->rodata->pidns_ino = quint64(ours.st_ino);
    // Calls per process, system-wide: task->tgid is the number we know
    // only in the initial PID namespace.
    const bool perProcess = byProcess && pid <= 0 && initialNs;
    skel->rodata->count_by_process = perProcess;
    bpf_map__set_autocreate(skel->maps.by_process, perProcess);
    bpf_map__set_autocreate(skel->maps.ended, perProcess);
    bpf_program__set_autoload(skel->progs.note_exit, perProcess);

    int err = syscallcount_bpf__load(skel);
    if (err != 0) {
        m_error = refusal(-err, "load");
        const QString verdict = warnings.verifierVerdict();
        if (-err != EPERM && -err != EACCES && !verdict.isEmpty())
            m_error += QLatin1Char(' ') + verdict;
        syscallcount_bpf__destroy(skel);
        return false;
    }
    err = syscallcount_bpf__attach(skel);
    if (err != 0) {
        m_error = refusal(-err, "attach");
        syscallcount_bpf__destroy(skel);
        return false;
    }
    m_skel = skel;
    return true;
}

QList<quint64> BpfSyscallCounter::read() const
{
    if (!m_skel)
        return {};
    const int map = bpf_map__fd(m_skel->maps.counts);
    std::vector<quint32> keys(Slots);
    std::vector<quint64> values(size_t(Slots) * size_t(m_cpus));
    quint32 next = 0;
    quint32 count = Slots;
    QList<quint64> out(Slots, 0);
    // From the start (no in_batch), every slot in one call.
    if (bpf_map_lookup_batch(map, nullptr, &next, keys.data(), values.data(), &count, nullptr) == 0
        || (errno == ENOENT && count > 0)) {
        for (quint32 i = 0; i < count; ++i) {
            if (keys[i] >= quint32(Slots))
                continue;
            quint64 sum = 0;
            for (int c = 0; c < m_cpus; ++c)
                sum += values[size_t(i) * size_t(m_cpus) + size_t(c)];
            out[keys[i]] = sum;
        }
        return out;
    }
    // Kernels without batch lookups: one call per slot.
    for (quint32 key = 0; key < quint32(Slots); ++key) {
        if (bpf_map_lookup_elem(map, &key, values.data()) != 0)
            return {};
        quint64 sum = 0;
        for (int c = 0; c < m_cpus; ++c)
            sum += values[size_t(c)];
        out[int(key)] = sum;
    }
    return out;
}

QHash<int, quint64> BpfSyscallCounter::readByProcess()
{
    QHash<int, quint64> out;
    const int map = m_skel ? bpf_map__fd(m_skel->maps.by_process) : -1;
    if (map < 0)
        return out;
    std::vector<quint32> keys(ProcessSlots);
    std::vector<quint64> values(size_t(ProcessSlots) * size_t(m_cpus));
    quint64 token = 0;
    bool first = true;
    for (;;) {
        quint32 count = ProcessSlots;
        const bool done = bpf_map_lookup_batch(map, first ? nullptr : &token, &token, keys.data(), values.data(), &count, nullptr) != 0;
        if (done && errno != ENOENT)
            return {}; // kernels without batch lookups of hash maps
        for (quint32 i = 0; i < count; ++i) {
            quint64 sum = 0;
            for (int c = 0; c < m_cpus; ++c)
                sum += values[size_t(i) * size_t(m_cpus) + size_t(c)];
            out.insert(int(keys[i]), sum);
        }
        if (done || count == 0)
            break;
        first = false;
    }
    // Forget processes that have ended (the BPF program notes them as they
    // end), so that the table keeps room for new ones; their last figures
    // are in this reading.
    const int ended = bpf_map__fd(m_skel->maps.ended);
    quint32 key = 0;
    std::vector<quint32> gone;
    for (const quint32 *prev = nullptr; bpf_map_get_next_key(ended, prev, &key) == 0; prev = &gone.back())
        gone.push_back(key);
    for (const quint32 k : gone) {
        bpf_map_delete_elem(map, &k);
        bpf_map_delete_elem(ended, &k);
    }
    return out;
}

void BpfSyscallCounter::close()
{
    // Destroying the link detaches the program at once; the program and
    // the maps go with their descriptors.
    syscallcount_bpf__destroy(m_skel);
    m_skel = nullptr;
}

#else // not x86-64: telling compat calls apart is written for x86 only, so no program is built

bool BpfSyscallCounter::open(int, bool)
{
    m_error = tr("Counting with BPF is built for x86-64 only.");
    return false;
}

QList<quint64> BpfSyscallCounter::read() const
{
    return {};
}

QHash<int, quint64> BpfSyscallCounter::readByProcess()
{
    return {};
}

void BpfSyscallCounter::close()
{
}

#endif

BpfSyscallCounter::~BpfSyscallCounter()
{
    close();
}

} // namespace kc
