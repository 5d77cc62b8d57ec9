// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "crosschannel/processoverview.h"
#include "devices/devicenode.h"
#include "procfs/parsedtable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kc {

struct DriverTables;

/// The channel an open file descriptor belongs to.
enum class FdChannel { Procfs, Sysfs, Device, Netlink, Socket, Pipe, KernelObject, File, Other };

/// One open file descriptor of a process, classified.
struct ChannelFd {
    int fd = -1;
    FdChannel channel = FdChannel::Other;
    QString target; // what /proc/PID/fd/N points at
    QString access; // "r", "w", "rw", or "path" for an O_PATH descriptor, from fdinfo
    QString detail; // "1:3, driver mem (null), subsystem mem", "NETLINK_ROUTE, groups RTNLGRP_LINK" ...
    QString devicePath;       // device nodes: the node, for the Devices pane
    int netlinkProtocol = -1; // netlink sockets: the protocol, for the netlink pane; -1 when unknown
    int deviceMajor = -1;     // device nodes: the device number
    int deviceMinor = -1;
    DeviceDriver driver;      // device nodes: who serves the number, as the Devices pane says
};

/// A namespace of the process, compared with ours.
struct ChannelNamespace {
    QString type; // net, mnt, pid ...
    QString id;   // "net:[4026531840]"
    bool sameAsOurs = false;
};

/// Everything one process uses to talk to the kernel, from /proc/PID:
/// open descriptors grouped by channel, namespaces, limits and the system
/// call it is in now. Reads only /proc and /sys; never opens a descriptor.
struct ProcessChannels {
    Q_DECLARE_TR_FUNCTIONS(ProcessChannels)
public:
    int pid = 0;
    QString comm;
    QString state;      // "S (sleeping)"
    bool gone = false;  // the process exited (or never was)
    QString error;      // why nothing could be read
    QString fdError;    // why the descriptors could not be listed (permission)
    QList<ChannelFd> fds; // by fd number
    QList<ChannelNamespace> namespaces;
    ParsedTable limits;
    QString blockedIn;  // the system call it is in now, or why that is unknown
    QString wchan;
    /// Command line, user, parent, memory, CPU: filled by the controller
    /// from the process scan, not by the source's channel read.
    ProcessOverview overview;

    /// Channels in display order.
    static QList<FdChannel> channelOrder();
    /// "Device nodes", "Netlink sockets" ... translated.
    static QString channelName(FdChannel channel);
    /// "device", "netlink" ... for JSON and TSV.
    static QString channelKey(FdChannel channel);
    /// One sentence: what this channel is.
    static QString channelMeaning(FdChannel channel);
    /// What an anon_inode descriptor is ("anon_inode:[eventfd]" ...), or empty.
    static QString kernelObjectMeaning(const QString &target);
    /// The access key as shown: "r", "w", "rw", or "path only".
    static QString accessText(const QString &access);

    /// One descriptor of process `pid`, classified as read() does; the
    /// target is empty when it is not open. Does I/O.
    static ChannelFd classifyFd(int pid, int fd);
    /// `c` as a device node with that number (its target already set):
    /// the driver and subsystem serving it, from `drivers` and /sys/dev.
    static void describeDevice(ChannelFd &c, bool block, int major, int minor, const DriverTables &drivers);
    /// Reads /proc/PID; does I/O, call it off the GUI thread.
    static ProcessChannels read(int pid);
    /// The same descriptors, namespaces and limits as `other`: a table of
    /// them need not be drawn again.
    bool sameTables(const ProcessChannels &other) const;
};

} // namespace kc
