// SPDX-License-Identifier: GPL-2.0-or-later
// Why a netlink protocol can or cannot be used: known to this kernel,
// sockets open on it, families, and the capabilities it asks for.
#include "why.h"
#include "whyutil.h"

#include "io/safereader.h"
#include "netlink/genlfamilies.h"
#include "netlink/netlinknames.h"
#include "netlink/netlinksockets.h"
#include "procfs/parseutil.h"


#include <cerrno>
#include <linux/genetlink.h>
#include <cstring>
#include <fcntl.h>
#include <grp.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>
#include <unistd.h>

namespace kc {

using namespace whyutil;

namespace {

/// Whether the kernel has a socket of `protocol` in the initial network
/// namespace, as /proc/1/net/netlink (init's view) lists it.
bool inInitialNamespace(int protocol)
{
    const ReadResult table = SafeReader::read(QStringLiteral("/proc/1/net/netlink"));
    if (!table.ok())
        return false;
    for (const NetlinkSocketInfo &s : NetlinkSockets::parseProcTable(table.data)) {
        if (s.protocol == protocol && s.portid == 0)
            return true;
    }
    return false;
}

} // namespace

WhyAnswer Why::netlink(const QString &given)
{
    WhyAnswer d;
    d.subject = QStringLiteral("netlink:") + given;
    d.kind = QStringLiteral("netlink");
    // A name (with or without NETLINK_) or a number.
    int protocol = -1;
    bool numeric = false;
    const int n = given.toInt(&numeric);
    if (numeric && n >= 0 && n < 32) {
        protocol = n;
    } else {
        QString want = given.toUpper();
        if (!want.startsWith(QLatin1String("NETLINK_")))
            want.prepend(QLatin1String("NETLINK_"));
        for (int p = 0; p < 32; ++p) {
            if (NetlinkNames::protocol(p) == want)
                protocol = p;
        }
    }
    if (protocol < 0) {
        // Not a protocol: perhaps a generic netlink family (netlink:nl80211,
        // netlink:genl:devlink).
        const QString familyName = given.startsWith(QLatin1String("genl:")) ? given.mid(5) : given;
        const GenlFamilyList families = GenlFamilies::dump(false);
        for (const GenlFamily &f : families.families) {
            if (f.name != familyName)
                continue;
            d.subject = QStringLiteral("netlink:") + given;
            d.checks.append(check(Result::Pass, tr("In this kernel"),
                                  tr("%1 is a generic netlink family (NETLINK_GENERIC): id %2, version %3, %Ln operation(s).", nullptr, int(f.operations.size()))
                                      .arg(f.name).arg(f.id).arg(f.version)));
            QStringList admin, nsAdmin;
            for (const GenlOperation &op : f.operations) {
                if (op.flags & GENL_ADMIN_PERM)
                    admin.append(QString::number(op.id));
                else if (op.flags & GENL_UNS_ADMIN_PERM)
                    nsAdmin.append(QString::number(op.id));
            }
            const bool haveAdmin = effectiveCapabilities() & (quint64(1) << 12);
            QString evidence = admin.isEmpty() && nsAdmin.isEmpty()
                ? tr("No operation of %1 is marked as needing CAP_NET_ADMIN.").arg(f.name)
                : tr("Operations needing CAP_NET_ADMIN: %1; in the network namespace's user namespace only: %2.")
                      .arg(admin.isEmpty() ? tr("none") : admin.join(QStringLiteral(", ")), nsAdmin.isEmpty() ? tr("none") : nsAdmin.join(QStringLiteral(", ")));
            evidence += QLatin1Char(' ') + (haveAdmin ? tr("We have CAP_NET_ADMIN.") : tr("We do not have CAP_NET_ADMIN."));
            d.checks.append(check(admin.isEmpty() || haveAdmin ? Result::Pass : Result::Warn, tr("Capabilities"), evidence,
                                  admin.isEmpty() || haveAdmin ? QString() : tr("Run as root for those operations; the others work as this user.")));
            QStringList groups;
            for (const GenlGroup &g : f.groups)
                groups.append(QStringLiteral("%1 (%2)").arg(g.name).arg(g.id));
            d.checks.append(check(Result::Info, tr("Multicast groups"),
                                  groups.isEmpty() ? tr("%1 sends no events: it has no multicast groups.").arg(f.name)
                                                   : tr("Programs may listen to %1.").arg(groups.join(QStringLiteral(", ")))));
            return d;
        }
        if (families.ok() && !given.startsWith(QLatin1String("NETLINK_"), Qt::CaseInsensitive)) {
            d.subject = QStringLiteral("netlink:") + given;
            d.checks.append(check(Result::Fail, tr("In this kernel"),
                                  tr("This kernel has no generic netlink family \"%1\" now.").arg(familyName),
                                  tr("The module that registers it may not be loaded (families appear when their module loads).")));
            return d;
        }
        QStringList known;
        for (int p = 0; p < 32; ++p) {
            if (!NetlinkNames::protocol(p).isEmpty())
                known.append(NetlinkNames::protocol(p));
        }
        d.error = tr("\"%1\" is neither a netlink protocol nor a generic netlink family of this kernel; protocols: %2.").arg(given, known.join(QStringLiteral(", ")));
        return d;
    }
    const QString name = NetlinkNames::protocol(protocol).isEmpty() ? QString::number(protocol) : NetlinkNames::protocol(protocol);
    d.checks.append(check(Result::Info, tr("Protocol"), tr("%1 is netlink protocol number %2.").arg(name).arg(protocol)));

    // Removed protocols keep their numbers in <linux/netlink.h>.
    static const QHash<int, const char *> removed = {
        {1, QT_TR_NOOP("never used: the number was left free")},
        {3, QT_TR_NOOP("removed in Linux 3.5 together with ip_queue; use NETLINK_NETFILTER with nfnetlink_queue")},
        {5, QT_TR_NOOP("removed in Linux 3.17 together with ipt_ULOG; use NETLINK_NETFILTER with nfnetlink_log")},
        {13, QT_TR_NOOP("removed in Linux 3.5 together with ip6_queue; use NETLINK_NETFILTER with nfnetlink_queue")},
        {14, QT_TR_NOOP("removed in Linux 6.1 together with DECnet")},
    };
    // Every protocol the kernel serves has a kernel socket (port ID 0) in
    // /proc/net/netlink; looking there loads no module, unlike socket().
    const ReadResult table = SafeReader::read(QStringLiteral("/proc/net/netlink"));
    bool present = protocol == 2; // NETLINK_USERSOCK needs no kernel socket
    int userSockets = 0;
    for (const NetlinkSocketInfo &s : NetlinkSockets::parseProcTable(table.data)) {
        if (s.protocol != protocol)
            continue;
        if (s.portid == 0)
            present = true;
        else
            ++userSockets;
    }
    const QString ourNet = SafeReader::readLink(QStringLiteral("/proc/self/ns/net"));
    const QString initNet = SafeReader::readLink(QStringLiteral("/proc/1/ns/net"));
    const bool initialNamespace = !initNet.isEmpty() && ourNet == initNet;
    if (present) {
        d.checks.append(check(Result::Pass, tr("In this kernel"),
                              protocol == 2 ? tr("%1 is always there: it carries messages between programs.").arg(name)
                                            : tr("The kernel has a %1 socket (port ID 0 in /proc/net/netlink); %Ln socket(s) of programs use it now.", nullptr, userSockets).arg(name)));
    } else if (removed.contains(protocol)) {
        d.checks.append(check(Result::Fail, tr("In this kernel"), tr("%1 is not in this kernel: it was %2.").arg(name, tr(removed.value(protocol)))));
    } else if (!initialNamespace && inInitialNamespace(protocol)) {
        // Audit, the connector, SELinux ... have their kernel socket in the
        // initial namespace only. The protocol is registered for all, so
        // socket() and bind() succeed elsewhere, but nothing answers there.
        d.checks.append(check(Result::Fail, tr("In this network namespace"),
                              tr("%1 is in this kernel but only in the initial network namespace (its kernel socket is listed in /proc/1/net/netlink, not in ours): here socket() succeeds, a message to the kernel fails with ECONNREFUSED and no events arrive.").arg(name),
                              tr("Run the program in the initial network namespace (on the host, outside the container or sandbox).")));
    } else {
        QString why = tr("%1 is not in this kernel now: no kernel socket for protocol %2 in /proc/net/netlink.").arg(name).arg(protocol);
        if (initNet.isEmpty() && !ourNet.isEmpty())
            why += QLatin1Char(' ') + tr("We may not be in the initial network namespace, and some protocols (audit, connector, SELinux) exist only there.");
        d.checks.append(check(Result::Fail, tr("In this kernel"), why,
                              tr("The module that provides it may not be loaded, or the kernel is built without it.")));
    }

    if (initNet.isEmpty())
        d.checks.append(check(Result::Info, tr("Network namespace"), tr("We are in %1; the initial namespace cannot be compared without root.").arg(ourNet)));
    else if (initialNamespace)
        d.checks.append(check(Result::Pass, tr("Network namespace"), tr("We are in the initial network namespace (%1): we see the host's links and all uevents.").arg(ourNet)));
    else
        d.checks.append(check(Result::Warn, tr("Network namespace"),
                              tr("We are in %1, not the initial %2: route messages describe this namespace's links only, and uevents of most devices are not sent here.").arg(ourNet, initNet)));

    // What needs a capability, per protocol (from the kernel's checks).
    static const QHash<int, QPair<int, const char *>> needs = {
        {0, {12, QT_TR_NOOP("Reading links, addresses and routes and joining groups is free; changing them needs CAP_NET_ADMIN.")}},
        {4, {12, QT_TR_NOOP("Listing sockets is free; some details of other users' sockets and destroying sockets need CAP_NET_ADMIN.")}},
        {6, {12, QT_TR_NOOP("Every IPsec (XFRM) request needs CAP_NET_ADMIN.")}},
        {9, {37, QT_TR_NOOP("Receiving audit records needs CAP_AUDIT_READ; changing audit rules needs CAP_AUDIT_CONTROL.")}},
        {11, {12, QT_TR_NOOP("Process events (fork, exec, exit) need CAP_NET_ADMIN to subscribe.")}},
        {12, {12, QT_TR_NOOP("Most netfilter requests (conntrack, nftables, queues) need CAP_NET_ADMIN.")}},
        {15, {-1, QT_TR_NOOP("Anyone may listen to kernel uevents; sending needs CAP_SYS_ADMIN.")}},
        {16, {-1, QT_TR_NOOP("Generic netlink: each family's operations say whether they need CAP_NET_ADMIN (kchan netlink families shows the admin flag).")}},
    };
    if (needs.contains(protocol)) {
        const auto [cap, text] = needs.value(protocol);
        const quint64 caps = effectiveCapabilities();
        QString evidence = tr(text);
        Result r = Result::Info;
        if (cap >= 0) {
            const bool have = caps & (quint64(1) << cap);
            evidence += QLatin1Char(' ') + (have ? tr("We have %1.").arg(capabilityName(cap)) : tr("We do not have %1.").arg(capabilityName(cap)));
            r = have ? Result::Pass : Result::Warn;
        }
        d.checks.append(check(r, tr("Capabilities"), evidence, r == Result::Warn ? tr("Run as root, or grant the capability (setcap) to the program.") : QString()));
    }
    return d;
}

} // namespace kc
