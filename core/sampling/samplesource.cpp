// SPDX-License-Identifier: GPL-2.0-or-later
#include "samplesource.h"

#include "procfs/parsedtable.h"
#include "sysctl/sysctl.h"

#include <QList>
#include <QLocale>

#include <cmath>
#include <unistd.h>

namespace kc {

namespace {

const char *const cpuFields[] = {"user", "nice", "system", "idle", "iowait", "irq", "softirq", "steal", "guest", "guest_nice"};
const char *const netFields[] = {"rx_bytes", "rx_packets", "rx_errs", "rx_drop", "rx_fifo", "rx_frame", "rx_compressed", "rx_multicast",
                                 "tx_bytes", "tx_packets", "tx_errs", "tx_drop", "tx_fifo", "tx_colls", "tx_carrier", "tx_compressed"};
const char *const diskFields[] = {"reads", "reads_merged", "read_bytes", "read_ms", "writes", "writes_merged", "written_bytes",
                                  "write_ms", "in_flight", "io_ms", "weighted_ms", "discards", "discards_merged",
                                  "discarded_bytes", "discard_ms", "flushes", "flush_ms"};

double clockTicks()
{
    static const double hz = [] {
        const long t = ::sysconf(_SC_CLK_TCK);
        return t > 0 ? double(t) : 100.0;
    }();
    return hz;
}

// Lines without allocation per token: a small splitter over the bytes.
QList<QByteArrayView> words(QByteArrayView line)
{
    QList<QByteArrayView> out;
    qsizetype i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
            ++i;
        const qsizetype start = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t')
            ++i;
        if (i > start)
            out.append(line.sliced(start, i - start));
    }
    return out;
}

template<typename F>
void forLines(QByteArrayView data, F f)
{
    qsizetype start = 0;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        f(data.sliced(start, end - start));
        start = end + 1;
    }
}

bool number(QByteArrayView w, double *v)
{
    bool ok = false;
    *v = w.toByteArray().toDouble(&ok);
    return ok;
}

bool counterName(const QString &field)
{
    static const char *const parts[] = {"bytes", "packets", "count", "total", "errors", "drop", "_ms", "reads", "writes", "events"};
    for (const char *p : parts) {
        if (field.contains(QLatin1String(p)))
            return true;
    }
    return false;
}

} // namespace

SampleSource SampleSource::resolve(const QString &fullKey)
{
    // "@rate" or "@value" at the end overrides how the number is charted.
    QString key = fullKey;
    std::optional<SampleKind> as;
    if (key.endsWith(QLatin1String("@rate"))) {
        as = SampleKind::Counter;
        key.chop(5);
    } else if (key.endsWith(QLatin1String("@value"))) {
        as = SampleKind::Gauge;
        key.chop(6);
    }
    SampleSource s = resolvePlain(key);
    s.key = fullKey;
    if (as && s.ok())
        s.kind = *as;
    return s;
}

