// SPDX-License-Identifier: GPL-2.0-or-later
#include "agentcodec.h"

#include "source/agentprotocol.h"

#include <QCborValue>


namespace kc::agent {

namespace {

QString str(const QCborMap &m, const char *key)
{
    return m.value(QLatin1String(key)).toString();
}

qint64 num(const QCborMap &m, const char *key, qint64 fallback = 0)
{
    return m.value(QLatin1String(key)).toInteger(fallback);
}

// An enumerator sent as its number: `fallback` for a number past `last`
// (a newer agent's) or for no number at all.
template <typename E>
E enumValue(const QCborValue &v, E last, E fallback)
{
    const qint64 n = v.toInteger(-1);
    return n >= 0 && n <= qint64(last) ? E(n) : fallback;
}

} // namespace

QCborMap encodeHello(const SourceInfo &info)
{
    const RuntimeInfo &rt = info.runtime;
    return QCborMap{{QStringLiteral("protocol"), QLatin1String(ProtocolName)},
                    {QStringLiteral("version"), ProtocolVersion},
                    {QStringLiteral("kchan"), info.agentVersion},
                    {QStringLiteral("hostname"), info.hostname},
                    {QStringLiteral("kernel"), info.kernel},
                    {QStringLiteral("machine"), info.machine},
                    {QStringLiteral("uid"), qint64(rt.uid)},
                    {QStringLiteral("euid"), qint64(rt.euid)},
                    {QStringLiteral("user"), rt.userName},
                    {QStringLiteral("root"), rt.root},
                    {QStringLiteral("userns"), rt.userNamespace},
                    {QStringLiteral("outer_uid"), qint64(rt.outerUid)},
                    {QStringLiteral("flatpak"), rt.flatpak},
                    {QStringLiteral("hidepid"), rt.procHidePid}};
}

bool decodeHello(const QCborMap &hello, SourceInfo *info, QString *error)
{
    if (str(hello, "protocol") != QLatin1String(ProtocolName)) {
        *error = SourceInfo::tr("the other end does not speak the agent protocol");
        return false;
    }
    const qint64 version = num(hello, "version");
    if (version != ProtocolVersion) {
        *error = SourceInfo::tr("the agent speaks protocol version %1 and we speak %2: install the same version of kchan on both ends")
                     .arg(version)
                     .arg(ProtocolVersion);
        return false;
    }
    info->kind = SourceInfo::Kind::Agent;
    info->protocol = int(version);
    info->agentVersion = str(hello, "kchan");
    info->hostname = str(hello, "hostname");
    info->kernel = str(hello, "kernel");
    info->machine = str(hello, "machine");
    RuntimeInfo &rt = info->runtime;
    rt.uid = uint(num(hello, "uid"));
    rt.euid = uint(num(hello, "euid"));
    rt.userName = str(hello, "user");
    rt.root = hello.value(QStringLiteral("root")).toBool();
    rt.userNamespace = hello.value(QStringLiteral("userns")).toBool();
    rt.outerUid = uint(num(hello, "outer_uid"));
    rt.flatpak = hello.value(QStringLiteral("flatpak")).toBool();
    rt.procHidePid = str(hello, "hidepid");
    return true;
}

QCborMap encodeRead(const ReadResult &r)
{
    QCborMap m{{QStringLiteral("status"), int(r.status)}, {QStringLiteral("data"), r.data}};
    if (r.truncated)
        m.insert(QStringLiteral("truncated"), true);
    if (r.errnoValue)
        m.insert(QStringLiteral("errno"), r.errnoValue);
    if (!r.reason.isEmpty())
        m.insert(QStringLiteral("reason"), r.reason);
    return m;
}

ReadResult decodeRead(const QCborMap &m)
{
    ReadResult r;
    r.status = enumValue(m.value(QStringLiteral("status")), ReadStatus::IoError, ReadStatus::IoError);
    r.data = m.value(QStringLiteral("data")).toByteArray();
    r.truncated = m.value(QStringLiteral("truncated")).toBool();
    r.errnoValue = int(num(m, "errno"));
    r.reason = str(m, "reason");
    return r;
}

QCborMap encodeListing(const DirListing &listing)
{
    QCborArray rows;
    for (const DirEntry &e : listing.entries) {
        rows.append(QCborArray{e.name, int(e.kind), qint64(e.mode), qint64(e.uid), e.size, e.linkTarget, e.note,
                               e.pointsToDirectory, e.pid, e.comm, e.kernelThread});
    }
    QCborMap m{{QStringLiteral("path"), listing.path}, {QStringLiteral("entries"), rows}};
    if (!listing.error.isEmpty())
        m.insert(QStringLiteral("error"), listing.error);
    return m;
}

DirListing decodeListing(const QCborMap &m)
{
    DirListing listing;
    listing.path = str(m, "path");
    listing.error = str(m, "error");
    const QCborArray rows = m.value(QStringLiteral("entries")).toArray();
    listing.entries.reserve(rows.size());
    const QString base = listing.path.endsWith(QLatin1Char('/')) ? listing.path : listing.path + QLatin1Char('/');
    for (const QCborValue &v : rows) {
        const QCborArray row = v.toArray();
        if (row.size() < 11)
            continue;
        DirEntry e;
        e.name = row[0].toString();
        e.path = base + e.name;
        e.kind = enumValue(row[1], DirEntry::Kind::Other, DirEntry::Kind::Other);
        e.mode = uint(row[2].toInteger());
        e.uid = uint(row[3].toInteger());
        e.size = row[4].toInteger();
        e.linkTarget = row[5].toString();
        e.note = row[6].toString();
        e.pointsToDirectory = row[7].toBool();
        e.pid = int(row[8].toInteger(-1));
        e.comm = row[9].toString();
        e.kernelThread = row[10].toBool();
        listing.entries.append(e);
    }
    return listing;
}

QCborMap encodeSysfs(const SysfsObject &object)
{
    QCborArray attributes;
    for (const SysfsAttribute &a : object.attributes) {
        attributes.append(QCborArray{a.name, a.value, a.binary, a.head, a.size, a.readable, a.writable, a.reason, int(a.status)});
    }
    QCborArray links;
    for (const SysfsLink &l : object.links)
        links.append(QCborArray{l.name, l.target, l.resolved});
    QCborMap m{{QStringLiteral("path"), object.path},
               {QStringLiteral("attributes"), attributes},
               {QStringLiteral("links"), links},
               {QStringLiteral("subdirectories"), QCborArray::fromStringList(object.subdirectories)}};
    if (!object.error.isEmpty())
        m.insert(QStringLiteral("error"), object.error);
    return m;
}

SysfsObject decodeSysfs(const QCborMap &m)
{
    SysfsObject object;
    object.path = str(m, "path");
    object.error = str(m, "error");
    for (const QCborValue &v : m.value(QStringLiteral("attributes")).toArray()) {
        const QCborArray row = v.toArray();
        if (row.size() < 9)
            continue;
        SysfsAttribute a;
        a.name = row[0].toString();
        a.value = row[1].toString();
        a.binary = row[2].toBool();
        a.head = row[3].toByteArray();
        a.size = row[4].toInteger();
        a.readable = row[5].toBool();
        a.writable = row[6].toBool();
        a.reason = row[7].toString();
        a.status = enumValue(row[8], ReadStatus::IoError, ReadStatus::IoError);
        object.attributes.append(a);
    }
    for (const QCborValue &v : m.value(QStringLiteral("links")).toArray()) {
        const QCborArray row = v.toArray();
        if (row.size() >= 3)
            object.links.append(SysfsLink{row[0].toString(), row[1].toString(), row[2].toString()});
    }
    for (const QCborValue &v : m.value(QStringLiteral("subdirectories")).toArray())
        object.subdirectories.append(v.toString());
    return object;
}

namespace {

QCborMap encodeTable(const ParsedTable &t)
{
    QCborArray columns;
    for (const Column &c : t.columns)
        columns.append(QCborArray{c.name, c.description, c.unit, c.numeric});
    QCborArray rows;
    for (const QStringList &r : t.rows)
        rows.append(QCborArray::fromStringList(r));
    return QCborMap{{QStringLiteral("title"), t.title},
                    {QStringLiteral("columns"), columns},
                    {QStringLiteral("rows"), rows},
                    {QStringLiteral("unit_column"), t.unitColumn}};
}

ParsedTable decodeTable(const QCborMap &m)
{
    ParsedTable t;
    t.title = str(m, "title");
    for (const QCborValue &v : m.value(QStringLiteral("columns")).toArray()) {
        const QCborArray c = v.toArray();
        t.columns.append(Column{c[0].toString(), c[1].toString(), c[2].toString(), c[3].toBool()});
    }
    for (const QCborValue &v : m.value(QStringLiteral("rows")).toArray()) {
        QStringList row;
        for (const QCborValue &cell : v.toArray())
            row.append(cell.toString());
        t.rows.append(row);
    }
    t.unitColumn = int(num(m, "unit_column", -1));
    return t;
}

// Who serves a device number, as one array:
// [name, basis, major_names, minor_name, tty_driver, bound, bound_path,
//  bound_from_parent, module, origin].
QCborArray encodeDriver(const DeviceDriver &d)
{
    return QCborArray{d.name, int(d.basis), QCborArray::fromStringList(d.majorNames), d.minorName, d.ttyDriver,
                      d.bound, d.boundPath, d.boundFromParent, d.module, int(d.origin)};
}

DeviceDriver decodeDriver(const QCborArray &r)
{
    DeviceDriver d;
    if (r.size() < 10)
        return d;
    d.name = r[0].toString();
    d.basis = enumValue(r[1], DeviceDriver::Basis::MinorNotRegistered, DeviceDriver::Basis::None);
    for (const QCborValue &v : r[2].toArray())
        d.majorNames.append(v.toString());
    d.minorName = r[3].toString();
    d.ttyDriver = r[4].toString();
    d.bound = r[5].toString();
    d.boundPath = r[6].toString();
    d.boundFromParent = r[7].toBool();
    d.module = r[8].toString();
    d.origin = enumValue(r[9], DeviceDriver::Origin::Module, DeviceDriver::Origin::Unknown);
    return d;
}

// What an agent from before DeviceDriver sent: the major's name and the
// driver bound in sysfs.
DeviceDriver olderDriver(const QString &majorName, const QString &bound, const QString &boundPath, bool fromParent, const QString &module)
{
    DeviceDriver d;
    d.name = majorName;
    d.basis = majorName.isEmpty() ? DeviceDriver::Basis::None
        : majorName.contains(QStringLiteral(", ")) ? DeviceDriver::Basis::Ambiguous : DeviceDriver::Basis::OnlyOne;
    d.bound = bound;
    d.boundPath = boundPath;
    d.boundFromParent = fromParent;
    d.module = module;
    return d;
}

} // namespace

QCborMap encodeChannels(const ProcessChannels &pc)
{
    QCborArray fds;
    for (const ChannelFd &f : pc.fds) {
        // Fields 9 and 10 keep what older clients read there (the driver
        // bound in sysfs, the registration's name); 11 is the whole answer.
        fds.append(QCborArray{f.fd, int(f.channel), f.target, f.access, f.detail, f.devicePath, f.netlinkProtocol,
                              f.deviceMajor, f.deviceMinor, f.driver.bound, f.driver.name, encodeDriver(f.driver)});
    }
    QCborArray namespaces;
    for (const ChannelNamespace &n : pc.namespaces)
        namespaces.append(QCborArray{n.type, n.id, n.sameAsOurs});
    return QCborMap{{QStringLiteral("pid"), pc.pid},
                    {QStringLiteral("comm"), pc.comm},
                    {QStringLiteral("state"), pc.state},
                    {QStringLiteral("gone"), pc.gone},
                    {QStringLiteral("error"), pc.error},
                    {QStringLiteral("fd_error"), pc.fdError},
                    {QStringLiteral("fds"), fds},
                    {QStringLiteral("namespaces"), namespaces},
                    {QStringLiteral("limits"), encodeTable(pc.limits)},
                    {QStringLiteral("blocked_in"), pc.blockedIn},
                    {QStringLiteral("wchan"), pc.wchan}};
}

ProcessChannels decodeChannels(const QCborMap &m)
{
    ProcessChannels pc;
    pc.pid = int(num(m, "pid"));
    pc.comm = str(m, "comm");
    pc.state = str(m, "state");
    pc.gone = m.value(QStringLiteral("gone")).toBool();
    pc.error = str(m, "error");
    pc.fdError = str(m, "fd_error");
    for (const QCborValue &v : m.value(QStringLiteral("fds")).toArray()) {
        const QCborArray r = v.toArray();
        if (r.size() < 11)
            continue;
        ChannelFd f;
        f.fd = int(r[0].toInteger(-1));
        f.channel = enumValue(r[1], FdChannel::Other, FdChannel::Other);
        f.target = r[2].toString();
        f.access = r[3].toString();
        f.detail = r[4].toString();
        f.devicePath = r[5].toString();
        f.netlinkProtocol = int(r[6].toInteger(-1));
        f.deviceMajor = int(r[7].toInteger(-1));
        f.deviceMinor = int(r[8].toInteger(-1));
        f.driver = r.size() > 11 ? decodeDriver(r[11].toArray()) : olderDriver(r[10].toString(), r[9].toString(), {}, false, {});
        pc.fds.append(f);
    }
    for (const QCborValue &v : m.value(QStringLiteral("namespaces")).toArray()) {
        const QCborArray r = v.toArray();
        if (r.size() >= 3)
            pc.namespaces.append(ChannelNamespace{r[0].toString(), r[1].toString(), r[2].toBool()});
    }
    pc.limits = decodeTable(m.value(QStringLiteral("limits")).toMap());
    pc.blockedIn = str(m, "blocked_in");
    pc.wchan = str(m, "wchan");
    return pc;
}

namespace {

QCborArray encodeNode(const DeviceNode &n)
{
    // Fields 12 and 15 to 18 keep what older clients read there; 21 is the
    // whole answer.
    const DeviceDriver &d = n.driver;
    return QCborArray{n.path, n.name, int(n.type), n.blockDevice, n.pointsToNode, qint64(n.major), qint64(n.minor),
                      qint64(n.mode), qint64(n.uid), qint64(n.gid), n.linkTarget, n.resolved, d.name, n.sysfsPath,
                      n.subsystem, d.bound, d.boundPath, d.boundFromParent, d.module, n.holders, n.holderFds, encodeDriver(d)};
}

DeviceNode decodeNode(const QCborArray &r)
{
    DeviceNode n;
    if (r.size() < 21)
        return n;
    n.path = r[0].toString();
    n.name = r[1].toString();
    n.type = enumValue(r[2], DeviceNode::Type::Other, DeviceNode::Type::Other);
    n.blockDevice = r[3].toBool();
    n.pointsToNode = r[4].toBool();
    n.major = uint(r[5].toInteger());
    n.minor = uint(r[6].toInteger());
    n.mode = uint(r[7].toInteger());
    n.uid = uint(r[8].toInteger());
    n.gid = uint(r[9].toInteger());
    n.linkTarget = r[10].toString();
    n.resolved = r[11].toString();
    n.sysfsPath = r[13].toString();
    n.subsystem = r[14].toString();
    n.driver = r.size() > 21 ? decodeDriver(r[21].toArray())
                             : olderDriver(r[12].toString(), r[15].toString(), r[16].toString(), r[17].toBool(), r[18].toString());
    n.holders = int(r[19].toInteger(-1));
    n.holderFds = int(r[20].toInteger(-1));
    return n;
}

QCborArray encodeHolders(const QList<Holder> &holders)
{
    QCborArray rows;
    for (const Holder &h : holders)
        rows.append(QCborArray{h.pid, h.comm, h.fd, h.access});
    return rows;
}

QList<Holder> decodeHolders(const QCborArray &rows)
{
    QList<Holder> holders;
    for (const QCborValue &v : rows) {
        const QCborArray r = v.toArray();
        if (r.size() >= 4)
            holders.append(Holder{int(r[0].toInteger()), r[1].toString(), int(r[2].toInteger(-1)), r[3].toString()});
    }
    return holders;
}

} // namespace

QCborMap encodeDevices(const DeviceScan &scan)
{
    QCborArray nodes;
    for (const DeviceNode &n : scan.nodes)
        nodes.append(encodeNode(n));
    QCborArray holders;
    for (auto it = scan.holders.byDevice.cbegin(); it != scan.holders.byDevice.cend(); ++it)
        holders.append(QCborArray{qint64(it.key()), encodeHolders(it.value())});
    QCborMap m{{QStringLiteral("nodes"), nodes},
               {QStringLiteral("holders"), holders},
               {QStringLiteral("hidden"), scan.holders.processesHidden},
               {QStringLiteral("holders_counted"), scan.holdersCounted}};
    if (!scan.error.isEmpty())
        m.insert(QStringLiteral("error"), scan.error);
    return m;
}

DeviceScan decodeDevices(const QCborMap &m)
{
    DeviceScan scan;
    for (const QCborValue &v : m.value(QStringLiteral("nodes")).toArray())
        scan.nodes.append(decodeNode(v.toArray()));
    for (const QCborValue &v : m.value(QStringLiteral("holders")).toArray()) {
        const QCborArray r = v.toArray();
        if (r.size() >= 2)
            scan.holders.byDevice.insert(quint64(r[0].toInteger()), decodeHolders(r[1].toArray()));
    }
    scan.holders.processesHidden = int(num(m, "hidden"));
    scan.holdersCounted = m.value(QStringLiteral("holders_counted")).toBool();
    scan.error = str(m, "error");
    return scan;
}

QCborMap encodeFollow(const FollowResult &r)
{
    QCborArray steps;
    for (const FollowStep &s : r.steps) {
        QCborArray items;
        for (const auto &[key, value] : s.items)
            items.append(QCborArray{key, value});
        steps.append(QCborArray{int(s.kind), s.title, s.value, s.detail, s.sysfsPath, items});
    }
    QCborMap m{{QStringLiteral("node"), encodeNode(r.node)},
               {QStringLiteral("steps"), steps},
               {QStringLiteral("holders"), encodeHolders(r.holders)},
               {QStringLiteral("hidden"), r.processesHidden}};
    if (!r.error.isEmpty())
        m.insert(QStringLiteral("error"), r.error);
    return m;
}

FollowResult decodeFollow(const QCborMap &m)
{
    FollowResult r;
    r.node = decodeNode(m.value(QStringLiteral("node")).toArray());
    for (const QCborValue &v : m.value(QStringLiteral("steps")).toArray()) {
        const QCborArray a = v.toArray();
        if (a.size() < 6)
            continue;
        FollowStep s;
        s.kind = enumValue(a[0], FollowStep::Kind::Holders, FollowStep::Kind::Node);
        s.title = a[1].toString();
        s.value = a[2].toString();
        s.detail = a[3].toString();
        s.sysfsPath = a[4].toString();
        for (const QCborValue &item : a[5].toArray())
            s.items.append({item.toArray()[0].toString(), item.toArray()[1].toString()});
        r.steps.append(s);
    }
    r.holders = decodeHolders(m.value(QStringLiteral("holders")).toArray());
    r.processesHidden = int(num(m, "hidden"));
    r.error = str(m, "error");
    return r;
}

QCborArray encodeSysctl(const std::vector<SysctlEntry> &entries)
{
    QCborArray rows;
    for (const SysctlEntry &e : entries)
        rows.append(QCborArray{e.key, e.value, int(e.status), e.reason, qint64(e.mode)});
    return rows;
}

std::vector<SysctlEntry> decodeSysctl(const QCborArray &rows)
{
    std::vector<SysctlEntry> entries;
    entries.reserve(size_t(rows.size()));
    for (const QCborValue &v : rows) {
        const QCborArray r = v.toArray();
        if (r.size() < 5)
            continue;
        SysctlEntry e;
        e.key = r[0].toString();
        e.value = r[1].toByteArray();
        e.status = enumValue(r[2], ReadStatus::IoError, ReadStatus::IoError);
        e.reason = r[3].toString();
        e.mode = uint(r[4].toInteger());
        entries.push_back(e);
    }
    return entries;
}

QCborArray encodeProcesses(const QList<ProcessInfo> &list)
{
    QCborArray rows;
    for (const ProcessInfo &p : list) {
        rows.append(QCborArray{p.pid, p.ppid, int(p.state), qint64(p.rssKiB), p.threads, qint64(p.uid), p.kernelThread,
                               p.comm, p.cmdline, qint64(p.cpuTicks), qint64(p.startTicks)});
    }
    return rows;
}

bool decodeProcesses(const QCborArray &rows, QList<ProcessInfo> *list)
{
    list->reserve(rows.size());
    for (const QCborValue &v : rows) {
        const QCborArray row = v.toArray();
        if (row.size() < 9 || !row[0].isInteger())
            return false;
        ProcessInfo p;
        p.pid = int(row[0].toInteger());
        p.ppid = int(row[1].toInteger());
        p.state = char(row[2].toInteger('?'));
        p.rssKiB = quint64(row[3].toInteger());
        p.threads = int(row[4].toInteger());
        p.uid = uint(row[5].toInteger());
        p.kernelThread = row[6].toBool();
        p.comm = row[7].toString();
        p.cmdline = row[8].toString();
        // The times came later: an older agent leaves them out.
        p.cpuTicks = quint64(row[9].toInteger());
        p.startTicks = quint64(row[10].toInteger());
        list->append(p);
    }
    return true;
}

QCborMap encodeWhy(const WhyAnswer &answer)
{
    QCborArray checks;
    for (const WhyCheck &c : answer.checks)
        checks.append(QCborArray{int(c.result), c.title, c.evidence, c.fix});
    return QCborMap{{QStringLiteral("subject"), answer.subject},
                    {QStringLiteral("kind"), answer.kind},
                    {QStringLiteral("checks"), checks},
                    {QStringLiteral("why_error"), answer.error}};
}

WhyAnswer decodeWhy(const QCborMap &m)
{
    WhyAnswer a;
    a.subject = str(m, "subject");
    a.kind = str(m, "kind");
    a.error = str(m, "why_error");
    for (const QCborValue &v : m.value(QStringLiteral("checks")).toArray()) {
        const QCborArray r = v.toArray();
        if (r.size() < 4)
            continue;
        a.checks.append(WhyCheck{enumValue(r[0], WhyCheck::Result::Info, WhyCheck::Result::Info), r[1].toString(),
                                 r[2].toString(), r[3].toString()});
    }
    return a;
}

QCborMap encodeSyscallTable(const SyscallTable &table)
{
    QCborArray calls;
    for (const SyscallInfo &c : table.calls) {
        QCborArray args;
        for (const SyscallArg &a : c.args)
            args.append(QCborArray{a.type, a.name});
        calls.append(QCborArray{c.number, c.name, args, c.argsKnown, c.tracepointId});
    }
    return QCborMap{{QStringLiteral("calls"), calls}, {QStringLiteral("tracefs"), table.tracefs}, {QStringLiteral("note"), table.note}};
}

SyscallTable decodeSyscallTable(const QCborMap &m)
{
    SyscallTable table;
    table.tracefs = str(m, "tracefs");
    table.note = str(m, "note");
    for (const QCborValue &v : m.value(QStringLiteral("calls")).toArray()) {
        const QCborArray r = v.toArray();
        if (r.size() < 5)
            continue;
        SyscallInfo c;
        c.number = int(r[0].toInteger(-1));
        c.name = r[1].toString();
        for (const QCborValue &a : r[2].toArray())
            c.args.append(SyscallArg{a.toArray().at(0).toString(), a.toArray().at(1).toString()});
        c.argsKnown = r[3].toBool();
        c.tracepointId = int(r[4].toInteger(-1));
        table.calls.append(c);
    }
    return table;
}

QCborMap syscallsStreamRequest(const QStringList &calls, int pid, int intervalMs, bool byProcess)
{
    return QCborMap{{QStringLiteral("kind"), QStringLiteral("syscalls")},
                    {QStringLiteral("calls"), QCborArray::fromStringList(calls)},
                    {QStringLiteral("pid"), pid <= 0 ? -1 : pid},
                    {QStringLiteral("interval"), intervalMs},
                    {QStringLiteral("byProcess"), byProcess}};
}

QCborMap encodeCallCounts(const QHash<QString, double> &rates, const QHash<QString, quint64> &totals)
{
    QCborArray r, t;
    for (auto it = rates.cbegin(); it != rates.cend(); ++it)
        r.append(QCborArray{it.key(), it.value()});
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        if (it.value() > 0)
            t.append(QCborArray{it.key(), qint64(it.value())});
    }
    return QCborMap{{QStringLiteral("rates"), r}, {QStringLiteral("totals"), t}};
}

void decodeCallCounts(const QCborMap &m, QHash<QString, double> *rates, QHash<QString, quint64> *totals)
{
    for (const QCborValue &v : m.value(QStringLiteral("rates")).toArray())
        rates->insert(v.toArray().at(0).toString(), v.toArray().at(1).toDouble());
    for (const QCborValue &v : m.value(QStringLiteral("totals")).toArray())
        totals->insert(v.toArray().at(0).toString(), quint64(qMax<qint64>(0, v.toArray().at(1).toInteger())));
}

QCborArray encodeCallRates(const QList<ProcessCallRate> &processes)
{
    QCborArray rows;
    for (const ProcessCallRate &p : processes)
        rows.append(QCborArray{p.pid, p.comm, qint64(p.calls), p.perSecond});
    return rows;
}

QList<ProcessCallRate> decodeCallRates(const QCborArray &rows)
{
    QList<ProcessCallRate> out;
    for (const QCborValue &v : rows) {
        const QCborArray r = v.toArray();
        if (r.size() >= 4)
            out.append(ProcessCallRate{int(r[0].toInteger()), r[1].toString(), quint64(qMax<qint64>(0, r[2].toInteger())), r[3].toDouble()});
    }
    return out;
}

} // namespace kc::agent
