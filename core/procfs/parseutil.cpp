// SPDX-License-Identifier: GPL-2.0-or-later
#include "parseutil.h"

namespace kc::parse {

QString helpFor(const FieldHelp *table, QByteArrayView key)
{
    for (const FieldHelp *h = table; h && h->key; ++h) {
        if (key == QByteArrayView(h->key))
            return QCoreApplication::translate("kc::FieldHelp", h->text);
    }
    return {};
}

QList<QByteArrayView> lines(QByteArrayView data)
{
    QList<QByteArrayView> out;
    qsizetype start = 0;
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (data[i] == '\n') {
            out.append(data.sliced(start, i - start));
            start = i + 1;
        }
    }
    if (start < data.size())
        out.append(data.sliced(start));
    return out;
}

QList<QByteArrayView> fields(QByteArrayView line)
{
    QList<QByteArrayView> out;
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n) {
        while (i < n && (line[i] == ' ' || line[i] == '\t'))
            ++i;
        const qsizetype start = i;
        while (i < n && line[i] != ' ' && line[i] != '\t')
            ++i;
        if (i > start)
            out.append(line.sliced(start, i - start));
    }
    return out;
}

QList<int> cpuList(QByteArrayView data)
{
    QList<int> cpus;
    for (QByteArrayView range : splitOn(data.trimmed(), ',')) {
        const QList<QByteArrayView> ends = splitOn(range, '-');
        bool ok1 = false, ok2 = true;
        const int first = ends.value(0).toInt(&ok1);
        const int last = ends.size() > 1 ? ends[1].toInt(&ok2) : first;
        for (int c = first; ok1 && ok2 && c <= last; ++c)
            cpus.append(c);
    }
    return cpus;
}

QList<QByteArrayView> splitOn(QByteArrayView data, char sep)
{
    QList<QByteArrayView> out;
    qsizetype start = 0;
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (data[i] == sep) {
            out.append(data.sliced(start, i - start));
            start = i + 1;
        }
    }
    out.append(data.sliced(start));
    return out;
}

QString str(QByteArrayView v)
{
    return QString::fromUtf8(v.data(), v.size());
}

double number(QByteArrayView v)
{
    bool ok = false;
    const double d = v.toDouble(&ok);
    return ok ? d : 0;
}

bool isUnsigned(QByteArrayView v)
{
    if (v.isEmpty())
        return false;
    for (char c : v) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

bool isSigned(QByteArrayView v)
{
    if (!v.isEmpty() && v[0] == '-')
        v = v.sliced(1);
    return isUnsigned(v);
}

bool isDecimal(QByteArrayView v)
{
    if (!v.isEmpty() && v[0] == '-')
        v = v.sliced(1);
    const qsizetype dot = v.indexOf('.');
    if (dot < 0)
        return isUnsigned(v);
    return isUnsigned(v.first(dot)) && (dot + 1 == v.size() || isUnsigned(v.sliced(dot + 1)));
}

bool isHex(QByteArrayView v)
{
    if (v.isEmpty())
        return false;
    for (char c : v) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return false;
    }
    return true;
}

bool looksLikeText(QByteArrayView data)
{
    int control = 0;
    for (char ch : data) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == 0 || (c < 0x20 && c != '\n' && c != '\t' && c != '\r'))
            ++control;
    }
    return control * 20 <= data.size();
}

Column col(const QString &name, const QString &description, const QString &unit, bool numeric)
{
    Column c;
    c.name = name;
    c.description = description;
    c.unit = unit;
    c.numeric = numeric;
    return c;
}

ParsedTable keyValueTable(const QString &title)
{
    ParsedTable t;
    t.title = title;
    t.columns = {col(Text::tr("Field")), col(Text::tr("Value"), {}, {}, true), col(Text::tr("Unit")),
                 col(Text::tr("Meaning"))};
    t.unitColumn = 2;
    return t;
}

ParsedDoc nothingUnderstood(const QString &formatId, const QString &expected)
{
    ParsedDoc doc;
    doc.formatId = formatId;
    doc.error = Text::tr("Nothing in this file looks like %1; it may be empty, cut short or of another format.").arg(expected);
    return doc;
}

void finish(ParsedDoc &doc, int bad, const QString &expected)
{
    if (doc.rowCount() == 0) {
        doc.tables.clear();
        doc.error = Text::tr("Nothing in this file looks like %1; it may be empty, cut short or of another format.").arg(expected);
        return;
    }
    if (bad > 0)
        doc.notes.append(Text::tr("%Ln line(s) did not match the expected format and were left out.", nullptr, bad));
}

} // namespace kc::parse
