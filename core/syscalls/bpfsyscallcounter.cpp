// SPDX-License-Identifier: GPL-2.0-or-later
#include "bpfsyscallcounter.h"

#include "procfs/parseutil.h"

#include <QFile>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <vector>

#if defined(__x86_64__)
#include <linux/bpf.h>
#include <linux/btf.h>
#endif

namespace kc {

#if defined(__x86_64__)

namespace {

long bpfCall(int cmd, bpf_attr *attr)
{
    return ::syscall(SYS_bpf, cmd, attr, sizeof *attr);
}

// What the program needs from the running kernel's BTF: the type of the
// sys_enter tracepoint (to attach to) and where a task's syscall status
// word lies (to tell compat calls apart).
struct KernelBtf {
    int sysEnter = -1;     // id of typedef btf_trace_sys_enter
    int statusOffset = -1; // of thread_info.status within task_struct
    int tgidOffset = -1;   // of task_struct.tgid (the initial namespace's number)
    QString error;
};

// Offset in bytes of member `name` of the struct at `t`, or -1.
int memberOffset(const btf_type *t, const char *strings, qsizetype stringsSize, const char *name)
{
    const auto *m = reinterpret_cast<const btf_member *>(t + 1);
    for (quint32 i = 0; i < BTF_INFO_VLEN(t->info); ++i) {
        if (m[i].name_off < stringsSize && std::strcmp(strings + m[i].name_off, name) == 0) {
            const quint32 bits = BTF_INFO_KFLAG(t->info) ? BTF_MEMBER_BIT_OFFSET(m[i].offset) : m[i].offset;
            return bits % 8 == 0 ? int(bits / 8) : -1;
        }
    }
    return -1;
}

KernelBtf parseBtf(const QByteArray &blob)
{
    KernelBtf out;
    const auto *h = reinterpret_cast<const btf_header *>(blob.constData());
    if (blob.size() < qsizetype(sizeof *h) || h->magic != BTF_MAGIC
        || qsizetype(h->hdr_len) + h->type_off + h->type_len > blob.size()
        || qsizetype(h->hdr_len) + h->str_off + h->str_len > blob.size()) {
        out.error = BpfSyscallCounter::tr("The kernel's BTF type information is not in a form we read.");
        return out;
    }
    const char *types = blob.constData() + h->hdr_len + h->type_off;
    const char *strings = blob.constData() + h->hdr_len + h->str_off;
    const qsizetype stringsSize = h->str_len;
    auto nameIs = [&](const btf_type *t, const char *name) {
        return t->name_off < stringsSize && std::strcmp(strings + t->name_off, name) == 0;
    };
    int threadInfoStatus = -1, taskThreadInfo = -1, taskTgid = -1;
    int id = 1;
    for (quint32 pos = 0; pos + sizeof(btf_type) <= h->type_len; ++id) {
        const auto *t = reinterpret_cast<const btf_type *>(types + pos);
        const quint32 kind = BTF_INFO_KIND(t->info), vlen = BTF_INFO_VLEN(t->info);
        if (kind == BTF_KIND_TYPEDEF && nameIs(t, "btf_trace_sys_enter"))
            out.sysEnter = id;
        else if (kind == BTF_KIND_STRUCT && nameIs(t, "thread_info") && threadInfoStatus < 0)
            threadInfoStatus = memberOffset(t, strings, stringsSize, "status");
        else if (kind == BTF_KIND_STRUCT && nameIs(t, "task_struct") && taskThreadInfo < 0) {
            taskThreadInfo = memberOffset(t, strings, stringsSize, "thread_info");
            taskTgid = memberOffset(t, strings, stringsSize, "tgid");
        }
        pos += sizeof(btf_type);
        switch (kind) {
        case BTF_KIND_INT: pos += 4; break;
        case BTF_KIND_ARRAY: pos += sizeof(btf_array); break;
        case BTF_KIND_STRUCT:
        case BTF_KIND_UNION: pos += vlen * sizeof(btf_member); break;
        case BTF_KIND_ENUM: pos += vlen * sizeof(btf_enum); break;
        case BTF_KIND_FUNC_PROTO: pos += vlen * sizeof(btf_param); break;
        case BTF_KIND_VAR: pos += sizeof(btf_var); break;
        case BTF_KIND_DATASEC: pos += vlen * sizeof(btf_var_secinfo); break;
        case BTF_KIND_DECL_TAG: pos += sizeof(btf_decl_tag); break;
        case BTF_KIND_ENUM64: pos += vlen * sizeof(btf_enum64); break;
        case BTF_KIND_PTR: case BTF_KIND_FWD: case BTF_KIND_TYPEDEF: case BTF_KIND_VOLATILE:
        case BTF_KIND_CONST: case BTF_KIND_RESTRICT: case BTF_KIND_FUNC: case BTF_KIND_FLOAT:
        case BTF_KIND_TYPE_TAG: break;
        default:
            // A kind newer than our headers: its size is unknown, so
            // nothing after it can be found.
            pos = h->type_len;
        }
    }
    if (out.sysEnter < 0 || threadInfoStatus < 0 || taskThreadInfo < 0 || taskTgid < 0) {
        out.sysEnter = -1;
        out.error = BpfSyscallCounter::tr("The kernel's BTF type information lacks the sys_enter tracepoint or the task's status word.");
        return out;
    }
    out.statusOffset = taskThreadInfo + threadInfoStatus;
    out.tgidOffset = taskTgid;
    return out;
}

const KernelBtf &kernelBtf()
{
    static const KernelBtf btf = [] {
        QFile f(QStringLiteral("/sys/kernel/btf/vmlinux"));
        if (!f.open(QIODevice::ReadOnly)) {
            KernelBtf none;
            none.error = BpfSyscallCounter::tr("This kernel has no BTF type information (/sys/kernel/btf/vmlinux), which counting with BPF needs.");
            return none;
        }
        return parseBtf(f.readAll());
    }();
    return btf;
}

int possibleCpus()
{
    QFile f(QStringLiteral("/sys/devices/system/cpu/possible"));
    const qsizetype count = f.open(QIODevice::ReadOnly) ? parse::cpuList(f.readAll()).size() : 0;
    return count > 0 ? int(count) : int(::sysconf(_SC_NPROCESSORS_CONF));
}

bpf_insn insn(quint8 code, quint8 dst, quint8 src, qint16 off, qint32 imm)
{
    bpf_insn i {};
    i.code = code;
    i.dst_reg = dst;
    i.src_reg = src;
    i.off = off;
    i.imm = imm;
    return i;
}

// A 64-bit immediate takes two instructions.
void loadImm64(std::vector<bpf_insn> &p, quint8 dst, quint8 src, quint64 value)
{
    p.push_back(insn(BPF_LD | BPF_DW | BPF_IMM, dst, src, 0, qint32(quint32(value))));
    p.push_back(insn(0, 0, 0, 0, qint32(quint32(value >> 32))));
}

constexpr int TsCompat = 0x0002; // thread_info.status: a 32-bit call is running (x86)

// The initial PID namespace's inode number (PROC_PID_INIT_INO).
constexpr quint64 InitPidNs = 0xEFFFFFFCu;

// Which tasks to count: all, or one thread group by its number in the
// initial PID namespace (task->tgid; any process when we run there), or by
// its number in our own namespace (only processes whose namespace is ours).
struct Filter {
    int pid = -1;
    bool initialNs = true;
    quint64 nsDev = 0, nsIno = 0;
};

// The program, for the BTF-typed sys_enter tracepoint (regs, id):
//   if (id >= Slots) return;
//   task = current;
//   if (task->thread_info.status & TS_COMPAT) return;     // compat call
//   [if (task->tgid != pid) return;]                       // or, outside
//   [if (bpf_get_ns_current_pid_tgid(ourPidNs).tgid != pid) return;]
//   [__sync_fetch_and_add(&byProcess[task->tgid], 1);]     // this CPU's
//   __sync_fetch_and_add(&counts[id], 1);                   // this CPU's
// Per-CPU slots with atomic adds: exact even if the program is preempted.
std::vector<bpf_insn> program(int map, int byProcess, const KernelBtf &btf, const Filter &filter)
{
    std::vector<bpf_insn> p;
    std::vector<size_t> toExit; // jumps to patch
    auto jumpHere = [&p](size_t from) { p[from].off = qint16(p.size() - from - 1); };
    auto lookup = [&p](int mapFd, qint16 keyAt) {
        loadImm64(p, BPF_REG_1, BPF_PSEUDO_MAP_FD, quint64(mapFd));
        p.push_back(insn(BPF_ALU64 | BPF_MOV | BPF_X, BPF_REG_2, BPF_REG_10, 0, 0));
        p.push_back(insn(BPF_ALU64 | BPF_ADD | BPF_K, BPF_REG_2, 0, 0, keyAt));
        p.push_back(insn(BPF_JMP | BPF_CALL, 0, 0, 0, BPF_FUNC_map_lookup_elem));
    };
    auto addOne = [&p] { // to the u64 r0 points at
        p.push_back(insn(BPF_ALU64 | BPF_MOV | BPF_K, BPF_REG_1, 0, 0, 1));
        p.push_back(insn(BPF_STX | BPF_ATOMIC | BPF_DW, BPF_REG_0, BPF_REG_1, 0, BPF_ADD));
    };
    p.push_back(insn(BPF_LDX | BPF_MEM | BPF_DW, BPF_REG_6, BPF_REG_1, 8, 0)); // r6 = id
    toExit.push_back(p.size());
    p.push_back(insn(BPF_JMP | BPF_JGE | BPF_K, BPF_REG_6, 0, 0, BpfSyscallCounter::Slots));
    p.push_back(insn(BPF_JMP | BPF_CALL, 0, 0, 0, BPF_FUNC_get_current_task_btf));
    p.push_back(insn(BPF_ALU64 | BPF_MOV | BPF_X, BPF_REG_7, BPF_REG_0, 0, 0)); // r7 = task
    p.push_back(insn(BPF_LDX | BPF_MEM | BPF_W, BPF_REG_1, BPF_REG_7, qint16(btf.statusOffset), 0));
    p.push_back(insn(BPF_ALU64 | BPF_AND | BPF_K, BPF_REG_1, 0, 0, TsCompat));
    toExit.push_back(p.size());
    p.push_back(insn(BPF_JMP | BPF_JNE | BPF_K, BPF_REG_1, 0, 0, 0));
    if (filter.pid > 0 && filter.initialNs) {
        p.push_back(insn(BPF_LDX | BPF_MEM | BPF_W, BPF_REG_1, BPF_REG_7, qint16(btf.tgidOffset), 0));
        toExit.push_back(p.size());
        p.push_back(insn(BPF_JMP | BPF_JNE | BPF_K, BPF_REG_1, 0, 0, filter.pid));
    } else if (filter.pid > 0) {
        loadImm64(p, BPF_REG_1, 0, filter.nsDev);
        loadImm64(p, BPF_REG_2, 0, filter.nsIno);
        p.push_back(insn(BPF_ALU64 | BPF_MOV | BPF_X, BPF_REG_3, BPF_REG_10, 0, 0));
        p.push_back(insn(BPF_ALU64 | BPF_ADD | BPF_K, BPF_REG_3, 0, 0, -16)); // struct bpf_pidns_info
        p.push_back(insn(BPF_ALU64 | BPF_MOV | BPF_K, BPF_REG_4, 0, 0, 8));
        p.push_back(insn(BPF_JMP | BPF_CALL, 0, 0, 0, BPF_FUNC_get_ns_current_pid_tgid));
        toExit.push_back(p.size());
        p.push_back(insn(BPF_JMP | BPF_JNE | BPF_K, BPF_REG_0, 0, 0, 0)); // not in our namespace
        p.push_back(insn(BPF_LDX | BPF_MEM | BPF_W, BPF_REG_1, BPF_REG_10, -12, 0)); // .tgid
        toExit.push_back(p.size());
        p.push_back(insn(BPF_JMP | BPF_JNE | BPF_K, BPF_REG_1, 0, 0, filter.pid));
    }
    if (byProcess >= 0) {
        // byProcess[task->tgid] += 1, the entry made (zero) on first sight;
        // a full map leaves the process out.
        p.push_back(insn(BPF_LDX | BPF_MEM | BPF_W, BPF_REG_1, BPF_REG_7, qint16(btf.tgidOffset), 0));
        p.push_back(insn(BPF_STX | BPF_MEM | BPF_W, BPF_REG_10, BPF_REG_1, -8, 0));
        lookup(byProcess, -8);
        const size_t found = p.size();
        p.push_back(insn(BPF_JMP | BPF_JNE | BPF_K, BPF_REG_0, 0, 0, 0));
        p.push_back(insn(BPF_ST | BPF_MEM | BPF_DW, BPF_REG_10, 0, -16, 0));
        loadImm64(p, BPF_REG_1, BPF_PSEUDO_MAP_FD, quint64(byProcess));
        p.push_back(insn(BPF_ALU64 | BPF_MOV | BPF_X, BPF_REG_2, BPF_REG_10, 0, 0));
        p.push_back(insn(BPF_ALU64 | BPF_ADD | BPF_K, BPF_REG_2, 0, 0, -8));
        p.push_back(insn(BPF_ALU64 | BPF_MOV | BPF_X, BPF_REG_3, BPF_REG_10, 0, 0));
        p.push_back(insn(BPF_ALU64 | BPF_ADD | BPF_K, BPF_REG_3, 0, 0, -16));
        p.push_back(insn(BPF_ALU64 | BPF_MOV | BPF_K, BPF_REG_4, 0, 0, BPF_NOEXIST));
        p.push_back(insn(BPF_JMP | BPF_CALL, 0, 0, 0, BPF_FUNC_map_update_elem));
        lookup(byProcess, -8); // ours, or the one another CPU made meanwhile
        const size_t full = p.size();
        p.push_back(insn(BPF_JMP | BPF_JEQ | BPF_K, BPF_REG_0, 0, 0, 0));
        jumpHere(found);
        addOne();
        jumpHere(full);
    }
    p.push_back(insn(BPF_STX | BPF_MEM | BPF_W, BPF_REG_10, BPF_REG_6, -4, 0)); // key = id
    lookup(map, -4);
    toExit.push_back(p.size());
    p.push_back(insn(BPF_JMP | BPF_JEQ | BPF_K, BPF_REG_0, 0, 0, 0));
    addOne();
    const size_t exit = p.size();
    p.push_back(insn(BPF_ALU64 | BPF_MOV | BPF_K, BPF_REG_0, 0, 0, 0));
    p.push_back(insn(BPF_JMP | BPF_EXIT, 0, 0, 0, 0));
    for (size_t j : toExit)
        p[j].off = qint16(exit - j - 1);
    return p;
}

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
    const KernelBtf &btf = kernelBtf();
    if (btf.sysEnter < 0) {
        m_error = btf.error;
        return false;
    }
    Filter filter;
    filter.pid = pid;
    struct stat ours {}, theirs {};
    if (::stat("/proc/self/ns/pid", &ours) != 0) {
        m_error = tr("Our own PID namespace cannot be read (/proc/self/ns/pid: %1).").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    filter.initialNs = quint64(ours.st_ino) == InitPidNs;
    filter.nsDev = quint64(ours.st_dev);
    filter.nsIno = quint64(ours.st_ino);
    if (pid > 0) {
        // Outside the initial namespace a process is known by its number
        // in ours, which the kernel gives only for processes living in it.
        const QByteArray theirNs = "/proc/" + QByteArray::number(pid) + "/ns/pid";
        if (!filter.initialNs && (::stat(theirNs.constData(), &theirs) != 0 || theirs.st_ino != ours.st_ino)) {
            m_error = tr("Process %1 lives in another PID namespace than this program, so BPF cannot single it out.").arg(pid);
            return false;
        }
    }
    m_cpus = possibleCpus();
    // Every fd bpf() returns is close-on-exec.
    m_byProcess = -1;

    bpf_attr attr {};
    attr.map_type = BPF_MAP_TYPE_PERCPU_ARRAY;
    attr.key_size = sizeof(quint32);
    attr.value_size = sizeof(quint64);
    attr.max_entries = Slots;
    attr.map_flags = 0;
    std::strncpy(attr.map_name, "kchan_syscalls", sizeof attr.map_name - 1);
    m_map = int(bpfCall(BPF_MAP_CREATE, &attr));
    if (m_map < 0) {
        m_error = refusal(errno, "BPF_MAP_CREATE");
        return false;
    }
    // Calls per process, system-wide: task->tgid is the number we know
    // only in the initial PID namespace.
    if (byProcess && pid <= 0 && filter.initialNs) {
        attr = {};
        attr.map_type = BPF_MAP_TYPE_PERCPU_HASH;
        attr.key_size = sizeof(quint32);
        attr.value_size = sizeof(quint64);
        attr.max_entries = ProcessSlots;
        std::strncpy(attr.map_name, "kchan_procs", sizeof attr.map_name - 1);
        m_byProcess = int(bpfCall(BPF_MAP_CREATE, &attr));
        if (m_byProcess < 0) {
            m_error = refusal(errno, "BPF_MAP_CREATE");
            close();
            return false;
        }
    }

    const std::vector<bpf_insn> code = program(m_map, m_byProcess, btf, filter);
    std::vector<char> log(65536);
    auto load = [&](bool withLog) {
        attr = {};
        attr.prog_type = BPF_PROG_TYPE_TRACING;
        attr.expected_attach_type = BPF_TRACE_RAW_TP;
        attr.attach_btf_id = quint32(btf.sysEnter);
        attr.insns = quint64(quintptr(code.data()));
        attr.insn_cnt = quint32(code.size());
        attr.license = quint64(quintptr("GPL"));
        if (withLog) {
            attr.log_buf = quint64(quintptr(log.data()));
            attr.log_size = quint32(log.size());
            attr.log_level = 1;
        }
        std::strncpy(attr.prog_name, "kchan_syscalls", sizeof attr.prog_name - 1);
        return int(bpfCall(BPF_PROG_LOAD, &attr));
    };
    m_prog = load(false);
    if (m_prog < 0) {
        const int err = errno;
        m_error = refusal(err, "BPF_PROG_LOAD");
        // Refused by the verifier: load again for its last words, which say
        // what it disliked.
        if (err != EPERM && err != EACCES && load(true) < 0) {
            const QList<QByteArray> lines = QByteArray(log.data()).trimmed().split('\n');
            if (!lines.isEmpty() && !lines.last().isEmpty())
                m_error += QLatin1Char(' ') + QString::fromUtf8(lines.last());
        }
        close();
        return false;
    }

    attr = {};
    attr.raw_tracepoint.prog_fd = quint32(m_prog);
    m_link = int(bpfCall(BPF_RAW_TRACEPOINT_OPEN, &attr));
    if (m_link < 0) {
        m_error = refusal(errno, "BPF_RAW_TRACEPOINT_OPEN");
        close();
        return false;
    }
    return true;
}

QList<quint64> BpfSyscallCounter::read() const
{
    if (m_map < 0)
        return {};
    std::vector<quint32> keys(Slots);
    std::vector<quint64> values(size_t(Slots) * size_t(m_cpus));
    quint32 next = 0;
    bpf_attr attr {};
    attr.batch.in_batch = 0; // from the start
    attr.batch.out_batch = quint64(quintptr(&next));
    attr.batch.keys = quint64(quintptr(keys.data()));
    attr.batch.values = quint64(quintptr(values.data()));
    attr.batch.count = Slots;
    attr.batch.map_fd = quint32(m_map);
    QList<quint64> out(Slots, 0);
    if (bpfCall(BPF_MAP_LOOKUP_BATCH, &attr) == 0 || (errno == ENOENT && attr.batch.count > 0)) {
        for (quint32 i = 0; i < attr.batch.count; ++i) {
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
        attr = {};
        attr.map_fd = quint32(m_map);
        attr.key = quint64(quintptr(&key));
        attr.value = quint64(quintptr(values.data()));
        if (bpfCall(BPF_MAP_LOOKUP_ELEM, &attr) != 0)
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
    if (m_byProcess < 0)
        return out;
    std::vector<quint32> keys(ProcessSlots);
    std::vector<quint64> values(size_t(ProcessSlots) * size_t(m_cpus));
    quint64 token = 0;
    bool first = true;
    for (;;) {
        bpf_attr attr {};
        attr.batch.in_batch = first ? 0 : quint64(quintptr(&token));
        attr.batch.out_batch = quint64(quintptr(&token));
        attr.batch.keys = quint64(quintptr(keys.data()));
        attr.batch.values = quint64(quintptr(values.data()));
        attr.batch.count = ProcessSlots;
        attr.batch.map_fd = quint32(m_byProcess);
        const bool done = bpfCall(BPF_MAP_LOOKUP_BATCH, &attr) != 0;
        if (done && errno != ENOENT)
            return {}; // kernels without batch lookups of hash maps
        for (quint32 i = 0; i < attr.batch.count; ++i) {
            quint64 sum = 0;
            for (int c = 0; c < m_cpus; ++c)
                sum += values[size_t(i) * size_t(m_cpus) + size_t(c)];
            out.insert(int(keys[i]), sum);
        }
        if (done || attr.batch.count == 0)
            break;
        first = false;
    }
    // Forget processes that have ended, so that the table keeps room for
    // new ones. Only one that made no call since the last reading can have.
    for (auto it = out.cbegin(); it != out.cend(); ++it) {
        if (m_lastByProcess.value(it.key()) != it.value())
            continue;
        if (::kill(it.key(), 0) != 0 && errno == ESRCH) {
            quint32 key = quint32(it.key());
            bpf_attr attr {};
            attr.map_fd = quint32(m_byProcess);
            attr.key = quint64(quintptr(&key));
            bpfCall(BPF_MAP_DELETE_ELEM, &attr);
        }
    }
    m_lastByProcess = out;
    return out;
}

#else // not x86-64: telling compat calls apart is written for x86 only

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

#endif

BpfSyscallCounter::~BpfSyscallCounter()
{
    close();
}

void BpfSyscallCounter::close()
{
    m_lastByProcess.clear();
    // Closing the link detaches the program at once; the rest goes with it.
    for (int *fd : {&m_link, &m_prog, &m_map, &m_byProcess}) {
        if (*fd >= 0)
            ::close(*fd);
        *fd = -1;
    }
}

} // namespace kc
