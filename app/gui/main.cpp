// SPDX-License-Identifier: GPL-2.0-or-later
// kernel-channels: the desktop application.
#include "agentconnect.h"
#include "hostview.h"
#include "mainwindow.h"
#include "screenshotter.h"
#include "theme.h"

#include "source/agentsource.h"

#include <QApplication>
#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {

void installTranslations(QCoreApplication &app, const QString &override)
{
    const QLocale locale = override.isEmpty() ? QLocale() : QLocale(override);
    if (!override.isEmpty())
        QLocale::setDefault(locale);
    // English plurals first, under any language without its own words for
    // a message; the user's language, installed later, is asked first.
    auto *plurals = new QTranslator(&app);
    if (plurals->load(QStringLiteral(":/i18n/kernel-channels_en.qm")))
        QCoreApplication::installTranslator(plurals);
    auto *ours = new QTranslator(&app);
    if (locale.language() != QLocale::English
        && ours->load(locale, QStringLiteral("kernel-channels"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

struct Options {
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                  QCoreApplication::translate("main", "Write a PNG of every pane into DIR, then quit."),
                                  QStringLiteral("DIR")};
    QCommandLineOption screenshotSize{QStringLiteral("screenshot-size"),
                                      QCoreApplication::translate("main", "Size of the window in the screenshots (default 1280x800)."),
                                      QStringLiteral("WIDTHxHEIGHT"), QStringLiteral("1280x800")};
    QCommandLineOption theme{QStringLiteral("theme"), QCoreApplication::translate("main", "Colour theme: system, light or dark."),
                             QStringLiteral("THEME")};
    QCommandLineOption lang{QStringLiteral("lang"),
                            QCoreApplication::translate("main", "Language, e.g. zh_CN or en (default: the system's)."),
                            QStringLiteral("LOCALE")};
    QCommandLineOption pane{QStringLiteral("pane"),
                            QCoreApplication::translate("main", "Open this pane first: map, procfs, sysctl, syscalls, sysfs, "
                                                                "devices, netlink, charts, process, why or trace (or its number, from 1)."),
                            QStringLiteral("NAME")};
    QCommandLineOption remote{QStringLiteral("remote"),
                              QCoreApplication::translate("main", "Show another machine, through ssh [USER@]HOST kchan agent --stdio."),
                              QStringLiteral("[USER@]HOST")};
    QCommandLineOption agent{QStringLiteral("agent"),
                             QCoreApplication::translate("main", "Show the machine of the agent this shell command line starts."),
                             QStringLiteral("COMMAND")};
    QCommandLineOption sandbox{QStringLiteral("sandbox-view"),
                               QCoreApplication::translate("main", "Inside Flatpak, show the sandbox and start no agent on the host.")};
};

void setUp(QCommandLineParser &parser, const Options &o)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "See every channel between the Linux kernel and user space: procfs, sysfs, device nodes, netlink "
                "and system calls."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({o.screenshot, o.screenshotSize, o.theme, o.lang, o.pane, o.remote, o.agent, o.sandbox});
}

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("KernelChannels"));
    QCoreApplication::setApplicationName(QStringLiteral("kernel-channels"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KC_VERSION));
}

// The language must be known before any tr() runs, including the
// command-line help: look for --lang by hand first.
QString languageAsked()
{
    QString lang = QSettings().value(QStringLiteral("ui/language")).toString();
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            lang = args[i + 1];
        else if (args[i].startsWith(QLatin1String("--lang=")))
            lang = args[i].mid(7);
    }
    return lang;
}