SampleSource SampleSource::resolvePlain(const QString &key)
{
    SampleSource s;
    s.key = key;
    if (key.startsWith(QLatin1String("/proc/")) || key.startsWith(QLatin1String("/sys/"))) {
        const int colon = key.lastIndexOf(QLatin1Char(':'));
        bool isIndex = false;
        if (colon > 0)
            key.mid(colon + 1).toInt(&isIndex);
        s.path = isIndex ? key.left(colon) : key;
        s.field = isIndex ? key.mid(colon + 1) : QStringLiteral("0");
        s.source = QStringLiteral("number");
        const QString name = s.path.section(QLatin1Char('/'), -1);
        s.kind = s.path.contains(QLatin1String("/statistics/")) || counterName(name) ? SampleKind::Counter : SampleKind::Gauge;
        s.unit = name.contains(QLatin1String("bytes")) ? QStringLiteral("B") : QString();
        return s;
    }
    const int colon = key.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == key.size() - 1) {
        s.error = tr("\"%1\" is not a sample key: write SOURCE:FIELD (meminfo:MemFree, stat:cpu.user, net/dev:lo.rx_bytes …) or a path under /proc or /sys.").arg(key);
        return s;
    }
    s.source = key.left(colon);
    s.field = key.mid(colon + 1);
    const QString &f = s.field;
    const QString tail = f.section(QLatin1Char('.'), -1);
    if (s.source == QLatin1String("meminfo")) {
        s.path = QStringLiteral("/proc/meminfo");
        s.unit = f.startsWith(QLatin1String("HugePages_")) ? QString() : QStringLiteral("B");
    } else if (s.source == QLatin1String("stat")) {
        s.path = QStringLiteral("/proc/stat");
        if (f.startsWith(QLatin1String("cpu"))) {
            s.kind = SampleKind::Counter;
            s.unit = QStringLiteral("s");
        } else if (f == QLatin1String("procs_running") || f == QLatin1String("procs_blocked")) {
            s.kind = SampleKind::Gauge;
        } else {
            s.kind = SampleKind::Counter;
        }
    } else if (s.source == QLatin1String("vmstat")) {
        s.path = QStringLiteral("/proc/vmstat");
        s.kind = f.startsWith(QLatin1String("nr_")) ? SampleKind::Gauge : SampleKind::Counter;
    } else if (s.source == QLatin1String("net/dev")) {
        s.path = QStringLiteral("/proc/net/dev");
        s.kind = SampleKind::Counter;
        s.unit = tail.endsWith(QLatin1String("bytes")) ? QStringLiteral("B") : QString();
    } else if (s.source == QLatin1String("diskstats")) {
        s.path = QStringLiteral("/proc/diskstats");
        s.kind = tail == QLatin1String("in_flight") ? SampleKind::Gauge : SampleKind::Counter;
        s.unit = tail.endsWith(QLatin1String("bytes")) ? QStringLiteral("B") : tail.endsWith(QLatin1String("_ms")) ? QStringLiteral("s") : QString();
    } else if (s.source == QLatin1String("interrupts")) {
        s.path = QStringLiteral("/proc/interrupts");
        s.kind = SampleKind::Counter;
    } else if (s.source.startsWith(QLatin1String("pressure/"))) {
        s.path = QStringLiteral("/proc/") + s.source;
        s.kind = tail == QLatin1String("total") ? SampleKind::Counter : SampleKind::Gauge;
        s.unit = tail == QLatin1String("total") ? QStringLiteral("s") : QStringLiteral("%");
    } else if (s.source == QLatin1String("syscall")) {
        // Counted by the kernel's tracepoint counters, not read from a file.
        s.kind = SampleKind::Counter;
    } else if (s.source == QLatin1String("loadavg")) {
        s.path = QStringLiteral("/proc/loadavg");
    } else if (s.source == QLatin1String("sysctl")) {
        const int at = f.lastIndexOf(QLatin1Char(':'));
        QString error;
        s.path = Sysctl::resolve(f, &error);
        if (s.path.isEmpty()) {
            s.error = error;
            return s;
        }
        s.source = QStringLiteral("number");
        s.field = QStringLiteral("0");
        Q_UNUSED(at);
    } else {
        s.error = tr("Unknown sample source \"%1\": use meminfo, stat, vmstat, net/dev, diskstats, interrupts, pressure/cpu|memory|io, loadavg, sysctl, syscall, or a path.").arg(s.source);
    }
    return s;
}

