// SPDX-License-Identifier: GPL-2.0-or-later
// Traces the system calls of chosen processes (and of the children they
// start) at the BTF-typed sys_enter and sys_exit tracepoints. At entry the
// arguments are kept per thread; at exit one record goes to a ring buffer:
// the call, its return, both times, the memory its arguments point at (read
// after the call, so pages the kernel faulted in meanwhile are there), and
// what each descriptor it used or made is in the kernel (file system magic,
// mode, device number, socket family and protocol). execve's strings are
// read at entry, before the new program replaces them. Built by clang for
// the BPF target and embedded through a bpftool skeleton; BpfTracer loads,
// fills and reads it. The record layout is kept equal to bpftracerecord.h.
//
// No vmlinux.h: the kernel fields read are declared below with
// preserve_access_index, so libbpf moves them to where the running
// kernel's BTF says they are (CO-RE). x86-64 only (pt_regs, TS_COMPAT).
#include <linux/bpf.h>
#include <linux/types.h>

struct pt_regs {
    unsigned long di, si, dx, r10, r8, r9;
} __attribute__((preserve_access_index));

struct thread_info {
    __u32 status;
} __attribute__((preserve_access_index));

typedef struct {
    int counter;
} kc_atomic_t;

struct signal_struct {
    kc_atomic_t live;
} __attribute__((preserve_access_index));

struct super_block {
    unsigned long s_magic;
} __attribute__((preserve_access_index));

struct inode {
    unsigned short i_mode;
    unsigned int i_rdev;
    unsigned long i_ino;
    struct super_block *i_sb;
} __attribute__((preserve_access_index));

struct sock_common {
    unsigned short skc_family;
} __attribute__((preserve_access_index));

struct sock {
    struct sock_common __sk_common;
    __u16 sk_protocol;
} __attribute__((preserve_access_index));

struct socket {
    struct sock *sk;
} __attribute__((preserve_access_index));

struct file {
    struct inode *f_inode;
    void *private_data;
} __attribute__((preserve_access_index));

struct fdtable {
    unsigned int max_fds;
    struct file **fd;
} __attribute__((preserve_access_index));

struct files_struct {
    struct fdtable *fdt;
} __attribute__((preserve_access_index));

struct task_struct {
    struct thread_info thread_info;
    int pid;
    int tgid;
    int exit_code;
    struct signal_struct *signal;
    struct files_struct *files;
} __attribute__((preserve_access_index));

#include <bpf/bpf_core_read.h>
#include <bpf/bpf_helpers.h>

#define KC_TS_COMPAT 0x0002
#define KC_SOCKFS_MAGIC 0x534F434B
#define KC_AF_NETLINK 16
#define KC_NR_MAX 512

// Record types, argument capture kinds and sizes: see bpftracerecord.h.
#define KC_REC_CALL 1
#define KC_REC_NORETURN 2
#define KC_REC_FORK 3
#define KC_REC_EXIT 4
#define KC_REC_EXEC_ARGS 5

#define KC_CAP_NONE 0
#define KC_CAP_STR 1
#define KC_CAP_BUF_NEXT 2
#define KC_CAP_BUF_RET 3
#define KC_CAP_ADDR_NEXT 4
#define KC_CAP_ADDR_LENPTR 5
#define KC_CAP_STAT 6
#define KC_CAP_FDPAIR 7
#define KC_CAP_MSG_IN 8
#define KC_CAP_MSG_OUT 9
#define KC_CAP_POLLFDS 10
#define KC_CAP_ARGV 11

#define KC_SPEC_WANTED 0x01
#define KC_SPEC_SOCKET_IO 0x02 // data may be a netlink datagram: the payload limit applies
#define KC_SPEC_NEW_FD 0x04    // a successful return is a new descriptor
#define KC_SPEC_NEW_FD_F 0x08  // fcntl: only for F_DUPFD(_CLOEXEC)
#define KC_SPEC_EXEC 0x10
#define KC_SPEC_NO_RETURN 0x20 // exit, exit_group: shown at entry

