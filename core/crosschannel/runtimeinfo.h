// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace kc {

/// What this process may see of the kernel: who we run as, whether we are
/// inside a Flatpak sandbox, and how /proc is mounted.
struct RuntimeInfo {
    Q_DECLARE_TR_FUNCTIONS(RuntimeInfo)
public:
    uint uid = 0;
    uint euid = 0;
    QString userName;
    bool root = false;           // root of the initial user namespace: real privilege
    bool userNamespace = false;  // inside a user namespace (Flatpak, the dev build root)
    uint outerUid = 0;           // our uid as the host sees it
    bool flatpak = false;
    QString flatpakAppId;
    QString procHidePid; // "hidepid=" option of the /proc mount, if any

    /// Reads our credentials, /.flatpak-info (or the file named by
    /// KC_FLATPAK_INFO, which the tests use) and the /proc mount.
    static RuntimeInfo detect();
    /// /.flatpak-info, or the file KC_FLATPAK_INFO names (for the tests).
    static QString flatpakInfoPath();
    /// True when /proc is mounted with hidepid (1, 2, invisible, noaccess).
    bool procHidesProcesses() const;
    /// One line for the status bar: privilege.
    QString privilegeText() const;
    /// One line for the status bar: sandbox.
    QString sandboxText() const;
    /// For the pane of `channel` (its object name: map, process, procfs,
    /// sysfs, devices, netlink, syscalls, sysctl, trace): what the sandbox hides there and why, so
    /// that its view is never taken for the host's; empty when nothing is.
    QString sandboxNotice(const QString &channel) const;
};

} // namespace kc
