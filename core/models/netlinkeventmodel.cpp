// SPDX-License-Identifier: GPL-2.0-or-later
#include "netlinkeventmodel.h"

#include <QtConcurrent/QtConcurrentMap>

#include "netlink/ifnamecache.h"
#include "netlink/netlinknames.h"
#include "netlink/nldecoder.h"
#include "roles.h"

#include <QDateTime>

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <future>
#include <optional>
#include <thread>
#include <vector>

#include <linux/netlink.h>

namespace kc {

namespace {

// Rows matched per slice: a few hundred milliseconds of decoding, so
// progress shows and new rows are reached soon.
constexpr qsizetype SliceRows = 50000;

} // namespace

NetlinkEventModel::NetlinkEventModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_matching(this)
{
}

void NetlinkEventModel::dropOldest(qsizetype count)
{
    if (count <= 0)
        return;
    if (m_filter.isEmpty()) {
        beginRemoveRows({}, 0, int(count) - 1);
        m_store.removeFirst(count);
        m_removed += count;
        endRemoveRows();
    } else {
        m_store.removeFirst(count);
        m_removed += count;
        const qsizetype gone = std::lower_bound(m_matches.cbegin(), m_matches.cend(), m_removed) - m_matches.cbegin();
        if (gone > 0) {
            beginRemoveRows({}, 0, int(gone) - 1);
            m_matches.remove(0, gone);
            endRemoveRows();
        }
    }
    m_dropped += quint64(count);
    // The span that holds the first row left stays.
    while (m_names.size() > 1 && m_names[1].first <= m_removed)
        m_names.removeFirst();
    while (m_namespaces.size() > 1 && m_namespaces[1].first <= m_removed)
        m_namespaces.removeFirst();
}

void NetlinkEventModel::appendPacked(PackedEvents batch)
{
    if (batch.entries.isEmpty())
        return;
    if (batch.entries.size() > m_cap) {
        // The bytes stay whole: a kept message may refer to a dropped one.
        const qsizetype extra = batch.entries.size() - m_cap;
        batch.entries.remove(0, extra);
        m_dropped += quint64(extra);
    }
    dropOldest(m_store.size() + batch.entries.size() - m_cap);
    m_bytes += batch.rawBytes;
    if (!m_filter.isEmpty()) {
        m_store.append(std::move(batch));
        matchNext();
        return;
    }
    const int first = int(m_store.size());
    beginInsertRows({}, first, first + int(batch.entries.size()) - 1);
    m_store.append(std::move(batch));
    endInsertRows();
}

void NetlinkEventModel::setInterfaceNames(std::shared_ptr<const IfNameCache> names)
{
    const qint64 next = m_removed + m_store.size();
    if (!m_names.isEmpty() && m_names.last().first == next)
        m_names.last().second = std::move(names);
    else
        m_names.append({next, std::move(names)});
}

void NetlinkEventModel::setNamespaceLabel(const QString &label)
{
    const qint64 next = m_removed + m_store.size();
    if (!m_namespaces.isEmpty() && m_namespaces.last().first == next)
        m_namespaces.last().second = label;
    else
        m_namespaces.append({next, label});
}

QString NetlinkEventModel::namespaceLabel(int row) const
{
    const qint64 serial = m_removed + storeIndex(row);
    const auto after = std::upper_bound(m_namespaces.cbegin(), m_namespaces.cend(), serial,
                                        [](qint64 s, const auto &span) { return s < span.first; });
    return after == m_namespaces.cbegin() ? QString() : std::prev(after)->second;
}

const IfNameCache *NetlinkEventModel::namesAt(const NameSpans &spans, qint64 serial)
{
    const auto after = std::upper_bound(spans.cbegin(), spans.cend(), serial,
                                        [](qint64 s, const auto &span) { return s < span.first; });
    return after == spans.cbegin() ? nullptr : std::prev(after)->second.get();
}

const IfNameCache *NetlinkEventModel::interfaceNames(int row) const
{
    return namesAt(m_names, m_removed + storeIndex(row));
}

void NetlinkEventModel::appendBatch(const QList<NetlinkEvent> &batch)
{
    // A capture names its interfaces itself: its link messages, not the
    // namespace we listen in, know them.
    auto names = std::make_shared<IfNameCache>();
    for (const NetlinkEvent &e : batch)
        names->learn(e.protocol, e.raw);
    const std::shared_ptr<const IfNameCache> live = m_names.isEmpty() ? nullptr : m_names.last().second;
    const QString liveNamespace = m_namespaces.isEmpty() ? QString() : m_namespaces.last().second;
    setInterfaceNames(std::move(names));
    setNamespaceLabel(tr("a capture"));
    constexpr qsizetype Slice = 4096;
    QList<QList<NetlinkEvent>> slices;
    for (qsizetype i = 0; i < batch.size(); i += Slice)
        slices.append(batch.mid(i, Slice));
    const QList<PackedEvents> packed = QtConcurrent::blockingMapped(slices, &EventStore::pack);
    for (const PackedEvents &p : packed)
        appendPacked(p);
    setInterfaceNames(live);
    setNamespaceLabel(liveNamespace);
}

void NetlinkEventModel::appendGap(int protocol, quint64 lost)
{
    dropOldest(m_store.size() + 1 - m_cap);
    if (!m_filter.isEmpty()) {
        m_store.appendGap(protocol, QDateTime::currentMSecsSinceEpoch(), lost);
        matchNext();
        return;
    }
    const int row = int(m_store.size());
    beginInsertRows({}, row, row);
    m_store.appendGap(protocol, QDateTime::currentMSecsSinceEpoch(), lost);
    endInsertRows();
}

void NetlinkEventModel::clear()
{
    beginResetModel();
    m_removed += m_store.size();
    m_store.clear();
    m_matches.clear();
    m_scanned = m_removed;
    m_matching.cancel();
    if (m_stop)
        *m_stop = true;
    m_decoded.clear();
    if (m_names.size() > 1)
        m_names.remove(0, m_names.size() - 1);
    if (!m_names.isEmpty())
        m_names.first().first = m_removed;
    if (m_namespaces.size() > 1)
        m_namespaces.remove(0, m_namespaces.size() - 1);
    if (!m_namespaces.isEmpty())
        m_namespaces.first().first = m_removed;
    m_dropped = 0;
    m_bytes = 0;
    endResetModel();
    Q_EMIT filterProgress();
}

void NetlinkEventModel::setFilter(const QString &text)
{
    if (text == m_filter)
        return;
    m_matching.cancel();
    if (m_stop)
        *m_stop = true;
    beginResetModel();
    m_filter = text;
    m_matches.clear();
    m_scanned = m_removed;
    endResetModel();
    if (!m_filter.isEmpty())
        matchNext();
    Q_EMIT filterProgress();
}

qsizetype NetlinkEventModel::filterScanned() const
{
    return qBound<qsizetype>(0, m_scanned - m_removed, m_store.size());
}

qsizetype NetlinkEventModel::storeIndex(int row) const
{
    return m_filter.isEmpty() ? row : qsizetype(m_matches.at(row) - m_removed);
}

// Matches the next slice of rows not yet matched on the pool, unless a
// slice is under way; each answer starts the next until all are matched.
void NetlinkEventModel::matchNext()
{
    if (m_filter.isEmpty() || m_matching.isBusy())
        return;
    const qsizetype from = filterScanned();
    const qsizetype count = qMin(SliceRows, m_store.size() - from);
    if (count <= 0)
        return;
    m_stop = std::make_shared<std::atomic_bool>(false);
    const qint64 firstSerial = m_removed + from;
    m_matching.run(
        [slice = m_store.slice(from, count), needle = m_filter, firstSerial, stop = m_stop, names = m_names] {
            // The slice in parts, one per core, each matched on a thread of
            // its own (this one takes the first part).
            auto part = [&](qsizetype begin, qsizetype end) {
                QList<qint64> found;
                TimeText time;
                for (qsizetype i = begin; i < end; ++i) {
                    if ((i & 1023) == 0 && *stop)
                        return QList<qint64>();
                    if (rowMatches(slice, i, needle, time, namesAt(names, firstSerial + i)))
                        found.append(firstSerial + i);
                }
                return found;
            };
            const qsizetype parts = qBound(qsizetype(1), qsizetype(std::thread::hardware_concurrency()), qsizetype(8));
            const qsizetype step = (slice.size() + parts - 1) / parts;
            std::vector<std::future<QList<qint64>>> others;
            for (qsizetype p = 1; p < parts && p * step < slice.size(); ++p)
                others.push_back(std::async(std::launch::async, part, p * step, qMin(slice.size(), (p + 1) * step)));
            QList<qint64> found = part(0, qMin(slice.size(), step));
            for (auto &f : others)
                found.append(f.get());
            return *stop ? QList<qint64>() : found;
        },
        [this, end = firstSerial + count](QList<qint64> found) {
            // Rows dropped from the front meanwhile are not shown.
            const auto alive = std::lower_bound(found.cbegin(), found.cend(), m_removed);
            const qsizetype skip = alive - found.cbegin();
            if (skip < found.size()) {
                const int first = int(m_matches.size());
                beginInsertRows({}, first, first + int(found.size() - skip) - 1);
                m_matches.append(found.mid(skip));
                endInsertRows();
            }
            m_scanned = qMax(m_scanned, end);
            Q_EMIT filterProgress();
            matchNext();
        });
}

int NetlinkEventModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_filter.isEmpty() ? m_store.size() : m_matches.size());
}

int NetlinkEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

NetlinkEventModel::Decoded NetlinkEventModel::decodeRow(const PackedEvents::Entry &entry, const QByteArray &raw, const IfNameCache *names)
{
    Decoded d;
    if (entry.flags & EventStore::Gap) {
        d.type = tr("lost");
        d.summary = entry.length > 0 ? tr("%Ln message(s) lost: the receive buffer overflowed", nullptr, int(entry.length))
                                     : tr("messages lost: the receive buffer overflowed");
        return d;
    }
    const QList<NlMessage> msgs = NlDecoder::decode(entry.protocol, raw, names);
    // uevents and generic netlink are named by their content.
    if (entry.protocol != 0)
        d.type = msgs.isEmpty() ? QString() : msgs.first().typeName;
    else
        d.type = NlDecoder::messageTypeName(entry.protocol, entry.firstType);
    QStringList parts;
    for (const NlMessage &m : msgs)
        parts.append(m.error.isEmpty() ? m.summary : m.error);
    d.summary = parts.join(QStringLiteral(" | "));
    return d;
}

const NetlinkEventModel::Decoded &NetlinkEventModel::decoded(qsizetype index) const
{
    const qint64 serial = m_removed + index;
    if (Decoded *d = m_decoded.object(serial))
        return *d;
    auto *d = new Decoded(decodeRow(m_store.at(index), m_store.raw(index), namesAt(m_names, serial)));
    m_decoded.insert(serial, d);
    return *d;
}

