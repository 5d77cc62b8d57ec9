// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Internal to the netlink decoder: what every protocol's decoder shares
// (attribute tables and their decoding, byte helpers, field making) and
// the entry each protocol registers in NlDecoder's table.

#include "nldecoder.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstring>
#include <initializer_list>

namespace kc {
class IfNameCache;
}

namespace kc::nldecode {

enum class Kind { U8, U16, U32, S32, U64, UInt, String, Mac, Ip, Nested, Binary, OperState, Struct };

/// Names a number of an attribute or struct member for people ("kernel",
/// "PERMANENT,NOPREFIXROUTE"); `family` is the message's address family.
using ValueNamer = QString (*)(qint64 value, int family);

/// One member of a struct carried in an attribute (IFA_CACHEINFO ...):
/// an unsigned number of 1, 2, 4 or 8 bytes.
struct StructMember {
    const char *name;
    int offset;
    int size;
    ValueNamer namer = nullptr;
};

/// A struct's layout, from the uapi header that defines it; `members` ends
/// with a null name.
struct StructDef {
    int size;
    const StructMember *members;
};

// KC_MEMBER(ifa_cacheinfo, ifa_valid) takes offset and size from the header.
#define KC_MEMBER(type, member) {#member, int(offsetof(type, member)), int(sizeof(type::member)), nullptr}
#define KC_MEMBER_NAMED(type, member, namer) {#member, int(offsetof(type, member)), int(sizeof(type::member)), namer}
constexpr StructMember MemberEnd = {nullptr, 0, 0, nullptr};

struct AttrDef {
    int type;
    const char *name;
    Kind kind;
    const AttrDef *nested = nullptr;   // Kind::Nested: the table of the attributes inside; null shows them raw
    const StructDef *layout = nullptr; // Kind::Struct
    ValueNamer namer = nullptr;        // a number's kinds: its name instead of the number
};

// Numbers come from the build's uapi headers, so a name can never drift
// from its number; KC_NLA(IFLA_MTU, U32) is {IFLA_MTU, "IFLA_MTU", Kind::U32}.
#define KC_NLA(name, kind) {name, #name, kc::nldecode::Kind::kind, nullptr, nullptr, nullptr}
#define KC_NLA_NESTED(name, table) {name, #name, kc::nldecode::Kind::Nested, table, nullptr, nullptr}
#define KC_NLA_STRUCT(name, layout) {name, #name, kc::nldecode::Kind::Struct, nullptr, &layout, nullptr}
#define KC_NLA_NAMED(name, kind, namer) {name, #name, kc::nldecode::Kind::kind, nullptr, nullptr, namer}
constexpr AttrDef AttrEnd = {0, nullptr, Kind::Binary, nullptr, nullptr, nullptr};

/// A number and its name from a uapi header, the name taken from the
/// macro or enumerator itself: KC_VALUE("RTPROT_", RTPROT_KERNEL) is
/// {RTPROT_KERNEL, "KERNEL"}.
struct ValueName {
    qint64 value;
    const char *name;
};
#define KC_VALUE(prefix, name) kc::nldecode::ValueName{qint64(name), #name + (sizeof(prefix) - 1)}

/// Names of one header's numbers, made into strings once (a table is a
/// function-local static: decoding runs on several threads).
class NameTable
{
public:
    enum Case { AsInHeader, Lower };
    NameTable(std::initializer_list<ValueName> names, Case c = AsInHeader);
    /// The name of `value`, or empty.
    QString find(qint64 value) const;
    /// The name of `value`, or the number.
    QString name(qint64 value) const;
    /// Bit flags: the names of the bits set, joined by ',', a bit without
    /// a name in hex; `none` when no bit is set.
    QString flags(quint64 value, const QString &none = QString()) const;

private:
    QList<QPair<qint64, QString>> m_names; // a number named twice keeps its first name
};

/// AF_INET, AF_INET6, AF_BRIDGE ... or the number.
QString familyName(int family);

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
inline constexpr char kMoreKey[] = "more_bytes";

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

/// The members of a struct that fit in `d` (an older kernel sends fewer),
/// then any bytes past the struct (a newer kernel's members) raw; `base`
/// is d's offset in the datagram.
void decodeStruct(QByteArrayView d, int base, const StructDef &layout, int family, QList<NlField> &out);

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
    /// `names` names interfaces in summaries, when given.
    void (*decodeBody)(QByteArrayView body, int base, NlMessage &m, const IfNameCache *names);
    /// Decodes a whole datagram, for protocols that send no nlmsghdr.
    NlMessage (*decodeDatagram)(QByteArrayView datagram);
    /// Names the protocol's message types other than the control ones
    /// (NLMSG_DONE ...); empty for a type it does not know. Null: none.
    QString (*typeName)(quint16 type);
};

// The decoders, one file each (nldecoder_<family>.cpp).
void decodeRoute(QByteArrayView body, int base, NlMessage &m, const IfNameCache *names);
QString routeTypeName(quint16 type);
void decodeGenl(QByteArrayView body, int base, NlMessage &m, const IfNameCache *names);
QString genlTypeName(quint16 type);
void decodeConnector(QByteArrayView body, int base, NlMessage &m, const IfNameCache *names);
NlMessage decodeUevent(QByteArrayView datagram);

} // namespace kc::nldecode
