// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArrayView>
#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace kc {

/// One field of a decoded netlink message, tied to its bytes so that a hex
/// view can highlight them. Unknown attributes are kept, raw, never dropped.
struct NlField {
    QString name;
    QString value;
    int offset = 0; // into the datagram
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
class NlDecoder
{
    Q_DECLARE_TR_FUNCTIONS(NlDecoder)
public:
    static QList<NlMessage> decode(int protocol, QByteArrayView datagram);
    static QString messageTypeName(int protocol, quint16 type);
    /// Names generic netlink message types (family ids) from now on, as a
    /// family dump found them. Thread-safe.
    static void setGenlFamilyNames(const QHash<quint16, QString> &names);
    static QString messageFlagNames(quint16 type, quint16 flags);
    /// Appends one compact JSON object for `m`: {"time", "protocol", "type",
    /// "flags", "seq", "pid", "summary", "error"?, "tree": {"name", "value",
    /// "offset", "length", "error"?, "children"?}}. Written directly, as a
    /// stream of messages makes building JSON documents the main cost.
    static void appendJson(QByteArray &out, const NlMessage &m, const QString &time, const QString &protocol);
};

} // namespace kc