#define KC_HALF (1 << 17)     // a record is at most this long
#define KC_CAP_MASK 0xffff    // one capture is at most this long
#define KC_MAX_IOV 8
#define KC_MAX_ARGV 32
#define KC_STAT_SIZE 144
#define KC_MSGHDR_SIZE 56
#define KC_ADDR_MAX 128

struct spec {
    __u8 kind[6];
    __u8 flags;
    __u8 fd_args; // bit i: argument i is a descriptor
};

struct fd_id {
    __s32 fd;
    __u32 mode;
    __u32 rdev;
    __u32 family_protocol; // family << 16 | protocol, for sockets
    __u64 magic;
    __u64 ino;
};

struct rec {
    __u32 size;
    __u16 type;
    __u16 ncap;
    __u32 tid;
    __u32 tgid;
    __s32 nr;
    __u32 flags;
    __u64 args[6];
    __s64 ret;
    __u64 t_enter;
    __u64 t_exit;
    char comm[16];
    struct fd_id fds[3]; // up to two descriptor arguments and a returned one
};

struct cap {
    __u64 addr;
    __u32 len;
    __u32 pad;
};

struct pending {
    __u64 t_enter;
    __s64 nr;
    __u64 args[6];
};

struct scratch {
    char data[2 * KC_HALF];
};

// Thread groups traced: 1 = our launched child before its exec (only exec
// calls shown), 2 = traced.
struct {
    __uint(type, BPF_MAP_TYPE_HASH);
    __uint(max_entries, 8192);
    __type(key, __u32);
    __type(value, __u8);
} traced SEC(".maps");

struct {
    __uint(type, BPF_MAP_TYPE_HASH);
    __uint(max_entries, 16384);
    __type(key, __u32);
    __type(value, struct pending);
} pending SEC(".maps");

struct {
    __uint(type, BPF_MAP_TYPE_ARRAY);
    __uint(max_entries, KC_NR_MAX);
    __type(key, __u32);
    __type(value, struct spec);
} specs SEC(".maps");

// Descriptors known to be netlink sockets (tgid << 32 | fd): their data is
// copied up to the payload limit rather than the string limit.
struct {
    __uint(type, BPF_MAP_TYPE_HASH);
    __uint(max_entries, 4096);
    __type(key, __u64);
    __type(value, __u8);
} netlink_fds SEC(".maps");

// One record being built per CPU (entries set to the CPU count at load).
struct {
    __uint(type, BPF_MAP_TYPE_ARRAY);
    __uint(max_entries, 1);
    __type(key, __u32);
    __type(value, struct scratch);
} scratch SEC(".maps");

struct {
    __uint(type, BPF_MAP_TYPE_RINGBUF);
    __uint(max_entries, 16 << 20);
} events SEC(".maps");

const volatile __u32 string_limit = 256;    // bytes of a string or buffer
const volatile __u32 payload_limit = 65535; // bytes of a netlink datagram

__u64 drops = 0;     // records the ring buffer had no room for
__u64 truncated = 0; // records cut because they outgrew one record

static __always_inline struct scratch *my_scratch(void)
{
    __u32 cpu = bpf_get_smp_processor_id();
    return bpf_map_lookup_elem(&scratch, &cpu);
}

static __always_inline __u8 traced_state(__u32 tgid)
{
    __u8 *s = bpf_map_lookup_elem(&traced, &tgid);
    return s ? *s : 0;
}

// Global functions (not static) are checked by the verifier once each,
// on their own, rather than again at every call with the caller's state:
// that keeps the many paths through the captures within its limits. Their
// pointer arguments may be NULL for all the verifier knows.

