// SPDX-License-Identifier: GPL-2.0-or-later
#include "processscanner.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

namespace kc {

namespace {

constexpr unsigned long PF_KTHREAD_FLAG = 0x00200000;

// Reads a whole small file relative to dirfd; returns bytes read or -1.
// For the files read here (stat and cmdline of a process) the kernel hands
// out everything it has in one read, so a short read is the end: asking
// again for the end of file would cost a system call per file.
ssize_t readAt(int dirfd, const char *name, char *buf, size_t cap)
{
    const int fd = ::openat(dirfd, name, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return -1;
    size_t have = 0;
    while (have < cap) {
        const size_t want = cap - have;
        const ssize_t n = ::read(fd, buf + have, want);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        if (n == 0)
            break;
        have += size_t(n);
        if (size_t(n) < want && n < 4096)
            break; // short, and not a page of a reader that goes by pages
    }
    ::close(fd);
    return ssize_t(have);
}

long pageKiB()
{
    static const long kib = ::sysconf(_SC_PAGESIZE) / 1024;
    return kib;
}

bool readProcess(int procfd, const char *pidName, ProcessInfo &info)
{
    // "PID/stat" relative to /proc: one path lookup per file and no
    // directory descriptor to open and close for each process.
    char path[32];
    const int base = std::snprintf(path, sizeof path, "%s/", pidName);
    if (base <= 0 || size_t(base) + 8 > sizeof path)
        return false;
    char *leaf = path + base;
    char buf[4096];
    std::memcpy(leaf, "stat", 5);
    ssize_t n = readAt(procfd, path, buf, sizeof buf);
    if (n <= 0 || !ProcessScanner::parseStatLine(buf, size_t(n), info))
        return false;
    // The kernel gives /proc/PID itself the effective user and group of
    // the process, dumpable or not, so that a stat() answers what would
    // otherwise take formatting the whole of /proc/PID/status.
    struct stat st;
    if (::fstatat(procfd, pidName, &st, 0) == 0)
        info.uid = st.st_uid;
    // Kernel threads have no command line and no memory; do not ask.
    if (info.kernelThread)
        return true;
    // Resident memory as ps and /proc/PID/status count it: statm sums the
    // kernel's per-CPU counters, where stat's field 24 only reads them and
    // comes out a few per cent low on a busy process.
    std::memcpy(leaf, "statm", 6);
    n = readAt(procfd, path, buf, sizeof buf - 1);
    if (n > 0) {
        buf[n] = '\0';
        unsigned long long size = 0, resident = 0;
        if (std::sscanf(buf, "%llu %llu", &size, &resident) == 2)
            info.rssKiB = resident * static_cast<unsigned long long>(pageKiB());
    }
    char args[32 * 1024];
    std::memcpy(leaf, "cmdline", 8);
    n = readAt(procfd, path, args, sizeof args);
    if (n > 0) {
        while (n > 0 && args[n - 1] == '\0')
            --n;
        for (ssize_t i = 0; i < n; ++i) {
            if (args[i] == '\0')
                args[i] = ' ';
        }
        info.cmdline = QString::fromUtf8(args, n);
    }
    return true;
}

} // namespace

bool ProcessScanner::parseStatLine(const char *data, size_t size, ProcessInfo &info)
{
    // "pid (comm) state ppid ..." where comm may hold spaces and ')'.
    const char *end = data + size;
    const char *open = static_cast<const char *>(std::memchr(data, '(', size));
    const char *close = nullptr;
    for (const char *p = end; p > data; --p) {
        if (p[-1] == ')') {
            close = p - 1;
            break;
        }
    }
    if (!open || !close || close < open || close + 2 >= end)
        return false;
    char *num = nullptr;
    info.pid = int(std::strtol(data, &num, 10));
    if (num == data || info.pid <= 0)
        return false;
    info.comm = QString::fromUtf8(open + 1, int(close - open - 1));
    const char *p = close + 2;
    info.state = *p;
    ++p;
    // Fields after state, numbered from 4 (ppid) as in proc_pid_stat(5).
    unsigned long long values[21] = {};
    int field = 4;
    while (p < end && field <= 24) {
        while (p < end && *p == ' ')
            ++p;
        char *after = nullptr;
        const long long v = std::strtoll(p, &after, 10);
        if (after == p)
            return false;
        values[field - 4] = static_cast<unsigned long long>(v);
        p = after;
        ++field;
    }
    if (field <= 24)
        return false;
    info.ppid = int(values[4 - 4]);
    const unsigned long flags = static_cast<unsigned long>(values[9 - 4]);
    info.threads = int(values[20 - 4]);
    info.cpuTicks = values[14 - 4] + values[15 - 4];
    info.startTicks = values[22 - 4];
    info.rssKiB = values[24 - 4] * static_cast<unsigned long long>(pageKiB());
    info.kernelThread = (flags & PF_KTHREAD_FLAG) != 0;
    return true;
}

ProcessInfo ProcessScanner::read(int pid)
{
    ProcessInfo info;
    const int procfd = ::open("/proc", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (procfd < 0)
        return info;
    char name[16];
    std::snprintf(name, sizeof name, "%d", pid);
    if (!readProcess(procfd, name, info))
        info = ProcessInfo();
    ::close(procfd);
    return info;
}

QList<ProcessInfo> ProcessScanner::scan()
{
    QList<ProcessInfo> out;
    DIR *dir = ::opendir("/proc");
    if (!dir)
        return out;
    const int procfd = ::dirfd(dir);

    // The kernel formats each file on read, so the cost is per process and
    // spreads over cores. /proc's link count is the number of processes
    // plus a few: small systems stay on one thread.
    struct stat procStat {};
    const bool many = ::fstat(procfd, &procStat) == 0 && procStat.st_nlink > 160;
    const unsigned hw = std::max(1u, std::thread::hardware_concurrency());
    const size_t workers = many ? std::min<size_t>(hw, 4) : 1;

    // Helpers are started before the directory is read: a new thread can
    // wait a while for an idle CPU to wake, and until it does the calling
    // thread takes the work alone. Work is handed out in small chunks, so
    // whoever is running takes what is left.
    std::vector<std::array<char, 16>> names;
    names.reserve(many ? size_t(procStat.st_nlink) + 64 : 256);
    std::mutex listed;
    std::condition_variable listedCv;
    bool namesReady = false;
    std::atomic<size_t> next {0};
    constexpr size_t Chunk = 8;
    std::vector<std::vector<ProcessInfo>> parts(workers);
    auto work = [&](size_t w) {
        {
            std::unique_lock<std::mutex> lock(listed);
            listedCv.wait(lock, [&] { return namesReady; });
        }
        std::vector<ProcessInfo> &part = parts[w];
        const size_t count = names.size();
        part.reserve(count / workers + Chunk);
        for (size_t from = next.fetch_add(Chunk); from < count; from = next.fetch_add(Chunk)) {
            for (size_t i = from; i < std::min(from + Chunk, count); ++i) {
                ProcessInfo info;
                // A process may exit between readdir() and the reads: skip it.
                if (readProcess(procfd, names[i].data(), info))
                    part.push_back(std::move(info));
            }
        }
    };
    std::vector<std::thread> threads;
    for (size_t w = 1; w < workers; ++w) {
        // Out of threads (RLIMIT_NPROC, a cgroup's pids.max): the calling
        // thread takes the rest; work is shared out as it is taken.
        try {
            threads.emplace_back(work, w);
        } catch (const std::system_error &) {
            break;
        }
    }

    while (const dirent *e = ::readdir(dir)) {
        if (e->d_name[0] < '1' || e->d_name[0] > '9' || std::strlen(e->d_name) >= 16)
            continue;
        std::array<char, 16> n {};
        std::strcpy(n.data(), e->d_name);
        names.push_back(n);
    }
    {
        std::lock_guard<std::mutex> lock(listed);
        namesReady = true;
    }
    listedCv.notify_all();
    work(0);
    for (std::thread &t : threads)
        t.join();
    ::closedir(dir);

    out.reserve(qsizetype(names.size()));
    for (auto &part : parts) {
        for (ProcessInfo &p : part)
            out.append(std::move(p));
    }
    std::sort(out.begin(), out.end(), [](const ProcessInfo &a, const ProcessInfo &b) { return a.pid < b.pid; });
    return out;
}

} // namespace kc
