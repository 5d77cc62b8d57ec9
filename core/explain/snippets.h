// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace kc {

/// "Show me the code": small complete C programs that do what a pane
/// shows, made from templates in resources/explain/snippets filled with
/// the selected item (@PATH@, @FIELD@, @NODE@, @NAME@, @FAMILY@, @SECONDS@).
class Snippets
{
    Q_DECLARE_TR_FUNCTIONS(Snippets)
public:
    /// The template kinds: proc-field, read-file, proc-environ, dev-node,
    /// netlink-links, link-events, uevents, genl-family, syscall-number,
    /// syscall-call, and the lessons syscall-cost and address-space (these
    /// three take no parameter).
    static QStringList kinds();
    /// The parameters a kind needs.
    static QStringList parameters(const QString &kind);
    /// Fills `templ`; values go into C string literals and are escaped, and
    /// each is checked for its kind (a syscall name is [a-z0-9_]+, seconds
    /// a small number). Empty with `error` set when a value is missing or
    /// unfit.
    static QString fill(const QString &templ, const QHash<QString, QString> &params, QString *error);
    /// System calls the syscall-call template may make: no arguments, no
    /// effect but an answer.
    static bool callable(const QString &syscall);
    /// The kind for a system call: syscall-call when callable, else
    /// syscall-number.
    static QString syscallKind(const QString &syscall);
    /// The calls with a program of their own (syscall-NAME), made with
    /// sensible arguments.
    static QStringList exampleCalls();
    /// The template text from the application's resources
    /// (:/explain/snippets/KIND.c); empty when the GUI did not bundle it.
    static QString templateText(const QString &kind);
};

} // namespace kc
