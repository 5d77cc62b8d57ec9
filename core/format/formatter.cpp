// SPDX-License-Identifier: GPL-2.0-or-later
#include "formatter.h"

#include <QLocale>

#include <cmath>

namespace kc {

namespace {

// Binary prefixes for sizes, decimal ones for counts; one table for both
// the text and the chart axes.
constexpr const char *BytePrefixes[] = {"", "Ki", "Mi", "Gi", "Ti"};
constexpr const char *CountPrefixes[] = {"", "k", "M", "G", "T"};
constexpr int Prefixes = 5;

bool isBytes(const QString &unit)
{
    return unit.startsWith(QLatin1Char('B'));
}

// One decimal only where the number is not whole.
QString amount(double v)
{
    return QLocale().toString(v, 'f', v == std::floor(v) ? 0 : 1);
}

} // namespace

QString Formatter::value(double value, const QString &unit)
{
    if (isBytes(unit))
        return bytes(value, unit.mid(1)); // "" or "/s"
    const QLocale locale;
    if (unit == QLatin1String("%"))
        return locale.toString(value, 'f', 1) + QStringLiteral(" %");
    if (unit == QLatin1String("s"))
        return locale.toString(value, 'f', 3) + QStringLiteral(" s");
    const QString n = number(value);
    return unit.isEmpty() ? n : n + QLatin1Char(' ') + unit;
}

QString Formatter::bytes(double bytes, const QString &suffix)
{
    int p = 0;
    double v = bytes;
    while (std::fabs(v) >= 1024 && p < Prefixes - 1) {
        v /= 1024;
        ++p;
    }
    return QLocale().toString(v, 'f', p == 0 ? 0 : 1) + QLatin1Char(' ') + QLatin1String(BytePrefixes[p]) + QLatin1Char('B') + suffix;
}

QString Formatter::bytesIfLarge(double bytes)
{
    return std::fabs(bytes) < 1024 ? QString() : Formatter::bytes(bytes);
}

QString Formatter::duration(double seconds)
{
    if (seconds >= 86400)
        return tr("%1 d").arg(amount(seconds / 86400));
    if (seconds >= 3600)
        return tr("%1 h").arg(amount(seconds / 3600));
    if (seconds >= 60)
        return tr("%1 min").arg(amount(seconds / 60));
    if (seconds >= 1)
        return tr("%1 s").arg(amount(seconds));
    return {};
}

QString Formatter::nanoseconds(double ns)
{
    return tr("%1 ns").arg(QLocale().toString(ns, 'f', std::fabs(ns) < 100 ? 1 : 0));
}

QString Formatter::number(double value)
{
    const int decimals = std::fabs(value) < 10 && value != std::floor(value) ? 2 : 0;
    return QLocale().toString(value, 'f', decimals);
}

QString Formatter::rate(double value)
{
    return QLocale().toString(value, 'f', value < 10 && value != std::floor(value) ? 1 : 0);
}

Formatter::AxisScale Formatter::axisScale(double top, const QString &unit)
{
    const bool bytes = isBytes(unit);
    const double base = bytes ? 1024 : 1000;
    AxisScale scale;
    int p = 0;
    if (unit != QLatin1String("%")) {
        // Keep the axis labels under four digits: 10 × base and up moves on.
        while (top / scale.divisor >= base * 10 && p < Prefixes - 1) {
            scale.divisor *= base;
            ++p;
        }
    }
    const QString prefix = QLatin1String(bytes ? BytePrefixes[p] : CountPrefixes[p]);
    scale.unit = unit.isEmpty() ? prefix : prefix + unit;
    return scale;
}

} // namespace kc
