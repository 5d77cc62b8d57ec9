// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArrayView>
#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace kc {

class IfNameCache;

/// One field of a decoded netlink message, tied to its bytes so that a hex
/// view can highlight them. Unknown attributes are kept, raw, never dropped.
struct NlField {
    QString name;
    QString value;
    /// The name for JSON, stable in every language: the attribute's name
    /// from the uapi headers, or an English word where `name` is translated
    /// ("attributes", "payload" ...). Null when `name` itself is stable.
    const char *key = nullptr;
    int attrType = -1; // netlink attribute type; unnamed ones are "attr_N" in JSON
    int offset = 0;    // into the datagram
    int length = 0;
    bool error = false;
    QList<NlField> children;
};

/// A decoded netlink message (one nlmsghdr of a datagram).
struct NlMessage {
    quint16 type = 0;
    quint16 flags = 0;
    quint32 seq = 0;
    quint32 pid = 0;
    QString typeName;  // RTM_NEWLINK ...
    QString flagNames; // NLM_F_CREATE|NLM_F_EXCL ...
    QString summary;   // "kcv0 index 3 UP mtu 1500"
    NlField tree;      // the whole message as a field tree
    QString error;     // set when the message is malformed; the tree says where
};

/// Decodes netlink datagrams into field trees. Pure: bytes in, fields out;
/// any bytes are accepted and malformed ones are described, never trusted.
/// Each protocol's decoder is a file of its own (nldecoder_route.cpp ...),
/// found through one table keyed by protocol (nldecoder.cpp).
class NlDecoder
{
    Q_DECLARE_TR_FUNCTIONS(NlDecoder)
public:
    /// `names`, when given, names interfaces in the summaries of rtnetlink
    /// messages ("dev veth0"); without, or for an index it does not know,
    /// a summary shows the number ("dev index 3").
    static QList<NlMessage> decode(int protocol, QByteArrayView datagram, const IfNameCache *names = nullptr);
    static QString messageTypeName(int protocol, quint16 type);
    /// Names generic netlink message types (family ids) from now on, as a
    /// family dump found them. Thread-safe.
    static void setGenlFamilyNames(const QHash<quint16, QString> &names);
    static QString messageFlagNames(quint16 type, quint16 flags);
    enum class JsonShape {
        Fields, // "fields": {"family_header": {...}, "attributes": {"IFLA_IFNAME": "veth0", ...}}
        Tree,   // "tree": {"name", "value", "offset", "length", "error"?, "children"?}
    };
    /// Appends one JSON object and a newline for `m`: {"time", "protocol",
    /// "type", "flags", "seq", "pid", "length", "summary", "error"?, and
    /// "fields" or "tree"}. In "fields" every node is its name, a leaf's
    /// value is a string, a node with children an object, and a name seen
    /// more than once among its siblings an array; nlmsghdr is left out (its
    /// fields are the top level's). Written directly: a stream of messages
    /// makes building JSON documents the main cost.
    static void appendJson(QByteArray &out, const NlMessage &m, const QString &time, const QString &protocol,
                           JsonShape shape = JsonShape::Fields);
};

} // namespace kc