// What descriptor `fd` of the current task is in the kernel.
__noinline int identify(__s32 fd, struct fd_id *out)
{
    if (!out)
        return 0;
    struct task_struct *task = bpf_get_current_task_btf();
    out->fd = fd;
    out->mode = 0;
    out->rdev = 0;
    out->family_protocol = 0;
    out->magic = 0;
    out->ino = 0;
    if (fd < 0)
        return 0;
    struct fdtable *fdt = BPF_CORE_READ(task, files, fdt);
    if (!fdt)
        return 0;
    unsigned int max = BPF_CORE_READ(fdt, max_fds);
    if ((unsigned int)fd >= max)
        return 0;
    struct file **fds = BPF_CORE_READ(fdt, fd);
    struct file *f = 0;
    bpf_probe_read_kernel(&f, sizeof f, fds + fd);
    if (!f)
        return 0;
    struct inode *inode = BPF_CORE_READ(f, f_inode);
    out->mode = BPF_CORE_READ(inode, i_mode);
    out->rdev = BPF_CORE_READ(inode, i_rdev);
    out->ino = BPF_CORE_READ(inode, i_ino);
    out->magic = BPF_CORE_READ(inode, i_sb, s_magic);
    if (out->magic == KC_SOCKFS_MAGIC) {
        struct socket *sock = BPF_CORE_READ(f, private_data);
        struct sock *sk = BPF_CORE_READ(sock, sk);
        if (sk) {
            __u32 family = BPF_CORE_READ(sk, __sk_common.skc_family);
            __u32 protocol = BPF_CORE_READ(sk, sk_protocol);
            out->family_protocol = family << 16 | (protocol & 0xffff);
        }
    }
    return 1;
}

// Appends a capture of `len` bytes at user address `addr` to the record;
// returns the new end. Strings stop at their NUL (kept).
__noinline __u32 capture(struct scratch *s, __u32 off, __u64 addr, __u32 len, int string)
{
    if (!s || !addr || !len)
        return off;
    len &= KC_CAP_MASK;
    if (len == 0)
        return off;
    if (off + sizeof(struct cap) + len > KC_HALF) {
        __sync_fetch_and_add(&truncated, 1);
        return off;
    }
    __u32 at = (off + sizeof(struct cap)) & (KC_HALF - 1);
    long got;
    if (string)
        got = bpf_probe_read_user_str(&s->data[at], len, (const void *)addr);
    else
        got = bpf_probe_read_user(&s->data[at], len, (const void *)addr) == 0 ? len : -1;
    if (got <= 0)
        return off;
    struct cap *c = (struct cap *)&s->data[off & (KC_HALF - 1)];
    c->addr = addr;
    c->len = (__u32)got;
    c->pad = 0;
    struct rec *r = (struct rec *)s->data;
    r->ncap++;
    return (off + sizeof(struct cap) + (__u32)got + 7) & ~7u;
}

static __always_inline __u32 limit_for(const struct spec *sp, __u32 tgid, __s32 fd)
{
    if (sp->flags & KC_SPEC_SOCKET_IO) {
        __u64 key = (__u64)tgid << 32 | (__u32)fd;
        if (bpf_map_lookup_elem(&netlink_fds, &key))
            return payload_limit;
    }
    return string_limit;
}

static __always_inline __u64 min64(__u64 a, __u64 b)
{
    return a < b ? a : b;
}

// A struct msghdr and what it points at: the address, the iovec array and
// up to `total` bytes of the buffers.
__noinline __u32 capture_msg(struct scratch *s, __u32 off, __u64 addr, __s64 total, __u32 limit)
{
    struct {
        __u64 name;
        __u32 namelen;
        __u32 pad;
        __u64 iov;
        __u64 iovlen;
    } h = {};
    if (bpf_probe_read_user(&h, sizeof h, (const void *)addr) != 0)
        return off;
    off = capture(s, off, addr, KC_MSGHDR_SIZE, 0);
    off = capture(s, off, h.name, (__u32)min64(h.namelen, KC_ADDR_MAX), 0);
    __u64 n = min64(h.iovlen, KC_MAX_IOV);
    off = capture(s, off, h.iov, (__u32)(n * 16), 0);
    __u64 left = total < 0 ? 0 : min64((__u64)total, limit);
    for (int i = 0; i < KC_MAX_IOV; i++) {
        if ((__u64)i >= n || !left)
            break;
        struct {
            __u64 base;
            __u64 len;
        } v = {};
        if (bpf_probe_read_user(&v, sizeof v, (const void *)(h.iov + i * 16)) != 0)
            break;
        __u64 take = min64(v.len, left);
        off = capture(s, off, v.base, (__u32)take, 0);
        left -= take;
    }
    return off;
}

