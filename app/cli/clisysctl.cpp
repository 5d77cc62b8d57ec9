// SPDX-License-Identifier: GPL-2.0-or-later
// kchan sysctl and its get, set, snapshot and diff: the kernel's tunables.
#include "clicommands.h"
#include "clisupport.h"

#include "io/safereader.h"
#include "source/datasource.h"
#include "sysctl/sysctl.h"
#include "sysctl/sysctldocs.h"
#include "sysctl/sysctlsnapshot.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <cstdio>

namespace kc {

using namespace cli;

namespace {

// A glob when the pattern has one, else a part of the key.
bool keyMatches(const QString &key, const QString &pattern, const QRegularExpression &glob)
{
    if (pattern.isEmpty())
        return true;
    if (glob.isValid() && !glob.pattern().isEmpty())
        return glob.match(key).hasMatch();
    return key.contains(pattern);
}

// One key as --json shows it; the dump is an array of these.
QJsonObject sysctlJson(const SysctlEntry &e)
{
    QJsonObject o{{QStringLiteral("key"), e.key}};
    if (e.ok()) {
        o.insert(QStringLiteral("value"), QString::fromUtf8(e.value));
        if (const QStringList values = e.values(); values.size() > 1)
            o.insert(QStringLiteral("values"), QJsonArray::fromStringList(values));
    } else {
        o.insert(QStringLiteral("value"), QJsonValue::Null);
        o.insert(QStringLiteral("reason"), e.reason);
    }
    o.insert(QStringLiteral("status"), SafeReader::statusKey(e.status));
    o.insert(QStringLiteral("mode"), QString::number(e.mode, 8));
    // Whether the reader could write it: us, or the user the agent runs as.
    o.insert(QStringLiteral("writable"), remote() ? Sysctl::writableAs(e.mode, source().info().runtime.euid) : Sysctl::writableByUs(e.mode));
    if (const SysctlDoc *doc = sysctldocs::find(e.key)) {
        o.insert(QStringLiteral("description"), doc->description());
        if (doc->unit != SysctlUnit::None)
            o.insert(QStringLiteral("unit"), sysctldocs::unitName(doc->unit));
    }
    return o;
}

QString keyHelp()
{
    return CliCommands::tr("A dotted key such as net.ipv4.ip_forward.");
}

// A value may be negative, as in "kchan sysctl set kernel.panic -1": a word
// starting with a minus and a digit is a value, not an option, so it is
// moved behind "--". Arguments that already have "--" are left alone.
QStringList negativeValuesAsArguments(const QStringList &args)
{
    if (args.contains(QLatin1String("--")))
        return args;
    static const QRegularExpression negative(QStringLiteral("^-[0-9]"));
    QStringList rest;
    QStringList values;
    for (const QString &a : args)
        (negative.match(a).hasMatch() ? values : rest).append(a);
    if (values.isEmpty())
        return args;
    return rest + QStringList{QStringLiteral("--")} + values;
}

} // namespace

int CliCommands::sysctl(const QStringList &args)
{
    QCommandLineParser p;
    CommandSpec spec(QStringLiteral("sysctl"),
                     tr("Every kernel tunable under /proc/sys: key, value, and what it means.\n"
                        "Subcommands: get KEY, set KEY VALUE [--yes], snapshot FILE, diff A [B]."),
                     {Argument(QStringLiteral("PATTERN"), tr("Only keys containing this text, or matching it when it has * or ?."),
                               QStringLiteral("[PATTERN]"))});
    spec.minArguments = 0;
    int code = 0;
    if (!parseArgs(p, args, spec, &code))
        return code;
    const QString pattern = p.positionalArguments().value(0);
    QRegularExpression glob;
    if (pattern.contains(QLatin1Char('*')) || pattern.contains(QLatin1Char('?')))
        glob = QRegularExpression(QRegularExpression::wildcardToRegularExpression(pattern, QRegularExpression::NonPathWildcardConversion));
    const bool asJson = p.isSet(QStringLiteral("json"));
    const std::vector<SysctlEntry> entries = source().sysctl();
    if (entries.empty()) {
        if (const QString lost = source().lostReason(); !lost.isEmpty())
            err(tr("kchan sysctl: %1").arg(lost));
        else
            err(tr("kchan sysctl: %1 cannot be read; is /proc mounted?").arg(SysctlPath::defaultRoot()));
        return 1;
    }
    QByteArray buf;
    QJsonArray array;
    bool first = true;
    for (const SysctlEntry &e : entries) {
        if (!keyMatches(e.key, pattern, glob))
            continue;
        first = false;
        if (asJson) {
            array.append(sysctlJson(e));
        } else if (e.ok()) {
            // The familiar "key = value" on stdout; what cannot be read
            // says why on stderr, as sysctl(8) does.
            QByteArray v = e.value;
            v.replace('\n', ' ');
            buf += e.key.toUtf8() + " = " + v + '\n';
        } else {
            err(tr("kchan sysctl: %1: %2").arg(e.key, e.reason));
        }
    }
    if (asJson)
        outJson(array);
    else
        out(buf);
    if (first && !pattern.isEmpty()) {
        err(tr("kchan sysctl: no key matches \"%1\"").arg(pattern));
        return 1;
    }
    return 0;
}

int CliCommands::sysctlGet(const QStringList &args)
{
    QCommandLineParser p;
    int code = 0;
    if (!parseArgs(p, args,
                   CommandSpec(QStringLiteral("sysctl get"), tr("Print the value of one sysctl key."), {Argument(QStringLiteral("KEY"), keyHelp())}),
                   &code))
        return code;
    const SysctlEntry e = source().sysctlKey(p.positionalArguments().first());
    if (p.isSet(QStringLiteral("json"))) {
        outJson(sysctlJson(e));
        return e.ok() ? 0 : 1;
    }
    if (!e.ok()) {
        err(tr("kchan sysctl get: %1").arg(e.reason));
        return 1;
    }
    out(e.value + '\n');
    return 0;
}

int CliCommands::sysctlSet(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption yes(QStringLiteral("yes"), tr("Do not ask for confirmation."));
    p.addOption(yes);
    CommandSpec spec(QStringLiteral("sysctl set"), tr("Write a value to a sysctl key, after showing the equivalent sysctl -w and asking.\n"
                        "Only the kernel refuses a value: one that looks wrong to us (outside the range we know, not a number) is noted and still offered."),
                     {Argument(QStringLiteral("KEY"), keyHelp()),
                      Argument(QStringLiteral("VALUE"), tr("The new value; several numbers separated by spaces in one argument. A negative number such as -1 is a value, not an option."))});
    spec.json.clear();
    int code = 0;
    if (!parseArgs(p, negativeValuesAsArguments(args), spec, &code))
        return code;
    const QString key = p.positionalArguments()[0];
    const QString value = p.positionalArguments()[1];
    const SysctlEntry before = source().sysctlKey(key);
    if (before.status == ReadStatus::NotFound) {
        err(tr("kchan sysctl set: %1").arg(before.reason));
        return 1;
    }
    if (const QString problem = Sysctl::checkText(value); !problem.isEmpty()) {
        err(tr("kchan sysctl set: %1 Nothing was written.").arg(problem));
        return 2;
    }
    // What looks wrong to us is said, not refused: the kernel is the judge.
    if (const QString advice = Sysctl::advice(key, before.value, value); !advice.isEmpty())
        err(tr("kchan sysctl set: note: %1 Only the kernel decides, so the value is offered as typed.").arg(advice));
    if (!p.isSet(yes)) {
        const QString where = remote() ? tr(" on %1").arg(source().info().hostname) : QString();
        err(tr("This will run the equivalent of:\n  %1%2\nThe value now is: %3\nWrite it? [y/N] ")
                .arg(Sysctl::commandLine(key, value), where, before.ok() ? QString::fromUtf8(before.value) : before.reason));
        char answer[16] = {};
        if (!std::fgets(answer, sizeof answer, stdin) || (answer[0] != 'y' && answer[0] != 'Y')) {
            err(tr("Nothing was written."));
            return 1;
        }
    }
    const SysctlWriteResult r = source().writeSysctl(key, value);
    if (!r.ok) {
        err(tr("kchan sysctl set: %1 The value stays %2.")
                .arg(r.message, before.ok() ? QString::fromUtf8(before.value) : tr("as it was")));
        return 1;
    }
    const SysctlEntry after = source().sysctlKey(key);
    out(key.toUtf8() + " = " + after.value + '\n');
    return 0;
}

int CliCommands::sysctlSnapshot(const QStringList &args)
{
    QCommandLineParser p;
    CommandSpec spec(QStringLiteral("sysctl snapshot"), tr("Save the value of every readable key to a JSON file."),
                     {Argument(QStringLiteral("FILE"), tr("Where to write the snapshot."))});
    spec.json.clear();
    int code = 0;
    if (!parseArgs(p, args, spec, &code))
        return code;
    const QString file = p.positionalArguments().first();
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(SysctlSnapshot::fromEntries(Sysctl::readAll()).toJson()) < 0) {
        err(tr("kchan sysctl snapshot: cannot write %1: %2").arg(file, f.errorString()));
        return 1;
    }
    return 0;
}

