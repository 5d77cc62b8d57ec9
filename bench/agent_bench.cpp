// SPDX-License-Identifier: GPL-2.0-or-later
// bench/agent: what reading through the agent costs, with 500 extra
// sleeping processes. First, one connection kept open, as the GUI keeps
// it: 30 process scans through `kchan agent --stdio` (the agent scans and
// frames the list in CBOR, we decode it) against 30 scans of this kernel
// in this process, CPU of both ends. Then the line the ratio is taken
// from: `kchan --agent 'kchan agent --stdio' procs` against `kchan procs`,
// 20 repetitions each, medians of CPU time of client and agent together
// (a second kchan process starts for every run). Then, as root, in a
// private network namespace: a burst of about 10,000 rtnetlink
// notifications (1,250 veth pairs created, set up, addressed and deleted)
// watched by `kchan --agent 'kchan agent --stdio' monitor route:link,addr
// --json` (CPU of client and agent) against `kchan monitor
// route:link,addr --json` reading this kernel (CPU), 5 runs alternating,
// medians of the CPU spent from subscribing to the last message. Goal:
// both ratios <= 1.5; the line "ratio =" gives the larger of the two.
#include "benchrunner.h"

#include "source/agentsource.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QStringList>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

double selfCpuMs()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000.0 + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000.0;
}

/// utime + stime of a process we started, from /proc/PID/stat.
double processCpuMs(pid_t pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = f.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    // Fields from state (3): utime is 14, stime 15.
    const double ticks = fields.value(11).toDouble() + fields.value(12).toDouble();
    return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

/// CPU time a process has run, in ms: the sum of its threads'
/// /proc/PID/task/TID/schedstat (the client reads the agent on a thread of
/// its own).
double scheduledMs(pid_t pid)
{
    double ns = 0;
    const QString tasks = QStringLiteral("/proc/%1/task").arg(pid);
    for (const QString &tid : QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile f(tasks + QLatin1Char('/') + tid + QStringLiteral("/schedstat"));
        if (f.open(QIODevice::ReadOnly))
            ns += f.readAll().split(' ').value(0).toDouble();
    }
    return ns / 1e6;
}

pid_t spawnTo(const std::vector<std::string> &argv, const std::string &out, const std::string &err)
{
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    std::vector<char *> args;
    for (const std::string &a : argv)
        args.push_back(const_cast<char *>(a.c_str()));
    args.push_back(nullptr);
    pid_t pid = -1;
    if (posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ) != 0)
        pid = -1;
    posix_spawn_file_actions_destroy(&actions);
    return pid;
}

