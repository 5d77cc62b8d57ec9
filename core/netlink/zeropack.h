// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace kc::zeropack {

/// Netlink messages are mostly zeros (a new link's statistics, padding):
/// a zero run becomes 0x00 and its length (1-255), other bytes stay. A
/// 1,496-byte RTM_NEWLINK packs to about 500 bytes, in a microsecond.
QByteArray pack(QByteArrayView in);
/// pack() appended to `out`.
void appendPacked(QByteArray &out, QByteArrayView in);
/// pack() of `in` XOR `base` (same length) appended to `out`: a message
/// that differs from an earlier one in a few fields packs to a few bytes.
void appendPackedXor(QByteArray &out, QByteArrayView in, QByteArrayView base);
/// The bytes pack() was given; `expected` is their length.
QByteArray unpack(QByteArrayView in, qsizetype expected);

} // namespace kc::zeropack
