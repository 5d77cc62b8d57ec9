// SPDX-License-Identifier: GPL-2.0-or-later
// kchan: the data of Kernel Channels, headless, as tables or JSON.
#include "clicommands.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <cstdlib>

int main(int argc, char **argv)
{
    // Qt's own event loop: kchan needs no GLib integration, and GLib's loop
    // costs more per wake-up under a stream of netlink messages.
    if (qEnvironmentVariableIsEmpty("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kchan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KC_VERSION));
    // Messages and help in the user's language (LANG, LC_ALL, LANGUAGE);
    // JSON keys and table headers stay as they are, for scripts.
    // English plurals under everything ("1 process", not "1 process(es)").
    QTranslator plurals;
    if (plurals.load(QStringLiteral(":/i18n/kernel-channels_en.qm")))
        QCoreApplication::installTranslator(&plurals);
    QTranslator ours;
    if (QLocale().language() != QLocale::English
        && ours.load(QLocale(), QStringLiteral("kernel-channels"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&ours);
    QTranslator qt;
    if (qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
    const int code = kc::CliCommands::run(QCoreApplication::arguments().mid(1));
    // Nothing is left to clean up that the kernel does not reclaim; skipping
    // library teardown saves about a millisecond on every scripted call.
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(code);
}
