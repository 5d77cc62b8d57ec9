// SPDX-License-Identifier: GPL-2.0-or-later
// kchan trace: a command, or a running process, call by call, each call on
// its channel, as strace-like text or JSON lines.
#include "clicommands.h"
#include "clisupport.h"

#include "trace/tracer.h"
#include "trace/syscalldecoder.h"
#include "trace/traceformat.h"

#include <QDateTime>
#include <QFile>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <memory>
#include <fcntl.h>
#include <unistd.h>

namespace kc {

using namespace cli;

namespace {

// Reads what is waiting on a non-blocking descriptor and writes it to stderr.
void forward(int fd)
{
    char chunk[4096];
    for (;;) {
        const ssize_t n = ::read(fd, chunk, sizeof chunk);
        if (n <= 0)
            return;
        std::fwrite(chunk, 1, size_t(n), stderr);
    }
}

// kchan trace --import: the calls of a saved trace, printed as a trace prints them.
int printImported(const QString &path, bool asJson)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err(CliCommands::tr("kchan trace: cannot read %1: %2").arg(path, file.errorString()));
        return 1;
    }
    const TraceFormat::Import in = TraceFormat::readJsonLines(file.readAll());
    QByteArray buf;
    for (const TraceCall &c : in.calls) {
        if (asJson)
            TraceFormat::appendJson(buf, c, in.startMs);
        else
            TraceFormat::appendText(buf, c);
    }
    out(buf);
    std::fflush(stdout);
    if (in.malformed > 0)
        err(CliCommands::tr("kchan trace: %1").arg(in.problemText(path)));
    if (in.calls.isEmpty() && in.malformed > 0)
        return 1;
    return 0;
}

} // namespace

