// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "netlinkmonitor.h"

#include <QByteArray>
#include <QList>

#include <deque>

namespace kc {

/// Netlink datagrams packed for keeping: one byte buffer per batch and a
/// small fixed entry per datagram. Made by EventStore::pack() wherever the
/// batch arrives (a monitor's worker thread), appended to an EventStore
/// where it is shown.
struct PackedEvents {
    struct Entry {
        qint64 msecsSinceEpoch = 0;
        quint32 offset = 0; // into the batch's bytes; in a store, into its chunk
        quint32 stored = 0; // bytes kept
        quint32 length = 0; // bytes received
        quint32 chunk = 0; // set by the store
        quint16 firstType = 0;
        quint8 protocol = 0;
        quint8 flags = 0;
    };
    QByteArray bytes;
    QList<Entry> entries;
    quint64 rawBytes = 0;
};

/// A bounded log of netlink datagrams that costs little per message. Each
/// is kept zero-packed (see zeropack) or, when a datagram of the same
/// protocol, type and length came earlier in its batch, as the XOR with
/// that one, packed: in a burst of similar notifications most messages
/// then keep a few dozen bytes. Batches are copied into 1 MiB chunks that
/// are freed when their last message is dropped; a message only refers to
/// one in its own batch, so in its own chunk, which lives as long as it.
class EventStore
{
public:
    enum Flag : quint8 { Packed = 1, Delta = 2, Gap = 4 };
    static constexpr qsizetype ChunkSize = 1 << 20;

    /// Packs a batch; pure, so it can run on any thread.
    static PackedEvents pack(const QList<NetlinkEvent> &batch);

    void append(PackedEvents batch);
    /// An entry marking messages lost to a receive-buffer overflow.
    /// `lost` is the kernel's count of messages dropped there (0: unknown),
    /// kept in the entry's length.
    void appendGap(int protocol, qint64 msecsSinceEpoch, quint64 lost = 0);
    void removeFirst(qsizetype count);
    void clear();

    qsizetype size() const { return m_entries.size(); }
    const PackedEvents::Entry &at(qsizetype i) const { return m_entries.at(i); }
    bool isGap(qsizetype i) const { return m_entries.at(i).flags & Gap; }
    /// The datagram as received.
    QByteArray raw(qsizetype i) const;
    NetlinkEvent event(qsizetype i) const;
    /// `count` entries from `from` with the chunks they use: a cheap copy
    /// (the chunks are shared) that another thread may read while this
    /// store goes on taking batches.
    EventStore slice(qsizetype from, qsizetype count) const;
    /// Bytes held by the chunks, for the curious and the tests.
    qsizetype chunkBytes() const;
    qsizetype chunkCount() const { return qsizetype(m_chunks.size()); }

private:
    QByteArray decode(const char *stored, quint32 storedLength, quint32 length, quint8 flags) const;

    std::deque<QByteArray> m_chunks;
    quint32 m_firstChunk = 0; // number of m_chunks.front()
    QList<PackedEvents::Entry> m_entries;
};

} // namespace kc

Q_DECLARE_METATYPE(kc::PackedEvents)
