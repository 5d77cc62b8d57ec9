// SPDX-License-Identifier: GPL-2.0-or-later
#include "sysctldocs.h"

#include "format/formatter.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QLocale>

#include <cmath>
#include <limits>

namespace kc {

namespace {

using K = SysctlKind;
using U = SysctlUnit;
constexpr qint64 I32 = std::numeric_limits<int>::max();
constexpr qint64 I64 = std::numeric_limits<qint64>::max();
// Seconds the kernel keeps in jiffies: it refuses more than INT_MAX / HZ,
// and HZ is at most 1000.
constexpr qint64 JiffySeconds = I32 / 1000;

// Our own words for the keys people look up most. Ranges are advice, never
// a refusal (Sysctl::advice): the kernel's own bounds where its handler
// enforces them, else the values the key is meant to hold or the widest its
// type holds. Bool is a switch meant to be 0 or 1, though many such keys
// store any number (net.ipv4.ip_forward takes 2).
const SysctlDoc docs[] = {
    // kernel.*
    {"kernel.hostname", QT_TRANSLATE_NOOP("SysctlDocs", "Name of this machine in the current UTS namespace (what uname -n prints)."), U::None, K::Text, 0, 0},
    {"kernel.domainname", QT_TRANSLATE_NOOP("SysctlDocs", "NIS/YP domain name of the current UTS namespace; not the DNS domain."), U::None, K::Text, 0, 0},
    {"kernel.ostype", QT_TRANSLATE_NOOP("SysctlDocs", "Name of the operating system kernel, always Linux."), U::None, K::Text, 0, 0},
    {"kernel.osrelease", QT_TRANSLATE_NOOP("SysctlDocs", "Release string of the running kernel (what uname -r prints)."), U::None, K::Text, 0, 0},
    {"kernel.version", QT_TRANSLATE_NOOP("SysctlDocs", "Build number and date of the running kernel (what uname -v prints)."), U::None, K::Text, 0, 0},
    {"kernel.arch", QT_TRANSLATE_NOOP("SysctlDocs", "Machine architecture the kernel was built for."), U::None, K::Text, 0, 0},
    {"kernel.pid_max", QT_TRANSLATE_NOOP("SysctlDocs", "Process IDs wrap around after this value; also caps how many processes can exist."), U::None, K::Int, 301, 4194304},
    {"kernel.threads-max", QT_TRANSLATE_NOOP("SysctlDocs", "Most threads the kernel will create with fork() and clone() system-wide."), U::None, K::Int, 20, 1073741823},
    {"kernel.ns_last_pid", QT_TRANSLATE_NOOP("SysctlDocs", "Last process ID handed out in this PID namespace; checkpoint/restore tools set it."), U::None, K::Int, 0, 4194304},
    {"kernel.printk", QT_TRANSLATE_NOOP("SysctlDocs", "Console log levels: current, default for messages without one, minimum allowed, and boot-time default."), U::None, K::Ints, 0, 15},
    {"kernel.printk_ratelimit", QT_TRANSLATE_NOOP("SysctlDocs", "Seconds of the window in which rate-limited kernel messages are counted."), U::Seconds, K::Int, 0, I32},
    {"kernel.printk_ratelimit_burst", QT_TRANSLATE_NOOP("SysctlDocs", "Rate-limited kernel messages allowed per window before further ones are dropped."), U::None, K::Int, 0, I32},
    {"kernel.printk_devkmsg", QT_TRANSLATE_NOOP("SysctlDocs", "Whether user space may write to the kernel log through /dev/kmsg: on, off or ratelimit."), U::None, K::Text, 0, 0},
    {"kernel.printk_delay", QT_TRANSLATE_NOOP("SysctlDocs", "Delay after each console message, to read boot messages slowly."), U::Milliseconds, K::Int, 0, 10000},
    {"kernel.dmesg_restrict", QT_TRANSLATE_NOOP("SysctlDocs", "1 lets only processes with CAP_SYSLOG read the kernel log with dmesg."), U::None, K::Bool, 0, 1},
    {"kernel.kptr_restrict", QT_TRANSLATE_NOOP("SysctlDocs", "Hides kernel addresses in /proc and logs: 0 shows them, 1 only to CAP_SYSLOG, 2 to nobody."), U::None, K::Int, 0, 2},
    {"kernel.perf_event_paranoid", QT_TRANSLATE_NOOP("SysctlDocs", "Who may use perf events: -1 everyone and everything, 0 no raw tracepoints, 1 no kernel profiling, 2 only own user-space, higher forbids unprivileged use."), U::None, K::Int, -1, 4},
    {"kernel.perf_event_max_sample_rate", QT_TRANSLATE_NOOP("SysctlDocs", "Highest sampling rate perf may use; lowered by the kernel when sampling takes too long."), U::None, K::Int, 1, I32},
    {"kernel.perf_event_mlock_kb", QT_TRANSLATE_NOOP("SysctlDocs", "Memory an unprivileged user may lock for perf ring buffers."), U::KiB, K::Int, 0, I32},
    {"kernel.perf_event_max_stack", QT_TRANSLATE_NOOP("SysctlDocs", "Deepest call chain perf records per sample."), U::Entries, K::Int, 0, 1048576},
    {"kernel.perf_cpu_time_max_percent", QT_TRANSLATE_NOOP("SysctlDocs", "Share of CPU time perf sampling may use before the kernel lowers the sample rate."), U::Percent, K::Int, 0, 100},
    {"kernel.randomize_va_space", QT_TRANSLATE_NOOP("SysctlDocs", "Address space layout randomisation: 0 off, 1 stack, mmap and vDSO, 2 also the heap."), U::None, K::Int, 0, 2},
    {"kernel.yama.ptrace_scope", QT_TRANSLATE_NOOP("SysctlDocs", "Who may ptrace whom: 0 any process of the same user, 1 only descendants, 2 only CAP_SYS_PTRACE, 3 nobody."), U::None, K::Int, 0, 3},
    {"kernel.unprivileged_bpf_disabled", QT_TRANSLATE_NOOP("SysctlDocs", "1 or 2 forbids the bpf() system call to processes without CAP_BPF; 1 cannot be undone until reboot."), U::None, K::Int, 0, 2},
    {"kernel.unprivileged_userns_clone", QT_TRANSLATE_NOOP("SysctlDocs", "Debian's switch: 0 stops unprivileged users from creating user namespaces."), U::None, K::Bool, 0, 1},
    {"kernel.bpf_stats_enabled", QT_TRANSLATE_NOOP("SysctlDocs", "1 makes the kernel count run time and run count of every BPF program."), U::None, K::Bool, 0, 1},
    {"kernel.panic", QT_TRANSLATE_NOOP("SysctlDocs", "Seconds to wait after a panic before rebooting; 0 waits forever, negative reboots at once."), U::Seconds, K::Int, std::numeric_limits<int>::min(), I32},
    {"kernel.panic_on_oops", QT_TRANSLATE_NOOP("SysctlDocs", "1 turns every kernel oops into a panic instead of killing only the offending task."), U::None, K::Bool, 0, 1},
    {"kernel.panic_on_warn", QT_TRANSLATE_NOOP("SysctlDocs", "1 panics on the first kernel WARN(); used when fuzzing the kernel."), U::None, K::Bool, 0, 1},
    {"kernel.panic_on_rcu_stall", QT_TRANSLATE_NOOP("SysctlDocs", "1 panics when an RCU stall is detected."), U::None, K::Bool, 0, 1},
    {"kernel.hung_task_timeout_secs", QT_TRANSLATE_NOOP("SysctlDocs", "A task stuck in uninterruptible sleep this long is reported as hung; 0 turns the check off."), U::Seconds, K::Int, 0, I32},
    {"kernel.hung_task_panic", QT_TRANSLATE_NOOP("SysctlDocs", "1 panics when a hung task is found."), U::None, K::Bool, 0, 1},
    {"kernel.hung_task_warnings", QT_TRANSLATE_NOOP("SysctlDocs", "How many more hung-task reports to print; -1 for no limit."), U::None, K::Int, -1, I32},
    {"kernel.softlockup_panic", QT_TRANSLATE_NOOP("SysctlDocs", "1 panics when a CPU is found stuck in kernel code without scheduling."), U::None, K::Bool, 0, 1},
    {"kernel.watchdog", QT_TRANSLATE_NOOP("SysctlDocs", "1 runs both the soft and the hard lockup detector."), U::None, K::Bool, 0, 1},
    {"kernel.nmi_watchdog", QT_TRANSLATE_NOOP("SysctlDocs", "1 runs the hard lockup detector, which uses a perf counter per CPU."), U::None, K::Bool, 0, 1},
    {"kernel.soft_watchdog", QT_TRANSLATE_NOOP("SysctlDocs", "1 runs the soft lockup detector."), U::None, K::Bool, 0, 1},
    {"kernel.watchdog_thresh", QT_TRANSLATE_NOOP("SysctlDocs", "Seconds a CPU may stay busy in the kernel before the lockup detectors speak."), U::Seconds, K::Int, 0, 60},
    {"kernel.core_pattern", QT_TRANSLATE_NOOP("SysctlDocs", "Where core dumps go: a file name template with % codes, or |program to pipe the dump to a handler such as systemd-coredump."), U::None, K::Text, 0, 0},
    {"kernel.core_uses_pid", QT_TRANSLATE_NOOP("SysctlDocs", "1 appends .PID to core file names when the pattern has no %p."), U::None, K::Bool, 0, 1},
    {"kernel.core_pipe_limit", QT_TRANSLATE_NOOP("SysctlDocs", "How many crashing processes may be piped to the core handler at once; 0 for no limit."), U::None, K::Int, 0, I32},
    {"kernel.sysrq", QT_TRANSLATE_NOOP("SysctlDocs", "Which magic SysRq key functions are allowed: 0 none, 1 all, or a bit mask."), U::None, K::Int, 0, 511},
    {"kernel.ctrl-alt-del", QT_TRANSLATE_NOOP("SysctlDocs", "0 sends Ctrl-Alt-Del to init as a signal; 1 reboots at once without syncing."), U::None, K::Bool, 0, 1},
    {"kernel.tainted", QT_TRANSLATE_NOOP("SysctlDocs", "Bit mask of reasons the kernel is tainted (proprietary module, forced load, oops ...); 0 is clean."), U::None, K::Int, 0, I64},
    {"kernel.shmmax", QT_TRANSLATE_NOOP("SysctlDocs", "Largest System V shared memory segment a process may create."), U::Bytes, K::Int, 0, I64},
    {"kernel.shmall", QT_TRANSLATE_NOOP("SysctlDocs", "Total System V shared memory allowed system-wide."), U::Pages, K::Int, 0, I64},
    {"kernel.shmmni", QT_TRANSLATE_NOOP("SysctlDocs", "Most System V shared memory segments system-wide."), U::None, K::Int, 0, 32768},
    {"kernel.msgmax", QT_TRANSLATE_NOOP("SysctlDocs", "Largest message on a System V message queue."), U::Bytes, K::Int, 0, I32},
    {"kernel.msgmnb", QT_TRANSLATE_NOOP("SysctlDocs", "Default size of a System V message queue."), U::Bytes, K::Int, 0, I32},
    {"kernel.msgmni", QT_TRANSLATE_NOOP("SysctlDocs", "Most System V message queues system-wide."), U::None, K::Int, 0, 32768},
    {"kernel.sem", QT_TRANSLATE_NOOP("SysctlDocs", "System V semaphore limits: per set, system-wide total, operations per semop() call, number of sets."), U::None, K::Ints, 0, I32},
    {"kernel.sched_autogroup_enabled", QT_TRANSLATE_NOOP("SysctlDocs", "1 groups the processes of each session so one busy terminal cannot starve the desktop."), U::None, K::Bool, 0, 1},
    {"kernel.sched_rt_runtime_us", QT_TRANSLATE_NOOP("SysctlDocs", "CPU time real-time tasks may use in each period; -1 lets them take it all."), U::Microseconds, K::Int, -1, I32},
    {"kernel.sched_rt_period_us", QT_TRANSLATE_NOOP("SysctlDocs", "Length of the period in which real-time CPU time is measured."), U::Microseconds, K::Int, 1, I32},
    {"kernel.sched_rr_timeslice_ms", QT_TRANSLATE_NOOP("SysctlDocs", "Time slice of SCHED_RR real-time tasks."), U::Milliseconds, K::Int, 0, I32},
    {"kernel.numa_balancing", QT_TRANSLATE_NOOP("SysctlDocs", "Moves tasks and memory towards each other on NUMA machines: 0 off, 1 normal, 2 memory tiering."), U::None, K::Int, 0, 3},
    {"kernel.random.entropy_avail", QT_TRANSLATE_NOOP("SysctlDocs", "Entropy the random number generator believes it holds (256 once seeded on new kernels)."), U::None, K::Int, 0, I32},
    {"kernel.random.poolsize", QT_TRANSLATE_NOOP("SysctlDocs", "Size of the entropy pool in bits."), U::None, K::Int, 0, I32},
    {"kernel.random.boot_id", QT_TRANSLATE_NOOP("SysctlDocs", "A random UUID made once at boot: tells one boot of this machine from another."), U::None, K::Text, 0, 0},
    {"kernel.random.uuid", QT_TRANSLATE_NOOP("SysctlDocs", "A fresh random UUID on every read."), U::None, K::Text, 0, 0},
    {"kernel.modules_disabled", QT_TRANSLATE_NOOP("SysctlDocs", "1 forbids loading or unloading modules until reboot; cannot be set back to 0."), U::None, K::Bool, 0, 1},
    {"kernel.modprobe", QT_TRANSLATE_NOOP("SysctlDocs", "Program the kernel runs to load a module it needs."), U::None, K::Text, 0, 0},
    {"kernel.kexec_load_disabled", QT_TRANSLATE_NOOP("SysctlDocs", "1 forbids kexec_load() until reboot."), U::None, K::Bool, 0, 1},
    {"kernel.cap_last_cap", QT_TRANSLATE_NOOP("SysctlDocs", "Number of the highest capability this kernel knows."), U::None, K::Int, 0, 63},
    {"kernel.ngroups_max", QT_TRANSLATE_NOOP("SysctlDocs", "Most supplementary groups a process may have."), U::None, K::Int, 0, I32},
    {"kernel.io_uring_disabled", QT_TRANSLATE_NOOP("SysctlDocs", "0 allows io_uring to all, 1 only to members of kernel.io_uring_group and root, 2 to nobody."), U::None, K::Int, 0, 2},
    {"kernel.pty.max", QT_TRANSLATE_NOOP("SysctlDocs", "Most pseudo-terminals that may exist."), U::None, K::Int, 0, 1048576},
    {"kernel.pty.nr", QT_TRANSLATE_NOOP("SysctlDocs", "Pseudo-terminals in use now."), U::None, K::Int, 0, I32},
    {"kernel.keys.maxkeys", QT_TRANSLATE_NOOP("SysctlDocs", "Most keys a non-root user may own in the kernel keyring."), U::None, K::Int, 0, I32},
    {"kernel.keys.maxbytes", QT_TRANSLATE_NOOP("SysctlDocs", "Most bytes of key data a non-root user may own."), U::Bytes, K::Int, 0, I32},
    {"kernel.seccomp.actions_avail", QT_TRANSLATE_NOOP("SysctlDocs", "The seccomp filter actions this kernel supports."), U::None, K::Text, 0, 0},
    {"kernel.seccomp.actions_logged", QT_TRANSLATE_NOOP("SysctlDocs", "The seccomp actions that are written to the audit log."), U::None, K::Text, 0, 0},
    {"kernel.sysctl_writes_strict", QT_TRANSLATE_NOOP("SysctlDocs", "How writes at an offset are handled: 1 (default) honours the file position, 0 ignores it, -1 warns."), U::None, K::Int, -1, 1},
    {"kernel.task_delayacct", QT_TRANSLATE_NOOP("SysctlDocs", "1 measures how long tasks wait for CPU, I/O and memory (read with getdelays or iotop)."), U::None, K::Bool, 0, 1},
    {"kernel.timer_migration", QT_TRANSLATE_NOOP("SysctlDocs", "1 lets timers move to busy CPUs so idle ones can sleep longer."), U::None, K::Bool, 0, 1},
    {"kernel.ftrace_enabled", QT_TRANSLATE_NOOP("SysctlDocs", "0 stops the function tracer everywhere."), U::None, K::Bool, 0, 1},
    {"kernel.split_lock_mitigate", QT_TRANSLATE_NOOP("SysctlDocs", "1 slows down processes that use split locks so they cannot hurt the rest of the machine."), U::None, K::Bool, 0, 1},
    {"kernel.overflowuid", QT_TRANSLATE_NOOP("SysctlDocs", "User ID reported when a real one does not fit (usually 65534, nobody)."), U::None, K::Int, 0, 65535},
    {"kernel.overflowgid", QT_TRANSLATE_NOOP("SysctlDocs", "Group ID reported when a real one does not fit."), U::None, K::Int, 0, 65535},
    {"kernel.poweroff_cmd", QT_TRANSLATE_NOOP("SysctlDocs", "Program the kernel runs when it needs to power off the machine itself."), U::None, K::Text, 0, 0},

    // vm.*
    {"vm.swappiness", QT_TRANSLATE_NOOP("SysctlDocs", "How readily memory is reclaimed by swapping anonymous pages rather than dropping file cache; 0 to 200."), U::None, K::Int, 0, 200},
    {"vm.overcommit_memory", QT_TRANSLATE_NOOP("SysctlDocs", "Memory overcommit policy: 0 heuristic, 1 always allow, 2 strict (limit by overcommit_ratio or overcommit_kbytes)."), U::None, K::Int, 0, 2},
    {"vm.overcommit_ratio", QT_TRANSLATE_NOOP("SysctlDocs", "In strict overcommit mode, the share of RAM that may be committed on top of swap."), U::Percent, K::Int, 0, I64},
    {"vm.overcommit_kbytes", QT_TRANSLATE_NOOP("SysctlDocs", "In strict overcommit mode, memory that may be committed on top of swap; used instead of the ratio when not 0."), U::KiB, K::Int, 0, I64},
    {"vm.dirty_ratio", QT_TRANSLATE_NOOP("SysctlDocs", "Share of available memory that may be dirty before writing processes must write back themselves."), U::Percent, K::Int, 0, 100},
    {"vm.dirty_background_ratio", QT_TRANSLATE_NOOP("SysctlDocs", "Share of available memory that may be dirty before background writeback starts."), U::Percent, K::Int, 0, 100},
    {"vm.dirty_bytes", QT_TRANSLATE_NOOP("SysctlDocs", "Dirty memory at which writers must write back; used instead of dirty_ratio when not 0."), U::Bytes, K::Int, 0, I64},
    {"vm.dirty_background_bytes", QT_TRANSLATE_NOOP("SysctlDocs", "Dirty memory at which background writeback starts; used instead of the ratio when not 0."), U::Bytes, K::Int, 0, I64},
    {"vm.dirty_expire_centisecs", QT_TRANSLATE_NOOP("SysctlDocs", "Dirty data older than this is written out by the next writeback pass."), U::Centiseconds, K::Int, 0, I32},
    {"vm.dirty_writeback_centisecs", QT_TRANSLATE_NOOP("SysctlDocs", "Interval between writeback thread wake-ups; 0 turns periodic writeback off."), U::Centiseconds, K::Int, 0, I32},
    {"vm.drop_caches", QT_TRANSLATE_NOOP("SysctlDocs", "Write 1 to drop the page cache, 2 for dentries and inodes, 3 for both; write-only and costly."), U::None, K::Int, 1, 4},
    {"vm.compact_memory", QT_TRANSLATE_NOOP("SysctlDocs", "Write 1 to compact all memory now, making large contiguous blocks; write-only."), U::None, K::Int, 1, 1},
    {"vm.min_free_kbytes", QT_TRANSLATE_NOOP("SysctlDocs", "Memory the kernel keeps free for itself and atomic allocations."), U::KiB, K::Int, 0, I32},
    {"vm.max_map_count", QT_TRANSLATE_NOOP("SysctlDocs", "Most memory mappings a process may have; some databases and games need more."), U::None, K::Int, 0, I32},
    {"vm.vfs_cache_pressure", QT_TRANSLATE_NOOP("SysctlDocs", "How eagerly dentry and inode caches are reclaimed; 100 is fair, lower keeps them longer."), U::None, K::Int, 0, I32},
    {"vm.nr_hugepages", QT_TRANSLATE_NOOP("SysctlDocs", "Number of huge pages in the persistent pool of the default size."), U::Pages, K::Int, 0, I64},
    {"vm.nr_overcommit_hugepages", QT_TRANSLATE_NOOP("SysctlDocs", "Extra huge pages that may be allocated on demand beyond the pool."), U::Pages, K::Int, 0, I64},
    {"vm.hugetlb_shm_group", QT_TRANSLATE_NOOP("SysctlDocs", "Group allowed to create System V shared memory with huge pages."), U::None, K::Int, 0, I32},
    {"vm.panic_on_oom", QT_TRANSLATE_NOOP("SysctlDocs", "0 lets the OOM killer kill a process when memory runs out; 1 or 2 panic instead."), U::None, K::Int, 0, 2},
    {"vm.oom_kill_allocating_task", QT_TRANSLATE_NOOP("SysctlDocs", "1 kills the task that asked for memory instead of searching for the biggest one."), U::None, K::Bool, 0, 1},
    {"vm.oom_dump_tasks", QT_TRANSLATE_NOOP("SysctlDocs", "1 prints every task's memory use to the kernel log when the OOM killer runs."), U::None, K::Bool, 0, 1},
    {"vm.mmap_min_addr", QT_TRANSLATE_NOOP("SysctlDocs", "Lowest address a process may map; keeps NULL-pointer bugs in the kernel from being exploitable."), U::Bytes, K::Int, 0, I64},
    {"vm.mmap_rnd_bits", QT_TRANSLATE_NOOP("SysctlDocs", "Bits of randomness in the base address of mmap regions."), U::None, K::Int, 0, 64},
    {"vm.page-cluster", QT_TRANSLATE_NOOP("SysctlDocs", "Pages read from swap at once, as a power of two (3 means 8 pages)."), U::None, K::Int, 0, 10},
    {"vm.laptop_mode", QT_TRANSLATE_NOOP("SysctlDocs", "Delay in seconds for batching disk writes so the disk may spin down; 0 is off."), U::Seconds, K::Int, 0, I32},
    {"vm.zone_reclaim_mode", QT_TRANSLATE_NOOP("SysctlDocs", "On NUMA machines, reclaim memory on the local node before using another node (bit mask; 0 off)."), U::None, K::Int, 0, 7},
    {"vm.watermark_scale_factor", QT_TRANSLATE_NOOP("SysctlDocs", "Distance between the memory watermarks that wake kswapd, in units of 0.01 %."), U::None, K::Int, 1, 3000},
    {"vm.stat_interval", QT_TRANSLATE_NOOP("SysctlDocs", "How often per-CPU memory statistics are folded into the global counters."), U::Seconds, K::Int, 0, I32},
    {"vm.stat_refresh", QT_TRANSLATE_NOOP("SysctlDocs", "Any access folds all per-CPU memory statistics at once; an action, not a value."), U::None, K::Text, 0, 0},
    {"vm.unprivileged_userfaultfd", QT_TRANSLATE_NOOP("SysctlDocs", "1 lets unprivileged users handle page faults from kernel mode with userfaultfd."), U::None, K::Bool, 0, 1},
    {"vm.user_reserve_kbytes", QT_TRANSLATE_NOOP("SysctlDocs", "In strict overcommit mode, memory kept back so a user can still start a shell to recover."), U::KiB, K::Int, 0, I64},
    {"vm.admin_reserve_kbytes", QT_TRANSLATE_NOOP("SysctlDocs", "Memory kept back for root to recover the machine when it is full."), U::KiB, K::Int, 0, I64},
    {"vm.lowmem_reserve_ratio", QT_TRANSLATE_NOOP("SysctlDocs", "Per-zone protection of low memory zones against allocations that could use higher ones."), U::None, K::Ints, 0, I32},
    {"vm.memfd_noexec", QT_TRANSLATE_NOOP("SysctlDocs", "0 allows executable memfds, 1 makes them non-executable by default, 2 forbids executable ones."), U::None, K::Int, 0, 2},
    {"vm.compaction_proactiveness", QT_TRANSLATE_NOOP("SysctlDocs", "How hard the kernel compacts memory in the background; 0 to 100."), U::None, K::Int, 0, 100},
    {"vm.extfrag_threshold", QT_TRANSLATE_NOOP("SysctlDocs", "Fragmentation index above which the kernel compacts rather than reclaims for large allocations."), U::None, K::Int, 0, 1000},
    {"vm.numa_stat", QT_TRANSLATE_NOOP("SysctlDocs", "1 keeps NUMA allocation statistics; 0 saves a little time per allocation."), U::None, K::Bool, 0, 1},

    // fs.*
    {"fs.file-max", QT_TRANSLATE_NOOP("SysctlDocs", "Most open files the kernel will allocate system-wide."), U::None, K::Int, 0, I64},
    {"fs.file-nr", QT_TRANSLATE_NOOP("SysctlDocs", "Open files now: allocated handles, allocated but unused (always 0 today), and the maximum."), U::None, K::Ints, 0, I64},
    {"fs.nr_open", QT_TRANSLATE_NOOP("SysctlDocs", "Highest open file limit (RLIMIT_NOFILE) any process may be given."), U::None, K::Int, 8, 1073741816},
    {"fs.inode-nr", QT_TRANSLATE_NOOP("SysctlDocs", "Inodes allocated and inodes free."), U::None, K::Ints, 0, I64},
    {"fs.inode-state", QT_TRANSLATE_NOOP("SysctlDocs", "Inodes allocated, free, and whether the kernel wants to shrink the cache, then unused fields."), U::None, K::Ints, 0, I64},
    {"fs.dentry-state", QT_TRANSLATE_NOOP("SysctlDocs", "Directory cache: entries, unused entries, age limit, want-pages, negative entries, unused."), U::None, K::Ints, 0, I64},
    {"fs.aio-max-nr", QT_TRANSLATE_NOOP("SysctlDocs", "Most asynchronous I/O requests (io_setup) allowed system-wide."), U::None, K::Int, 0, I64},
    {"fs.aio-nr", QT_TRANSLATE_NOOP("SysctlDocs", "Asynchronous I/O requests set up now."), U::None, K::Int, 0, I64},
    {"fs.inotify.max_user_watches", QT_TRANSLATE_NOOP("SysctlDocs", "Most inotify watches one user may have; file managers and IDEs often need more."), U::None, K::Int, 1, I32},
    {"fs.inotify.max_user_instances", QT_TRANSLATE_NOOP("SysctlDocs", "Most inotify instances one user may create."), U::None, K::Int, 1, I32},
    {"fs.inotify.max_queued_events", QT_TRANSLATE_NOOP("SysctlDocs", "Events queued on one inotify instance before overflow is reported."), U::None, K::Int, 1, I32},
    {"fs.fanotify.max_user_marks", QT_TRANSLATE_NOOP("SysctlDocs", "Most fanotify marks one user may have."), U::None, K::Int, 1, I32},
    {"fs.fanotify.max_user_groups", QT_TRANSLATE_NOOP("SysctlDocs", "Most fanotify groups one user may create."), U::None, K::Int, 1, I32},
    {"fs.epoll.max_user_watches", QT_TRANSLATE_NOOP("SysctlDocs", "Most file descriptors one user may register with epoll in total."), U::None, K::Int, 0, I64},
    {"fs.pipe-max-size", QT_TRANSLATE_NOOP("SysctlDocs", "Largest pipe buffer an unprivileged process may set with F_SETPIPE_SZ."), U::Bytes, K::Int, 4096, I32},
    {"fs.pipe-user-pages-soft", QT_TRANSLATE_NOOP("SysctlDocs", "Pipe buffer pages one user may hold before new pipes get only one page."), U::Pages, K::Int, 0, I64},
    {"fs.pipe-user-pages-hard", QT_TRANSLATE_NOOP("SysctlDocs", "Pipe buffer pages one user may hold before new pipes are refused; 0 for no limit."), U::Pages, K::Int, 0, I64},
    {"fs.protected_symlinks", QT_TRANSLATE_NOOP("SysctlDocs", "1 stops following symlinks in world-writable sticky directories (like /tmp) unless owned by the follower or the directory owner."), U::None, K::Bool, 0, 1},
    {"fs.protected_hardlinks", QT_TRANSLATE_NOOP("SysctlDocs", "1 forbids making hard links to files one cannot read and write."), U::None, K::Bool, 0, 1},
    {"fs.protected_fifos", QT_TRANSLATE_NOOP("SysctlDocs", "Restricts opening FIFOs one does not own in world-writable sticky directories: 0 off, 1 group-writable, 2 all."), U::None, K::Int, 0, 2},
    {"fs.protected_regular", QT_TRANSLATE_NOOP("SysctlDocs", "Like protected_fifos, for regular files opened with O_CREAT."), U::None, K::Int, 0, 2},
    {"fs.suid_dumpable", QT_TRANSLATE_NOOP("SysctlDocs", "Core dumps of set-user-ID programs: 0 none, 1 as the user (unsafe), 2 readable by root only."), U::None, K::Int, 0, 2},
    {"fs.lease-break-time", QT_TRANSLATE_NOOP("SysctlDocs", "Seconds a lease holder gets to release its lease before the kernel breaks it."), U::Seconds, K::Int, 0, I32},
    {"fs.leases-enable", QT_TRANSLATE_NOOP("SysctlDocs", "1 allows file leases (F_SETLEASE)."), U::None, K::Bool, 0, 1},
    {"fs.mount-max", QT_TRANSLATE_NOOP("SysctlDocs", "Most mounts in one mount namespace."), U::None, K::Int, 1, I32},
    {"fs.mqueue.queues_max", QT_TRANSLATE_NOOP("SysctlDocs", "Most POSIX message queues system-wide."), U::None, K::Int, 0, I32},
    {"fs.mqueue.msg_max", QT_TRANSLATE_NOOP("SysctlDocs", "Most messages in one POSIX message queue."), U::None, K::Int, 1, 65536},
    {"fs.mqueue.msgsize_max", QT_TRANSLATE_NOOP("SysctlDocs", "Largest message on a POSIX message queue."), U::Bytes, K::Int, 128, 16777216},
    {"fs.binfmt_misc.status", QT_TRANSLATE_NOOP("SysctlDocs", "Whether binfmt_misc starts programs by their format through registered interpreters."), U::None, K::Text, 0, 0},

    // net.core.*
    {"net.core.somaxconn", QT_TRANSLATE_NOOP("SysctlDocs", "Upper limit on the backlog a program may pass to listen()."), U::None, K::Int, 0, I32},
    {"net.core.netdev_max_backlog", QT_TRANSLATE_NOOP("SysctlDocs", "Packets queued per CPU on input when they arrive faster than the kernel handles them."), U::Packets, K::Int, 0, I32},
    {"net.core.netdev_budget", QT_TRANSLATE_NOOP("SysctlDocs", "Packets handled in one receive softirq run across all devices."), U::Packets, K::Int, 0, I32},
    {"net.core.netdev_budget_usecs", QT_TRANSLATE_NOOP("SysctlDocs", "Time one receive softirq run may take."), U::Microseconds, K::Int, 0, I32},
    {"net.core.dev_weight", QT_TRANSLATE_NOOP("SysctlDocs", "Packets one device may hand over per NAPI poll."), U::Packets, K::Int, 1, I32},
    {"net.core.rmem_default", QT_TRANSLATE_NOOP("SysctlDocs", "Default receive buffer of a socket."), U::Bytes, K::Int, 0, I32},
    {"net.core.rmem_max", QT_TRANSLATE_NOOP("SysctlDocs", "Largest receive buffer a program may ask for with SO_RCVBUF."), U::Bytes, K::Int, 0, I32},
    {"net.core.wmem_default", QT_TRANSLATE_NOOP("SysctlDocs", "Default send buffer of a socket."), U::Bytes, K::Int, 0, I32},
    {"net.core.wmem_max", QT_TRANSLATE_NOOP("SysctlDocs", "Largest send buffer a program may ask for with SO_SNDBUF."), U::Bytes, K::Int, 0, I32},
    {"net.core.optmem_max", QT_TRANSLATE_NOOP("SysctlDocs", "Ancillary buffer size per socket (control messages, filters)."), U::Bytes, K::Int, 0, I32},
    {"net.core.default_qdisc", QT_TRANSLATE_NOOP("SysctlDocs", "Queueing discipline given to new network devices (fq_codel, fq, pfifo_fast ...)."), U::None, K::Text, 0, 0},
    {"net.core.bpf_jit_enable", QT_TRANSLATE_NOOP("SysctlDocs", "1 compiles BPF programs to machine code; 2 also dumps the code to the log."), U::None, K::Int, 0, 2},
    {"net.core.bpf_jit_harden", QT_TRANSLATE_NOOP("SysctlDocs", "Hardens JIT-compiled BPF against spraying: 0 off, 1 for unprivileged programs, 2 for all."), U::None, K::Int, 0, 2},
    {"net.core.bpf_jit_kallsyms", QT_TRANSLATE_NOOP("SysctlDocs", "1 lists JIT-compiled BPF programs in /proc/kallsyms for profilers."), U::None, K::Bool, 0, 1},
    {"net.core.bpf_jit_limit", QT_TRANSLATE_NOOP("SysctlDocs", "Memory unprivileged users may use for JIT-compiled BPF programs."), U::Bytes, K::Int, 1, I64},
    {"net.core.busy_poll", QT_TRANSLATE_NOOP("SysctlDocs", "Time poll() and select() busy-wait on a device queue for low latency; 0 off."), U::Microseconds, K::Int, 0, I32},
    {"net.core.busy_read", QT_TRANSLATE_NOOP("SysctlDocs", "Time a blocking read busy-waits on the device queue; 0 off."), U::Microseconds, K::Int, 0, I32},
    {"net.core.message_cost", QT_TRANSLATE_NOOP("SysctlDocs", "Rate limit of network warnings: seconds per message."), U::Seconds, K::Int, 0, I32},
    {"net.core.message_burst", QT_TRANSLATE_NOOP("SysctlDocs", "Rate limit of network warnings: messages allowed in a burst."), U::None, K::Int, 0, I32},
    {"net.core.rps_sock_flow_entries", QT_TRANSLATE_NOOP("SysctlDocs", "Size of the global flow table for Receive Flow Steering; 0 turns RFS off."), U::Entries, K::Int, 0, I32},
    {"net.core.flow_limit_table_len", QT_TRANSLATE_NOOP("SysctlDocs", "Size of the per-CPU table that finds large flows when the backlog fills."), U::Entries, K::Int, 0, I32},
    {"net.core.netdev_rss_key", QT_TRANSLATE_NOOP("SysctlDocs", "Key used for receive-side scaling hashes by drivers that take one."), U::None, K::Text, 0, 0},
    {"net.core.warnings", QT_TRANSLATE_NOOP("SysctlDocs", "Unused; kept for old scripts."), U::None, K::Int, 0, I32},
    {"net.unix.max_dgram_qlen", QT_TRANSLATE_NOOP("SysctlDocs", "Datagrams queued on a Unix domain socket before senders block."), U::None, K::Int, 0, I32},

    // net.ipv4.*
    {"net.ipv4.ip_forward", QT_TRANSLATE_NOOP("SysctlDocs", "1 routes IPv4 packets between interfaces, making this machine a router."), U::None, K::Bool, 0, 1},
    {"net.ipv4.ip_default_ttl", QT_TRANSLATE_NOOP("SysctlDocs", "Time-to-live of outgoing IPv4 packets (hops before they are dropped)."), U::None, K::Int, 1, 255},
    {"net.ipv4.ip_local_port_range", QT_TRANSLATE_NOOP("SysctlDocs", "First and last local port handed to outgoing connections that did not bind one."), U::None, K::Ints, 1, 65535},
    {"net.ipv4.ip_local_reserved_ports", QT_TRANSLATE_NOOP("SysctlDocs", "Ports never handed out automatically (comma-separated list and ranges)."), U::None, K::Text, 0, 0},
    {"net.ipv4.ip_unprivileged_port_start", QT_TRANSLATE_NOOP("SysctlDocs", "Ports below this need CAP_NET_BIND_SERVICE to bind."), U::None, K::Int, 0, 65535},
    {"net.ipv4.ip_nonlocal_bind", QT_TRANSLATE_NOOP("SysctlDocs", "1 allows binding to addresses this machine does not have (yet)."), U::None, K::Bool, 0, 1},
    {"net.ipv4.ip_no_pmtu_disc", QT_TRANSLATE_NOOP("SysctlDocs", "Non-zero turns off path MTU discovery."), U::None, K::Int, 0, 3},
    {"net.ipv4.ip_dynaddr", QT_TRANSLATE_NOOP("SysctlDocs", "For dial-up links with changing addresses: rewrite the source of sockets when the address changes."), U::None, K::Int, 0, 2},
    {"net.ipv4.ip_early_demux", QT_TRANSLATE_NOOP("SysctlDocs", "1 looks up the socket of an incoming packet early to save a route lookup."), U::None, K::Bool, 0, 1},
    {"net.ipv4.ping_group_range", QT_TRANSLATE_NOOP("SysctlDocs", "Groups (first and last GID) allowed to send ICMP echo with unprivileged ping sockets."), U::None, K::Ints, 0, 4294967294LL},
    {"net.ipv4.ipfrag_high_thresh", QT_TRANSLATE_NOOP("SysctlDocs", "Memory for reassembling IPv4 fragments; above it new fragments are dropped."), U::Bytes, K::Int, 0, I64},
    {"net.ipv4.ipfrag_low_thresh", QT_TRANSLATE_NOOP("SysctlDocs", "Memory for reassembly the kernel returns to after dropping fragments."), U::Bytes, K::Int, 0, I64},
    {"net.ipv4.ipfrag_time", QT_TRANSLATE_NOOP("SysctlDocs", "Seconds an incomplete IPv4 fragment set is kept."), U::Seconds, K::Int, 0, JiffySeconds},
    {"net.ipv4.icmp_echo_ignore_all", QT_TRANSLATE_NOOP("SysctlDocs", "1 ignores all ICMP echo requests: this machine does not answer ping."), U::None, K::Bool, 0, 1},
    {"net.ipv4.icmp_echo_ignore_broadcasts", QT_TRANSLATE_NOOP("SysctlDocs", "1 ignores pings sent to broadcast and multicast addresses."), U::None, K::Bool, 0, 1},
    {"net.ipv4.icmp_ratelimit", QT_TRANSLATE_NOOP("SysctlDocs", "Minimum time between ICMP messages of the types in icmp_ratemask to one host."), U::Milliseconds, K::Int, 0, I32},
    {"net.ipv4.icmp_ratemask", QT_TRANSLATE_NOOP("SysctlDocs", "Bit mask of the ICMP types that are rate-limited."), U::None, K::Int, 0, I32},
    {"net.ipv4.icmp_msgs_per_sec", QT_TRANSLATE_NOOP("SysctlDocs", "Most ICMP messages sent per second, to all hosts together."), U::None, K::Int, 0, I32},
    {"net.ipv4.icmp_ignore_bogus_error_responses", QT_TRANSLATE_NOOP("SysctlDocs", "1 does not log bogus ICMP error replies sent to broadcast frames."), U::None, K::Bool, 0, 1},
    {"net.ipv4.igmp_max_memberships", QT_TRANSLATE_NOOP("SysctlDocs", "Most multicast groups one socket may join."), U::None, K::Int, 0, I32},
    {"net.ipv4.tcp_congestion_control", QT_TRANSLATE_NOOP("SysctlDocs", "Congestion control algorithm for new TCP connections (cubic, bbr, reno ...)."), U::None, K::Text, 0, 0},
    {"net.ipv4.tcp_available_congestion_control", QT_TRANSLATE_NOOP("SysctlDocs", "Congestion control algorithms loaded in this kernel."), U::None, K::Text, 0, 0},
    {"net.ipv4.tcp_allowed_congestion_control", QT_TRANSLATE_NOOP("SysctlDocs", "Congestion control algorithms unprivileged programs may choose with TCP_CONGESTION."), U::None, K::Text, 0, 0},
    {"net.ipv4.tcp_syncookies", QT_TRANSLATE_NOOP("SysctlDocs", "SYN cookies against SYN floods: 0 off, 1 when the queue overflows, 2 always."), U::None, K::Int, 0, 2},
    {"net.ipv4.tcp_max_syn_backlog", QT_TRANSLATE_NOOP("SysctlDocs", "Half-open connections remembered per listener before SYNs are dropped or cookies used."), U::None, K::Int, 0, I32},
    {"net.ipv4.tcp_syn_retries", QT_TRANSLATE_NOOP("SysctlDocs", "Times a connecting SYN is resent before connect() gives up."), U::None, K::Int, 1, 127},
    {"net.ipv4.tcp_synack_retries", QT_TRANSLATE_NOOP("SysctlDocs", "Times a SYN-ACK is resent to a connecting peer that does not answer."), U::None, K::Int, 0, 255},
    {"net.ipv4.tcp_retries1", QT_TRANSLATE_NOOP("SysctlDocs", "Retransmissions after which TCP asks the network layer to check the route."), U::None, K::Int, 0, 255},
    {"net.ipv4.tcp_retries2", QT_TRANSLATE_NOOP("SysctlDocs", "Retransmissions after which an established connection is given up (15 is about 15 minutes)."), U::None, K::Int, 0, 255},
    {"net.ipv4.tcp_fin_timeout", QT_TRANSLATE_NOOP("SysctlDocs", "Seconds an orphaned connection stays in FIN-WAIT-2."), U::Seconds, K::Int, 0, JiffySeconds},
    {"net.ipv4.tcp_keepalive_time", QT_TRANSLATE_NOOP("SysctlDocs", "Idle time before the first keepalive probe on sockets with SO_KEEPALIVE."), U::Seconds, K::Int, 1, JiffySeconds},
    {"net.ipv4.tcp_keepalive_intvl", QT_TRANSLATE_NOOP("SysctlDocs", "Time between keepalive probes."), U::Seconds, K::Int, 1, JiffySeconds},
    {"net.ipv4.tcp_keepalive_probes", QT_TRANSLATE_NOOP("SysctlDocs", "Unanswered keepalive probes before the connection is dropped."), U::None, K::Int, 0, 255},
    {"net.ipv4.tcp_rmem", QT_TRANSLATE_NOOP("SysctlDocs", "TCP receive buffer: minimum, default and maximum the kernel may grow it to."), U::Bytes, K::Ints, 1, I32},
    {"net.ipv4.tcp_wmem", QT_TRANSLATE_NOOP("SysctlDocs", "TCP send buffer: minimum, default and maximum the kernel may grow it to."), U::Bytes, K::Ints, 1, I32},
    {"net.ipv4.tcp_mem", QT_TRANSLATE_NOOP("SysctlDocs", "All TCP sockets together: below the first value no pressure, above the second pressure, the third is the hard limit."), U::Pages, K::Ints, 0, I64},
    {"net.ipv4.udp_mem", QT_TRANSLATE_NOOP("SysctlDocs", "All UDP sockets together: no pressure, pressure, hard limit."), U::Pages, K::Ints, 0, I64},
    {"net.ipv4.udp_rmem_min", QT_TRANSLATE_NOOP("SysctlDocs", "Receive buffer each UDP socket keeps even under memory pressure."), U::Bytes, K::Int, 1, I32},
    {"net.ipv4.udp_wmem_min", QT_TRANSLATE_NOOP("SysctlDocs", "Send buffer each UDP socket keeps even under memory pressure."), U::Bytes, K::Int, 1, I32},
    {"net.ipv4.tcp_timestamps", QT_TRANSLATE_NOOP("SysctlDocs", "TCP timestamps (RFC 7323): 0 off, 1 on with random offsets, 2 on without."), U::None, K::Int, 0, 2},
    {"net.ipv4.tcp_window_scaling", QT_TRANSLATE_NOOP("SysctlDocs", "1 allows receive windows larger than 64 KiB."), U::None, K::Bool, 0, 1},
    {"net.ipv4.tcp_sack", QT_TRANSLATE_NOOP("SysctlDocs", "1 uses selective acknowledgements."), U::None, K::Bool, 0, 1},
    {"net.ipv4.tcp_dsack", QT_TRANSLATE_NOOP("SysctlDocs", "1 reports duplicate segments with D-SACK."), U::None, K::Bool, 0, 1},
    {"net.ipv4.tcp_ecn", QT_TRANSLATE_NOOP("SysctlDocs", "Explicit Congestion Notification: 0 off, 1 ask for it, 2 use it when the peer asks."), U::None, K::Int, 0, 5},
    {"net.ipv4.tcp_fastopen", QT_TRANSLATE_NOOP("SysctlDocs", "TCP Fast Open bit mask: 1 for clients, 2 for servers, more bits for testing."), U::None, K::Int, 0, I32},
    {"net.ipv4.tcp_tw_reuse", QT_TRANSLATE_NOOP("SysctlDocs", "Reuse TIME-WAIT sockets for new outgoing connections: 0 never, 1 always, 2 on loopback only."), U::None, K::Int, 0, 2},
    {"net.ipv4.tcp_max_tw_buckets", QT_TRANSLATE_NOOP("SysctlDocs", "Most sockets in TIME-WAIT; beyond it they are destroyed at once."), U::None, K::Int, 0, I32},
    {"net.ipv4.tcp_max_orphans", QT_TRANSLATE_NOOP("SysctlDocs", "Most TCP sockets not attached to any file descriptor."), U::None, K::Int, 0, I32},
    {"net.ipv4.tcp_orphan_retries", QT_TRANSLATE_NOOP("SysctlDocs", "Retries before an orphaned connection is killed; 0 means 8."), U::None, K::Int, 0, 255},
    {"net.ipv4.tcp_mtu_probing", QT_TRANSLATE_NOOP("SysctlDocs", "Packetization-layer path MTU discovery: 0 off, 1 after an ICMP black hole is detected, 2 always."), U::None, K::Int, 0, 2},
    {"net.ipv4.tcp_slow_start_after_idle", QT_TRANSLATE_NOOP("SysctlDocs", "1 shrinks the congestion window after a connection was idle."), U::None, K::Bool, 0, 1},
    {"net.ipv4.tcp_no_metrics_save", QT_TRANSLATE_NOOP("SysctlDocs", "1 does not remember round-trip times and windows of closed connections for new ones."), U::None, K::Bool, 0, 1},
    {"net.ipv4.tcp_moderate_rcvbuf", QT_TRANSLATE_NOOP("SysctlDocs", "1 lets the kernel tune each receive buffer within tcp_rmem."), U::None, K::Bool, 0, 1},
    {"net.ipv4.tcp_notsent_lowat", QT_TRANSLATE_NOOP("SysctlDocs", "Unsent data below which a socket counts as writable; lowers latency for interactive senders."), U::Bytes, K::Int, 0, I64},
    {"net.ipv4.tcp_rfc1337", QT_TRANSLATE_NOOP("SysctlDocs", "1 ignores RST for sockets in TIME-WAIT (RFC 1337 protection)."), U::None, K::Bool, 0, 1},
    {"net.ipv4.tcp_abort_on_overflow", QT_TRANSLATE_NOOP("SysctlDocs", "1 resets new connections when the accept queue is full instead of letting the client retry."), U::None, K::Bool, 0, 1},
    {"net.ipv4.tcp_low_latency", QT_TRANSLATE_NOOP("SysctlDocs", "No effect any more; kept for old scripts."), U::None, K::Bool, 0, 1},
    {"net.ipv4.tcp_autocorking", QT_TRANSLATE_NOOP("SysctlDocs", "1 merges small writes into fewer packets while earlier ones wait in the device queue."), U::None, K::Bool, 0, 1},
    {"net.ipv4.tcp_reordering", QT_TRANSLATE_NOOP("SysctlDocs", "Initial reordering level: how many packets out of order before TCP assumes loss."), U::Packets, K::Int, 1, I32},
    {"net.ipv4.tcp_frto", QT_TRANSLATE_NOOP("SysctlDocs", "Forward RTO-Recovery: detect spurious retransmission timeouts."), U::None, K::Int, 0, 2},
    {"net.ipv4.tcp_early_retrans", QT_TRANSLATE_NOOP("SysctlDocs", "Tail loss probe and early retransmit mode."), U::None, K::Int, 0, 4},
    {"net.ipv4.tcp_recovery", QT_TRANSLATE_NOOP("SysctlDocs", "Bit mask of loss recovery features; 1 enables RACK."), U::None, K::Int, 0, 255},
    {"net.ipv4.tcp_min_snd_mss", QT_TRANSLATE_NOOP("SysctlDocs", "Smallest MSS a peer can make this machine send, against tiny-segment attacks."), U::Bytes, K::Int, 48, 65535},
    {"net.ipv4.tcp_base_mss", QT_TRANSLATE_NOOP("SysctlDocs", "MSS path MTU probing starts from."), U::Bytes, K::Int, 1, I32},
    {"net.ipv4.tcp_challenge_ack_limit", QT_TRANSLATE_NOOP("SysctlDocs", "Challenge ACKs sent per second (RFC 5961)."), U::None, K::Int, 0, I32},
    {"net.ipv4.tcp_limit_output_bytes", QT_TRANSLATE_NOOP("SysctlDocs", "Data one TCP flow may have queued in the device (TCP small queues)."), U::Bytes, K::Int, 0, I32},
    {"net.ipv4.tcp_ehash_entries", QT_TRANSLATE_NOOP("SysctlDocs", "Size of the established-connections hash table of this network namespace."), U::Entries, K::Int, 0, I32},
    {"net.ipv4.tcp_fwmark_accept", QT_TRANSLATE_NOOP("SysctlDocs", "1 gives accepted sockets the firewall mark of the incoming SYN."), U::None, K::Bool, 0, 1},
    {"net.ipv4.tcp_pacing_ss_ratio", QT_TRANSLATE_NOOP("SysctlDocs", "Pacing rate in slow start as a share of cwnd/RTT."), U::Percent, K::Int, 0, 1000},
    {"net.ipv4.tcp_pacing_ca_ratio", QT_TRANSLATE_NOOP("SysctlDocs", "Pacing rate in congestion avoidance as a share of cwnd/RTT."), U::Percent, K::Int, 0, 1000},
    {"net.ipv4.udp_early_demux", QT_TRANSLATE_NOOP("SysctlDocs", "1 looks up connected UDP sockets early to save a route lookup."), U::None, K::Bool, 0, 1},
    {"net.ipv4.route.flush", QT_TRANSLATE_NOOP("SysctlDocs", "Write any value to flush the IPv4 route cache; write-only."), U::None, K::Int, std::numeric_limits<int>::min(), I32},
    {"net.ipv4.route.min_pmtu", QT_TRANSLATE_NOOP("SysctlDocs", "Smallest path MTU the kernel accepts from ICMP messages."), U::Bytes, K::Int, 68, I32},
    {"net.ipv4.route.mtu_expires", QT_TRANSLATE_NOOP("SysctlDocs", "Seconds a learned path MTU is kept."), U::Seconds, K::Int, 0, JiffySeconds},
    {"net.ipv4.fib_multipath_hash_policy", QT_TRANSLATE_NOOP("SysctlDocs", "Which headers pick the path of multipath routes: 0 L3, 1 L4, 2 inner L3, 3 custom fields."), U::None, K::Int, 0, 3},
    {"net.ipv4.conf.*.forwarding", QT_TRANSLATE_NOOP("SysctlDocs", "1 forwards IPv4 packets arriving on this interface (all: every interface)."), U::None, K::Bool, 0, 1},
    {"net.ipv4.conf.*.rp_filter", QT_TRANSLATE_NOOP("SysctlDocs", "Reverse path filter: 0 off, 1 strict (drop if the reply would leave by another interface), 2 loose."), U::None, K::Int, 0, 2},
    {"net.ipv4.conf.*.accept_redirects", QT_TRANSLATE_NOOP("SysctlDocs", "1 accepts ICMP redirects, letting routers change our routes."), U::None, K::Bool, 0, 1},
    {"net.ipv4.conf.*.secure_redirects", QT_TRANSLATE_NOOP("SysctlDocs", "1 accepts redirects only from our listed gateways."), U::None, K::Bool, 0, 1},
    {"net.ipv4.conf.*.send_redirects", QT_TRANSLATE_NOOP("SysctlDocs", "1 sends ICMP redirects when acting as a router."), U::None, K::Bool, 0, 1},
    {"net.ipv4.conf.*.accept_source_route", QT_TRANSLATE_NOOP("SysctlDocs", "1 accepts packets with the source route option; usually off for safety."), U::None, K::Bool, 0, 1},
    {"net.ipv4.conf.*.log_martians", QT_TRANSLATE_NOOP("SysctlDocs", "1 logs packets with impossible source addresses."), U::None, K::Bool, 0, 1},
    {"net.ipv4.conf.*.proxy_arp", QT_TRANSLATE_NOOP("SysctlDocs", "1 answers ARP requests for addresses we can route to."), U::None, K::Bool, 0, 1},
    {"net.ipv4.conf.*.arp_ignore", QT_TRANSLATE_NOOP("SysctlDocs", "Which ARP requests get an answer: 0 any local address, 1 only for this interface's addresses, higher stricter."), U::None, K::Int, 0, 8},
    {"net.ipv4.conf.*.arp_announce", QT_TRANSLATE_NOOP("SysctlDocs", "Which source address ARP requests use: 0 any, 1 try the target's subnet, 2 the best local one."), U::None, K::Int, 0, 2},
    {"net.ipv4.conf.*.arp_filter", QT_TRANSLATE_NOOP("SysctlDocs", "1 answers ARP only on the interface the reply would be routed through."), U::None, K::Bool, 0, 1},
    {"net.ipv4.conf.*.route_localnet", QT_TRANSLATE_NOOP("SysctlDocs", "1 allows routing 127.0.0.0/8 addresses from outside; dangerous."), U::None, K::Bool, 0, 1},
    {"net.ipv4.conf.*.promote_secondaries", QT_TRANSLATE_NOOP("SysctlDocs", "1 promotes a secondary address when the primary is removed, instead of removing them all."), U::None, K::Bool, 0, 1},
    {"net.ipv4.conf.*.disable_policy", QT_TRANSLATE_NOOP("SysctlDocs", "1 skips IPsec policy checks on this interface."), U::None, K::Bool, 0, 1},
    {"net.ipv4.conf.*.mc_forwarding", QT_TRANSLATE_NOOP("SysctlDocs", "Set by a multicast routing daemon: 1 while it forwards multicast; read-only."), U::None, K::Bool, 0, 1},
    {"net.ipv4.neigh.*.gc_thresh1", QT_TRANSLATE_NOOP("SysctlDocs", "ARP table entries below which the garbage collector leaves the table alone."), U::Entries, K::Int, 0, I32},
    {"net.ipv4.neigh.*.gc_thresh2", QT_TRANSLATE_NOOP("SysctlDocs", "Soft limit of ARP table entries; above it for 5 s the collector runs."), U::Entries, K::Int, 0, I32},
    {"net.ipv4.neigh.*.gc_thresh3", QT_TRANSLATE_NOOP("SysctlDocs", "Hard limit of ARP table entries."), U::Entries, K::Int, 0, I32},
    {"net.ipv4.neigh.*.base_reachable_time_ms", QT_TRANSLATE_NOOP("SysctlDocs", "Base time a neighbour counts as reachable after confirmation (randomised to 0.5–1.5 times)."), U::Milliseconds, K::Int, 0, I32},
    {"net.ipv4.neigh.*.retrans_time_ms", QT_TRANSLATE_NOOP("SysctlDocs", "Time between retransmitted ARP requests."), U::Milliseconds, K::Int, 0, I32},
    {"net.ipv4.neigh.*.gc_stale_time", QT_TRANSLATE_NOOP("SysctlDocs", "Seconds before a stale neighbour entry is checked again."), U::Seconds, K::Int, 0, JiffySeconds},
    {"net.ipv4.neigh.*.unres_qlen", QT_TRANSLATE_NOOP("SysctlDocs", "Packets queued per unresolved address while ARP works."), U::Packets, K::Int, 0, I32},

    // net.ipv6.*
    {"net.ipv6.conf.*.disable_ipv6", QT_TRANSLATE_NOOP("SysctlDocs", "1 turns IPv6 off on this interface (all: every interface)."), U::None, K::Bool, 0, 1},
    {"net.ipv6.conf.*.forwarding", QT_TRANSLATE_NOOP("SysctlDocs", "1 makes the interface a router: forward IPv6 and ignore router advertisements unless accept_ra is 2."), U::None, K::Bool, 0, 1},
    {"net.ipv6.conf.*.accept_ra", QT_TRANSLATE_NOOP("SysctlDocs", "Router advertisements: 0 ignore, 1 accept when not forwarding, 2 accept even when forwarding."), U::None, K::Int, 0, 2},
    {"net.ipv6.conf.*.autoconf", QT_TRANSLATE_NOOP("SysctlDocs", "1 makes addresses from prefixes in router advertisements (SLAAC)."), U::None, K::Bool, 0, 1},
    {"net.ipv6.conf.*.use_tempaddr", QT_TRANSLATE_NOOP("SysctlDocs", "Privacy addresses: 0 off, 1 make but prefer public, 2 make and prefer them."), U::None, K::Int, -1, 2},
    {"net.ipv6.conf.*.accept_redirects", QT_TRANSLATE_NOOP("SysctlDocs", "1 accepts ICMPv6 redirects."), U::None, K::Bool, 0, 1},
    {"net.ipv6.conf.*.accept_dad", QT_TRANSLATE_NOOP("SysctlDocs", "Duplicate address detection: 0 off, 1 on, 2 on and disable IPv6 on a duplicate link-local address."), U::None, K::Int, 0, 2},
    {"net.ipv6.conf.*.hop_limit", QT_TRANSLATE_NOOP("SysctlDocs", "Default hop limit of outgoing IPv6 packets."), U::None, K::Int, 1, 255},
    {"net.ipv6.conf.*.mtu", QT_TRANSLATE_NOOP("SysctlDocs", "IPv6 MTU of the interface: at least 1280, at most the link's MTU."), U::Bytes, K::Int, 1280, I32},
    {"net.ipv6.conf.*.addr_gen_mode", QT_TRANSLATE_NOOP("SysctlDocs", "How the link-local address is made: 0 from the MAC (EUI-64), 1 none, 2 stable privacy, 3 random stable privacy."), U::None, K::Int, 0, 3},
    {"net.ipv6.conf.*.stable_secret", QT_TRANSLATE_NOOP("SysctlDocs", "Secret for stable privacy addresses (RFC 7217); unreadable until set."), U::None, K::Text, 0, 0},
    {"net.ipv6.conf.*.keep_addr_on_down", QT_TRANSLATE_NOOP("SysctlDocs", "1 keeps IPv6 addresses when the link goes down."), U::None, K::Int, -1, 1},
    {"net.ipv6.conf.*.router_solicitations", QT_TRANSLATE_NOOP("SysctlDocs", "Router solicitations sent after the interface comes up; -1 keeps sending."), U::None, K::Int, -1, I32},
    {"net.ipv6.bindv6only", QT_TRANSLATE_NOOP("SysctlDocs", "1 makes IPv6 sockets IPv6-only by default (IPV6_V6ONLY)."), U::None, K::Bool, 0, 1},
    {"net.ipv6.icmp.ratelimit", QT_TRANSLATE_NOOP("SysctlDocs", "Minimum time between ICMPv6 messages to one host."), U::Milliseconds, K::Int, 0, I32},
    {"net.ipv6.icmp.echo_ignore_all", QT_TRANSLATE_NOOP("SysctlDocs", "1 ignores all ICMPv6 echo requests."), U::None, K::Bool, 0, 1},
    {"net.ipv6.ip6frag_high_thresh", QT_TRANSLATE_NOOP("SysctlDocs", "Memory for reassembling IPv6 fragments."), U::Bytes, K::Int, 0, I64},
    {"net.ipv6.ip6frag_time", QT_TRANSLATE_NOOP("SysctlDocs", "Seconds an incomplete IPv6 fragment set is kept."), U::Seconds, K::Int, 0, JiffySeconds},
    {"net.ipv6.route.flush", QT_TRANSLATE_NOOP("SysctlDocs", "Write to flush the IPv6 route cache; write-only."), U::None, K::Int, std::numeric_limits<int>::min(), I32},
    {"net.ipv6.route.max_size", QT_TRANSLATE_NOOP("SysctlDocs", "Most IPv6 route cache entries."), U::Entries, K::Int, 0, I32},
    {"net.ipv6.neigh.*.gc_thresh3", QT_TRANSLATE_NOOP("SysctlDocs", "Hard limit of IPv6 neighbour table entries."), U::Entries, K::Int, 0, I32},

    // net.netfilter.*, net.bridge.*
    {"net.netfilter.nf_conntrack_max", QT_TRANSLATE_NOOP("SysctlDocs", "Most connections tracked; when full, new connections are dropped."), U::Entries, K::Int, 0, I32},
    {"net.nf_conntrack_max", QT_TRANSLATE_NOOP("SysctlDocs", "Most connections tracked (same as net.netfilter.nf_conntrack_max)."), U::Entries, K::Int, 0, I32},
    {"net.netfilter.nf_conntrack_count", QT_TRANSLATE_NOOP("SysctlDocs", "Connections tracked now."), U::Entries, K::Int, 0, I32},
    {"net.netfilter.nf_conntrack_buckets", QT_TRANSLATE_NOOP("SysctlDocs", "Size of the connection tracking hash table."), U::Entries, K::Int, 1, I32},
    {"net.netfilter.nf_conntrack_tcp_timeout_established", QT_TRANSLATE_NOOP("SysctlDocs", "Seconds an idle established TCP connection stays tracked."), U::Seconds, K::Int, 0, I32},
    {"net.netfilter.nf_conntrack_udp_timeout", QT_TRANSLATE_NOOP("SysctlDocs", "Seconds a one-way UDP flow stays tracked."), U::Seconds, K::Int, 0, I32},
    {"net.netfilter.nf_conntrack_acct", QT_TRANSLATE_NOOP("SysctlDocs", "1 counts packets and bytes per tracked connection."), U::None, K::Bool, 0, 1},
    {"net.bridge.bridge-nf-call-iptables", QT_TRANSLATE_NOOP("SysctlDocs", "1 passes bridged IPv4 traffic through iptables; container networks usually need it."), U::None, K::Bool, 0, 1},
    {"net.bridge.bridge-nf-call-ip6tables", QT_TRANSLATE_NOOP("SysctlDocs", "1 passes bridged IPv6 traffic through ip6tables."), U::None, K::Bool, 0, 1},

    // user.*, dev.*, abi.*, debug.*
    {"user.max_user_namespaces", QT_TRANSLATE_NOOP("SysctlDocs", "Most user namespaces the current user namespace may contain; 0 forbids creating them."), U::None, K::Int, 0, I32},
    {"user.max_net_namespaces", QT_TRANSLATE_NOOP("SysctlDocs", "Most network namespaces in the current user namespace."), U::None, K::Int, 0, I32},
    {"user.max_mnt_namespaces", QT_TRANSLATE_NOOP("SysctlDocs", "Most mount namespaces in the current user namespace."), U::None, K::Int, 0, I32},
    {"user.max_pid_namespaces", QT_TRANSLATE_NOOP("SysctlDocs", "Most PID namespaces in the current user namespace."), U::None, K::Int, 0, I32},
    {"user.max_inotify_watches", QT_TRANSLATE_NOOP("SysctlDocs", "Most inotify watches per user in this user namespace."), U::None, K::Int, 0, I32},
    {"dev.tty.ldisc_autoload", QT_TRANSLATE_NOOP("SysctlDocs", "1 loads line discipline modules on demand for any user; 0 only for CAP_SYS_MODULE."), U::None, K::Bool, 0, 1},
    {"dev.tty.legacy_tiocsti", QT_TRANSLATE_NOOP("SysctlDocs", "1 allows TIOCSTI, faking terminal input, an old source of attacks."), U::None, K::Bool, 0, 1},
    {"abi.vsyscall32", QT_TRANSLATE_NOOP("SysctlDocs", "1 maps the vDSO into 32-bit processes."), U::None, K::Bool, 0, 1},
    {"debug.exception-trace", QT_TRANSLATE_NOOP("SysctlDocs", "1 logs user-space processes killed by unhandled signals such as segfaults."), U::None, K::Bool, 0, 1},
};

struct Index {
    QHash<QString, const SysctlDoc *> exact;
    QList<QPair<QStringList, const SysctlDoc *>> wildcards;