QString NetlinkEventModel::cellText(const EventStore &store, qsizetype index, int column, const IfNameCache *names)
{
    const PackedEvents::Entry &entry = store.at(index);
    const bool needsBytes = column == TypeColumn || column == FlagsColumn || column == SeqColumn || column == PidColumn
                            || column == SummaryColumn;
    return cellText(entry, needsBytes ? store.raw(index) : QByteArray(), column, names);
}

QString NetlinkEventModel::cellText(const PackedEvents::Entry &entry, const QByteArray &raw, int column, const IfNameCache *names)
{
    const bool gap = entry.flags & EventStore::Gap;
    // A field of the first message's nlmsghdr; uevents have none.
    auto header = [&](std::size_t offset, std::size_t size) -> std::optional<quint32> {
        if (gap || entry.protocol == NETLINK_KOBJECT_UEVENT || raw.size() < qsizetype(sizeof(nlmsghdr)))
            return std::nullopt;
        quint32 v = 0;
        std::memcpy(&v, raw.constData() + offset, size);
        return v;
    };
    switch (column) {
    case TimeColumn: return QDateTime::fromMSecsSinceEpoch(entry.msecsSinceEpoch).toString(QStringLiteral("HH:mm:ss.zzz"));
    case ProtocolColumn: {
        const QString n = NetlinkNames::protocol(entry.protocol);
        return n.startsWith(QLatin1String("NETLINK_")) ? n.mid(8) : n;
    }
    case DirectionColumn:
        // A monitor only receives: notifications and dump replies come from the kernel.
        return gap ? QString() : tr("kernel → us");
    case TypeColumn: return decodeRow(entry, raw, names).type;
    case FlagsColumn: {
        const auto flags = header(offsetof(nlmsghdr, nlmsg_flags), sizeof(__u16));
        return flags ? NlDecoder::messageFlagNames(entry.firstType, quint16(*flags)) : QString();
    }
    case SeqColumn: {
        const auto v = header(offsetof(nlmsghdr, nlmsg_seq), sizeof(__u32));
        return v ? QString::number(*v) : QString();
    }
    case PidColumn: {
        const auto v = header(offsetof(nlmsghdr, nlmsg_pid), sizeof(__u32));
        return v ? QString::number(*v) : QString();
    }
    case LengthColumn: return gap ? QString() : QString::number(entry.length);
    case SummaryColumn: return decodeRow(entry, raw, names).summary;
    }
    return {};
}