QHash<QString, double> SampleSource::extract(const QString &source, QByteArrayView data)
{
    QHash<QString, double> out;
    double v = 0;
    if (source == QLatin1String("number")) {
        const QList<QByteArrayView> w = words(data.trimmed());
        for (int i = 0; i < w.size(); ++i) {
            if (number(w[i], &v))
                out.insert(QString::number(i), v);
        }
    } else if (source == QLatin1String("meminfo")) {
        forLines(data, [&](QByteArrayView line) {
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                return;
            const QList<QByteArrayView> w = words(line.sliced(colon + 1));
            if (w.isEmpty() || !number(w[0], &v))
                return;
            out.insert(QString::fromLatin1(line.first(colon)), w.size() > 1 && w[1] == "kB" ? v * 1024 : v);
        });
    } else if (source == QLatin1String("stat")) {
        forLines(data, [&](QByteArrayView line) {
            const QList<QByteArrayView> w = words(line);
            if (w.size() < 2)
                return;
            const QString name = QString::fromLatin1(w[0]);
            if (name.startsWith(QLatin1String("cpu"))) {
                for (int i = 1; i < w.size() && i <= int(std::size(cpuFields)); ++i) {
                    if (number(w[i], &v))
                        out.insert(name + QLatin1Char('.') + QLatin1String(cpuFields[i - 1]), v / clockTicks());
                }
            } else if (number(w[1], &v)) {
                out.insert(name, v); // intr and softirq: their first number is the total
            }
        });
    } else if (source == QLatin1String("vmstat")) {
        forLines(data, [&](QByteArrayView line) {
            const QList<QByteArrayView> w = words(line);
            if (w.size() == 2 && number(w[1], &v))
                out.insert(QString::fromLatin1(w[0]), v);
        });
    } else if (source == QLatin1String("net/dev")) {
        forLines(data, [&](QByteArrayView line) {
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0 || line.contains('|'))
                return;
            const QString iface = QString::fromLatin1(line.first(colon).trimmed());
            const QList<QByteArrayView> w = words(line.sliced(colon + 1));
            for (int i = 0; i < w.size() && i < int(std::size(netFields)); ++i) {
                if (number(w[i], &v))
                    out.insert(iface + QLatin1Char('.') + QLatin1String(netFields[i]), v);
            }
        });
    } else if (source == QLatin1String("diskstats")) {
        forLines(data, [&](QByteArrayView line) {
            const QList<QByteArrayView> w = words(line);
            if (w.size() < 14)
                return;
            const QString dev = QString::fromLatin1(w[2]);
            for (int i = 3; i < w.size() && i - 3 < int(std::size(diskFields)); ++i) {
                if (!number(w[i], &v))
                    continue;
                const QLatin1String name(diskFields[i - 3]);
                if (name.endsWith(QLatin1String("_bytes")))
                    v *= 512; // sectors are always 512 bytes here
                else if (name.endsWith(QLatin1String("_ms")))
                    v /= 1000;
                out.insert(dev + QLatin1Char('.') + name, v);
            }
        });
    } else if (source == QLatin1String("interrupts")) {
        int cpus = 0;
        double total = 0;
        forLines(data, [&](QByteArrayView line) {
            const QList<QByteArrayView> w = words(line);
            if (w.isEmpty())
                return;
            if (!w[0].endsWith(':')) {
                cpus = int(w.size()); // the header: CPU0 CPU1 ...
                return;
            }
            double sum = 0;
            int n = 0;
            for (int i = 1; i < w.size() && n < cpus && number(w[i], &v); ++i, ++n)
                sum += v;
            if (n == 0)
                return;
            out.insert(QString::fromLatin1(w[0].chopped(1)), sum);
            total += sum;
        });
        out.insert(QStringLiteral("total"), total);
    } else if (source.startsWith(QLatin1String("pressure/"))) {
        forLines(data, [&](QByteArrayView line) {
            const QList<QByteArrayView> w = words(line);
            if (w.isEmpty())
                return;
            const QString kind = QString::fromLatin1(w[0]);
            for (int i = 1; i < w.size(); ++i) {
                const qsizetype eq = w[i].indexOf('=');
                if (eq <= 0 || !number(w[i].sliced(eq + 1), &v))
                    continue;
                const QString name = QString::fromLatin1(w[i].first(eq));
                out.insert(kind + QLatin1Char('.') + name, name == QLatin1String("total") ? v / 1e6 : v);
            }
        });
    } else if (source == QLatin1String("loadavg")) {
        const QList<QByteArrayView> w = words(data.trimmed());
        const char *const names[] = {"1", "5", "15"};
        for (int i = 0; i < 3 && i < w.size(); ++i) {
            if (number(w[i], &v))
                out.insert(QLatin1String(names[i]), v);
        }
        if (w.size() > 3) {
            const qsizetype slash = w[3].indexOf('/');
            if (slash > 0 && number(w[3].first(slash), &v))
                out.insert(QStringLiteral("running"), v);
            if (slash > 0 && number(w[3].sliced(slash + 1), &v))
                out.insert(QStringLiteral("total"), v);
        }
    }
    return out;
}