int CliCommands::sysctlDiff(const QStringList &args)
{
    QCommandLineParser p;
    CommandSpec spec(QStringLiteral("sysctl diff"),
                     tr("Compare a saved snapshot A with snapshot B, or with the values now. Exit status 3 when they differ."),
                     {Argument(QStringLiteral("A"), tr("A snapshot file"), QStringLiteral("A [B]"))});
    spec.minArguments = 1;
    spec.maxArguments = 2;
    spec.json.clear();
    int code = 0;
    if (!parseArgs(p, args, spec, &code))
        return code;
    const QStringList files = p.positionalArguments();
    SysctlSnapshot sides[2];
    for (int i = 0; i < 2; ++i) {
        if (i >= files.size()) {
            sides[i] = SysctlSnapshot::fromEntries(Sysctl::readAll());
            continue;
        }
        QFile f(files[i]);
        if (!f.open(QIODevice::ReadOnly)) {
            err(tr("kchan sysctl diff: cannot read %1: %2").arg(files[i], f.errorString()));
            return 1;
        }
        QString error;
        const auto s = SysctlSnapshot::fromJson(f.readAll(), &error);
        if (!s) {
            err(tr("kchan sysctl diff: %1: %2").arg(files[i], error));
            return 1;
        }
        sides[i] = *s;
    }
    QByteArray buf;
    const QList<SysctlDifference> diff = diffSnapshots(sides[0], sides[1]);
    for (const SysctlDifference &d : diff) {
        if (!d.inAfter)
            buf += "- " + d.key.toUtf8() + " = " + d.before.toUtf8() + '\n';
        else if (!d.inBefore)
            buf += "+ " + d.key.toUtf8() + " = " + d.after.toUtf8() + '\n';
        else
            buf += "~ " + d.key.toUtf8() + " = " + d.before.toUtf8() + " -> " + d.after.toUtf8() + '\n';
    }
    out(buf);
    return diff.isEmpty() ? 0 : 3;
}

} // namespace kc
