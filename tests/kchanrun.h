// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Runs the kchan built alongside the tests, as a user would.

#include <QProcess>
#include <QStringList>

struct KchanRun {
    int code = -1;
    QByteArray out;
    QByteArray err;
    qint64 pid = 0;
};

/// kchan with `args`; `program` runs first when given (e.g. setpriv and
/// its options, to run kchan as another user).
inline KchanRun kchan(const QStringList &args, const QString &stdinFile = QString(), const QStringList &program = {})
{
    QProcess p;
    if (!stdinFile.isEmpty())
        p.setStandardInputFile(stdinFile);
    if (program.isEmpty())
        p.start(QStringLiteral(KC_KCHAN), args);
    else
        p.start(program.first(), program.mid(1) + QStringList{QStringLiteral(KC_KCHAN)} + args);
    KchanRun r;
    if (!p.waitForStarted(30000))
        return r;
    r.pid = p.processId();
    p.waitForFinished(60000);
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}