__noinline __u32 capture_argv(struct scratch *s, __u32 off, __u64 addr)
{
    __u64 ptrs[KC_MAX_ARGV + 1] = {};
    if (bpf_probe_read_user(ptrs, sizeof ptrs, (const void *)addr) != 0) {
        // Fewer than 33 pointers readable: take them one by one.
#pragma clang loop unroll(full)
        for (int i = 0; i <= KC_MAX_ARGV; i++) {
            if (bpf_probe_read_user(&ptrs[i], 8, (const void *)(addr + i * 8)) != 0)
                break;
            if (!ptrs[i])
                break;
        }
    }
    off = capture(s, off, addr, sizeof ptrs, 0);
#pragma clang loop unroll(full)
    for (int i = 0; i < KC_MAX_ARGV; i++) {
        if (!ptrs[i])
            break;
        off = capture(s, off, ptrs[i], string_limit + 1, 1);
    }
    return off;
}

// What the arguments point at, by the kinds userspace set for this call.
__noinline __u32 capture_args(struct scratch *s, __u32 off, const struct spec *sp, const struct pending *call, __s64 ret)
{
    if (!s || !sp || !call)
        return off;
    const __u64 *args = call->args;
    const __u32 tgid = (__u32)(bpf_get_current_pid_tgid() >> 32);
#pragma clang loop unroll(full)
    for (int i = 0; i < 6; i++) {
        __u8 kind = sp->kind[i];
        __u64 v = args[i];
        __u64 next = i < 5 ? args[i + 1] : 0;
        __u32 limit = limit_for(sp, tgid, (__s32)args[0]);
        switch (kind) {
        case KC_CAP_STR:
            off = capture(s, off, v, string_limit + 1, 1);
            break;
        case KC_CAP_BUF_NEXT:
            off = capture(s, off, v, (__u32)min64(next, limit), 0);
            break;
        case KC_CAP_BUF_RET:
            if (ret > 0)
                off = capture(s, off, v, (__u32)min64((__u64)ret, limit), 0);
            break;
        case KC_CAP_ADDR_NEXT:
            off = capture(s, off, v, (__u32)min64(next, KC_ADDR_MAX), 0);
            break;
        case KC_CAP_ADDR_LENPTR: {
            __u32 len = 0;
            if (v && next && bpf_probe_read_user(&len, sizeof len, (const void *)next) == 0) {
                off = capture(s, off, next, sizeof len, 0);
                off = capture(s, off, v, (__u32)min64(len, KC_ADDR_MAX), 0);
            }
            break;
        }
        case KC_CAP_STAT:
            if (ret == 0)
                off = capture(s, off, v, KC_STAT_SIZE, 0);
            break;
        case KC_CAP_FDPAIR:
            if (ret == 0)
                off = capture(s, off, v, 8, 0);
            break;
        case KC_CAP_MSG_IN: {
            // The bytes sent are the buffers' whole length; read it from the iovecs.
            off = capture_msg(s, off, v, (__s64)limit, limit);
            break;
        }
        case KC_CAP_MSG_OUT:
            off = capture_msg(s, off, v, ret, limit);
            break;
        case KC_CAP_POLLFDS:
            off = capture(s, off, v, (__u32)min64(next, 16) * 8, 0);
            break;
        default:
            break;
        }
    }
    return off;
}

static __always_inline void emit(struct scratch *s, __u32 size)
{
    if (size > KC_HALF)
        size = KC_HALF;
    struct rec *r = (struct rec *)s->data;
    r->size = size;
    if (bpf_ringbuf_output(&events, s->data, size, 0) != 0)
        __sync_fetch_and_add(&drops, 1);
}

