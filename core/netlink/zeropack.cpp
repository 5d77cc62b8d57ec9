// SPDX-License-Identifier: GPL-2.0-or-later
#include "zeropack.h"

namespace kc::zeropack {

QByteArray pack(QByteArrayView in)
{
    QByteArray out;
    out.reserve(in.size());
    const char *p = in.data();
    const char *end = p + in.size();
    while (p < end) {
        if (*p != 0) {
            out.append(*p++);
            continue;
        }
        int run = 0;
        while (p < end && *p == 0 && run < 255) {
            ++p;
            ++run;
        }
        out.append('\0');
        out.append(char(run));
    }
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
