// SPDX-License-Identifier: GPL-2.0-or-later
// The one formatter, in one table: every kind of number the panes, the
// charts and kchan show, in the C locale, and with a locale's grouping
// and decimal mark.
#include "format/formatter.h"

#include <QLocale>
#include <QTest>

using kc::Formatter;

class TestFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }
    void formats_data();
    void formats();
    void axisScale_data();
    void axisScale();
};

void TestFormat::formats_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("kind"); // value:UNIT, bytes, large, duration, nanoseconds, number, rate
    QTest::addColumn<double>("input");
    QTest::addColumn<QString>("text");
    const QString c = QStringLiteral("C");
    auto row = [](const char *name, const QString &locale, const char *kind, double input, const char *text) {
        QTest::newRow(name) << locale << QString::fromLatin1(kind) << input << QString::fromUtf8(text);
    };
    // Sizes and byte rates: binary prefixes, one decimal from KiB on.
    row("bytes", c, "value:B/s", 512, "512 B/s");
    row("kib rate", c, "value:B/s", 1536, "1.5 KiB/s");
    row("gib", c, "value:B", 3.0 * 1024 * 1024 * 1024, "3.0 GiB");
    row("tib is the last prefix", c, "bytes", 5000.0 * 1024 * 1024 * 1024 * 1024, "5000.0 TiB");
    row("bytes plain", c, "bytes", 1023, "1023 B");
    row("bytes 1 KiB", c, "bytes", 1024, "1.0 KiB");
    row("large: under a KiB is left out", c, "large", 1000, "");
    row("large: 98 MiB", c, "large", 100402.0 * 1024, "98.0 MiB");
    // Percentages, seconds, counted things, bare numbers.
    row("percent", c, "value:%", 12.345, "12.3 %");
    row("seconds", c, "value:s", 0.25, "0.250 s");
    row("rate unit", c, "value:/s", 1234, "1234 /s");
    row("calls", c, "value:calls/s", 2.5, "2.50 calls/s");
    row("fraction", c, "value:", 2.5, "2.50");
    row("whole", c, "number", 42, "42");
    row("large fraction", c, "number", 12.75, "13");
    // Durations as people say them, in the largest unit they fill.
    row("2 h", c, "duration", 7200, "2 h");
    row("1.5 h", c, "duration", 5400, "1.5 h");
    row("2 d", c, "duration", 172800, "2 d");
    row("75 s", c, "duration", 75, "1.3 min");
    row("30 s", c, "duration", 30, "30 s");
    row("under a second", c, "duration", 0.5, "");
    row("ns small", c, "nanoseconds", 1.54, "1.5 ns");
    row("ns tens", c, "nanoseconds", 45.66, "45.7 ns");
    row("ns thousands", c, "nanoseconds", 1257.3, "1257 ns");
    // Rates as the map shows them.
    row("rate small", c, "rate", 2.5, "2.5");
    row("rate whole", c, "rate", 7, "7");
    row("rate large", c, "rate", 1234.4, "1234");
    // The locale's grouping and decimal mark.
    const QString en = QStringLiteral("en_US");
    const QString de = QStringLiteral("de_DE");
    row("en grouping", en, "value:calls/s", 1234567, "1,234,567 calls/s");
    row("en rate", en, "rate", 12345, "12,345");
    row("de decimal", de, "value:B", 1536, "1,5 KiB");
    row("de grouping", de, "number", 1234567, "1.234.567");
    row("de percent", de, "value:%", 50.24, "50,2 %");
}

void TestFormat::formats()
{
    QFETCH(QString, locale);
    QFETCH(QString, kind);
    QFETCH(double, input);
    QFETCH(QString, text);
    QLocale::setDefault(QLocale(locale));
    QString out;
    if (kind.startsWith(QLatin1String("value:")))
        out = Formatter::value(input, kind.mid(6));
    else if (kind == QLatin1String("bytes"))
        out = Formatter::bytes(input);
    else if (kind == QLatin1String("large"))
        out = Formatter::bytesIfLarge(input);
    else if (kind == QLatin1String("duration"))
        out = Formatter::duration(input);
    else if (kind == QLatin1String("nanoseconds"))
        out = Formatter::nanoseconds(input);
    else if (kind == QLatin1String("number"))
        out = Formatter::number(input);
    else if (kind == QLatin1String("rate"))
        out = Formatter::rate(input);
    else
        QFAIL(qPrintable(kind));
    QCOMPARE(out, text);
}

void TestFormat::axisScale_data()
{
    QTest::addColumn<double>("top");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<double>("divisor");
    QTest::addColumn<QString>("axis");
    QTest::newRow("small bytes") << 9000.0 << "B/s" << 1.0 << "B/s";
    QTest::newRow("kib") << 10240.0 << "B/s" << 1024.0 << "KiB/s";
    QTest::newRow("mib") << 50.0 * 1024 * 1024 << "B" << 1024.0 * 1024 << "MiB";
    QTest::newRow("counts") << 9999.0 << "/s" << 1.0 << "/s";
    QTest::newRow("k counts") << 25000.0 << "/s" << 1000.0 << "k/s";
    QTest::newRow("bare M") << 3e7 << "" << 1e6 << "M";
    QTest::newRow("bare small") << 12.0 << "" << 1.0 << "";
    QTest::newRow("percent never") << 1e9 << "%" << 1.0 << "%";
}

void TestFormat::axisScale()
{
    QFETCH(double, top);
    QFETCH(QString, unit);
    QFETCH(double, divisor);
    QFETCH(QString, axis);
    const Formatter::AxisScale s = Formatter::axisScale(top, unit);
    QCOMPARE(s.divisor, divisor);
    QCOMPARE(s.unit, axis);
}

QTEST_GUILESS_MAIN(TestFormat)
#include "tst_format.moc"
