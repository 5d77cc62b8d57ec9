// SPDX-License-Identifier: GPL-2.0-or-later
// bench/netlink-table: 1,000,000 netlink notifications (link, address,
// route and neighbour messages captured from this kernel, each in its own
// buffer as a monitor receives them) fed in batches of 20,000 through the
// event store and live model behind a table view, offscreen; a 1 ms
// heartbeat on the GUI thread measures the longest stall. The peer, tshark,
// reads the same messages from a pcapng capture. Prints both peak RSS and
// our longest stall; ends with "ratio = R" (our peak RSS / tshark's).
// Goals: RSS <= 200 MB, longest stall < 50 ms.
#include "models/netlinkeventmodel.h"
#include "netlink/pcapng.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QFileInfo>

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>

namespace {

constexpr int Total = 1000000;
constexpr int Batch = 20000;

long peakRssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    // The messages, in the order a burst of veth pairs produces them.
    QList<QByteArray> kinds;
    for (const char *name : {"newlink_af0", "newaddr_af2", "newroute_af2", "newneigh_af2", "deladdr_af2", "delroute_af2", "dellink_af0"}) {
        QFile f(QStringLiteral(KC_FIXTURES "/rtnetlink/") + QLatin1String(name));
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "missing fixture %s\n", name);
            return 1;
        }
        kinds.append(f.readAll());
    }
    using kc::NetlinkEvent;
    auto makeEvent = [&kinds](int i) {
        NetlinkEvent e;
        const QByteArray &k = kinds[i % kinds.size()];
        e.raw = QByteArray(k.constData(), k.size()); // a buffer of its own
        e.protocol = 0;
        e.firstType = quint16(quint8(e.raw[4]) | (quint8(e.raw[5]) << 8));
        e.msecsSinceEpoch = QDateTime::currentMSecsSinceEpoch();
        return e;
    };

    // The peer's input: the same messages as a pcapng capture.
    QTemporaryDir dir;
    const QString capture = dir.filePath(QStringLiteral("burst.pcapng"));
    {
        QFile f(capture);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(kc::Pcapng::header());
        QByteArray chunk;
        for (int i = 0; i < Total; ++i) {
            chunk += kc::Pcapng::packet(makeEvent(i));
            if (chunk.size() > (8 << 20)) {
                f.write(chunk);
                chunk.clear();
            }
        }
        f.write(chunk);
    }

    kc::NetlinkEventModel model;
    model.setCap(Total);
    QTableView view;
    view.setModel(&model);
    view.resize(1000, 700);
    view.show();

    qint64 longest = 0;
    QElapsedTimer beat;
    beat.start();
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        longest = qMax(longest, beat.restart());
    });
    heartbeat.start(1);

    int fed = 0;
    QElapsedTimer clock;
    clock.start();
    QTimer feeder;
    QObject::connect(&feeder, &QTimer::timeout, [&] {
        QList<NetlinkEvent> batch;
        batch.reserve(Batch);
        for (int i = 0; i < Batch && fed < Total; ++i, ++fed)
            batch.append(makeEvent(fed));
        model.appendBatch(batch);
        view.scrollToBottom(); // follow-tail, as the live table does
        if (fed >= Total) {
            feeder.stop();
            QTimer::singleShot(200, &app, &QCoreApplication::quit);
        }
    });
    feeder.start(20);
    app.exec();
    const qint64 ms = clock.elapsed();
    const long ours = peakRssKiB();

    // tshark reads the capture in one pass, as it would print it.
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int null = ::open("/dev/null", O_WRONLY);
        ::dup2(null, 1);
        ::dup2(null, 2);
        ::execlp("tshark", "tshark", "-r", capture.toLocal8Bit().constData(), "-T", "fields", "-e", "frame.number", nullptr);
        ::_exit(127);
    }
    QElapsedTimer peerClock;
    peerClock.start();
    int status = 0;
    rusage ru {};
    ::wait4(pid, &status, 0, &ru);
    const qint64 peerMs = peerClock.elapsed();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "tshark failed (status %d)\n", status);
        return 1;
    }
    std::printf("netlink-table: %d rtnetlink messages (%.0f MB of messages)\n", Total, QFileInfo(capture).size() / 1e6);
    std::printf("  ours: event store + live model + table view   %7ld KiB peak RSS  longest GUI stall %lld ms  (%lld ms in all, %d rows kept)\n",
                ours, longest, ms, model.rowCount());
    std::printf("  peer: tshark -r capture -T fields              %7ld KiB peak RSS  (%lld ms)\n", ru.ru_maxrss, peerMs);
    std::printf("ratio = %.3f\n", double(ours) / double(ru.ru_maxrss));
    return 0;
}
