// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace kc {

/// The one place numbers become text for people: sizes, rates, durations,
/// counts with units and percentages, in the user's locale (digit grouping
/// and decimal mark). Units are the display units of sample sources and
/// tables: "B" and "B/s" for bytes, "%", "s", any other word ("calls/s",
/// "pages") for a count of that word, "" for a bare number.
class Formatter
{
    Q_DECLARE_TR_FUNCTIONS(Formatter)
public:
    /// `value` in `unit`: "98.0 MiB", "1.5 KiB/s", "12.5 %", "0.250 s",
    /// "1,234 calls/s", "3.25".
    static QString value(double value, const QString &unit);
    /// A size with binary prefixes, one decimal from KiB on: "512 B",
    /// "98.0 MiB"; `suffix` follows the unit ("/s").
    static QString bytes(double bytes, const QString &suffix = QString());
    /// A size only where prefixes help (1 KiB or more), else empty: for
    /// a reading beside the raw number.
    static QString bytesIfLarge(double bytes);
    /// A length of time in the largest unit it fills, as people say it:
    /// "2 h", "1.5 min", "30 s", "7 d"; empty under one second.
    static QString duration(double seconds);
    /// A short time in nanoseconds, as measured costs are shown: one
    /// decimal under 100 ns, whole above ("1.5 ns", "1,257 ns").
    static QString nanoseconds(double ns);
    /// A bare number: whole numbers with digit grouping, two decimals
    /// for small fractions ("3.25", "1,234").
    static QString number(double value);
    /// A rate or count shown to one decimal under ten and whole above,
    /// as the map's cards and tables show rates ("2.5", "1,234").
    static QString rate(double value);

    /// How a chart's value axis shows numbers up to `top` in `unit`:
    /// divide by `divisor` and title the axis `unit` ("MiB/s", "k").
    struct AxisScale {
        double divisor = 1;
        QString unit;
    };
    static AxisScale axisScale(double top, const QString &unit);
};

} // namespace kc
