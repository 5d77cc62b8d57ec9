// SPDX-License-Identifier: GPL-2.0-or-later
#include "jsonwriter.h"

#include <QString>

#include <cstdio>
#include <ctime>

namespace kc::json {

QString isoLocalTime(qint64 msecsSinceEpoch)
{
    const time_t seconds = time_t(msecsSinceEpoch / 1000);
    tm local {};
    localtime_r(&seconds, &local);
    char text[32];
    const int n = std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03d", local.tm_year + 1900, local.tm_mon + 1,
                                local.tm_mday, local.tm_hour, local.tm_min, local.tm_sec, int(msecsSinceEpoch % 1000));
    return QString::fromLatin1(text, n);
}

namespace {

// Writes one character below 0x80 (or one UTF-8 byte) as JSON wants it;
// returns the position after it. Room for 6 bytes must be there.
char *escape(char *p, unsigned c)
{
    switch (c) {
    case '"': *p++ = '\\'; *p++ = '"'; break;
    case '\\': *p++ = '\\'; *p++ = '\\'; break;
    case '\n': *p++ = '\\'; *p++ = 'n'; break;
    case '\t': *p++ = '\\'; *p++ = 't'; break;
    case '\r': *p++ = '\\'; *p++ = 'r'; break;
    default:
        if (c < 0x20)
            p += std::snprintf(p, 7, "\\u%04x", c);
        else
            *p++ = char(c);
    }
    return p;
}

} // namespace

void appendUtf8(QByteArray &out, QByteArrayView utf8)
{
    const qsizetype start = out.size();
    out.resize(start + utf8.size() * 6 + 2);
    char *p = out.data() + start;
    *p++ = '"';
    for (const char b : utf8)
        p = escape(p, static_cast<unsigned char>(b));
    *p++ = '"';
    out.truncate(p - out.data());
}

void appendString(QByteArray &out, const QString &s)
{
    // Most strings are ASCII: write them without a UTF-8 copy.
    const qsizetype start = out.size();
    out.resize(start + s.size() * 6 + 2);
    char *p = out.data() + start;
    *p++ = '"';
    for (const QChar ch : s) {
        const char16_t c = ch.unicode();
        if (c >= 0x80) {
            out.truncate(start);
            appendUtf8(out, s.toUtf8());
            return;
        }
        p = escape(p, c);
    }
    *p++ = '"';
    out.truncate(p - out.data());
}

} // namespace kc::json
