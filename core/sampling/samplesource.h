// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

namespace kc {
struct ParsedTable;
}

namespace kc {

/// How a sampled number behaves: a counter only grows (charted as a rate
/// per second), a gauge is a level (charted as it is).
enum class SampleKind { Counter, Gauge };

/// A number the sampler can read, named by a stable key "SOURCE:FIELD":
/// meminfo:MemFree, stat:cpu.user, stat:ctxt, vmstat:pgfault,
/// net/dev:eth0.rx_bytes, diskstats:sda.read_bytes, interrupts:LOC,
/// pressure/cpu:some.total, loadavg:1, sysctl:fs.file-nr, or a path under
/// /proc or /sys holding a number (/sys/class/net/lo/statistics/rx_bytes,
/// with ":N" for the Nth number on it).
struct SampleSource {
    Q_DECLARE_TR_FUNCTIONS(SampleSource)
public:
    QString key;
    QString path;     // the file read
    QString source;   // what extract() is given: "meminfo", "stat" ... or "number"
    QString field;    // the field extract() returns for this key
    SampleKind kind = SampleKind::Gauge;
    QString unit;     // of the value: "B", "s", "%", "" for a count
    QString error;    // why the key is not understood; empty when it is

    bool ok() const { return error.isEmpty(); }

    /// Parses a key. Unknown fields are found out only when read. A key
    /// ending in "@rate" or "@value" is charted that way whatever it is.
    static SampleSource resolve(const QString &key);
    /// Every field `source` holds in `data`, already in the unit of its
    /// keys (kB become bytes, clock ticks seconds, sectors bytes).
    static QHash<QString, double> extract(const QString &source, QByteArrayView data);
    /// The unit the chart shows: "B/s" for a byte counter, "%" for a time
    /// counter (seconds per second), "/s" for a plain count.
    QString displayUnit() const;
    /// The factor from a rate or value to the display unit.
    double displayScale() const;
    /// The key of a number shown in a parsed /proc table (format id as
    /// ProcFormats names it), or empty when that cell is not samplable.
    static QString keyForCell(const QString &formatId, const QString &path, const ParsedTable &table, int row, int column);
    /// A short label for a legend: the field, with the interface or CPU.
    QString label() const;

private:
    static SampleSource resolvePlain(const QString &key);
};

/// How much a counter grew from `prev` to `cur`. A counter that went
/// backwards either wrapped at 2^32 or 2^64 (when the wrapped step is
/// plausible: under half the range) or was reset: then nullopt, and the
/// caller starts again from `cur`. `bits` 32 or 64 when known, else 0.
std::optional<quint64> counterDelta(quint64 prev, quint64 cur, int bits = 0);

} // namespace kc