QString SampleSource::displayUnit() const
{
    if (kind == SampleKind::Gauge)
        return unit;
    if (unit == QLatin1String("s"))
        return QStringLiteral("%");
    return unit + QStringLiteral("/s");
}

double SampleSource::displayScale() const
{
    return kind == SampleKind::Counter && unit == QLatin1String("s") ? 100.0 : 1.0;
}

QString SampleSource::keyForCell(const QString &formatId, const QString &path, const ParsedTable &table, int row, int column)
{
    if (row < 0 || row >= table.rows.size() || column < 0)
        return {};
    const QStringList &r = table.rows[row];
    if (column >= r.size() || r.isEmpty())
        return {};
    const QString &first = r[0];
    if (formatId == QLatin1String("meminfo") || formatId == QLatin1String("vmstat"))
        return formatId + QLatin1Char(':') + first;
    if (formatId == QLatin1String("loadavg")) {
        if (first == QLatin1String("load1") || first == QLatin1String("load5") || first == QLatin1String("load15"))
            return QStringLiteral("loadavg:") + first.mid(4);
        return {};
    }
    if (formatId == QLatin1String("stat")) {
        if (first.startsWith(QLatin1String("cpu"))) {
            if (column < 1 || column > int(std::size(cpuFields)))
                return {};
            return QStringLiteral("stat:") + first + QLatin1Char('.') + QLatin1String(cpuFields[column - 1]);
        }
        static const char *const counters[] = {"intr", "ctxt", "processes", "procs_running", "procs_blocked", "softirq"};
        for (const char *c : counters) {
            if (first == QLatin1String(c))
                return QStringLiteral("stat:") + first;
        }
        return {};
    }
    if (formatId == QLatin1String("net-dev")) {
        if (column < 1 || column > int(std::size(netFields)))
            return {};
        return QStringLiteral("net/dev:") + first + QLatin1Char('.') + QLatin1String(netFields[column - 1]);
    }
    if (formatId == QLatin1String("diskstats")) {
        if (r.size() < 3 || column < 3 || column - 3 >= int(std::size(diskFields)))
            return {};
        return QStringLiteral("diskstats:") + r[2] + QLatin1Char('.') + QLatin1String(diskFields[column - 3]);
    }
    if (formatId == QLatin1String("interrupts"))
        return QStringLiteral("interrupts:") + first;
    if (formatId == QLatin1String("pressure") && path.startsWith(QLatin1String("/proc/pressure/"))) {
        static const char *const fields[] = {"avg10", "avg60", "avg300", "total"};
        if (column < 1 || column > 4)
            return {};
        return QStringLiteral("pressure/") + path.mid(15) + QLatin1Char(':') + first + QLatin1Char('.') + QLatin1String(fields[column - 1]);
    }
    return {};
}

QString SampleSource::label() const
{
    // Short enough for a legend: "lo rx_bytes", "cpu user", "io some".
    if (source == QLatin1String("number"))
        return path.startsWith(QLatin1String("/proc/sys/")) ? Sysctl::keyForPath(path.mid(10)) : path.section(QLatin1Char('/'), -2);
    QString l = field;
    if (source.startsWith(QLatin1String("pressure/")))
        l = source.mid(9) + QLatin1Char(' ') + field.section(QLatin1Char('.'), 0, 0);
    else if (source == QLatin1String("syscall"))
        l = field == QLatin1String("all") ? tr("all system calls") : field + QStringLiteral("()");
    else
        l.replace(QLatin1Char('.'), QLatin1Char(' '));
    if (key.endsWith(QLatin1String("@rate")) && kind == SampleKind::Counter)
        l += QStringLiteral(" /s");
    return l;
}

std::optional<quint64> counterDelta(quint64 prev, quint64 cur, int bits)
{
    if (cur >= prev)
        return cur - prev;
    if ((bits == 32 || bits == 0) && prev <= 0xffffffffULL) {
        const quint64 step = (0x100000000ULL - prev) + cur;
        if (step < 0x80000000ULL)
            return step;
        if (bits == 32)
            return std::nullopt;
    }
    const quint64 step = cur - prev; // unsigned arithmetic wraps at 2^64
    if (step < (1ULL << 63) && prev > 0xffffffffULL)
        return step;
    return std::nullopt;
}

} // namespace kc