// --help and --version answer without a display: no QApplication, which
// would need one, is made for them.
bool onlyAsksForText(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "-h" || a == "--help" || a == "--help-all" || a == "-?" || a == "-v" || a == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    if (onlyAsksForText(argc, argv)) {
        QCoreApplication app(argc, argv);
        nameApplication();
        installTranslations(app, languageAsked());
        QCommandLineParser parser;
        const Options o;
        setUp(parser, o);
        parser.process(app); // prints and exits
        return 0;
    }
    // What we may see of the kernel (credentials, /.flatpak-info, the /proc
    // mount) is read on a worker while the application starts, so that
    // the GUI thread reads no kernel file.
    QFuture<kc::RuntimeInfo> runtime = QtConcurrent::run(&kc::RuntimeInfo::detect);
    QApplication app(argc, argv);
    nameApplication();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Kernel Channels"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.kernelchannels.KernelChannels"));
    installTranslations(app, languageAsked());

    QCommandLineParser parser;
    const Options o;
    setUp(parser, o);
    const QCommandLineOption &screenshot = o.screenshot, &theme = o.theme, &paneOption = o.pane, &remoteOption = o.remote,
                             &agentOption = o.agent, &sandboxOption = o.sandbox;
    parser.process(app);

    bool ok = true;
    const QString themeName = parser.isSet(theme) ? parser.value(theme)
                                                  : QSettings().value(QStringLiteral("ui/theme"), QStringLiteral("system")).toString();
    const kc::Theme::Mode mode = kc::Theme::fromString(themeName, &ok);
    if (!ok) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "Unknown theme \"%1\": use system, light or dark.").arg(themeName)));
        return 2;
    }
    kc::Theme::apply(mode);

    // Another machine: connected before its window opens.
    std::unique_ptr<kc::MainWindow> owned;
    if (parser.isSet(remoteOption) || parser.isSet(agentOption)) {
        const QString machine = parser.isSet(remoteOption) ? parser.value(remoteOption) : parser.value(agentOption);
        const QStringList command = parser.isSet(remoteOption) ? kc::AgentSource::sshCommand(machine)
                                                               : kc::AgentSource::shellCommand(machine);
        QString error;
        std::shared_ptr<kc::AgentSource> agent = kc::AgentConnect::run(nullptr, command, machine, &error);
        if (!agent) {
            if (!error.isEmpty())
                std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "Cannot show %1: %2").arg(machine, error)));
            return 1;
        }
        owned = std::make_unique<kc::MainWindow>(agent);
    } else if (const kc::RuntimeInfo here = runtime.result(); here.flatpak && kc::MainWindow::hostViewWanted()
               && !parser.isSet(sandboxOption)) {
        // Inside Flatpak: the host through our agent there, when it starts.
        owned = kc::HostView::open(here);
    } else {
        owned = std::make_unique<kc::MainWindow>(here);
    }
    kc::MainWindow &window = *owned;
    if (parser.isSet(paneOption)) {
        const int pane = window.paneNamed(parser.value(paneOption));
        if (pane < 0) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "Unknown pane \"%1\": use one of %2.")
                                        .arg(parser.value(paneOption), window.paneNames().join(QStringLiteral(", ")))));
            return 2;
        }
        window.setCurrentPane(pane);
    }

    if (parser.isSet(screenshot)) {
        // A small laptop's 1024x700 shows what is cut off or squeezed.
        const QStringList wh = parser.value(o.screenshotSize).split(QLatin1Char('x'));
        const QSize size(wh.value(0).toInt(), wh.value(1).toInt());
        if (wh.size() != 2 || size.width() < 320 || size.height() < 240) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "Unknown size \"%1\": give WIDTHxHEIGHT, such as 1024x700.")
                                        .arg(parser.value(o.screenshotSize))));
            return 2;
        }
        window.show();
        int exitCode = 0;
        kc::Screenshotter::run(&window, parser.value(screenshot), size, [&exitCode](int written, const QString &error) {
            if (written < 0) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                exitCode = 1;
            } else {
                std::printf("%s\n", qPrintable(QCoreApplication::translate("main", "%Ln screenshot(s) written.", nullptr, written)));
            }
            QCoreApplication::exit(exitCode);
        });
        return app.exec();
    }
    window.show();
    return app.exec();
}
