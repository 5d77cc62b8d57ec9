// SPDX-License-Identifier: GPL-2.0-or-later
#include "clisupport.h"

#include "clicommands.h"

#include "source/datasource.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace kc::cli {

namespace {
std::shared_ptr<DataSource> &currentSource()
{
    static std::shared_ptr<DataSource> source = DataSource::local();
    return source;
}
} // namespace

DataSource &source()
{
    return *currentSource();
}

std::shared_ptr<DataSource> sharedSource()
{
    return currentSource();
}

void setSource(std::shared_ptr<DataSource> source)
{
    currentSource() = std::move(source);
}

bool remote()
{
    return currentSource() != DataSource::local();
}

void out(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void err(const QString &message)
{
    const QByteArray b = message.toLocal8Bit() + '\n';
    std::fwrite(b.constData(), 1, size_t(b.size()), stderr);
}

void outJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out(doc.toJson(QJsonDocument::Indented));
}

// TSV cells must not contain tabs or newlines.
QByteArray tsvCell(const QString &s)
{
    QByteArray b = s.toUtf8();
    b.replace('\t', ' ');
    b.replace('\n', ' ');
    return b;
}

QString CommandSpec::jsonHelp()
{
    return CliCommands::tr("Print JSON instead of a table.");
}

bool parseArgs(QCommandLineParser &p, const QStringList &args, const CommandSpec &spec, int *exitCode)
{
    p.setApplicationDescription(spec.description);
    p.addHelpOption();
    if (!spec.json.isEmpty())
        p.addOption(QCommandLineOption(QStringLiteral("json"), spec.json));
    QStringList synopsis;
    for (const Argument &a : spec.arguments) {
        p.addPositionalArgument(a.name, a.description.isEmpty() ? CliCommands::tr("A path under /proc or /sys.") : a.description,
                                a.syntax);
        synopsis.append(a.syntax.isEmpty() ? a.name : a.syntax);
    }
    if (!p.parse(QStringList{QStringLiteral("kchan ") + spec.command} + args)) {
        err(p.errorText());
        *exitCode = 2;
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out(p.helpText().toUtf8());
        *exitCode = 0;
        return false;
    }
    const qsizetype given = p.positionalArguments().size();
    const qsizetype least = spec.minArguments >= 0 ? spec.minArguments : spec.arguments.size();
    const qsizetype most = spec.maxArguments >= 0 ? spec.maxArguments : spec.arguments.size();
    if (given < least || given > most) {
        if (synopsis.isEmpty())
            err(CliCommands::tr("kchan %1: takes no arguments; see kchan %1 --help").arg(spec.command));
        else
            err(CliCommands::tr("kchan %1: expected %2; see kchan %1 --help").arg(spec.command, synopsis.join(QLatin1Char(' '))));
        *exitCode = 2;
        return false;
    }
    return true;
}

QCommandLineOption treeOption()
{
    return QCommandLineOption(QStringLiteral("tree"),
                              CliCommands::tr("With --json, print each message's whole field tree with byte offsets instead of its fields by name."));
}

NlDecoder::JsonShape jsonShape(const QCommandLineParser &p)
{
    return p.isSet(treeOption()) ? NlDecoder::JsonShape::Tree : NlDecoder::JsonShape::Fields;
}

QString normalisedPath(const QString &path)
{
    QString p = path;
    while (p.size() > 1 && p.endsWith(QLatin1Char('/')))
        p.chop(1);
    return p;
}

// --count: -1 when not given; false after saying what is wrong.
bool countOption(const QCommandLineParser &p, const QCommandLineOption &count, const QString &command, qint64 &out)
{
    bool ok = true;
    out = p.isSet(count) ? p.value(count).toLongLong(&ok) : -1;
    if (!ok || (p.isSet(count) && out <= 0)) {
        err(CliCommands::tr("kchan %1: --count takes a positive number").arg(command));
        return false;
    }
    return true;
}

bool pidArgument(const QString &text, const QString &command, int &out)
{
    bool ok = false;
    out = text.toInt(&ok);
    if (!ok || out <= 0) {
        err(CliCommands::tr("kchan %1: %2 is not a process ID").arg(command, text));
        return false;
    }
    return true;
}

bool pidOption(const QCommandLineParser &p, const QCommandLineOption &pid, const QString &command, int &out)
{
    bool ok = true;
    out = p.isSet(pid) ? p.value(pid).toInt(&ok) : 0;
    if (!ok || (p.isSet(pid) && out <= 0)) {
        err(CliCommands::tr("kchan %1: --pid takes a process ID; see kchan %1 --help").arg(command));
        return false;
    }
    return true;
}

// --interval of the sampling commands, in seconds.
bool intervalOption(const QCommandLineParser &p, const QCommandLineOption &interval, const QString &command, double &out)
{
    bool ok = false;
    out = p.value(interval).toDouble(&ok);
    if (!ok || out < 0.05 || out > 3600) {
        err(CliCommands::tr("kchan %1: --interval takes seconds from 0.05 to 3600").arg(command));
        return false;
    }
    return true;
}

bool streamLimits(const QCommandLineParser &p, const QCommandLineOption &count, const QCommandLineOption &timeout,
                  const QString &command, StreamLimits &out)
{
    if (!countOption(p, count, command, out.count))
        return false;
    bool ok = true;
    out.seconds = p.isSet(timeout) ? p.value(timeout).toDouble(&ok) : -1;
    if (!ok || (p.isSet(timeout) && out.seconds <= 0)) {
        err(CliCommands::tr("kchan %1: --timeout takes a positive number of seconds").arg(command));
        return false;
    }
    if (out.seconds > 0)
        QTimer::singleShot(int(out.seconds * 1000), [] { QCoreApplication::exit(0); });
    return true;
}

QJsonObject tableJson(const ParsedTable &t)
{
    QJsonArray columns;
    for (const Column &c : t.columns) {
        QJsonObject o{{QStringLiteral("name"), c.name}, {QStringLiteral("numeric"), c.numeric}};
        if (!c.unit.isEmpty())
            o.insert(QStringLiteral("unit"), c.unit);
        if (!c.description.isEmpty())
            o.insert(QStringLiteral("description"), c.description);
        columns.append(o);
    }
    QJsonArray rows;
    for (const QStringList &r : t.rows)
        rows.append(QJsonArray::fromStringList(r));
    return {{QStringLiteral("title"), t.title}, {QStringLiteral("columns"), columns}, {QStringLiteral("rows"), rows}};
}

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignalHandler(int signal)
{
    const char byte = char(signal);
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &byte, 1);
}

} // namespace

SignalCatcher::SignalCatcher(std::function<void(int)> onSignal)
    : m_onSignal(std::move(onSignal))
{
    if (g_signalPipe[0] < 0 && ::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    struct sigaction sa {};
    sa.sa_handler = onSignalHandler;
    ::sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &sa, nullptr);
    ::sigaction(SIGTERM, &sa, nullptr);
    m_notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(m_notifier, &QSocketNotifier::activated, [this] {
        char byte = 0;
        int caught = 0;
        while (::read(g_signalPipe[0], &byte, 1) == 1)
            caught = byte;
        if (caught != 0)
            m_onSignal(caught);
    });
}

SignalCatcher::~SignalCatcher()
{
    if (m_notifier) {
        ::signal(SIGINT, SIG_DFL);
        ::signal(SIGTERM, SIG_DFL);
    }
    delete m_notifier;
}

} // namespace kc::cli
