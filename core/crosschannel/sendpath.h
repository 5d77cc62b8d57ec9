// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kc {

/// A datagram's way out of this machine to a destination, as the kernel
/// would send it now, stage by stage with each stage's counters: the UDP
/// and IP layers (/proc/net/snmp), the route the kernel picks
/// (RTM_GETROUTE, as `ip route get`), the neighbour entry, the device's
/// root qdisc (RTM_GETQDISC statistics), its transmit queues (XPS and byte
/// queue limits from sysfs) and the device's own counters (IFLA_STATS64).
/// All from the network namespace of the calling process.
struct SendPath {
    Q_DECLARE_TR_FUNCTIONS(SendPath)
public:
    struct Counter {
        QString name;     // "OutDatagrams", "tx_packets"
        quint64 value = 0;
    };
    /// One stage of the pipeline, top (the socket) to bottom (the wire).
    struct Stage {
        QString key;      // "udp", "ip", "route", "neighbour", "qdisc", "queues", "device"
        QString title;    // translated
        QString summary;  // "10.0.0.2 via 10.0.0.1 dev eth0 src 10.0.0.5 table main"
        QList<Counter> counters;
        QString note;     // what the user should know ("noqueue: nothing is queued here")
        quint64 counter(const QString &name) const;
    };
    struct TxQueue {
        QString name;      // "tx-0"
        QString xpsCpus;   // hex CPU mask, "" when not set or not readable
        QString xpsRxqs;
        qint64 bqlLimit = -1; // bytes; -1 without BQL
        qint64 bqlInflight = -1;
    };

    /// An IPv4 or IPv6 address, parsed.
    struct Address {
        int family = 0; // AF_INET, AF_INET6; 0 when not an address
        unsigned char bytes[16] = {};
        QString text;
        static Address parse(const QString &text);
    };

    Address destination;
    QString error;        // why the path could not be read (no route …)
    int ifindex = 0;
    QString device;
    QList<TxQueue> queues;
    QList<Stage> stages;

    const Stage *stage(const QString &key) const;

    /// Reads the path to `destination` now.
    static SendPath read(const Address &destination);
    /// Sends `count` UDP datagrams of `size` bytes to destination:port from
    /// a socket of ours; returns how many the kernel took, `error` saying
    /// why the others were refused.
    static int sendTest(const Address &destination, quint16 port, int count, int size, QString *error);
};

} // namespace kc
