// SPDX-License-Identifier: GPL-2.0-or-later
// Parsers for the counters of /proc kept per CPU and per device, and pressure.
#include "procparsers.h"
#include "parseutil.h"

#include <iterator>

namespace kc::parsers {

using namespace kc::parse;

namespace {

// interrupts and softirqs: a header of CPU names, then one row per source
// with one count per CPU. Returns the number of CPUs, 0 without a header.
int perCpuHeader(const QList<QByteArrayView> &ls, QList<QByteArrayView> &header)
{
    header = ls.isEmpty() ? QList<QByteArrayView>() : fields(ls.first());
    for (auto h : header) {
        if (!h.startsWith("CPU"))
            return 0;
    }
    return int(header.size());
}

// One source's row: "name:" and a count per CPU, or one count (ERR and
// MIS in /proc/interrupts carry one number, not one per CPU), then text.
// Returns how many counts follow the name, 0 for a line that is not a row.
int perCpuRow(QByteArrayView line, int ncpu, QList<QByteArrayView> &f)
{
    f = fields(line);
    if (f.isEmpty() || !f[0].endsWith(':'))
        return 0;
    int counts = 0;
    for (qsizetype c = 1; c < f.size() && counts < ncpu && isUnsigned(f[c]); ++c)
        ++counts;
    return counts == ncpu || (counts == 1 && ncpu > 1) ? counts : 0;
}

ParsedDoc perCpuCounts(QByteArrayView data, const QString &id, const QString &title, bool trailingText)
{
    ParsedDoc doc;
    doc.formatId = id;
    const auto ls = lines(data);
    QList<QByteArrayView> header;
    const int ncpu = perCpuHeader(ls, header);
    if (ncpu == 0)
        return nothingUnderstood(id, Text::tr("%1 (a header of CPU names, then counts per CPU)").arg(title));
    ParsedTable t;
    t.title = title;
    t.columns.append(col(id == QLatin1String("interrupts") ? Text::tr("IRQ") : Text::tr("Softirq"),
                         id == QLatin1String("interrupts") ? Text::tr("Interrupt number or name of the interrupt source")
                                                           : Text::tr("Kind of deferred kernel work")));
    for (auto h : header)
        t.columns.append(col(str(h), Text::tr("Count on this CPU since boot"), {}, true));
    t.columns.append(col(Text::tr("Total"), Text::tr("Sum over all CPUs"), {}, true));
    if (trailingText)
        t.columns.append(col(Text::tr("Source"), Text::tr("Interrupt controller, trigger type and the devices using it")));
    int bad = 0;
    QList<QByteArrayView> f;
    for (qsizetype i = 1; i < ls.size(); ++i) {
        const int counts = perCpuRow(ls[i], ncpu, f);
        if (counts == 0) {
            bad += f.isEmpty() ? 0 : 1;
            continue;
        }
        QStringList row{str(f[0].chopped(1))};
        quint64 total = 0;
        for (int c = 1; c <= counts; ++c) {
            row.append(str(f[c]));
            total += f[c].toULongLong();
        }
        for (int c = counts; c < ncpu; ++c)
            row.append(QString());
        row.append(QString::number(total));
        if (trailingText) {
            QStringList rest;
            for (qsizetype c = 1 + counts; c < f.size(); ++c)
                rest.append(str(f[c]));
            row.append(rest.join(QLatin1Char(' ')));
        }
        t.rows.append(row);
    }
    doc.tables.append(t);
    finish(doc, bad, title);
    return doc;
}

} // namespace

ParsedDoc interrupts(QByteArrayView data)
{
    return perCpuCounts(data, QStringLiteral("interrupts"), Text::tr("Interrupts"), true);
}

ProcNumbers interruptsNumbers(QByteArrayView data)
{
    ProcNumbers out;
    const auto ls = lines(data);
    QList<QByteArrayView> header, f;
    const int ncpu = perCpuHeader(ls, header);
    if (ncpu == 0)
        return out;
    double all = 0;
    for (qsizetype i = 1; i < ls.size(); ++i) {
        const int counts = perCpuRow(ls[i], ncpu, f);
        if (counts == 0)
            continue;
        double sum = 0;
        for (int c = 1; c <= counts; ++c)
            sum += number(f[c]);
        out.insert(str(f[0].chopped(1)), sum);
        all += sum;
    }
    out.insert(QStringLiteral("total"), all);
    return out;
}

ParsedDoc softirqs(QByteArrayView data)
{
    return perCpuCounts(data, QStringLiteral("softirqs"), Text::tr("Softirqs"), false);
}

namespace {

// A line of /proc/diskstats: major, minor, name and 11 to 17 counters
// (14 fields before 4.18, 18 up to 5.4, 20 since).
bool diskstatsLine(const QList<QByteArrayView> &f)
{
    bool good = f.size() >= 14 && f.size() <= 20 && isUnsigned(f[0]) && isUnsigned(f[1]);
    for (qsizetype i = 3; good && i < f.size(); ++i)
        good = isUnsigned(f[i]);
    return good;
}

} // namespace

const char *const diskstatsFields[17] = {"reads", "reads_merged", "read_bytes", "read_ms", "writes", "writes_merged",
                                         "written_bytes", "write_ms", "in_flight", "io_ms", "weighted_ms", "discards",
                                         "discards_merged", "discarded_bytes", "discard_ms", "flushes", "flush_ms"};

ParsedDoc diskstats(QByteArrayView data)
{
    ParsedDoc doc;
    doc.formatId = QStringLiteral("diskstats");
    ParsedTable t;
    t.title = Text::tr("Block device I/O");
    t.columns = {
        col(Text::tr("Major"), Text::tr("Device major number"), {}, true),
        col(Text::tr("Minor"), Text::tr("Device minor number"), {}, true),
        col(Text::tr("Device"), Text::tr("Kernel name of the block device")),
        col(Text::tr("Reads"), Text::tr("Read requests completed"), {}, true),
        col(Text::tr("Reads merged"), Text::tr("Adjacent reads merged into one request"), {}, true),
        col(Text::tr("Sectors read"), Text::tr("512-byte sectors read"), QStringLiteral("sectors"), true),
        col(Text::tr("Read time"), Text::tr("Time spent on reads"), QStringLiteral("ms"), true),
        col(Text::tr("Writes"), Text::tr("Write requests completed"), {}, true),
        col(Text::tr("Writes merged"), Text::tr("Adjacent writes merged into one request"), {}, true),
        col(Text::tr("Sectors written"), Text::tr("512-byte sectors written"), QStringLiteral("sectors"), true),
        col(Text::tr("Write time"), Text::tr("Time spent on writes"), QStringLiteral("ms"), true),
        col(Text::tr("In flight"), Text::tr("Requests issued but not yet completed"), {}, true),
        col(Text::tr("I/O time"), Text::tr("Time the device had at least one request in flight"), QStringLiteral("ms"), true),
        col(Text::tr("Weighted I/O time"), Text::tr("I/O time multiplied by requests in flight"), QStringLiteral("ms"), true),
        col(Text::tr("Discards"), Text::tr("Discard (TRIM) requests completed"), {}, true),
        col(Text::tr("Discards merged"), Text::tr("Adjacent discards merged"), {}, true),
        col(Text::tr("Sectors discarded"), Text::tr("512-byte sectors discarded"), QStringLiteral("sectors"), true),
        col(Text::tr("Discard time"), Text::tr("Time spent on discards"), QStringLiteral("ms"), true),
        col(Text::tr("Flushes"), Text::tr("Cache flush requests completed"), {}, true),
        col(Text::tr("Flush time"), Text::tr("Time spent on flushes"), QStringLiteral("ms"), true),
    };
    int bad = 0;
    for (QByteArrayView line : lines(data)) {
        const auto f = fields(line);
        if (f.isEmpty())
            continue;
        if (!diskstatsLine(f)) {
            ++bad;
            continue;
        }
        QStringList row;
        for (auto v : f)
            row.append(str(v));
        while (row.size() < t.columns.size())
            row.append(QString());
        t.rows.append(row);
    }
    doc.tables.append(t);
    finish(doc, bad, Text::tr("/proc/diskstats (major minor name and counters)"));
    return doc;
}

ProcNumbers diskstatsNumbers(QByteArrayView data)
{
    ProcNumbers out;
    for (QByteArrayView line : lines(data)) {
        const auto f = fields(line);
        if (!diskstatsLine(f))
            continue;
        const QString dev = str(f[2]) + QLatin1Char('.');
        for (qsizetype i = 3; i < f.size(); ++i) {
            const QLatin1String name(diskstatsFields[i - 3]);
            double v = number(f[i]);
            if (name.endsWith(QLatin1String("_bytes")))
                v *= 512; // a diskstats sector is always 512 bytes
            else if (name.endsWith(QLatin1String("_ms")))
                v /= 1000;
            out.insert(dev + name, v);
        }
    }
    return out;
}

namespace {

// "some avg10=0.00 avg60=0.00 avg300=0.00 total=0": the kind, then the four
// values after their names.
bool pressureLine(const QList<QByteArrayView> &f, QByteArrayView values[4])
{
    if (f.size() != 5 || (f[0] != "some" && f[0] != "full"))
        return false;
    for (int i = 0; i < 4; ++i) {
        const QByteArrayView name(pressureFields[i]);
        if (!f[i + 1].startsWith(name) || f[i + 1].size() <= name.size() || f[i + 1][name.size()] != '=')
            return false;
        values[i] = f[i + 1].sliced(name.size() + 1);
        if (!isDecimal(values[i]))
            return false;
    }
    return true;
}

} // namespace

const char *const pressureFields[4] = {"avg10", "avg60", "avg300", "total"};

ParsedDoc pressure(QByteArrayView data)
{
    ParsedDoc doc;
    doc.formatId = QStringLiteral("pressure");
    ParsedTable t;
    t.title = Text::tr("Pressure stall information");
    t.columns = {col(Text::tr("Kind"), Text::tr("some: at least one task stalled; full: all non-idle tasks stalled")),
                 col(QStringLiteral("avg10"), Text::tr("Share of the last 10 s with a stall"), QStringLiteral("%"), true),
                 col(QStringLiteral("avg60"), Text::tr("Share of the last 60 s with a stall"), QStringLiteral("%"), true),
                 col(QStringLiteral("avg300"), Text::tr("Share of the last 300 s with a stall"), QStringLiteral("%"), true),
                 col(QStringLiteral("total"), Text::tr("Total stall time since boot"), QStringLiteral("µs"), true)};
    int bad = 0;
    QByteArrayView values[4];
    for (QByteArrayView line : lines(data)) {
        const auto f = fields(line);
        if (f.isEmpty())
            continue;
        if (!pressureLine(f, values)) {
            ++bad;
            continue;
        }
        t.rows.append({str(f[0]), str(values[0]), str(values[1]), str(values[2]), str(values[3])});
    }
    doc.tables.append(t);
    finish(doc, bad, Text::tr("a /proc/pressure file (\"some avg10=… total=…\")"));
    return doc;
}

ProcNumbers pressureNumbers(QByteArrayView data)
{
    ProcNumbers out;
    QByteArrayView values[4];
    for (QByteArrayView line : lines(data)) {
        const auto f = fields(line);
        if (!pressureLine(f, values))
            continue;
        const QString kind = str(f[0]) + QLatin1Char('.');
        for (int i = 0; i < 4; ++i) {
            const double v = number(values[i]);
            out.insert(kind + QLatin1String(pressureFields[i]), i == 3 ? v / 1e6 : v); // total is in µs
        }
    }
    return out;
}

} // namespace kc::parsers
