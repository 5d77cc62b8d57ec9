// SPDX-License-Identifier: GPL-2.0-or-later
// kchan-sysctl-helper KEY VALUE: writes one sysctl. Started by the GUI
// through pkexec when the user is not root, so it runs as root: it takes
// exactly a key that resolves to a file under /proc/sys and a one-line
// value, runs no shell and reads no environment.

#include "sysctl/sysctl.h"

#include <cstdio>

int main(int argc, char **argv)
{
    using kc::Sysctl;
    auto fail = [](const QString &message, int code) {
        std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
        return code;
    };
    if (argc != 3)
        return fail(QStringLiteral("usage: kchan-sysctl-helper KEY VALUE"), 2);
    const QString key = QString::fromLocal8Bit(argv[1]);
    const QString value = QString::fromLocal8Bit(argv[2]);
    QString error;
    if (kc::SysctlPath::resolve(key, &error).isEmpty())
        return fail(error, 2);
    if (const QString problem = Sysctl::checkText(value); !problem.isEmpty())
        return fail(problem, 2);
    const kc::SysctlWriteResult r = Sysctl::write(key, value);
    if (!r.ok)
        return fail(r.message, 1);
    return 0;
}