    Index()
    {
        for (const SysctlDoc &d : docs) {
            const QString pattern = QString::fromLatin1(d.pattern);
            if (pattern.contains(QLatin1Char('*')))
                wildcards.append({pattern.split(QLatin1Char('.')), &d});
            else
                exact.insert(pattern, &d);
        }
    }
};

const Index &index()
{
    static const Index i;
    return i;
}

} // namespace

QString SysctlDoc::description() const
{
    return QCoreApplication::translate("SysctlDocs", text);
}

namespace sysctldocs {

const SysctlDoc *find(const QString &key)
{
    const Index &i = index();
    if (const auto it = i.exact.constFind(key); it != i.exact.cend())
        return it.value();
    // Only per-interface keys need the wildcards; they are all under net.
    if (!key.startsWith(QLatin1String("net.")))
        return nullptr;
    const QStringList parts = key.split(QLatin1Char('.'));
    for (const auto &[pattern, doc] : i.wildcards) {
        if (pattern.size() != parts.size())
            continue;
        bool match = true;
        for (int n = 0; n < parts.size() && match; ++n)
            match = pattern[n] == QLatin1String("*") || pattern[n] == parts[n];
        if (match)
            return doc;
    }
    return nullptr;
}

int count()
{
    return int(std::size(docs));
}

QString unitName(SysctlUnit unit)
{
    switch (unit) {
    case SysctlUnit::None: return {};
    case SysctlUnit::Seconds: return QCoreApplication::translate("SysctlDocs", "s");
    case SysctlUnit::Milliseconds: return QCoreApplication::translate("SysctlDocs", "ms");
    case SysctlUnit::Microseconds: return QCoreApplication::translate("SysctlDocs", "µs");
    case SysctlUnit::Nanoseconds: return QCoreApplication::translate("SysctlDocs", "ns");
    case SysctlUnit::Centiseconds: return QCoreApplication::translate("SysctlDocs", "1/100 s");
    case SysctlUnit::Jiffies: return QCoreApplication::translate("SysctlDocs", "jiffies");
    case SysctlUnit::Bytes: return QCoreApplication::translate("SysctlDocs", "bytes");
    case SysctlUnit::KiB: return QCoreApplication::translate("SysctlDocs", "KiB");
    case SysctlUnit::Pages: return QCoreApplication::translate("SysctlDocs", "pages");
    case SysctlUnit::Percent: return QCoreApplication::translate("SysctlDocs", "%");
    case SysctlUnit::Packets: return QCoreApplication::translate("SysctlDocs", "packets");
    case SysctlUnit::Entries: return QCoreApplication::translate("SysctlDocs", "entries");
    }
    return {};
}

QString readable(SysctlUnit unit, const QByteArray &value, qint64 pageBytes)
{
    bool ok = false;
    const qint64 n = value.trimmed().toLongLong(&ok);
    if (!ok || n <= 0)
        return {};
    const auto duration = &Formatter::duration;
    const auto size = &Formatter::bytesIfLarge;
    QString out;
    switch (unit) {
    case SysctlUnit::Seconds: out = n >= 60 ? duration(double(n)) : QString(); break;
    case SysctlUnit::Milliseconds: out = n >= 1000 ? duration(n / 1e3) : QString(); break;
    case SysctlUnit::Microseconds: out = n >= 1000000 ? duration(n / 1e6) : QString(); break;
    case SysctlUnit::Nanoseconds: out = n >= 1000000000 ? duration(n / 1e9) : QString(); break;
    case SysctlUnit::Centiseconds: out = n >= 100 ? duration(n / 100.0) : QString(); break;
    case SysctlUnit::Bytes: out = size(double(n)); break;
    case SysctlUnit::KiB: out = size(double(n) * 1024); break;
    case SysctlUnit::Pages: out = pageBytes > 0 ? size(double(n) * double(pageBytes)) : QString(); break;
    default: break;
    }
    return out;
}

} // namespace sysctldocs

} // namespace kc
