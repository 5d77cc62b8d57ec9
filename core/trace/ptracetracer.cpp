// SPDX-License-Identifier: GPL-2.0-or-later
#include "ptracetracer.h"
#include "ptraceengine.h"

#include "fdchannels.h"
#include "io/safereader.h"
#include "netlink/netlinknames.h"
#include "syscalldecoder.h"
#include "traceememory.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMetaObject>
#include <QStandardPaths>

#include <cerrno>
#include <csignal>
#include <cstddef>
#include <cstring>
#include <fcntl.h>
#include <future>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <mutex>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/ptrace.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <vector>

namespace kc {

using namespace ptraceutil;

PtraceTracer::PtraceTracer(QObject *parent)
    : Tracer(parent)
{
}

PtraceTracer::~PtraceTracer()
{
    stop();
}

bool PtraceTracer::start(const QStringList &command, const TraceOptions &options, QString *error)
{
    if (m_running.load() || command.isEmpty()) {
        if (error)
            *error = command.isEmpty() ? tr("No command to run.") : tr("A trace is already running.");
        return false;
    }
    auto engine = std::make_unique<Engine>(this, options);
    Engine *e = engine.get();
    const QStringList cmd = command;
    return launchThread(std::move(engine), [e, cmd] { return e->launch(cmd); }, options, error);
}

bool PtraceTracer::attach(int pid, const TraceOptions &options, QString *error)
{
    if (m_running.load()) {
        if (error)
            *error = tr("A trace is already running.");
        return false;
    }
    TraceOptions o = options;
    o.seccomp = false; // a running process cannot be given a filter
    auto engine = std::make_unique<Engine>(this, o);
    Engine *e = engine.get();
    return launchThread(std::move(engine), [e, pid] { return e->attach(pid); }, o, error);
}

bool PtraceTracer::launchThread(std::unique_ptr<Engine> engine, std::function<QString()> setup, const TraceOptions &options,
                                QString *error)
{
    installWakeHandler();
    if (m_thread.joinable())
        m_thread.join();
    m_stopRequested = false;
    resetDelivery(options.maxQueued);
    m_end = TraceEnd();
    std::promise<QString> ready;
    std::future<QString> result = ready.get_future();
    m_running = true;
    m_thread = std::thread([this, engine = std::move(engine), setup = std::move(setup), &ready]() mutable {
        m_threadTid = int(::gettid());
        const QString failure = setup();
        if (failure.isEmpty())
            m_pid = engine->m_mainPid;
        ready.set_value(failure); // `ready` is gone after this
        if (failure.isEmpty())
            engine->run();
        m_end = engine->m_end;
        engine.reset();
        m_running = false;
        if (failure.isEmpty())
            QMetaObject::invokeMethod(this, [this] { onEngineDone(); }, Qt::QueuedConnection);
    });
    const QString failure = result.get();
    if (!failure.isEmpty()) {
        m_thread.join();
        if (error)
            *error = failure;
        return false;
    }
    return true;
}

void PtraceTracer::stop()
{
    if (!m_thread.joinable())
        return;
    m_stopRequested = true;
    // The signal may land just before the thread blocks in waitpid: repeat
    // it until the thread has ended.
    while (m_running.load()) {
        ::syscall(SYS_tgkill, ::getpid(), m_threadTid.load(), wakeSignal());
        ::usleep(10000);
    }
    m_thread.join();
}

void PtraceTracer::onEngineDone()
{
    if (m_thread.joinable())
        m_thread.join();
    finish(m_end);
}

QString PtraceTracer::attachRefusal(int pid, int error)
{
    if (error == ESRCH || !QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid)))
        return tr("There is no process %1: it has exited, or never was.").arg(pid);
    if (error != EPERM && error != EACCES)
        return tr("Cannot trace process %1: %2").arg(pid).arg(QString::fromLocal8Bit(::strerror(error)));
    if (pid == ::getpid())
        return tr("A process cannot trace itself.");
    const QByteArray tracer = statusField(pid, "TracerPid");
    if (!tracer.isEmpty() && tracer != "0")
        return tr("Process %1 is already traced by process %2; a process has one tracer at a time.").arg(pid).arg(QString::fromLatin1(tracer));
    const ReadResult yama = SafeReader::read(QStringLiteral("/proc/sys/kernel/yama/ptrace_scope"), 64);
    const int scope = yama.ok() ? yama.data.trimmed().toInt() : 0;
    if (scope == 3)
        return tr("Yama forbids all tracing on this system (kernel.yama.ptrace_scope is 3, which lasts until reboot).");
    if (scope == 2 && ::geteuid() != 0)
        return tr("Yama lets only administrators trace (kernel.yama.ptrace_scope is 2): run as root, or with CAP_SYS_PTRACE.");
    const QList<QByteArray> uids = statusField(pid, "Uid").simplified().split(' ');
    const uint me = ::geteuid();
    if (me != 0) {
        for (const QByteArray &u : uids) {
            if (!u.isEmpty() && u.toUInt() != me)
                return tr("Process %1 runs as user %2 and we run as user %3: only root may trace another user's process.")
                    .arg(pid).arg(QString::fromLatin1(u)).arg(me);
        }
        struct stat st {};
        // A process that is not dumpable has its /proc directory owned by root.
        if (::stat(QStringLiteral("/proc/%1").arg(pid).toLocal8Bit().constData(), &st) == 0 && st.st_uid != me)
            return tr("Process %1 is not dumpable (a set-user-ID program, or it asked not to be): only root may trace it.").arg(pid);
        if (scope == 1)
            return tr("Yama lets a process trace only its own descendants (kernel.yama.ptrace_scope is 1): start the program "
                      "under trace instead, or run as root.");
    }
    return tr("The kernel refused to let us trace process %1: %2").arg(pid).arg(QString::fromLocal8Bit(::strerror(error)));
}

} // namespace kc
