// SPDX-License-Identifier: GPL-2.0-or-later
#include "snippets.h"

#include <QFile>
#include <QRegularExpression>

namespace kc {

namespace {

QString cString(const QString &value)
{
    QString out;
    for (const QChar c : value) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('"'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

} // namespace

QStringList Snippets::kinds()
{
    return {QStringLiteral("proc-field"), QStringLiteral("read-file"), QStringLiteral("dev-node"), QStringLiteral("netlink-links"),
            QStringLiteral("uevents"), QStringLiteral("genl-family"), QStringLiteral("syscall-number"), QStringLiteral("syscall-call"),
            QStringLiteral("syscall-cost"), QStringLiteral("address-space"), QStringLiteral("send-path"),
            QStringLiteral("syscall-openat"), QStringLiteral("syscall-read"), QStringLiteral("syscall-write"),
            QStringLiteral("syscall-uname"), QStringLiteral("syscall-wait4"), QStringLiteral("syscall-mmap"),
            QStringLiteral("link-events"), QStringLiteral("proc-environ")};
}

QStringList Snippets::parameters(const QString &kind)
{
    if (kind == QLatin1String("proc-field"))
        return {QStringLiteral("PATH"), QStringLiteral("FIELD")};
    if (kind == QLatin1String("read-file") || kind == QLatin1String("proc-environ"))
        return {QStringLiteral("PATH")};
    if (kind == QLatin1String("dev-node"))
        return {QStringLiteral("NODE")};
    if (kind == QLatin1String("genl-family"))
        return {QStringLiteral("FAMILY")};
    if (kind == QLatin1String("uevents") || kind == QLatin1String("link-events"))
        return {QStringLiteral("SECONDS")};
    if (kind == QLatin1String("syscall-number") || kind == QLatin1String("syscall-call"))
        return {QStringLiteral("NAME")};
    if (kind == QLatin1String("send-path"))
        return {QStringLiteral("DEST")};
    return {};
}

bool Snippets::callable(const QString &syscall)
{
    static const QStringList calls = {QStringLiteral("getpid"), QStringLiteral("getppid"), QStringLiteral("getuid"),
                                      QStringLiteral("geteuid"), QStringLiteral("getgid"), QStringLiteral("getegid"),
                                      QStringLiteral("gettid"), QStringLiteral("getpgrp"), QStringLiteral("sched_yield")};
    return calls.contains(syscall);
}

QStringList Snippets::exampleCalls()
{
    return {QStringLiteral("openat"), QStringLiteral("read"), QStringLiteral("write"),
            QStringLiteral("uname"), QStringLiteral("wait4"), QStringLiteral("mmap")};
}

QString Snippets::syscallKind(const QString &syscall)
{
    // The common calls have a program of their own that makes them with
    // sensible arguments; calls without arguments are made as they are;
    // the rest have their number printed.
    if (exampleCalls().contains(syscall))
        return QStringLiteral("syscall-") + syscall;
    return callable(syscall) ? QStringLiteral("syscall-call") : QStringLiteral("syscall-number");
}

QString Snippets::fill(const QString &templ, const QHash<QString, QString> &params, QString *error)
{
    static const QRegularExpression placeholder(QStringLiteral("@([A-Z]+)@"));
    static const QRegularExpression name(QStringLiteral("^[a-z0-9_]+$"));
    QString out;
    qsizetype at = 0;
    auto it = placeholder.globalMatch(templ);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString key = m.captured(1);
        if (!params.contains(key)) {
            if (error)
                *error = tr("The snippet needs %1.").arg(key);
            return {};
        }
        const QString value = params.value(key);
        static const QRegularExpression family(QStringLiteral("^[A-Za-z0-9_.-]{1,15}$"));
        if (key == QLatin1String("FAMILY") && !family.match(value).hasMatch()) {
            if (error)
                *error = tr("\"%1\" is not a generic netlink family name.").arg(value);
            return {};
        }
        if (key == QLatin1String("NAME") && !name.match(value).hasMatch()) {
            if (error)
                *error = tr("\"%1\" is not a system call name.").arg(value);
            return {};
        }
        static const QRegularExpression address(QStringLiteral("^[0-9A-Fa-f:.]{2,45}$"));
        if (key == QLatin1String("DEST") && !address.match(value).hasMatch()) {
            if (error)
                *error = tr("\"%1\" is not an IPv4 or IPv6 address.").arg(value);
            return {};
        }
        bool number = false;
        if (key == QLatin1String("SECONDS") && (value.toInt(&number) < 0 || !number || value.toInt() > 3600)) {
            if (error)
                *error = tr("\"%1\" is not a number of seconds.").arg(value);
            return {};
        }
        if (value.contains(QLatin1Char('\n')) || value.contains(QChar(0))) {
            if (error)
                *error = tr("A value for %1 must be one line.").arg(key);
            return {};
        }
        out += templ.mid(at, m.capturedStart() - at);
        out += cString(value);
        at = m.capturedEnd();
    }
    out += templ.mid(at);
    return out;
}

QString Snippets::templateText(const QString &kind)
{
    QFile f(QStringLiteral(":/explain/snippets/") + kind + QStringLiteral(".c"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace kc