static __always_inline struct rec *start_record(struct scratch *s, __u16 type, struct task_struct *task)
{
    struct rec *r = (struct rec *)s->data;
    __builtin_memset(r, 0, sizeof *r);
    r->type = type;
    r->tid = (__u32)task->pid;
    r->tgid = (__u32)task->tgid;
    bpf_get_current_comm(r->comm, sizeof r->comm);
    for (int i = 0; i < 3; i++)
        r->fds[i].fd = -1;
    return r;
}

// (struct pt_regs *regs, long id)
SEC("tp_btf/sys_enter")
int trace_enter(__u64 *ctx)
{
    struct task_struct *task = bpf_get_current_task_btf();
    __u32 tgid = (__u32)task->tgid;
    __u8 state = traced_state(tgid);
    if (!state)
        return 0;
    if (task->thread_info.status & KC_TS_COMPAT)
        return 0;
    __s64 nr = (__s64)ctx[1];
    if (nr < 0 || nr >= KC_NR_MAX)
        return 0;
    __u32 key = (__u32)nr;
    struct spec *sp = bpf_map_lookup_elem(&specs, &key);
    if (!sp)
        return 0;
    if (state == 1 && !(sp->flags & KC_SPEC_EXEC))
        return 0; // our own start-up between fork and exec
    if (!(sp->flags & KC_SPEC_WANTED) && !(sp->flags & KC_SPEC_EXEC))
        return 0;
    struct pt_regs *regs = (struct pt_regs *)ctx[0];
    struct pending p = {};
    p.t_enter = bpf_ktime_get_ns();
    p.nr = nr;
    p.args[0] = regs->di;
    p.args[1] = regs->si;
    p.args[2] = regs->dx;
    p.args[3] = regs->r10;
    p.args[4] = regs->r8;
    p.args[5] = regs->r9;

    struct scratch *s = my_scratch();
    if (!s)
        return 0;
    // exit and exit_group never return; execve's strings are gone at its return.
    const int noReturn = (sp->flags & KC_SPEC_NO_RETURN) != 0;
    if ((sp->flags & KC_SPEC_EXEC) || noReturn) {
        struct rec *r = start_record(s, noReturn ? KC_REC_NORETURN : KC_REC_EXEC_ARGS, task);
        r->nr = (__s32)nr;
        r->t_enter = p.t_enter;
        for (int i = 0; i < 6; i++)
            r->args[i] = p.args[i];
        __u32 off = sizeof(struct rec);
        if (!noReturn) {
            // execve(path, argv, envp), execveat(dirfd, path, argv, envp, flags)
            const int at = sp->kind[0] == KC_CAP_STR ? 0 : 1;
            const __u64 path = at ? p.args[1] : p.args[0];
            const __u64 argv = at ? p.args[2] : p.args[1];
            off = capture(s, off, path, string_limit + 1, 1);
            off = capture_argv(s, off, argv);
        }
        emit(s, off);
        if (noReturn)
            return 0;
    }
    __u32 tid = (__u32)task->pid;
    bpf_map_update_elem(&pending, &tid, &p, BPF_ANY);
    return 0;
}

