// SPDX-License-Identifier: GPL-2.0-or-later
// Generic netlink (NETLINK_GENERIC): genlmsghdr, then the family's
// attributes; the controller's (nlctrl) are named, other families' shown raw.
#include "nldecodeutil.h"

#include "genlfamilies.h"

#include <QHash>
#include <QReadWriteLock>

#include <linux/genetlink.h>
#include <linux/netlink.h>

namespace kc {

namespace {

const nldecode::AttrDef ctrlAttrs[] = {
    KC_NLA(CTRL_ATTR_FAMILY_ID, U16), KC_NLA(CTRL_ATTR_FAMILY_NAME, String), KC_NLA(CTRL_ATTR_VERSION, U32),
    KC_NLA(CTRL_ATTR_HDRSIZE, U32), KC_NLA(CTRL_ATTR_MAXATTR, U32), KC_NLA(CTRL_ATTR_OPS, Binary),
    KC_NLA(CTRL_ATTR_MCAST_GROUPS, Binary), KC_NLA(CTRL_ATTR_POLICY, Binary), KC_NLA(CTRL_ATTR_OP_POLICY, Binary),
    KC_NLA(CTRL_ATTR_OP, U32), nldecode::AttrEnd};

constexpr int GenlHeader = GENL_HDRLEN;

// Family ids are given out at run time: a family dump names them.
QReadWriteLock genlNamesLock;
QHash<quint16, QString> genlNames;

} // namespace

void NlDecoder::setGenlFamilyNames(const QHash<quint16, QString> &names)
{
    QWriteLocker lock(&genlNamesLock);
    genlNames = names;
}

namespace nldecode {

QString genlTypeName(quint16 type)
{
    if (type == GENL_ID_CTRL)
        return QStringLiteral("GENL_ID_CTRL");
    {
        QReadLocker lock(&genlNamesLock);
        if (const QString name = genlNames.value(type); !name.isEmpty())
            return NlDecoder::tr("%1 (genl family %2)").arg(name).arg(type);
    }
    return NlDecoder::tr("genl family %1").arg(type);
}

void decodeGenl(QByteArrayView d, int base, NlMessage &m, const IfNameCache *)
{
    if (m.type < NLMSG_MIN_TYPE) { // NLMSG_ERROR, NLMSG_DONE ...: no genlmsghdr
        if (!d.isEmpty())
            m.tree.children.append(payloadField(d, base));
        return;
    }
    if (d.size() < GenlHeader) {
        m.error = NlDecoder::tr("malformed: %1 bytes are too few for the generic netlink header").arg(d.size());
        NlField bad = field(QStringLiteral("genlmsghdr"), m.error, base, int(d.size()));
        bad.error = true;
        m.tree.children.append(bad);
        return;
    }
    const bool controller = m.type == GENL_ID_CTRL;
    const quint8 cmd = quint8(d[0]);
    NlField h = field(QStringLiteral("genlmsghdr"), QString(), base, GenlHeader);
    const QString cmdName = controller ? GenlFamilies::controllerCommand(cmd) : QString();
    h.children = {field(QStringLiteral("cmd"), cmdName.isEmpty() ? QString::number(cmd) : cmdName, base, 1),
                  field(QStringLiteral("version"), QString::number(quint8(d[1])), base + 1, 1)};
    m.tree.children.append(std::move(h));
    QList<NlField> attrs;
    decodeAttrs(d, GenlHeader, int(d.size()), base, controller ? ctrlAttrs : nullptr, 0, 0, attrs, &m.error);
    if (controller) {
        m.typeName = cmdName.isEmpty() ? m.typeName : cmdName;
        m.summary = attrValue(attrs, "CTRL_ATTR_FAMILY_NAME");
        if (!m.summary.isEmpty())
            m.summary += NlDecoder::tr(" (family %1)").arg(attrValue(attrs, "CTRL_ATTR_FAMILY_ID"));
    } else {
        m.summary = NlDecoder::tr("command %1").arg(cmd);
    }
    NlField a = field(NlDecoder::tr("attributes"), NlDecoder::tr("%Ln attribute(s)", nullptr, int(attrs.size())), base + GenlHeader,
                      int(d.size()) - GenlHeader, kAttributesKey);
    a.children = std::move(attrs);
    m.tree.children.append(std::move(a));
}

} // namespace nldecode

} // namespace kc
