// SPDX-License-Identifier: GPL-2.0-or-later
#include "genlfamilies.h"

#include <netlink/genl/ctrl.h>
#include <netlink/genl/genl.h>
#include <netlink/msg.h>
#include <netlink/netlink.h>
#include <netlink/socket.h>

#include <linux/genetlink.h>
#include <linux/netlink.h>

#include <algorithm>
#include <memory>

namespace kc {

namespace {

using NlSocket = std::unique_ptr<nl_sock, decltype(&nl_socket_free)>;

int onFamily(nl_msg *msg, void *arg)
{
    auto *out = static_cast<QList<GenlFamily> *>(arg);
    nlattr *tb[CTRL_ATTR_MAX + 1] = {};
    if (genlmsg_parse(nlmsg_hdr(msg), 0, tb, CTRL_ATTR_MAX, nullptr) < 0)
        return NL_SKIP;
    GenlFamily f;
    if (tb[CTRL_ATTR_FAMILY_ID])
        f.id = nla_get_u16(tb[CTRL_ATTR_FAMILY_ID]);
    if (tb[CTRL_ATTR_FAMILY_NAME])
        f.name = QString::fromUtf8(nla_get_string(tb[CTRL_ATTR_FAMILY_NAME]));
    if (tb[CTRL_ATTR_VERSION])
        f.version = nla_get_u32(tb[CTRL_ATTR_VERSION]);
    if (tb[CTRL_ATTR_HDRSIZE])
        f.headerSize = nla_get_u32(tb[CTRL_ATTR_HDRSIZE]);
    if (tb[CTRL_ATTR_MAXATTR])
        f.maxAttribute = nla_get_u32(tb[CTRL_ATTR_MAXATTR]);
    if (nlattr *ops = tb[CTRL_ATTR_OPS]) {
        nlattr *op;
        int rem;
        nla_for_each_nested(op, ops, rem) {
            nlattr *ot[CTRL_ATTR_OP_MAX + 1] = {};
            if (nla_parse_nested(ot, CTRL_ATTR_OP_MAX, op, nullptr) < 0 || !ot[CTRL_ATTR_OP_ID])
                continue;
            GenlOperation o;
            o.id = nla_get_u32(ot[CTRL_ATTR_OP_ID]);
            if (ot[CTRL_ATTR_OP_FLAGS])
                o.flags = nla_get_u32(ot[CTRL_ATTR_OP_FLAGS]);
            f.operations.append(o);
        }
    }
    if (nlattr *groups = tb[CTRL_ATTR_MCAST_GROUPS]) {
        nlattr *g;
        int rem;
        nla_for_each_nested(g, groups, rem) {
            nlattr *gt[CTRL_ATTR_MCAST_GRP_MAX + 1] = {};
            if (nla_parse_nested(gt, CTRL_ATTR_MCAST_GRP_MAX, g, nullptr) < 0 || !gt[CTRL_ATTR_MCAST_GRP_ID])
                continue;
            GenlGroup grp;
            grp.id = nla_get_u32(gt[CTRL_ATTR_MCAST_GRP_ID]);
            if (gt[CTRL_ATTR_MCAST_GRP_NAME])
                grp.name = QString::fromUtf8(nla_get_string(gt[CTRL_ATTR_MCAST_GRP_NAME]));
            f.groups.append(grp);
        }
    }
    out->append(f);
    return NL_OK;
}

struct PolicyDump {
    GenlFamily *family;
};

// CTRL_CMD_GETPOLICY replies: either one policy's attributes or one
// operation's policy indexes.
int onPolicy(nl_msg *msg, void *arg)
{
    GenlFamily *f = static_cast<PolicyDump *>(arg)->family;
    nlattr *tb[CTRL_ATTR_MAX + 1] = {};
    if (genlmsg_parse(nlmsg_hdr(msg), 0, tb, CTRL_ATTR_MAX, nullptr) < 0)
        return NL_SKIP;
    if (nlattr *pol = tb[CTRL_ATTR_POLICY]) {
        nlattr *idx;
        int rem;
        nla_for_each_nested(idx, pol, rem) {
            const quint32 policy = nla_type(idx);
            nlattr *attr;
            int rem2;
            nla_for_each_nested(attr, idx, rem2) {
                nlattr *pt[NL_POLICY_TYPE_ATTR_MAX + 1] = {};
                if (nla_parse_nested(pt, NL_POLICY_TYPE_ATTR_MAX, attr, nullptr) < 0)
                    continue;
                GenlPolicyAttr a;
                a.attr = nla_type(attr);
                if (pt[NL_POLICY_TYPE_ATTR_TYPE])
                    a.type = nla_get_u32(pt[NL_POLICY_TYPE_ATTR_TYPE]);
                if (pt[NL_POLICY_TYPE_ATTR_MIN_VALUE_U] && pt[NL_POLICY_TYPE_ATTR_MAX_VALUE_U])
                    a.range = QStringLiteral("%1..%2").arg(nla_get_u64(pt[NL_POLICY_TYPE_ATTR_MIN_VALUE_U])).arg(nla_get_u64(pt[NL_POLICY_TYPE_ATTR_MAX_VALUE_U]));
                else if (pt[NL_POLICY_TYPE_ATTR_MIN_VALUE_S] && pt[NL_POLICY_TYPE_ATTR_MAX_VALUE_S])
                    a.range = QStringLiteral("%1..%2").arg(qint64(nla_get_u64(pt[NL_POLICY_TYPE_ATTR_MIN_VALUE_S]))).arg(qint64(nla_get_u64(pt[NL_POLICY_TYPE_ATTR_MAX_VALUE_S])));
                if (pt[NL_POLICY_TYPE_ATTR_MIN_LENGTH] || pt[NL_POLICY_TYPE_ATTR_MAX_LENGTH]) {
                    const quint32 minLen = pt[NL_POLICY_TYPE_ATTR_MIN_LENGTH] ? nla_get_u32(pt[NL_POLICY_TYPE_ATTR_MIN_LENGTH]) : 0;
                    const QString maxLen = pt[NL_POLICY_TYPE_ATTR_MAX_LENGTH] ? QString::number(nla_get_u32(pt[NL_POLICY_TYPE_ATTR_MAX_LENGTH])) : QString();
                    a.range = GenlFamilies::tr("length %1..%2").arg(minLen).arg(maxLen);
                }
                if (pt[NL_POLICY_TYPE_ATTR_POLICY_IDX])
                    a.nestedPolicy = nla_get_u32(pt[NL_POLICY_TYPE_ATTR_POLICY_IDX]);
                f->policies[policy].append(a);
            }
        }
    }
    if (nlattr *opPol = tb[CTRL_ATTR_OP_POLICY]) {
        nlattr *op;
        int rem;
        nla_for_each_nested(op, opPol, rem) {
            nlattr *ot[CTRL_ATTR_POLICY_DUMP_MAX + 1] = {};
            if (nla_parse_nested(ot, CTRL_ATTR_POLICY_DUMP_MAX, op, nullptr) < 0)
                continue;
            f->setOperationPolicy(quint32(nla_type(op)), ot[CTRL_ATTR_POLICY_DO] ? qint64(nla_get_u32(ot[CTRL_ATTR_POLICY_DO])) : -1,
                                  ot[CTRL_ATTR_POLICY_DUMP] ? qint64(nla_get_u32(ot[CTRL_ATTR_POLICY_DUMP])) : -1);
        }
    }
    return NL_OK;
}

void dumpPolicies(GenlFamily &family)
{
    NlSocket sk(nl_socket_alloc(), nl_socket_free);
    if (!sk || genl_connect(sk.get()) < 0)
        return;
    nl_msg *msg = nlmsg_alloc();
    if (!msg)
        return;
    genlmsg_put(msg, NL_AUTO_PORT, NL_AUTO_SEQ, GENL_ID_CTRL, 0, NLM_F_DUMP, CTRL_CMD_GETPOLICY, 1);
    nla_put_u16(msg, CTRL_ATTR_FAMILY_ID, family.id);
    PolicyDump ctx{&family};
    nl_socket_modify_cb(sk.get(), NL_CB_VALID, NL_CB_CUSTOM, onPolicy, &ctx);
    // Families without policies answer with an error: that only means none.
    if (nl_send_auto(sk.get(), msg) >= 0)
        nl_recvmsgs_default(sk.get());
    nlmsg_free(msg);
}

} // namespace

void GenlFamily::setOperationPolicy(quint32 command, qint64 doPolicy, qint64 dumpPolicy)
{
    GenlOperation *target = nullptr;
    if (command != 0 || doPolicy >= 0) {
        for (GenlOperation &o : operations) {
            if (o.id == command)
                target = &o;
        }
    }
    if (!target && command == 0 && doPolicy < 0) {
        for (GenlOperation &o : operations) {
            const bool dumpOnly = (o.flags & GENL_CMD_CAP_DUMP) && !(o.flags & GENL_CMD_CAP_DO);
            if (dumpOnly && (o.flags & GENL_CMD_CAP_HASPOL) && o.dumpPolicy < 0) {
                target = &o;
                break;
            }
        }
    }
    if (!target)
        return;
    if (doPolicy >= 0)
        target->doPolicy = doPolicy;
    if (dumpPolicy >= 0)
        target->dumpPolicy = dumpPolicy;
}

QString GenlPolicyAttr::typeName() const
{
    static const char *const names[] = {"invalid", "flag", "u8", "u16", "u32", "u64", "s8", "s16", "s32", "s64",
                                        "binary", "string", "nul-string", "nested", "nested-array", "bitfield32",
                                        "sint", "uint"};
    return type < sizeof(names) / sizeof(names[0]) ? QString::fromLatin1(names[type]) : QString::number(type);
}

QStringList GenlOperation::flagNames() const
{
    QStringList names;
    if (flags & GENL_CMD_CAP_DO)
        names.append(QStringLiteral("do"));
    if (flags & GENL_CMD_CAP_DUMP)
        names.append(QStringLiteral("dump"));
    if (flags & GENL_CMD_CAP_HASPOL)
        names.append(QStringLiteral("policy"));
    if (flags & GENL_ADMIN_PERM)
        names.append(QStringLiteral("admin"));
    if (flags & GENL_UNS_ADMIN_PERM)
        names.append(QStringLiteral("netns-admin"));
    return names;
}

QString GenlFamilyList::groupName(quint32 id) const
{
    for (const GenlFamily &f : families) {
        for (const GenlGroup &g : f.groups) {
            if (g.id == id)
                return f.name + QLatin1Char(':') + g.name;
        }
    }
    return {};
}

QString GenlFamilies::controllerCommand(quint32 id)
{
    switch (id) {
    case CTRL_CMD_NEWFAMILY: return QStringLiteral("CTRL_CMD_NEWFAMILY");
    case CTRL_CMD_DELFAMILY: return QStringLiteral("CTRL_CMD_DELFAMILY");
    case CTRL_CMD_GETFAMILY: return QStringLiteral("CTRL_CMD_GETFAMILY");
    case CTRL_CMD_NEWOPS: return QStringLiteral("CTRL_CMD_NEWOPS");
    case CTRL_CMD_DELOPS: return QStringLiteral("CTRL_CMD_DELOPS");
    case CTRL_CMD_GETOPS: return QStringLiteral("CTRL_CMD_GETOPS");
    case CTRL_CMD_NEWMCAST_GRP: return QStringLiteral("CTRL_CMD_NEWMCAST_GRP");
    case CTRL_CMD_DELMCAST_GRP: return QStringLiteral("CTRL_CMD_DELMCAST_GRP");
    case CTRL_CMD_GETMCAST_GRP: return QStringLiteral("CTRL_CMD_GETMCAST_GRP");
    case CTRL_CMD_GETPOLICY: return QStringLiteral("CTRL_CMD_GETPOLICY");
    default: return {};
    }
}

GenlFamilyList GenlFamilies::dump(bool withPolicies)
{
    GenlFamilyList list;
    NlSocket sk(nl_socket_alloc(), nl_socket_free);
    if (!sk) {
        list.error = tr("Out of memory for a netlink socket.");
        return list;
    }
    if (const int err = genl_connect(sk.get()); err < 0) {
        list.error = tr("Cannot open a generic netlink socket: %1.").arg(QString::fromLocal8Bit(nl_geterror(err)));
        return list;
    }
    nl_socket_modify_cb(sk.get(), NL_CB_VALID, NL_CB_CUSTOM, onFamily, &list.families);
    if (const int err = genl_send_simple(sk.get(), GENL_ID_CTRL, CTRL_CMD_GETFAMILY, 1, NLM_F_DUMP); err < 0) {
        list.error = tr("The family dump request failed: %1.").arg(QString::fromLocal8Bit(nl_geterror(err)));
        return list;
    }
    if (const int err = nl_recvmsgs_default(sk.get()); err < 0) {
        list.error = tr("The generic netlink controller refused the dump: %1.").arg(QString::fromLocal8Bit(nl_geterror(err)));
        list.families.clear();
        return list;
    }
    std::sort(list.families.begin(), list.families.end(), [](const GenlFamily &a, const GenlFamily &b) { return a.name < b.name; });
    if (withPolicies) {
        for (GenlFamily &f : list.families)
            dumpPolicies(f);
    }
    return list;
}

QList<int> GenlFamilyList::groupIds(const QString &family, const QString &group, QString *error) const
{
    for (const GenlFamily &f : families) {
        if (f.name != family)
            continue;
        QList<int> ids;
        QStringList names;
        for (const GenlGroup &g : f.groups) {
            names.append(g.name);
            if (group.isEmpty() || g.name == group)
                ids.append(int(g.id));
        }
        if (ids.isEmpty() && error)
            *error = f.groups.isEmpty() ? GenlFamilies::tr("The generic netlink family %1 has no multicast groups.").arg(family)
                                        : GenlFamilies::tr("The family %1 has no group \"%2\"; it has: %3.").arg(family, group, names.join(QStringLiteral(", ")));
        return ids;
    }
    if (error) {
        QStringList known;
        for (const GenlFamily &f : families) {
            if (!f.groups.isEmpty())
                known.append(f.name);
        }
        *error = GenlFamilies::tr("This kernel has no generic netlink family \"%1\". Families with groups: %2.").arg(family, known.join(QStringLiteral(", ")));
    }
    return {};
}

} // namespace kc
