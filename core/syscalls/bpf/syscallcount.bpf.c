// SPDX-License-Identifier: GPL-2.0-or-later
// Counts system calls by number at the BTF-typed sys_enter tracepoint: one
// per-CPU counter per call number, and optionally one per process. Built
// by clang for the BPF target and embedded through a bpftool skeleton;
// BpfSyscallCounter loads, attaches and reads it.
//
// No vmlinux.h: the two kernel fields read are declared below with
// preserve_access_index, so libbpf moves them to where the running
// kernel's BTF says they are (CO-RE).
#include <linux/bpf.h>
#include <linux/types.h>

// Before the helper declarations, which only name it.
struct thread_info {
    __u32 status;
} __attribute__((preserve_access_index));

typedef struct {
    int counter;
} kc_atomic_t;

struct signal_struct {
    kc_atomic_t live; // threads of the group not yet ended
} __attribute__((preserve_access_index));

struct task_struct {
    struct thread_info thread_info;
    int tgid; // the process's number in the initial PID namespace
    struct signal_struct *signal;
} __attribute__((preserve_access_index));

#include <bpf/bpf_core_read.h>
#include <bpf/bpf_helpers.h>

// Kept equal to BpfSyscallCounter::Slots and ProcessSlots (checked there).
#define KC_SLOTS 1024
#define KC_PROCESS_SLOTS 8192

// thread_info.status on x86: a 32-bit (compat) call is running. Its number
// names another call than the native one, so it is left out, as the
// syscalls:* tracepoints leave it out.
#define KC_TS_COMPAT 0x0002

struct {
    __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
    __uint(max_entries, KC_SLOTS);
    __type(key, __u32);
    __type(value, __u64);
} counts SEC(".maps");

// Created only when asked for (counting every process, in the initial PID
// namespace); otherwise the code using it is dead and the verifier drops it.
struct {
    __uint(type, BPF_MAP_TYPE_PERCPU_HASH);
    __uint(max_entries, KC_PROCESS_SLOTS);
    __type(key, __u32);
    __type(value, __u64);
} by_process SEC(".maps");

// Counted processes that have ended since the last reading: the reader
// drops them from by_process (their last figures read once more), with no
// probe of its own for processes that are gone. Made with by_process.
struct {
    __uint(type, BPF_MAP_TYPE_HASH);
    __uint(max_entries, KC_PROCESS_SLOTS);
    __type(key, __u32);
    __type(value, __u8);
} ended SEC(".maps");

// Set before loading; constant to the verifier, which prunes what is not used.
const volatile __u32 target_tgid = 0;       // 0: every process
const volatile __u8 target_by_namespace = 0; // target_tgid is a number in pidns_*, not the initial namespace
const volatile __u64 pidns_dev = 0;
const volatile __u64 pidns_ino = 0;
const volatile __u8 count_by_process = 0;

static __always_inline void add_one(void *map, __u32 key, int create)
{
    __u64 *n = bpf_map_lookup_elem(map, &key);
    if (!n && create) {
        // Made (zero) on first sight; a full map leaves the key out.
        const __u64 zero = 0;
        bpf_map_update_elem(map, &key, &zero, BPF_NOEXIST);
        n = bpf_map_lookup_elem(map, &key); // ours, or another CPU's made meanwhile
    }
    // Atomic: exact even if the program is preempted on this CPU.
    if (n)
        __sync_fetch_and_add(n, 1);
}

// The tracepoint's arguments, as 64-bit words: (struct pt_regs *regs, long id).
SEC("tp_btf/sys_enter")
int count_call(__u64 *ctx)
{
    const __u64 id = ctx[1];
    if (id >= KC_SLOTS)
        return 0;
    struct task_struct *task = bpf_get_current_task_btf();
    if (task->thread_info.status & KC_TS_COMPAT)
        return 0;
    if (target_tgid && !target_by_namespace && (__u32)task->tgid != target_tgid)
        return 0;
    if (target_tgid && target_by_namespace) {
        // Outside the initial namespace a process is known by its number in
        // ours, which the kernel gives only for processes living in it.
        struct bpf_pidns_info ns = {};
        if (bpf_get_ns_current_pid_tgid(pidns_dev, pidns_ino, &ns, sizeof ns) != 0 || ns.tgid != target_tgid)
            return 0;
    }
    if (count_by_process)
        add_one(&by_process, (__u32)task->tgid, 1);
    add_one(&counts, (__u32)id, 0);
    return 0;
}

// (struct task_struct *p, ...): after the thread group's count of live
// threads went down, so 0 there means the process has ended. Loaded only
// when counting by process.
SEC("tp_btf/sched_process_exit")
int note_exit(__u64 *ctx)
{
    struct task_struct *task = (struct task_struct *)ctx[0];
    __u32 tgid = (__u32)task->tgid;
    if (!bpf_map_lookup_elem(&by_process, &tgid))
        return 0;
    if (BPF_CORE_READ(task, signal, live.counter) != 0)
        return 0;
    const __u8 one = 1;
    bpf_map_update_elem(&ended, &tgid, &one, BPF_ANY);
    return 0;
}

char LICENSE[] SEC("license") = "GPL";
