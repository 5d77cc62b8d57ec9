// SPDX-License-Identifier: GPL-2.0-or-later
#include "traceformat.h"

#include "crosschannel/processchannels.h"
#include "io/jsonwriter.h"

#include <QStringList>

namespace kc {

QString TraceFormat::channelsText(const TraceCall &c)
{
    QStringList parts;
    for (const ChannelFd &ch : c.channels) {
        if (ch.target.isEmpty() && ch.detail.isEmpty())
            continue;
        QString text = ProcessChannels::channelKey(ch.channel);
        if (!ch.target.isEmpty())
            text += QLatin1Char(' ') + ch.target;
        if (!ch.detail.isEmpty())
            text += (ch.target.isEmpty() ? QStringLiteral(" ") : QStringLiteral(", ")) + ch.detail;
        parts.append(QLatin1Char('<') + text + QLatin1Char('>'));
    }
    return parts.join(QLatin1Char(' '));
}

QString TraceFormat::argumentsText(const TraceCall &c)
{
    QString out;
    for (const TraceArg &a : c.decoded) {
        if (!out.isEmpty())
            out += QStringLiteral(", ");
        out += a.text;
    }
    return out;
}

QList<NlMessage> TraceFormat::netlinkMessages(const TraceCall &c)
{
    if (c.netlinkPayload.isEmpty() || c.netlinkProtocol < 0)
        return {};
    return NlDecoder::decode(c.netlinkProtocol, c.netlinkPayload);
}

void TraceFormat::appendText(QByteArray &buf, const TraceCall &c)
{
    QString line = QStringLiteral("[%1] %2(%3) = %4").arg(c.tid).arg(c.name, argumentsText(c), c.returned ? c.returnText : QStringLiteral("?"));
    if (const QString channels = channelsText(c); !channels.isEmpty())
        line += QStringLiteral("  ") + channels;
    buf += line.toUtf8() + '\n';
    for (const NlMessage &m : netlinkMessages(c)) {
        buf += "    " + (m.typeName + QLatin1Char(' ') + m.summary).toUtf8();
        if (!m.error.isEmpty())
            buf += " [" + m.error.toUtf8() + ']';
        buf += '\n';
    }
}

void TraceFormat::appendJson(QByteArray &buf, const TraceCall &c, qint64 startMs)
{
    buf += "{\"time\":";
    json::appendString(buf, json::isoLocalTime(startMs + c.timeNs / 1000000));
    buf += ",\"pid\":" + QByteArray::number(c.pid) + ",\"tid\":" + QByteArray::number(c.tid) + ",\"comm\":";
    json::appendString(buf, c.comm);
    buf += ",\"call\":";
    json::appendString(buf, c.name);
    buf += ",\"args\":[";
    for (int i = 0; i < c.decoded.size(); ++i) {
        buf += i ? ",{\"name\":" : "{\"name\":";
        json::appendString(buf, c.decoded[i].name);
        buf += ",\"value\":";
        json::appendString(buf, c.decoded[i].text);
        buf += '}';
    }
    buf += "],\"ret\":" + (c.returned ? QByteArray::number(c.ret) : QByteArray("null"));
    buf += ",\"errno\":";
    if (c.failed())
        json::appendString(buf, c.errorName);
    else
        buf += "null";
    buf += ",\"error\":";
    if (c.failed())
        json::appendString(buf, c.errorMessage);
    else
        buf += "null";
    buf += ",\"duration_us\":" + (c.durationNs >= 0 ? QByteArray::number(double(c.durationNs) / 1000.0, 'f', 3) : QByteArray("null"));
    buf += ",\"channels\":[";
    for (int i = 0; i < c.channels.size(); ++i) {
        const ChannelFd &ch = c.channels[i];
        buf += i ? ",{\"fd\":" : "{\"fd\":";
        buf += QByteArray::number(ch.fd) + ",\"channel\":";
        json::appendString(buf, ProcessChannels::channelKey(ch.channel));
        buf += ",\"target\":";
        json::appendString(buf, ch.target);
        if (!ch.detail.isEmpty()) {
            buf += ",\"detail\":";
            json::appendString(buf, ch.detail);
        }
        buf += '}';
    }
    buf += ']';
    if (!c.netlinkPayload.isEmpty()) {
        buf += ",\"messages\":[";
        const QList<NlMessage> messages = netlinkMessages(c);
        for (int i = 0; i < messages.size(); ++i) {
            buf += i ? ",{\"type\":" : "{\"type\":";
            json::appendString(buf, messages[i].typeName);
            buf += ",\"summary\":";
            json::appendString(buf, messages[i].summary);
            buf += '}';
        }
        buf += ']';
    }
    buf += "}\n";
}

} // namespace kc
