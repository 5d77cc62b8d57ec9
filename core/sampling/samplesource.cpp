// SPDX-License-Identifier: GPL-2.0-or-later
#include "samplesource.h"

#include "procfs/parsedtable.h"
#include "procfs/parseutil.h"
#include "procfs/procformats.h"
#include "procfs/procparsers.h"
#include "procfs/sysctlpath.h"

#include <QList>
#include <QLocale>

#include <iterator>

namespace kc {

namespace {

// The procfs format whose numbers a source names.
QString formatOf(const QString &source)
{
    if (source == QLatin1String("net/dev"))
        return QStringLiteral("net-dev");
    if (source.startsWith(QLatin1String("pressure/")))
        return QStringLiteral("pressure");
    return source;
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
        s.path = SysctlPath::resolve(f, &error);
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
    if (source != QLatin1String("number"))
        return ProcFormats::numbers(formatOf(source), data);
    // A file of numbers separated by blanks, such as a sysctl key.
    QHash<QString, double> out;
    const QList<QByteArrayView> w = parse::fields(data.trimmed());
    for (int i = 0; i < w.size(); ++i) {
        bool ok = false;
        const double v = w[i].toDouble(&ok);
        if (ok)
            out.insert(QString::number(i), v);
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
            if (column < 1 || column > int(std::size(parsers::statCpuFields)))
                return {};
            return QStringLiteral("stat:") + first + QLatin1Char('.') + QLatin1String(parsers::statCpuFields[column - 1]);
        }
        static const char *const counters[] = {"intr", "ctxt", "processes", "procs_running", "procs_blocked", "softirq"};
        for (const char *c : counters) {
            if (first == QLatin1String(c))
                return QStringLiteral("stat:") + first;
        }
        return {};
    }
    if (formatId == QLatin1String("net-dev")) {
        if (column < 1 || column > int(std::size(parsers::netDevFields)))
            return {};
        return QStringLiteral("net/dev:") + first + QLatin1Char('.') + QLatin1String(parsers::netDevFields[column - 1]);
    }
    if (formatId == QLatin1String("diskstats")) {
        if (r.size() < 3 || column < 3 || column - 3 >= int(std::size(parsers::diskstatsFields)))
            return {};
        return QStringLiteral("diskstats:") + r[2] + QLatin1Char('.') + QLatin1String(parsers::diskstatsFields[column - 3]);
    }
    if (formatId == QLatin1String("interrupts"))
        return QStringLiteral("interrupts:") + first;
    if (formatId == QLatin1String("pressure") && path.startsWith(QLatin1String("/proc/pressure/"))) {
        if (column < 1 || column > int(std::size(parsers::pressureFields)))
            return {};
        return QStringLiteral("pressure/") + path.mid(15) + QLatin1Char(':') + first + QLatin1Char('.') + QLatin1String(parsers::pressureFields[column - 1]);
    }
    return {};
}

QString SampleSource::label() const
{
    // Short enough for a legend: "lo rx_bytes", "cpu user", "io some".
    if (source == QLatin1String("number"))
        return path.startsWith(QLatin1String("/proc/sys/")) ? SysctlPath::keyForPath(path.mid(10)) : path.section(QLatin1Char('/'), -2);
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
