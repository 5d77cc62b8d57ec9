// SPDX-License-Identifier: GPL-2.0-or-later
// NlDecoder::appendJson: a decoded message as one line of JSON, of every
// protocol alike.
#include "nldecodeutil.h"

#include "io/jsonwriter.h"

namespace kc {

namespace {

using nldecode::kHeaderKey;

void appendField(QByteArray &out, const NlField &f)
{
    out += "{\"name\":";
    json::appendString(out, f.name);
    out += ",\"value\":";
    json::appendString(out, f.value);
    out += ",\"offset\":" + QByteArray::number(f.offset) + ",\"length\":" + QByteArray::number(f.length);
    if (f.error)
        out += ",\"error\":true";
    if (!f.children.isEmpty()) {
        out += ",\"children\":[";
        for (qsizetype i = 0; i < f.children.size(); ++i) {
            if (i)
                out += ',';
            appendField(out, f.children[i]);
        }
        out += ']';
    }
    out += '}';
}

// Keys are static names (compared by address: each is one string, in an
// attribute table or a constant above), unnamed attribute types, or the
// field's own name.
bool sameKey(const NlField &a, const NlField &b)
{
    if (a.key || b.key)
        return a.key == b.key;
    if (a.attrType >= 0 || b.attrType >= 0)
        return a.attrType == b.attrType;
    return a.name == b.name;
}

void appendKey(QByteArray &out, const NlField &f)
{
    out += '"';
    if (f.key) {
        out += f.key; // identifiers from our tables: nothing to escape
        out += "\":";
        return;
    }
    if (f.attrType >= 0) {
        out += "attr_" + QByteArray::number(f.attrType) + "\":";
        return;
    }
    out.chop(1);
    json::appendString(out, f.name);
    out += ':';
}

void appendObject(QByteArray &out, const QList<NlField> &fields, const char *skip);

void appendValue(QByteArray &out, const NlField &f)
{
    if (f.children.isEmpty())
        json::appendString(out, f.value);
    else
        appendObject(out, f.children, nullptr);
}

// True when `fields` are attributes of types below 256, none repeated: the
// common case, written without looking for repeats pairwise.
bool distinctSmallTypes(const QList<NlField> &fields)
{
    quint64 seen[4] = {};
    for (const NlField &f : fields) {
        if (f.attrType < 0 || f.attrType >= 256)
            return false;
        quint64 &word = seen[f.attrType >> 6];
        const quint64 bit = quint64(1) << (f.attrType & 63);
        if (word & bit)
            return false;
        word |= bit;
    }
    return true;
}

void appendObject(QByteArray &out, const QList<NlField> &fields, const char *skip)
{
    out += '{';
    bool first = true;
    const qsizetype n = fields.size();
    if (!skip && distinctSmallTypes(fields)) {
        for (const NlField &f : fields) {
            if (!first)
                out += ',';
            first = false;
            appendKey(out, f);
            appendValue(out, f);
        }
        out += '}';
        return;
    }
    for (qsizetype i = 0; i < n; ++i) {
        const NlField &f = fields[i];
        if (skip && f.key == skip)
            continue;
        bool repeat = false;
        for (qsizetype j = 0; j < i && !repeat; ++j)
            repeat = sameKey(fields[j], f);
        if (repeat)
            continue; // written with its first occurrence
        qsizetype count = 1;
        for (qsizetype j = i + 1; j < n; ++j)
            count += sameKey(fields[j], f);
        if (!first)
            out += ',';
        first = false;
        appendKey(out, f);
        if (count == 1) {
            appendValue(out, f);
            continue;
        }
        out += '[';
        appendValue(out, f);
        for (qsizetype j = i + 1; j < n; ++j) {
            if (sameKey(fields[j], f)) {
                out += ',';
                appendValue(out, fields[j]);
            }
        }
        out += ']';
    }
    out += '}';
}

} // namespace

void NlDecoder::appendJson(QByteArray &out, const NlMessage &m, const QString &time, const QString &protocol, JsonShape shape)
{
    out += "{\"time\":";
    json::appendString(out, time);
    out += ",\"protocol\":";
    json::appendString(out, protocol);
    out += ",\"type\":";
    json::appendString(out, m.typeName);
    out += ",\"flags\":";
    json::appendString(out, m.flagNames);
    out += ",\"seq\":" + QByteArray::number(m.seq) + ",\"pid\":" + QByteArray::number(m.pid)
        + ",\"length\":" + QByteArray::number(m.tree.length) + ",\"summary\":";
    json::appendString(out, m.summary);
    if (!m.error.isEmpty()) {
        out += ",\"error\":";
        json::appendString(out, m.error);
    }
    if (shape == JsonShape::Tree) {
        out += ",\"tree\":";
        appendField(out, m.tree);
    } else {
        out += ",\"fields\":";
        appendObject(out, m.tree.children, kHeaderKey);
    }
    out += "}\n";
}

} // namespace kc
