// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QReadWriteLock>
#include <QString>

namespace kc {

/// Interface names by index, as `ip monitor` resolves them, for the
/// summaries of rtnetlink messages ("10.0.0.1/24 dev veth0"). Fed by the
/// link messages of a stream in the order they arrive, and filled at start
/// by a link dump taken in the namespace the stream listens in: the
/// namespace may be another one, where if_indextoname() would name the
/// wrong device. A name stays known after its link is deleted, for the
/// messages about it that follow; an index never seen has no name, and
/// summaries show the number. Thread-safe: a stream's thread writes while
/// the GUI thread decodes.
class IfNameCache
{
public:
    /// The name of interface `index`, or empty.
    QString name(int index) const;
    void insert(int index, const QString &name);
    /// Learns from the RTM_NEWLINK and RTM_DELLINK messages of a datagram
    /// of `protocol` (NETLINK_ROUTE; others are ignored).
    void learn(int protocol, QByteArrayView datagram);
    /// Dumps the links of the calling thread's network namespace and
    /// learns their names; false with `error` set when the kernel said no.
    bool loadLinks(QString *error = nullptr);
    qsizetype size() const;
    /// Every name known, by index.
    QHash<int, QString> all() const;

private:
    mutable QReadWriteLock m_lock;
    QHash<int, QString> m_names;
};

} // namespace kc
