// SPDX-License-Identifier: GPL-2.0-or-later
#include "traceformat.h"

#include "crosschannel/processchannels.h"
#include "io/jsonwriter.h"
#include "syscalldecoder.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
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
    buf += ",\"elapsed_us\":" + QByteArray::number(double(c.timeNs) / 1000.0, 'f', 3);
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
    buf += ",\"result\":";
    json::appendString(buf, c.returned ? c.returnText : QStringLiteral("?"));
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
        if (ch.channel == FdChannel::Netlink && ch.netlinkProtocol >= 0)
            buf += ",\"protocol\":" + QByteArray::number(ch.netlinkProtocol);
        buf += '}';
    }
    buf += ']';
    if (!c.netlinkPayload.isEmpty()) {
        // The datagram itself, so that a reader decodes it again.
        buf += ",\"netlink\":{\"protocol\":" + QByteArray::number(c.netlinkProtocol) + ",\"payload\":\"" + c.netlinkPayload.toHex()
            + "\",\"truncated\":" + (c.payloadTruncated ? "true" : "false") + '}';
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

namespace {

std::optional<FdChannel> channelOfKey(const QString &key)
{
    for (FdChannel ch : ProcessChannels::channelOrder()) {
        if (ProcessChannels::channelKey(ch) == key)
            return ch;
    }
    if (key == ProcessChannels::channelKey(FdChannel::Other))
        return FdChannel::Other;
    return std::nullopt;
}

int errnoOfName(const QString &name)
{
    // The kernel's errno numbers stop below 4096 (MAX_ERRNO).
    static const QHash<QString, int> numbers = [] {
        QHash<QString, int> h;
        for (int e = 1; e < 4096; ++e)
            h.insert(SyscallDecoder::errnoName(e), e);
        return h;
    }();
    return numbers.value(name);
}

bool isInteger(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == double(v.toInteger());
}

} // namespace

std::optional<TraceCall> TraceFormat::fromJson(QByteArrayView line, qint64 *timeMs, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &parse);
    if (parse.error != QJsonParseError::NoError)
        return fail(tr("not JSON: %1").arg(parse.errorString()));
    if (!doc.isObject())
        return fail(tr("not a JSON object"));
    const QJsonObject o = doc.object();
    TraceCall c;
    const QJsonValue name = o.value(QLatin1String("call"));
    if (!name.isString() || name.toString().isEmpty())
        return fail(tr("no \"call\" name"));
    c.name = name.toString();
    c.number = SyscallDecoder::callNumber(c.name);
    const QDateTime time = QDateTime::fromString(o.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        return fail(tr("no valid \"time\""));
    if (timeMs)
        *timeMs = time.toMSecsSinceEpoch();
    if (!isInteger(o.value(QLatin1String("pid"))) || !isInteger(o.value(QLatin1String("tid"))))
        return fail(tr("no \"pid\" or \"tid\" number"));
    c.pid = int(o.value(QLatin1String("pid")).toInteger());
    c.tid = int(o.value(QLatin1String("tid")).toInteger());
    c.comm = o.value(QLatin1String("comm")).toString();
    // Older lines have no elapsed_us: readJsonLines then works it out from "time".
    const QJsonValue elapsed = o.value(QLatin1String("elapsed_us"));
    c.timeNs = elapsed.isDouble() ? qRound64(elapsed.toDouble() * 1000.0) : -1;
    const QJsonValue duration = o.value(QLatin1String("duration_us"));
    c.durationNs = duration.isDouble() ? qRound64(duration.toDouble() * 1000.0) : -1;
    if (!o.value(QLatin1String("args")).isArray())
        return fail(tr("no \"args\" list"));
    for (const QJsonValue &a : o.value(QLatin1String("args")).toArray()) {
        const QJsonObject arg = a.toObject();
        if (!arg.value(QLatin1String("name")).isString() || !arg.value(QLatin1String("value")).isString())
            return fail(tr("an argument without \"name\" and \"value\""));
        c.decoded.append({arg.value(QLatin1String("name")).toString(), arg.value(QLatin1String("value")).toString()});
    }
    const QJsonValue ret = o.value(QLatin1String("ret"));
    if (!ret.isNull() && !isInteger(ret))
        return fail(tr("\"ret\" is neither a number nor null"));
    c.returned = !ret.isNull();
    c.ret = ret.toInteger();
    if (const QJsonValue err = o.value(QLatin1String("errno")); err.isString()) {
        c.errorName = err.toString();
        c.errorNumber = c.ret < 0 ? int(-c.ret) : errnoOfName(c.errorName);
        c.errorMessage = o.value(QLatin1String("error")).toString();
    }
    if (const QJsonValue result = o.value(QLatin1String("result")); result.isString()) {
        c.returnText = result.toString();
    } else if (!c.returned) {
        c.returnText = QStringLiteral("?");
    } else if (c.errorNumber) {
        c.returnText = QStringLiteral("-1 %1 (%2)").arg(c.errorName, c.errorMessage);
    } else {
        c.returnText = QString::number(c.ret);
    }
    const QJsonValue channels = o.value(QLatin1String("channels"));
    if (!channels.isArray() && !channels.isUndefined())
        return fail(tr("\"channels\" is not a list"));
    for (const QJsonValue &v : channels.toArray()) {
        const QJsonObject ch = v.toObject();
        ChannelFd fd;
        const std::optional<FdChannel> kind = channelOfKey(ch.value(QLatin1String("channel")).toString());
        if (!kind || !isInteger(ch.value(QLatin1String("fd"))))
            return fail(tr("a channel without a known \"channel\" and an \"fd\""));
        fd.fd = int(ch.value(QLatin1String("fd")).toInteger());
        fd.channel = *kind;
        fd.target = ch.value(QLatin1String("target")).toString();
        fd.detail = ch.value(QLatin1String("detail")).toString();
        if (fd.channel == FdChannel::Device)
            fd.devicePath = fd.target;
        if (fd.channel == FdChannel::Netlink && isInteger(ch.value(QLatin1String("protocol"))))
            fd.netlinkProtocol = int(ch.value(QLatin1String("protocol")).toInteger());
        c.channels.append(fd);
    }
    // As the tracer sets it: a send or receive on a netlink socket.
    if (SyscallDecoder::isSocketIo(c.number) && !c.channels.isEmpty() && c.channels.first().channel == FdChannel::Netlink)
        c.netlinkProtocol = c.channels.first().netlinkProtocol;
    if (const QJsonValue nl = o.value(QLatin1String("netlink")); nl.isObject()) {
        const QJsonObject n = nl.toObject();
        const QByteArray hex = n.value(QLatin1String("payload")).toString().toLatin1();
        c.netlinkPayload = QByteArray::fromHex(hex);
        if (!isInteger(n.value(QLatin1String("protocol"))) || c.netlinkPayload.toHex() != hex.toLower())
            return fail(tr("a \"netlink\" payload that is not hexadecimal bytes with a protocol"));
        c.netlinkProtocol = int(n.value(QLatin1String("protocol")).toInteger());
        c.payloadTruncated = n.value(QLatin1String("truncated")).toBool();
    }
    return c;
}

TraceFormat::Import TraceFormat::readJsonLines(QByteArrayView data)
{
    Import in;
    qint64 firstMs = 0;
    bool first = true;
    int lineNumber = 0;
    for (QByteArrayView rest = data; !rest.isEmpty();) {
        const qsizetype nl = rest.indexOf('\n');
        const QByteArrayView line = nl < 0 ? rest : rest.first(nl);
        rest = nl < 0 ? QByteArrayView() : rest.sliced(nl + 1);
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        qint64 timeMs = 0;
        QString why;
        std::optional<TraceCall> c = TraceFormat::fromJson(line, &timeMs, &why);
        if (!c) {
            if (in.malformed++ == 0) {
                in.firstMalformedLine = lineNumber;
                in.firstError = why;
            }
            continue;
        }
        if (c->timeNs < 0)
            c->timeNs = (timeMs - (first ? timeMs : firstMs)) * 1000000;
        if (first) {
            // appendJson wrote time = start + elapsed, in whole ms.
            in.startMs = timeMs - c->timeNs / 1000000;
            firstMs = timeMs;
            first = false;
        }
        in.calls.append(std::move(*c));
    }
    return in;
}

QString TraceFormat::Import::problemText(const QString &fileName) const
{
    if (malformed == 0)
        return {};
    return tr("Not every line of %1 is a call of a trace: %2 left out, the first at line %3 (%4).")
        .arg(fileName)
        .arg(malformed)
        .arg(firstMalformedLine)
        .arg(firstError);
}

} // namespace kc
