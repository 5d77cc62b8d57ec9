// SPDX-License-Identifier: GPL-2.0-or-later
// kchan sendpath: a datagram's way out to a destination, stage by stage
// with each stage's counters, and what test datagrams change in them.
#include "clicommands.h"
#include "clisupport.h"

#include "crosschannel/sendpath.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kc {

using namespace cli;

namespace {

QJsonObject countersJson(const QList<SendPath::Counter> &counters)
{
    QJsonObject o;
    for (const SendPath::Counter &c : counters)
        o.insert(c.name, qint64(c.value));
    return o;
}

} // namespace

int CliCommands::sendpath(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption send(QStringLiteral("send"), tr("Send N UDP datagrams to the destination from a socket of ours and show how "
                                                             "much each stage's counters rose."),
                                  QStringLiteral("N"));
    const QCommandLineOption port(QStringLiteral("port"), tr("The UDP port the test datagrams go to (default 9, discard)."),
                                  QStringLiteral("PORT"), QStringLiteral("9"));
    const QCommandLineOption size(QStringLiteral("size"), tr("Bytes of payload in each test datagram (default 64)."),
                                  QStringLiteral("BYTES"), QStringLiteral("64"));
    p.addOptions({send, port, size});
    CommandSpec spec(QStringLiteral("sendpath"),
                     tr("The way a UDP datagram to DEST leaves this machine, as the kernel would send it now: the UDP and IP "
                        "counters (/proc/net/snmp), the route it picks (RTM_GETROUTE, as ip route get), the neighbour entry, the "
                        "device's root qdisc with its statistics, its transmit queues (XPS, byte queue limits) and the device's "
                        "counters. All in the network namespace kchan runs in."),
                     {Argument(QStringLiteral("DEST"), tr("An IPv4 or IPv6 address."))});
    int code = 0;
    if (!parseArgs(p, args, spec, &code))
        return code;
    if (remote()) {
        err(tr("kchan sendpath: reads this machine's network only, not through an agent"));
        return 2;
    }
    const SendPath::Address dest = SendPath::Address::parse(p.positionalArguments().first());
    if (dest.family == 0) {
        err(tr("kchan sendpath: \"%1\" is not an IPv4 or IPv6 address").arg(p.positionalArguments().first()));
        return 2;
    }
    int count = 0;
    bool ok = true;
    if (p.isSet(send))
        count = p.value(send).toInt(&ok);
    if (!ok || count < 0 || count > 10000000) {
        err(tr("kchan sendpath: --send takes a number of datagrams from 0 to 10000000"));
        return 2;
    }
    const int toPort = p.value(port).toInt(&ok);
    if (!ok || toPort <= 0 || toPort > 65535) {
        err(tr("kchan sendpath: --port takes a port from 1 to 65535"));
        return 2;
    }
    const int bytes = p.value(size).toInt(&ok);
    if (!ok || bytes < 0 || bytes > 65000) {
        err(tr("kchan sendpath: --size takes a number of bytes from 0 to 65000"));
        return 2;
    }

    const SendPath before = SendPath::read(dest);
    if (!before.error.isEmpty()) {
        err(tr("kchan sendpath: %1").arg(before.error));
        return 1;
    }
    SendPath after = before;
    int sent = 0;
    QString sendError;
    if (count > 0) {
        sent = SendPath::sendTest(dest, quint16(toPort), count, bytes, &sendError);
        after = SendPath::read(dest);
    }
    // What each counter rose by while the datagrams went out.
    auto delta = [&](const SendPath::Stage &s, const SendPath::Counter &c) {
        const SendPath::Stage *b = before.stage(s.key);
        return qint64(c.value) - qint64(b ? b->counter(c.name) : 0);
    };

    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray stages;
        for (const SendPath::Stage &s : after.stages) {
            QJsonObject o{{QStringLiteral("key"), s.key}, {QStringLiteral("title"), s.title}, {QStringLiteral("summary"), s.summary},
                          {QStringLiteral("counters"), countersJson(s.counters)}};
            if (!s.note.isEmpty())
                o.insert(QStringLiteral("note"), s.note);
            if (count > 0) {
                QJsonObject d;
                for (const SendPath::Counter &c : s.counters)
                    d.insert(c.name, delta(s, c));
                o.insert(QStringLiteral("rose_by"), d);
            }
            stages.append(o);
        }
        QJsonArray queues;
        for (const SendPath::TxQueue &q : after.queues) {
            queues.append(QJsonObject{{QStringLiteral("name"), q.name}, {QStringLiteral("xps_cpus"), q.xpsCpus},
                                      {QStringLiteral("xps_rxqs"), q.xpsRxqs}, {QStringLiteral("bql_limit"), q.bqlLimit},
                                      {QStringLiteral("bql_inflight"), q.bqlInflight}});
        }
        QJsonObject o{{QStringLiteral("destination"), dest.text}, {QStringLiteral("device"), after.device},
                      {QStringLiteral("ifindex"), after.ifindex}, {QStringLiteral("stages"), stages},
                      {QStringLiteral("queues"), queues}};
        if (count > 0) {
            o.insert(QStringLiteral("sent"), sent);
            if (!sendError.isEmpty())
                o.insert(QStringLiteral("send_error"), sendError);
        }
        outJson(o);
        return sent == count ? 0 : 1;
    }
    QByteArray buf;
    for (const SendPath::Stage &s : after.stages) {
        buf += s.title.toUtf8() + ": " + s.summary.toUtf8() + '\n';
        for (const SendPath::Counter &c : s.counters) {
            buf += "    " + c.name.toUtf8() + ' ' + QByteArray::number(c.value);
            if (count > 0)
                buf += "  (+" + QByteArray::number(delta(s, c)) + ')';
            buf += '\n';
        }
        if (!s.note.isEmpty())
            buf += "    " + s.note.toUtf8() + '\n';
        if (s.key == QLatin1String("queues")) {
            for (const SendPath::TxQueue &q : after.queues) {
                buf += "    " + q.name.toUtf8() + tr(": xps_cpus %1, xps_rxqs %2, BQL limit %3, in flight %4")
                                                    .arg(q.xpsCpus.isEmpty() ? QStringLiteral("-") : q.xpsCpus,
                                                         q.xpsRxqs.isEmpty() ? QStringLiteral("-") : q.xpsRxqs,
                                                         q.bqlLimit < 0 ? QStringLiteral("-") : QString::number(q.bqlLimit),
                                                         q.bqlInflight < 0 ? QStringLiteral("-") : QString::number(q.bqlInflight))
                                                    .toUtf8()
                    + '\n';
            }
        }
    }
    out(buf);
    if (count > 0) {
        err(tr("kchan sendpath: %1 of %2 datagrams sent to %3 port %4").arg(sent).arg(count).arg(dest.text).arg(toPort));
        if (!sendError.isEmpty())
            err(tr("kchan sendpath: refused: %1").arg(sendError));
    }
    return sent == count ? 0 : 1;
}

} // namespace kc
