// SPDX-License-Identifier: GPL-2.0-or-later
#include "tracelaunch.h"

#include "syscalldecoder.h"

#include <QStandardPaths>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace kc::tracelaunch {

namespace {

// Why the held child failed before exec, as it reports it on a pipe.
struct ChildFailure {
    enum Stage : int { None, Stdio, Directory, Seccomp, Exec };
    int stage = None;
    int error = 0;
};

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

void Held::release()
{
    if (goPipe < 0)
        return;
    const char go = 1;
    (void)!::write(goPipe, &go, 1);
    ::close(goPipe);
    goPipe = -1;
}

void Held::abandon()
{
    if (pid > 0)
        ::kill(pid, SIGKILL); // ours: started here, never ran
    for (int *fd : {&infoPipe, &goPipe}) {
        if (*fd >= 0)
            ::close(*fd);
        *fd = -1;
    }
    pid = 0;
}

QString start(const QStringList &command, const TraceOptions &options, pid_t allowTracer, const sock_fprog *filter, Held *held)
{
    *held = Held();
    const QString program = command.value(0);
    QString path = program;
    if (!path.contains(QLatin1Char('/'))) {
        const QString found = QStandardPaths::findExecutable(path);
        if (!found.isEmpty())
            path = found;
    }
    // Everything the child needs is made before fork: after it, only
    // async-signal-safe calls.
    const QByteArray pathBytes = path.toLocal8Bit();
    QList<QByteArray> argBytes;
    for (const QString &a : command)
        argBytes.append(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : argBytes)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    const QByteArray dir = options.workingDirectory.toLocal8Bit();
    const QByteArray stdio[3] = {options.stdinPath.toLocal8Bit(), options.stdoutPath.toLocal8Bit(), options.stderrPath.toLocal8Bit()};
    const bool root = ::geteuid() == 0;

    int info[2], go[2];
    if (::pipe2(info, O_CLOEXEC) != 0)
        return errnoText(errno);
    if (::pipe2(go, O_CLOEXEC) != 0) {
        ::close(info[0]);
        ::close(info[1]);
        return errnoText(errno);
    }
    const pid_t middle = ::fork();
    if (middle < 0) {
        const int e = errno;
        for (int fd : {info[0], info[1], go[0], go[1]})
            ::close(fd);
        return errnoText(e);
    }
    if (middle == 0) {
        const pid_t child = ::fork();
        if (child != 0) {
            const int report = child > 0 ? int(child) : -errno;
            (void)!::write(info[1], &report, sizeof report);
            ::_exit(0);
        }
        // Yama (ptrace_scope 1) lets only an ancestor trace; we no longer are one.
        if (allowTracer > 0)
            ::prctl(PR_SET_PTRACER, allowTracer, 0, 0, 0);
        ::close(info[0]);
        ::close(go[1]);
        char byte = 0;
        while (::read(go[0], &byte, 1) < 0 && errno == EINTR) {
        }
        if (byte != 1)
            ::_exit(127);
        auto fail = [&](int stage) {
            const ChildFailure f{stage, errno};
            (void)!::write(info[1], &f, sizeof f);
            ::_exit(127);
        };
        for (int i = 0; i < 3; ++i) {
            if (stdio[i].isEmpty())
                continue;
            const int fd = ::open(stdio[i].constData(), (i == 0 ? O_RDONLY : O_WRONLY | O_CREAT | O_TRUNC) | O_CLOEXEC, 0644);
            if (fd < 0 || ::dup2(fd, i) < 0)
                fail(ChildFailure::Stdio);
            ::close(fd);
        }
        if (!dir.isEmpty() && ::chdir(dir.constData()) != 0)
            fail(ChildFailure::Directory);
        if (filter && filter->len > 0) {
            // Without CAP_SYS_ADMIN a filter needs no_new_privs.
            if (!root)
                ::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
            if (::prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, filter) != 0)
                fail(ChildFailure::Seccomp);
        }
        ::execve(pathBytes.constData(), argv.data(), environ);
        fail(ChildFailure::Exec);
    }
    ::close(info[1]);
    ::close(go[0]);
    int status = 0;
    while (::waitpid(middle, &status, __WALL | __WNOTHREAD) < 0 && errno == EINTR) {
    }
    int child = 0;
    const ssize_t n = ::read(info[0], &child, sizeof child);
    if (n != ssize_t(sizeof child) || child <= 0) {
        ::close(info[0]);
        ::close(go[1]);
        return Tracer::tr("Could not start %1: %2").arg(program, errnoText(n == sizeof child ? -child : EIO));
    }
    held->pid = child;
    held->infoPipe = info[0];
    held->goPipe = go[1];
    return {};
}

QString failure(int infoPipe, const QString &program, const QString &workingDirectory)
{
    ChildFailure f;
    if (infoPipe < 0 || ::read(infoPipe, &f, sizeof f) != ssize_t(sizeof f))
        return {};
    const QString reason = QStringLiteral("%1 (%2)").arg(SyscallDecoder::errnoMessage(f.error), SyscallDecoder::errnoName(f.error));
    switch (f.stage) {
    case ChildFailure::Exec: return Tracer::tr("Cannot run %1: %2").arg(program, reason);
    case ChildFailure::Directory: return Tracer::tr("Cannot change to the directory %1: %2").arg(workingDirectory, reason);
    case ChildFailure::Seccomp: return Tracer::tr("Cannot install the seccomp filter: %1").arg(reason);
    default: return Tracer::tr("Cannot redirect the standard streams of %1: %2").arg(program, reason);
    }
}

} // namespace kc::tracelaunch
