// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Internal to the netlink decoder: what every protocol's decoder shares
// (attribute tables and their decoding, byte helpers, field making) and
// the entry each protocol registers in NlDecoder's table.

#include "nldecoder.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <cstring>

namespace kc::nldecode {

enum class Kind { U8, U16, U32, S32, U64, UInt, String, Mac, Ip, Nested, Binary, OperState };

struct AttrDef {
    int type;
    const char *name;
    Kind kind;
    const AttrDef *nested = nullptr; // Kind::Nested: the table of the attributes inside; null shows them raw
};

// Numbers come from the build's uapi headers, so a name can never drift
// from its number; KC_NLA(IFLA_MTU, U32) is {IFLA_MTU, "IFLA_MTU", Kind::U32}.
#define KC_NLA(name, kind) {name, #name, kc::nldecode::Kind::kind, nullptr}
#define KC_NLA_NESTED(name, table) {name, #name, kc::nldecode::Kind::Nested, table}
constexpr AttrDef AttrEnd = {0, nullptr, Kind::Binary, nullptr};

// JSON keys of the nodes whose display names are translated. Compared by
// address when JSON is written, so each must be one object in the whole
// program: inline, not one copy per file.
inline constexpr char kHeaderKey[] = "nlmsghdr";
inline constexpr char kFamilyHeaderKey[] = "family_header";
inline constexpr char kAttributesKey[] = "attributes";
inline constexpr char kPayloadKey[] = "payload";
inline constexpr char kUeventHeaderKey[] = "header";
inline constexpr char kEntryKey[] = "entry";
inline constexpr char kTrailingKey[] = "trailing_bytes";

template<typename T>
T readAt(QByteArrayView d, int off)
{
    T v;
    std::memcpy(&v, d.data() + off, sizeof v);
    return v;
}

QString hexOf(QByteArrayView d);
QString macOf(QByteArrayView d);
/// An address of `family` (AF_INET, AF_INET6, or 0 to go by its size).
QString ipOf(QByteArrayView d, int family);

inline NlField field(QString name, QString value, int offset, int length, const char *key = nullptr)
{
    NlField f;
    f.name = std::move(name);
    f.value = std::move(value);
    f.key = key;
    f.offset = offset;
    f.length = length;
    return f;
}

/// A payload no decoder knows: hex when short, else its size.
NlField payloadField(QByteArrayView d, int base);

/// Decodes the attributes in d[from, to) into `out`; `base` is d's offset
/// in the datagram. The first malformed one ends the list and, when
/// `error` is empty, says so there.
void decodeAttrs(QByteArrayView d, int from, int to, int base, const AttrDef *defs, int family, int depth,
                 QList<NlField> &out, QString *error);

/// The value of the attribute named `name` among `attrs`, or empty.
QString attrValue(const QList<NlField> &attrs, const char *name);

/// One netlink protocol's decoder, registered in NlDecoder's table the way
/// a Wireshark dissector registers for its protocol.
struct ProtocolDecoder {
    int protocol; // NETLINK_ROUTE ...
    /// Decodes what follows one nlmsghdr into `m`; null shows it raw.
    void (*decodeBody)(QByteArrayView body, int base, NlMessage &m);
    /// Decodes a whole datagram, for protocols that send no nlmsghdr.
    NlMessage (*decodeDatagram)(QByteArrayView datagram);
    /// Names the protocol's message types other than the control ones
    /// (NLMSG_DONE ...); empty for a type it does not know. Null: none.
    QString (*typeName)(quint16 type);
};

// The decoders, one file each (nldecoder_<family>.cpp).
void decodeRoute(QByteArrayView body, int base, NlMessage &m);
QString routeTypeName(quint16 type);
void decodeGenl(QByteArrayView body, int base, NlMessage &m);
QString genlTypeName(quint16 type);
void decodeConnector(QByteArrayView body, int base, NlMessage &m);
NlMessage decodeUevent(QByteArrayView datagram);

} // namespace kc::nldecode
