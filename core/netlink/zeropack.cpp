// SPDX-License-Identifier: GPL-2.0-or-later
#include "zeropack.h"

namespace kc::zeropack {

namespace {

// Reads byte i of the input as the packer sees it (plain or XOR-ed).
template<typename ByteAt>
void appendRuns(QByteArray &out, qsizetype size, ByteAt at)
{
    qsizetype i = 0;
    while (i < size) {
        const char c = at(i);
        if (c != 0) {
            out.append(c);
            ++i;
            continue;
        }
        int run = 0;
        while (i < size && at(i) == 0 && run < 255) {
            ++i;
            ++run;
        }
        out.append('\0');
        out.append(char(run));
    }
}

} // namespace

void appendPacked(QByteArray &out, QByteArrayView in)
{
    const char *p = in.data();
    appendRuns(out, in.size(), [p](qsizetype i) { return p[i]; });
}

void appendPackedXor(QByteArray &out, QByteArrayView in, QByteArrayView base)
{
    Q_ASSERT(in.size() == base.size());
    const char *p = in.data();
    const char *b = base.data();
    appendRuns(out, in.size(), [p, b](qsizetype i) { return char(p[i] ^ b[i]); });
}

QByteArray pack(QByteArrayView in)
{
    QByteArray out;
    out.reserve(in.size());
    appendPacked(out, in);
    return out;
}

QByteArray unpack(QByteArrayView in, qsizetype expected)
{
    QByteArray out;
    out.reserve(expected);
    const char *p = in.data();
    const char *end = p + in.size();
    while (p < end) {
        if (*p != 0) {
            out.append(*p++);
        } else if (p + 1 < end) {
            out.append(qsizetype(quint8(p[1])), '\0');
            p += 2;
        } else {
            break; // cut short: what came is kept
        }
    }
    return out;
}

} // namespace kc::zeropack
