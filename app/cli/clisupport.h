// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// What every kchan command shares: output, argument checks, JSON helpers.

#include "netlink/nldecoder.h"
#include "procfs/parsedtable.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QSocketNotifier;

namespace kc {
class DataSource;
}

namespace kc::cli {

/// Where the commands read: this kernel, or the agent --remote or --agent
/// reached. Commands marked throughAgent read only through it.
DataSource &source();
/// The same source, to hold on to (a stream through an agent).
std::shared_ptr<DataSource> sharedSource();
void setSource(std::shared_ptr<DataSource> source);
/// True when the source is an agent.
bool remote();

void out(const QByteArray &bytes);
void err(const QString &message);
void outJson(const QJsonValue &value);
/// TSV cells must not contain tabs or newlines.
QByteArray tsvCell(const QString &s);
/// A positional argument of a command, as --help shows it.
struct Argument {
    Argument(const QString &name, const QString &description = {}, const QString &syntax = {})
        : name(name), description(description), syntax(syntax)
    {
    }
    QString name;        // "PID"
    QString description; // empty: "A path under /proc or /sys."
    QString syntax;      // in the usage line, when not the name: "[PATTERN]", "KEY..."
};

/// What a command takes, for parseArgs.
struct CommandSpec {
    CommandSpec(const QString &command, const QString &description, const QList<Argument> &arguments = {})
        : command(command), description(description), arguments(arguments)
    {
    }
    QString command;     // as typed after kchan: "sysctl get"
    QString description;
    QList<Argument> arguments;
    /// How many positional arguments; -1: as many as named.
    int minArguments = -1;
    int maxArguments = -1;
    /// What --json does; empty: the command has no --json.
    QString json = jsonHelp();
    static QString jsonHelp();
    static constexpr int Unbounded = 1 << 20;
};

/// Parses `args` (what follows the command's name) against `spec`, after
/// the command's own options are added to `p`: adds --help, --json and the
/// arguments, prints help or the error itself. Returns false to exit with
/// *exitCode: 0 after --help, 2 for a usage error.
bool parseArgs(QCommandLineParser &p, const QStringList &args, const CommandSpec &spec, int *exitCode);
QString normalisedPath(const QString &path);
/// --tree of monitor and decode: the whole field tree instead of fields by name.
QCommandLineOption treeOption();
/// The JSON shape `p` asks for with treeOption().
NlDecoder::JsonShape jsonShape(const QCommandLineParser &p);

/// --count and --timeout of the streaming commands.
struct StreamLimits {
    qint64 count = -1;
    double seconds = -1;
};
/// --count: -1 when not given; false after saying what is wrong.
bool countOption(const QCommandLineParser &p, const QCommandLineOption &count, const QString &command, qint64 &out);
/// Ctrl-C and SIGTERM, delivered to the event loop (through a pipe) rather
/// than ending the process: `onSignal` runs on the main thread with the
/// signal's number, so a stream can write what it holds and stop cleanly.
/// One per process, alive for the command's run.
class SignalCatcher
{
public:
    explicit SignalCatcher(std::function<void(int)> onSignal);
    ~SignalCatcher();
    SignalCatcher(const SignalCatcher &) = delete;
    SignalCatcher &operator=(const SignalCatcher &) = delete;
    /// False when the pipe could not be made (then signals end the process).
    bool ok() const { return m_notifier != nullptr; }

private:
    std::function<void(int)> m_onSignal;
    QSocketNotifier *m_notifier = nullptr;
};

/// A process ID given as an argument; false after saying what is wrong.
bool pidArgument(const QString &text, const QString &command, int &out);
/// --pid: 0 when not given; false after saying what is wrong.
bool pidOption(const QCommandLineParser &p, const QCommandLineOption &pid, const QString &command, int &out);
/// --interval of the sampling commands, in seconds.
bool intervalOption(const QCommandLineParser &p, const QCommandLineOption &interval, const QString &command, double &out);
/// Both checked alike; a stream with a timeout ends itself.
bool streamLimits(const QCommandLineParser &p, const QCommandLineOption &count, const QCommandLineOption &timeout,
                  const QString &command, StreamLimits &out);
QJsonObject tableJson(const ParsedTable &t);

} // namespace kc::cli