// (struct pt_regs *regs, long ret)
SEC("tp_btf/sys_exit")
int trace_exit(__u64 *ctx)
{
    struct task_struct *task = bpf_get_current_task_btf();
    __u32 tid = (__u32)task->pid;
    struct pending *p = bpf_map_lookup_elem(&pending, &tid);
    if (!p)
        return 0;
    struct pending call = *p;
    bpf_map_delete_elem(&pending, &tid);
    __u32 tgid = (__u32)task->tgid;
    __s64 ret = (__s64)ctx[1];
    __u32 key = (__u32)call.nr;
    struct spec *sp = bpf_map_lookup_elem(&specs, &key);
    if (!sp)
        return 0;
    if (sp->flags & KC_SPEC_EXEC) {
        if (ret == 0) {
            __u8 *state = bpf_map_lookup_elem(&traced, &tgid);
            if (state && *state == 1)
                *state = 2;
        }
    }
    // Netlink sockets made or closed, for the payload limit.
    if (call.nr == 41 /* socket */ && ret >= 0 && call.args[0] == KC_AF_NETLINK) {
        __u64 k = (__u64)tgid << 32 | (__u32)ret;
        __u8 one = 1;
        bpf_map_update_elem(&netlink_fds, &k, &one, BPF_ANY);
    } else if (call.nr == 3 /* close */ && ret == 0) {
        __u64 k = (__u64)tgid << 32 | (__u32)call.args[0];
        bpf_map_delete_elem(&netlink_fds, &k);
    }
    struct scratch *s = my_scratch();
    if (!s)
        return 0;
    struct rec *r = start_record(s, KC_REC_CALL, task);
    r->nr = (__s32)call.nr;
    r->ret = ret;
    r->t_enter = call.t_enter;
    r->t_exit = bpf_ktime_get_ns();
    for (int i = 0; i < 6; i++)
        r->args[i] = call.args[i];
    // The descriptors: those passed in (still open, unless the call closed
    // one) and the one made.
    int slot = 0;
    for (int i = 0; i < 6; i++) {
        if (!(sp->fd_args & (1 << i)) || slot >= 2)
            continue;
        identify((__s32)call.args[i], &r->fds[slot & 1]);
        slot++;
    }
    const int newFd = (sp->flags & KC_SPEC_NEW_FD) && (!(sp->flags & KC_SPEC_NEW_FD_F) || call.args[1] == 0 || call.args[1] == 1030);
    if (newFd && ret >= 0)
        identify((__s32)ret, &r->fds[2]);
    __u32 off = capture_args(s, sizeof(struct rec), sp, &call, ret);
    emit(s, off);
    return 0;
}

// (struct task_struct *parent, struct task_struct *child)
SEC("tp_btf/sched_process_fork")
int trace_fork(__u64 *ctx)
{
    struct task_struct *parent = (struct task_struct *)ctx[0];
    struct task_struct *child = (struct task_struct *)ctx[1];
    __u32 ptgid = (__u32)parent->tgid;
    __u32 ctgid = (__u32)child->tgid;
    if (ptgid == ctgid || traced_state(ptgid) != 2)
        return 0; // a thread, or not ours
    __u8 two = 2;
    bpf_map_update_elem(&traced, &ctgid, &two, BPF_ANY);
    struct scratch *s = my_scratch();
    if (!s)
        return 0;
    struct rec *r = start_record(s, KC_REC_FORK, bpf_get_current_task_btf());
    r->tid = (__u32)child->pid;
    r->tgid = ctgid;
    r->args[0] = ptgid;
    r->t_enter = bpf_ktime_get_ns();
    emit(s, sizeof(struct rec));
    return 0;
}

// (struct task_struct *p, ...): after the thread group's count of live
// threads went down, so 0 there means the process has ended.
SEC("tp_btf/sched_process_exit")
int trace_process_exit(__u64 *ctx)
{
    struct task_struct *task = (struct task_struct *)ctx[0];
    __u32 tgid = (__u32)task->tgid;
    if (!traced_state(tgid))
        return 0;
    __u32 tid = (__u32)task->pid;
    bpf_map_delete_elem(&pending, &tid);
    const int live = BPF_CORE_READ(task, signal, live.counter);
    if (live != 0)
        return 0;
    bpf_map_delete_elem(&traced, &tgid);
    struct scratch *s = my_scratch();
    if (!s)
        return 0;
    struct rec *r = start_record(s, KC_REC_EXIT, task);
    r->ret = task->exit_code;
    r->t_enter = bpf_ktime_get_ns();
    emit(s, sizeof(struct rec));
    return 0;
}

char LICENSE[] SEC("license") = "GPL";
