// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "crosschannel/processchannels.h"
#include "crosschannel/runtimeinfo.h"
#include "devices/devicefollow.h"
#include "devices/devicescanner.h"
#include "io/safereader.h"
#include "netlink/genlfamilies.h"
#include "netlink/netlinksockets.h"
#include "procfs/dirlister.h"
#include "procfs/processscanner.h"
#include "sysctl/sysctl.h"
#include "sysfs/sysfsobject.h"
#include "syscalls/syscalltable.h"
#include "why/why.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace kc {

/// The machine a data source shows, as its hello names it.
struct SourceInfo {
    Q_DECLARE_TR_FUNCTIONS(SourceInfo)
public:
    enum class Kind { Local, Agent };
    Kind kind = Kind::Local;
    QString hostname;
    QString kernel;        // uname -r
    QString machine;       // uname -m
    QString agentVersion;  // kchan's version on the other end
    int protocol = 0;      // the agent protocol's version
    QString via;           // how the agent was reached: the command line
    RuntimeInfo runtime;   // who the reader is there: uid, root, sandbox

    /// The machine where the reads are made, as every other source does:
    /// hostname, kernel and who we are there.
    static SourceInfo here();
    /// "this machine", or "HOST (kernel 6.1.0)" for an agent.
    QString title() const;
};

/// Where the readers get their data: this kernel, or an agent on another
/// machine (the Flatpak host, a machine reached over ssh). Every function
/// is thread-safe and answers within its timeout; a source that has lost
/// its agent answers each request with the reason.
class DataSource
{
public:
    virtual ~DataSource() = default;

    virtual SourceInfo info() const = 0;
    /// A file, read as SafeReader reads it there.
    virtual ReadResult read(const QString &path, qint64 cap = SafeReader::DefaultCap) = 0;
    /// A directory, listed as DirLister lists it there.
    virtual DirListing list(const QString &path) = 0;
    /// A link's target there, empty when not a link or gone.
    virtual QString readLink(const QString &path) = 0;
    /// Every process there; empty with *error set when the scan failed.
    virtual QList<ProcessInfo> processes(QString *error = nullptr) = 0;
    /// A sysfs object's attributes and links, as SysfsReader reads them there.
    virtual SysfsObject sysfsObject(const QString &path) = 0;
    /// One process's descriptors by channel, namespaces and limits there.
    virtual ProcessChannels processChannels(int pid) = 0;
    /// Every node under /dev with its driver and holders, as DeviceScanner scans there.
    virtual DeviceScan devices() = 0;
    /// One node followed to its driver, module and holders there.
    virtual FollowResult follow(const QString &node) = 0;
    /// Every key under /proc/sys with its value, as Sysctl reads them there.
    virtual std::vector<SysctlEntry> sysctl() = 0;
    /// One key there, dotted.
    virtual SysctlEntry sysctlKey(const QString &key) = 0;
    /// These keys there, in this order, in one request.
    virtual std::vector<SysctlEntry> sysctlKeys(const QStringList &keys) = 0;
    /// Writes one key there as the reader there is allowed to (asked for
    /// explicitly, after the user confirmed): taken, or the kernel's errno.
    virtual SysctlWriteResult writeSysctl(const QString &key, const QString &value) = 0;
    /// The open netlink sockets there with their owners, as NetlinkSockets lists them.
    virtual NetlinkSocketList netlinkSockets() = 0;
    /// The generic netlink families there (with their policies: costlier).
    virtual GenlFamilyList genlFamilies(bool withPolicies) = 0;
    /// The system call table there: its architecture's numbers, and the
    /// arguments and tracepoints its tracefs names.
    virtual SyscallTable syscallTable() = 0;
    /// Why a path, a netlink protocol or a system call can or cannot be
    /// used there, as the reader there ("netlink:NAME", "syscall:NAME" or a
    /// path; `pid` the process whose seccomp filter to apply).
    virtual WhyAnswer why(const QString &subject, int pid) = 0;
    /// Empty while the source answers; why not once it has stopped.
    virtual QString lostReason() const { return {}; }

    /// This kernel, read directly. One for the process, never destroyed.
    static std::shared_ptr<DataSource> local();
};

} // namespace kc