// Every column's text, the decoded ones first: most filters name a type,
// an interface or an address. The bytes are unpacked and decoded once.
bool NetlinkEventModel::rowMatches(const EventStore &store, qsizetype index, const QString &needle, TimeText &time, const IfNameCache *names)
{
    const PackedEvents::Entry &entry = store.at(index);
    const QByteArray raw = store.raw(index);
    const Decoded d = decodeRow(entry, raw, names);
    auto has = [&needle](const QString &text) { return text.contains(needle, Qt::CaseInsensitive); };
    if (has(d.type) || has(d.summary))
        return true;
    for (int c : {ProtocolColumn, DirectionColumn, FlagsColumn, SeqColumn, PidColumn, LengthColumn}) {
        if (has(cellText(entry, raw, c, nullptr))) // none of these is decoded
            return true;
    }
    return has(time.of(entry.msecsSinceEpoch));
}

QString NetlinkEventModel::TimeText::of(qint64 msecsSinceEpoch)
{
    // Rows of one second share all but the milliseconds.
    const qint64 second = msecsSinceEpoch - msecsSinceEpoch % 1000;
    if (second != m_second || m_prefix.isEmpty()) {
        m_second = second;
        m_prefix = QDateTime::fromMSecsSinceEpoch(second).toString(QStringLiteral("HH:mm:ss."));
    }
    return m_prefix + QStringLiteral("%1").arg(msecsSinceEpoch % 1000, 3, 10, QLatin1Char('0'));
}

QVariant NetlinkEventModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const qsizetype i = storeIndex(index.row());
    const int c = index.column();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (c) {
        case TypeColumn: return decoded(i).type;
        case SummaryColumn: return decoded(i).summary;
        case NamespaceColumn: return namespaceLabel(index.row());
        case SeqColumn:
        case PidColumn:
        case LengthColumn: {
            // Numbers, so that they sort and align as numbers.
            const QString text = cellText(m_store, i, c);
            return text.isEmpty() ? QVariant() : QVariant(text.toUInt());
        }
        default: return cellText(m_store, i, c);
        }
    }
    if (role == Qt::TextAlignmentRole && (c == LengthColumn || c == SeqColumn || c == PidColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == GapRole)
        return bool(m_store.at(i).flags & EventStore::Gap);
    return {};
}

QVariant NetlinkEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case ProtocolColumn: return tr("Protocol");
    case TypeColumn: return tr("Type");
    case FlagsColumn: return tr("Flags");
    case DirectionColumn: return tr("Direction");
    case SeqColumn: return tr("Seq");
    case PidColumn: return tr("Port ID");
    case LengthColumn: return tr("Bytes");
    case NamespaceColumn: return tr("Namespace");
    case SummaryColumn: return tr("Summary");
    }
    return {};
}

} // namespace kc
