// SPDX-License-Identifier: GPL-2.0-or-later
#include "eventstore.h"

#include "zeropack.h"

#include <QHash>

#include <cstring>

namespace kc {

namespace {

// A delta starts with where its base is (bytes back from itself) and how
// the base is kept (its stored length, top bit set when zero-packed).
constexpr quint32 BasePackedBit = 0x80000000u;
constexpr quint32 DeltaPrefix = 8;

} // namespace

PackedEvents EventStore::pack(const QList<NetlinkEvent> &batch)
{
    PackedEvents out;
    out.entries.reserve(batch.size());
    struct Base {
        qsizetype index;
        quint32 offset;
        quint32 word;
    };
    QHash<quint64, Base> bases; // by protocol, type and length
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const NetlinkEvent &e = batch.at(i);
        PackedEvents::Entry entry;
        entry.msecsSinceEpoch = e.msecsSinceEpoch;
        entry.protocol = quint8(e.protocol);
        entry.firstType = e.firstType;
        entry.length = quint32(e.raw.size());
        const qsizetype start = out.bytes.size();
        entry.offset = quint32(start);
        out.rawBytes += quint64(e.raw.size());

        const quint64 key = (quint64(entry.protocol) << 48) | (quint64(e.firstType) << 32) | entry.length;
        const auto base = bases.constFind(key);
        if (base != bases.cend()) {
            const quint32 back = entry.offset - base->offset;
            out.bytes.append(reinterpret_cast<const char *>(&back), 4);
            out.bytes.append(reinterpret_cast<const char *>(&base->word), 4);
            zeropack::appendPackedXor(out.bytes, e.raw, batch.at(base->index).raw);
            // Worth it only when most of the message repeats its base.
            if (out.bytes.size() - start < e.raw.size() / 2) {
                entry.flags = Packed | Delta;
                entry.stored = quint32(out.bytes.size() - start);
                out.entries.append(entry);
                continue;
            }
            out.bytes.resize(start);
        }
        zeropack::appendPacked(out.bytes, e.raw);
        if (out.bytes.size() - start < e.raw.size()) {
            entry.flags = Packed;
        } else {
            out.bytes.resize(start);
            out.bytes.append(e.raw.constData(), e.raw.size());
        }
        entry.stored = quint32(out.bytes.size() - start);
        bases.insert(key, {i, entry.offset, entry.stored | (entry.flags & Packed ? BasePackedBit : 0)});
        out.entries.append(entry);
    }
    return out;
}

void EventStore::append(PackedEvents batch)
{
    if (batch.entries.isEmpty())
        return;
    const qsizetype need = batch.bytes.size();
    if (m_chunks.empty() || m_chunks.back().capacity() - m_chunks.back().size() < need) {
        QByteArray chunk;
        chunk.reserve(qMax(ChunkSize, need));
        m_chunks.push_back(std::move(chunk));
    }
    QByteArray &chunk = m_chunks.back();
    const quint32 rebase = quint32(chunk.size());
    chunk.append(batch.bytes.constData(), need); // within the reserve: no reallocation
    const quint32 number = m_firstChunk + quint32(m_chunks.size() - 1);
    for (PackedEvents::Entry &e : batch.entries) {
        e.offset += rebase;
        e.chunk = number;
    }
    m_entries.append(batch.entries);
}

void EventStore::appendGap(int protocol, qint64 msecsSinceEpoch, quint64 lost)
{
    PackedEvents::Entry e;
    e.msecsSinceEpoch = msecsSinceEpoch;
    e.protocol = quint8(protocol);
    e.flags = Gap;
    e.length = quint32(qMin<quint64>(lost, 0xffffffffu));
    e.chunk = m_firstChunk + quint32(m_chunks.empty() ? 0 : m_chunks.size() - 1);
    m_entries.append(e);
}

void EventStore::removeFirst(qsizetype count)
{
    m_entries.remove(0, qMin(count, m_entries.size()));
    while (!m_chunks.empty() && (m_entries.isEmpty() || m_entries.first().chunk > m_firstChunk)) {
        m_chunks.pop_front();
        ++m_firstChunk;
    }
}

void EventStore::clear()
{
    removeFirst(m_entries.size());
}

QByteArray EventStore::decode(const char *stored, quint32 storedLength, quint32 length, quint8 flags) const
{
    if (flags & Delta) {
        quint32 back, word;
        std::memcpy(&back, stored, 4);
        std::memcpy(&word, stored + 4, 4);
        const QByteArray base = decode(stored - back, word & ~BasePackedBit, length, (word & BasePackedBit) ? Packed : 0);
        QByteArray out = zeropack::unpack(QByteArrayView(stored + DeltaPrefix, storedLength - DeltaPrefix), length);
        const qsizetype n = qMin(out.size(), base.size());
        char *o = out.data();
        const char *b = base.constData();
        for (qsizetype i = 0; i < n; ++i)
            o[i] ^= b[i];
        return out;
    }
    if (flags & Packed)
        return zeropack::unpack(QByteArrayView(stored, storedLength), length);
    return QByteArray(stored, storedLength);
}

QByteArray EventStore::raw(qsizetype i) const
{
    const PackedEvents::Entry &e = m_entries.at(i);
    if (e.flags & Gap)
        return {};
    const QByteArray &chunk = m_chunks.at(e.chunk - m_firstChunk);
    return decode(chunk.constData() + e.offset, e.stored, e.length, e.flags);
}

NetlinkEvent EventStore::event(qsizetype i) const
{
    const PackedEvents::Entry &e = m_entries.at(i);
    NetlinkEvent out;
    out.msecsSinceEpoch = e.msecsSinceEpoch;
    out.protocol = e.protocol;
    out.firstType = e.firstType;
    out.raw = raw(i);
    return out;
}

EventStore EventStore::slice(qsizetype from, qsizetype count) const
{
    EventStore out;
    from = qBound<qsizetype>(0, from, m_entries.size());
    count = qBound<qsizetype>(0, count, m_entries.size() - from);
    if (count == 0)
        return out;
    out.m_entries = m_entries.mid(from, count);
    const quint32 first = out.m_entries.first().chunk;
    const quint32 last = out.m_entries.last().chunk;
    out.m_firstChunk = first;
    for (quint32 c = first; c <= last && c - m_firstChunk < m_chunks.size(); ++c)
        out.m_chunks.push_back(m_chunks.at(c - m_firstChunk));
    return out;
}

qsizetype EventStore::chunkBytes() const
{
    qsizetype n = 0;
    for (const QByteArray &c : m_chunks)
        n += c.capacity();
    return n;
}

} // namespace kc