int CliCommands::trace(const QStringList &args)
{
    QCommandLineParser p;
    // What follows the command's name is the command's, options included.
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption only(QStringLiteral("only"),
                                  tr("Trace only these calls, e.g. openat,read; a seccomp filter lets the others run at full speed."),
                                  QStringLiteral("CALLS"));
    const QCommandLineOption stringLimit(QStringLiteral("string-limit"), tr("Show at most N bytes of each string or buffer (default 256)."),
                                         QStringLiteral("N"), QStringLiteral("256"));
    const QCommandLineOption pid(QStringLiteral("pid"), tr("Attach to this running process instead of starting a command."),
                                 QStringLiteral("PID"));
    const QCommandLineOption backend(QStringLiteral("backend"),
                                     tr("How to catch the calls: bpf (root; the program never stops for us), ptrace, or auto "
                                        "(bpf where it can be had, the default)."),
                                     QStringLiteral("HOW"), QStringLiteral("auto"));
    const QCommandLineOption import(QStringLiteral("import"),
                                    tr("Print the calls of a trace saved as JSON lines (by kchan trace --json or the Trace pane) "
                                       "instead of tracing."),
                                    QStringLiteral("FILE"));
    p.addOptions({only, stringLimit, pid, backend, import});
    CommandSpec spec(QStringLiteral("trace"),
                     tr("Run a command under trace, or attach to a running process, following its children and threads, and\n"
                        "print each system call as it completes: its arguments decoded, its result, and the channel of its\n"
                        "descriptors (a procfs file, a device node, a netlink socket with its messages decoded ...).\n"
                        "The trace goes to standard output; the command's own output goes to standard error.\n"
                        "Ctrl-C stops the trace and ends a command kchan started. The exit status is the command's."),
                     {Argument(QStringLiteral("CMD"), tr("The command to run and its arguments, after --."),
                               QStringLiteral("[-- CMD ARGS...]"))});
    spec.minArguments = 0;
    spec.maxArguments = CommandSpec::Unbounded;
    spec.json = tr("Print one JSON object per call.");
    int code = 0;
    if (!parseArgs(p, args, spec, &code))
        return code;
    const QStringList command = p.positionalArguments();
    if (p.isSet(import)) {
        if (!command.isEmpty() || p.isSet(pid)) {
            err(tr("kchan trace: --import reads a file; it takes no command and no --pid; see kchan trace --help"));
            return 2;
        }
        return printImported(p.value(import), p.isSet(QStringLiteral("json")));
    }
    int target = 0;
    if (!pidOption(p, pid, QStringLiteral("trace"), target))
        return 2;
    if ((target > 0) == !command.isEmpty()) {
        err(tr("kchan trace: name a command after -- or a process with --pid, not both; see kchan trace --help"));
        return 2;
    }
    TraceOptions options;
    // kchan started it, so kchan ends it when told to stop.
    options.killLaunchedOnStop = true;
    bool ok = false;
    options.stringLimit = p.value(stringLimit).toInt(&ok);
    if (!ok || options.stringLimit <= 0) {
        err(tr("kchan trace: --string-limit takes a positive number of bytes; see kchan trace --help"));
        return 2;
    }
    const QString backendChoice = p.value(backend);
    if (backendChoice == QLatin1String("bpf")) {
        options.backend = TraceOptions::Backend::Bpf;
    } else if (backendChoice == QLatin1String("ptrace")) {
        options.backend = TraceOptions::Backend::Ptrace;
    } else if (backendChoice != QLatin1String("auto")) {
        err(tr("kchan trace: --backend takes bpf, ptrace or auto; see kchan trace --help"));
        return 2;
    }
    if (p.isSet(only)) {
        for (const QString &name : p.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const int number = SyscallDecoder::callNumber(name.trimmed());
            if (number < 0) {
                err(tr("kchan trace: \"%1\" is not a system call of this architecture; see kchan trace --help").arg(name));
                return 2;
            }
            options.onlyCalls.insert(number);
        }
        if (options.onlyCalls.isEmpty()) {
            err(tr("kchan trace: --only takes system call names separated by commas; see kchan trace --help"));
            return 2;
        }
    }

    // The command's output reaches our stderr through a pipe, so that
    // stdout carries only the trace; the pipe, unlike /dev/stderr, cannot
    // truncate a file that stderr was redirected to.
    int output[2] = {-1, -1};
    if (target == 0) {
        if (::pipe2(output, O_CLOEXEC) != 0) {
            err(tr("kchan trace: cannot make a pipe: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
            return 1;
        }
        ::fcntl(output[0], F_SETFL, O_NONBLOCK);
        const QString path = QStringLiteral("/proc/%1/fd/%2").arg(::getpid()).arg(output[1]);
        options.stdoutPath = path;
    }
    QSocketNotifier outputNotifier(output[0], QSocketNotifier::Read);
    outputNotifier.setEnabled(output[0] >= 0);
    QObject::connect(&outputNotifier, &QSocketNotifier::activated, [&output] { forward(output[0]); });

    const bool asJson = p.isSet(QStringLiteral("json"));
    QString unavailable;
    std::unique_ptr<Tracer> made(Tracer::make(options.backend, nullptr, &unavailable));
    if (!made) {
        err(tr("kchan trace: %1").arg(unavailable));
        return 1;
    }
    Tracer &tracer = *made;
    int caught = 0;
    // The tracer is stopped from our thread, not from a signal handler.
    const SignalCatcher catcher([&](int signal) {
        caught = signal;
        if (tracer.isRunning())
            tracer.stop();
    });
    const qint64 startMs = QDateTime::currentMSecsSinceEpoch();
    auto print = [&](const QList<TraceCall> &calls) {
        if (calls.isEmpty())
            return;
        QByteArray buf;
        buf.reserve(calls.size() * (asJson ? 400 : 120));
        for (const TraceCall &c : calls) {
            if (asJson)
                TraceFormat::appendJson(buf, c, startMs);
            else
                TraceFormat::appendText(buf, c);
        }
        out(buf);
        std::fflush(stdout);
    };
    QObject::connect(&tracer, &Tracer::callsReady, print);
    if (!asJson) {
        QObject::connect(&tracer, &Tracer::processExited, [&](int pid, const QString &how) {
            // Its last calls may still wait in the tracer's queue: they come first.
            print(tracer.takeCalls());
            out(QStringLiteral("[%1] +++ %2 +++\n").arg(pid).arg(how).toUtf8());
            std::fflush(stdout);
        });
    }
    QObject::connect(&tracer, &Tracer::finished, [&](const TraceEnd &end) {
        if (output[0] >= 0)
            forward(output[0]);
        std::fflush(stderr);
        for (const QString &note : end.notes)
            err(tr("kchan trace: %1").arg(note));
        if (!end.error.isEmpty())
            err(tr("kchan trace: %1").arg(end.error));
        QString how = tr("stopped");
        int exitCode = 0;
        if (caught && !(end.exited && end.signal == 0)) {
            // Our stop ended the command (SIGKILL): that is not its status.
            exitCode = 128 + caught;
        } else if (end.exited && end.signal > 0) {
            how = tr("killed by signal %1").arg(end.signal);
            exitCode = 128 + end.signal;
        } else if (end.exited) {
            how = tr("exit status %1").arg(end.exitCode);
            exitCode = end.exitCode;
        }
        // A command that could not run ends (127) before exec: that
        // status is ours, not the command's.
        if (!end.error.isEmpty() || !(end.exited || end.stopped)) {
            how = tr("not traced");
            exitCode = 1;
        }
        err(tr("kchan trace: calls: %1, dropped: %2; %3 (traced with %4)").arg(end.calls).arg(end.dropped).arg(how, tracer.backendName()));
        QCoreApplication::exit(exitCode);
    });

    QString error;
    const bool started = target > 0 ? tracer.attach(target, options, &error) : tracer.start(command, options, &error);
    if (!started) {
        err(tr("kchan trace: %1").arg(error));
        return 1;
    }
    return QCoreApplication::exec();
}

} // namespace kc
