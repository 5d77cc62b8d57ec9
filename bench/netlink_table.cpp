// SPDX-License-Identifier: GPL-2.0-or-later
// bench/netlink-table: 1,000,000 netlink notifications (link, address,
// route and neighbour messages captured from this kernel, each with its
// own sequence number and interface index as a burst of veth pairs gives,
// each in its own buffer as a monitor receives them) fed in batches of
// 20,000 the way the live pane takes them: packed on a worker thread as a
// NetlinkStream does, then inserted into the event store and live model
// behind a table view, offscreen; a 1 ms heartbeat on the GUI thread
// measures the longest stall. Then a filter is typed over the million
// rows and the longest stall is measured again. The peer, tshark,
// reads the same messages from a pcapng capture. Prints both peak RSS and
// our longest stall; ends with "ratio = R" (our peak RSS / tshark's).
// Goals: RSS <= 200 MB, longest stall < 50 ms, while filling and while
// filtering.
#include "models/netlinkeventmodel.h"
#include "netlink/nldecoder.h"
#include "netlink/pcapng.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QFileInfo>

#include <cstring>
#include <functional>

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
    // What differs from one veth pair's messages to the next: the names,
    // hardware and IP addresses, interface indexes, sequence numbers. The
    // bytes of those fields, found by our decoder, are varied per pair.
    struct Varied {
        int offset;
        int length;
        bool text;
    };
    QList<QList<Varied>> varied;
    const QStringList names = {QStringLiteral("IFLA_IFNAME"), QStringLiteral("IFLA_ADDRESS"), QStringLiteral("IFLA_LINK"),
                               QStringLiteral("IFA_LABEL"), QStringLiteral("IFA_ADDRESS"), QStringLiteral("IFA_LOCAL"),
                               QStringLiteral("IFA_BROADCAST"), QStringLiteral("IFA_CACHEINFO"), QStringLiteral("RTA_DST"),
                               QStringLiteral("RTA_OIF"), QStringLiteral("RTA_PREFSRC"), QStringLiteral("NDA_DST"),
                               QStringLiteral("NDA_LLADDR")};
    for (const QByteArray &k : std::as_const(kinds)) {
        QList<Varied> v;
        const QList<kc::NlMessage> msgs = kc::NlDecoder::decode(0, k);
        std::function<void(const kc::NlField &)> walk = [&](const kc::NlField &f) {
            if (names.contains(f.name) && f.length > 4)
                v.append({f.offset + 4, f.length - 4, f.name.endsWith(QLatin1String("NAME")) || f.name.endsWith(QLatin1String("LABEL"))});
            for (const kc::NlField &c : f.children)
                walk(c);
        };
        for (const kc::NlMessage &m : msgs)
            walk(m.tree);
        varied.append(v);
    }
    using kc::NetlinkEvent;
    auto makeEvent = [&kinds, &varied](int i) {
        NetlinkEvent e;
        const int kind = i % int(kinds.size());
        const QByteArray &k = kinds[kind];
        e.raw = QByteArray(k.constData(), k.size()); // a buffer of its own
        char *d = e.raw.data();
        const quint32 seq = quint32(i) * 2654435761u;
        std::memcpy(d + 8, &seq, 4);
        const quint32 pair = quint32(i / int(kinds.size()));
        if (kind != 2 && kind != 5) { // link, address, neighbour: the interface index
            const quint32 index = 1000 + pair;
            std::memcpy(d + 20, &index, 4);
        }
        const quint32 mix = pair * 0x9E3779B1u;
        for (const Varied &v : varied[kind]) {
            if (v.text) { // "kcv0" -> "kc" + the pair in base 36, within the field
                QByteArray name = "kc" + QByteArray::number(pair, 36);
                name.truncate(v.length - 1);
                std::memset(d + v.offset, 0, size_t(v.length));
                std::memcpy(d + v.offset, name.constData(), size_t(name.size()));
            } else {
                for (int b = 0; b < qMin(v.length, 4); ++b)
                    d[v.offset + v.length - 1 - b] ^= char(mix >> (8 * b));
            }
        }
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

    // The producer stands in for a NetlinkStream's thread: receive, pack, hand over.
    QElapsedTimer clock;
    clock.start();
    int rowsSeen = 0;
    QThread *producer = QThread::create([&] {
        for (int fed = 0; fed < Total;) {
            QList<NetlinkEvent> batch;
            batch.reserve(Batch);
            for (int i = 0; i < Batch && fed < Total; ++i, ++fed)
                batch.append(makeEvent(fed));
            kc::PackedEvents packed = kc::EventStore::pack(batch);
            batch.clear();
            QMetaObject::invokeMethod(&view, [&, p = std::move(packed)]() mutable {
                model.appendPacked(std::move(p));
                view.scrollToBottom(); // follow-tail, as the live table does
                rowsSeen = model.rowCount();
                if (rowsSeen >= Total)
                    QTimer::singleShot(200, &app, &QCoreApplication::quit);
            }, Qt::QueuedConnection);
            QThread::msleep(20);
        }
    });
    producer->start();
    app.exec();
    producer->wait();
    delete producer;
    const qint64 ms = clock.elapsed();
    const long ours = peakRssKiB();

    // A filter typed over the full table, a key every 150 ms, as a person
    // types it; the table follows the matches until every row is matched.
    const QString typed = QStringLiteral("kc2s");
    const qint64 fillStall = longest;
    longest = 0;
    beat.restart();
    QElapsedTimer filterClock;
    filterClock.start();
    for (int k = 1; k <= typed.size(); ++k)
        QTimer::singleShot(150 * (k - 1), &view, [&, k] { model.setFilter(typed.left(k)); });
    QObject::connect(&model, &kc::NetlinkEventModel::filterProgress, &app, [&] {
        view.scrollToBottom();
        if (model.filter() == typed && !model.isFiltering())
            QTimer::singleShot(0, &app, &QCoreApplication::quit);
    });
    app.exec();
    const qint64 filterMs = filterClock.elapsed() - 150 * (typed.size() - 1);
    const qint64 filterStall = longest;

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
                ours, fillStall, ms, int(model.store().size()));
    quint64 kept = 0;
    for (qsizetype i = 0; i < model.store().size(); ++i)
        kept += model.store().at(i).stored;
    std::printf("        store: %llu KiB kept of %llu KiB received (%.1f %%) in %lld chunks, %lld KiB of row entries\n",
                kept / 1024, model.byteCount() / 1024, 100.0 * double(kept) / double(model.byteCount()), qlonglong(model.store().chunkCount()),
                qlonglong(model.rowCount() * qsizetype(sizeof(kc::PackedEvents::Entry)) / 1024));
    std::printf("  filter \"%s\" typed over %d rows: longest GUI stall %lld ms, all matched %lld ms after the last key, %d rows match\n",
                qPrintable(typed), Total, filterStall, filterMs, model.rowCount());
    std::printf("  peer: tshark -r capture -T fields              %7ld KiB peak RSS  (%lld ms)\n", ru.ru_maxrss, peerMs);
    std::printf("ratio = %.3f\n", double(ours) / double(ru.ru_maxrss));
    return 0;
}
