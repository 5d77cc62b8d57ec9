// SPDX-License-Identifier: GPL-2.0-or-later
#include "deviceparsers.h"

#include "procfs/parseutil.h"

namespace kc {

using namespace kc::parse;

QString UeventParse::value(const QString &key) const
{
    for (const auto &kv : properties) {
        if (kv.first == key)
            return kv.second;
    }
    return {};
}

namespace parsers {

namespace {

bool validKey(QByteArrayView key)
{
    if (key.isEmpty())
        return false;
    for (char c : key) {
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-'))
            return false;
    }
    return true;
}

bool printable(QByteArrayView v)
{
    for (char ch : v) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 && c != '\t')
            return false;
    }
    return true;
}

void addKeyValues(const QList<QByteArrayView> &items, UeventParse &out)
{
    for (QByteArrayView item : items) {
        if (item.isEmpty())
            continue;
        const qsizetype eq = item.indexOf('=');
        if (eq <= 0 || !validKey(item.first(eq)) || !printable(item.sliced(eq + 1))) {
            ++out.skipped;
            continue;
        }
        out.properties.append({str(item.first(eq)), str(item.sliced(eq + 1))});
    }
}

} // namespace

UeventParse ueventFile(QByteArrayView data)
{
    UeventParse out;
    addKeyValues(lines(data), out);
    if (out.properties.isEmpty() && out.skipped > 0)
        out.error = Text::tr("This uevent file holds no KEY=VALUE lines; it may be cut short or not a uevent file.");
    return out;
}

UeventParse ueventMessage(QByteArrayView data)
{
    UeventParse out;
    const QList<QByteArrayView> parts = splitOn(data, '\0');
    // The header "ACTION@DEVPATH" comes first; libudev's own messages start
    // with "libudev" and a binary header instead, which we do not decode.
    const QByteArrayView head = parts.value(0);
    const qsizetype at = head.indexOf('@');
    if (head.startsWith("libudev")) {
        out.error = Text::tr("This is a message from udev (\"libudev\" header), not from the kernel.");
        return out;
    }
    if (at <= 0 || !printable(head)) {
        out.error = Text::tr("Not a kernel uevent: the message does not start with ACTION@DEVPATH.");
        return out;
    }
    addKeyValues(parts.mid(1), out);
    if (out.value(QStringLiteral("ACTION")).isEmpty())
        out.properties.prepend({QStringLiteral("ACTION"), str(head.first(at))});
    if (out.value(QStringLiteral("DEVPATH")).isEmpty())
        out.properties.append({QStringLiteral("DEVPATH"), str(head.sliced(at + 1))});
    return out;
}

bool ueventHeader(QByteArrayView data, UeventHeader &out)
{
    out = UeventHeader();
    const qsizetype headEnd = data.indexOf('\0');
    const QByteArrayView head = headEnd < 0 ? data : data.first(headEnd);
    const qsizetype at = head.indexOf('@');
    if (at <= 0 || head.startsWith("libudev") || !printable(head))
        return false;
    out.action = head.first(at);
    out.devpath = head.sliced(at + 1);
    qsizetype pos = headEnd < 0 ? data.size() : headEnd + 1;
    while (pos < data.size()) {
        qsizetype end = data.indexOf('\0', pos);
        if (end < 0)
            end = data.size();
        const QByteArrayView item = data.sliced(pos, end - pos);
        if (item.startsWith("SUBSYSTEM="))
            out.subsystem = item.sliced(10);
        else if (item.startsWith("SEQNUM="))
            out.seqnum = QByteArray(item.sliced(7).data(), item.size() - 7).toULongLong();
        else if (item.startsWith("ACTION="))
            out.action = item.sliced(7);
        else if (item.startsWith("DEVPATH="))
            out.devpath = item.sliced(8);
        pos = end + 1;
    }
    return true;
}

UdevRecord udevDb(QByteArrayView data)
{
    UdevRecord out;
    int understood = 0;
    for (QByteArrayView line : lines(data)) {
        if (line.isEmpty())
            continue;
        if (line.size() < 2 || line[1] != ':' || !printable(line)) {
            ++out.skipped;
            continue;
        }
        const QByteArrayView v = line.sliced(2);
        switch (line[0]) {
        case 'S':
            out.links.append(str(v));
            break;
        case 'E': {
            const qsizetype eq = v.indexOf('=');
            if (eq <= 0) {
                ++out.skipped;
                continue;
            }
            out.properties.append({str(v.first(eq)), str(v.sliced(eq + 1))});
            break;
        }
        case 'G':
        case 'Q':
            if (!out.tags.contains(str(v)))
                out.tags.append(str(v));
            break;
        case 'I':
            out.initializedUsec = str(v);
            break;
        case 'L': // link priority
        case 'W': // watch
        case 'V': // database version
            break;
        default:
            ++out.skipped;
            continue;
        }
        ++understood;
    }
    if (understood == 0)
        out.error = Text::tr("No line of this file looks like a udev database record (S:, E:, G:, I: ...).");
    return out;
}

} // namespace parsers
} // namespace kc