QByteArray slurp(const std::string &path)
{
    QFile f(QString::fromStdString(path));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool waitFor(const std::string &path, const char *text, int timeoutMs)
{
    for (int waited = 0; waited < timeoutMs; waited += 50) {
        if (slurp(path).contains(text))
            return true;
        ::usleep(50000);
    }
    return false;
}

struct BurstRun {
    double cpuMs = 0;
    int notifications = 0;
};

/// One burst watched by `argv`: CPU from subscribing to the last message,
/// of the process and (through the agent) of the agent it started.
bool burst(const std::vector<std::string> &argv, const std::string &dir, BurstRun *run)
{
    const std::string out = dir + "/out", err = dir + "/err";
    const pid_t pid = spawnTo(argv, out, err);
    if (pid < 0)
        return false;
    const bool listening = waitFor(err, "listening", 20000);
    ::usleep(200000);
    // Through the agent, the agent is the client's child.
    const QByteArray children = slurp("/proc/" + std::to_string(pid) + "/task/" + std::to_string(pid) + "/children").trimmed();
    const pid_t agent = children.isEmpty() ? -1 : pid_t(children.split(' ').first().toInt());
    const auto cpu = [&] { return scheduledMs(pid) + (agent > 0 ? scheduledMs(agent) : 0); };
    const double before = cpu();
    const pid_t ip = spawnTo({"ip", "-batch", dir + "/batch"}, "/dev/null", dir + "/ip.err");
    int status = 0;
    if (ip > 0)
        ::waitpid(ip, &status, 0);
    const bool whole = listening && ip > 0 && waitFor(out, "kcend", 120000);
    ::usleep(500000); // what follows the sentinel
    run->cpuMs = cpu() - before;
    ::kill(pid, SIGTERM); // the monitor we started
    ::waitpid(pid, &status, 0);
    ::system("ip link del kcend0 2>/dev/null");
    run->notifications = 0;
    for (const QByteArray &line : slurp(out).split('\n')) {
        if (line.contains("\"type\":\"RTM_NEWLINK\"") || line.contains("\"type\":\"RTM_DELLINK\"") || line.contains("\"type\":\"RTM_NEWADDR\"")
            || line.contains("\"type\":\"RTM_DELADDR\""))
            ++run->notifications;
    }
    return whole;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

/// The burst half; its ratio, or a negative number when it cannot run here.
double burstHalf()
{
    if (::geteuid() != 0) {
        std::printf("rtnetlink burst: skipped, it needs root (a private network namespace with veth devices)\n");
        return -1;
    }
    if (::unshare(CLONE_NEWNET) != 0) {
        std::printf("rtnetlink burst: skipped, no private network namespace here (%s)\n", std::strerror(errno));
        return -1;
    }
    char dirTemplate[] = "/tmp/kc-bench-agent-XXXXXX";
    const std::string dir = ::mkdtemp(dirTemplate);
    {
        constexpr int pairs = 1250;
        QFile batch(QString::fromStdString(dir + "/batch"));
        batch.open(QIODevice::WriteOnly);
        for (int i = 0; i < pairs; ++i) {
            batch.write(QStringLiteral("link add kcb%1 type veth peer name kcp%1\nlink set kcb%1 up\naddr add 10.%2.%3.1/24 dev kcb%1\nlink del kcb%1\n")
                            .arg(i).arg(i / 250).arg(i % 250).toUtf8());
        }
        batch.write("link add kcend0 type veth peer name kcend1\n");
    }
    const std::vector<std::string> agent = {"kchan", "--agent", "kchan agent --stdio", "monitor", "route:link,addr", "--json"};
    const std::vector<std::string> local = {"kchan", "monitor", "route:link,addr", "--json"};
    std::vector<double> ours, peer, oursPer, peerPer;
    int oursSeen = 0, peerSeen = 0;
    for (int rep = 0; rep < 5; ++rep) {
        BurstRun a, b;
        if (!burst(agent, dir, &a) || !burst(local, dir, &b)) {
            std::printf("rtnetlink burst: a run did not see the whole burst; see %s\n", dir.c_str());
            return -1;
        }
        std::printf("  run %d: through the agent %d notifications in %.1f ms CPU; here %d in %.1f ms CPU\n", rep + 1, a.notifications, a.cpuMs,
                    b.notifications, b.cpuMs);
        ours.push_back(a.cpuMs);
        peer.push_back(b.cpuMs);
        oursSeen = a.notifications;
        peerSeen = b.notifications;
        oursPer.push_back(a.cpuMs * 1000.0 / std::max(1, a.notifications));
        peerPer.push_back(b.cpuMs * 1000.0 / std::max(1, b.notifications));
    }
    ::system(("rm -rf " + dir).c_str());
    const double ratio = median(oursPer) / median(peerPer);
    std::printf("rtnetlink burst, 5 runs alternating, medians:\n");
    std::printf("  ours: kchan --agent 'kchan agent --stdio' monitor route:link,addr --json  %d notifications  %.1f ms CPU (client and agent)  %.2f us each\n",
                oursSeen, median(ours), median(oursPer));
    std::printf("  peer: kchan monitor route:link,addr --json                                %d notifications  %.1f ms CPU  %.2f us each\n", peerSeen,
                median(peer), median(peerPer));
    std::printf("  CPU per notification ratio, ours / peer: %.3f\n", ratio);
    return ratio;
}

} // namespace

int main()
{
    const std::vector<int> children = kcbench::spawnSleepers(500, false);
    std::printf("started %zu sleeping processes\n", children.size());

    constexpr int scans = 30;
    QString error;
    auto agent = kc::AgentSource::start({QStringLiteral("kchan"), QStringLiteral("agent"), QStringLiteral("--stdio")}, &error);
    if (!agent) {
        std::fprintf(stderr, "cannot start the agent: %s\n", qPrintable(error));
        kcbench::killSleepers(children);
        return 1;
    }
    agent->processes(); // warm-up, both ends
    kc::DataSource::local()->processes();
    double self0 = selfCpuMs(), agent0 = processCpuMs(agent->pid());
    qsizetype seen = 0;
    for (int i = 0; i < scans; ++i)
        seen += agent->processes().size();
    const double throughAgent = (selfCpuMs() - self0) + (processCpuMs(agent->pid()) - agent0);
    self0 = selfCpuMs();
    for (int i = 0; i < scans; ++i)
        seen += kc::DataSource::local()->processes().size();
    const double here = selfCpuMs() - self0;
    agent.reset();
    std::printf("one connection kept open, %d scans of about %lld processes each:\n", scans, (long long)(seen / (2 * scans)));
    std::printf("  through the agent: %7.2f ms CPU per scan (both ends)\n", throughAgent / scans);
    std::printf("  read here:         %7.2f ms CPU per scan\n", here / scans);
    std::printf("  per-scan ratio:    %7.3f\n", throughAgent / here);

    double procsRatio = 0;
    const int rc = kcbench::compare("a whole kchan procs run through the agent vs read here",
                                    {"kchan", "--agent", "kchan agent --stdio", "procs"},
                                    {"kchan", "procs"}, 20, kcbench::Measure::Cpu, &procsRatio);
    kcbench::killSleepers(children);
    if (rc != 0)
        return rc;
    const double burstRatio = burstHalf();
    std::printf("the larger of the two ratios (procs %.3f, burst %s):\n", procsRatio,
                burstRatio < 0 ? "not measured" : QByteArray::number(burstRatio, 'f', 3).constData());
    std::printf("ratio = %.3f\n", std::max(procsRatio, burstRatio));
    return 0;
}
