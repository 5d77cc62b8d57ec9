// SPDX-License-Identifier: GPL-2.0-or-later
#include "datasource.h"

#include <mutex>

#include <sys/utsname.h>
#include <unistd.h>

namespace kc {

namespace {

class LocalSource final : public DataSource
{
public:
    // Who we are here is read when first asked (by an agent's hello, say),
    // not when the source is made: every kchan run and the GUI's start make
    // it, and most never ask.
    SourceInfo info() const override
    {
        std::call_once(m_infoOnce, [this] { m_info = SourceInfo::here(); });
        return m_info;
    }
    ReadResult read(const QString &path, qint64 cap) override { return SafeReader::read(path, cap); }
    DirListing list(const QString &path) override { return DirLister::list(path); }
    QString readLink(const QString &path) override { return SafeReader::readLink(path); }
    SysfsObject sysfsObject(const QString &path) override { return SysfsReader::read(path); }
    ProcessChannels processChannels(int pid) override { return ProcessChannels::read(pid); }
    DeviceScan devices() override { return DeviceScanner::scan(true); }
    FollowResult follow(const QString &node) override { return DeviceFollow::follow(node); }
    std::vector<SysctlEntry> sysctl() override { return Sysctl::readAll(); }
    SysctlEntry sysctlKey(const QString &key) override { return Sysctl::read(key); }
    std::vector<SysctlEntry> sysctlKeys(const QStringList &keys) override
    {
        std::vector<SysctlEntry> entries;
        entries.reserve(size_t(keys.size()));
        for (const QString &k : keys)
            entries.push_back(Sysctl::read(k));
        return entries;
    }
    SysctlWriteResult writeSysctl(const QString &key, const QString &value) override { return Sysctl::write(key, value); }
    NetlinkSocketList netlinkSockets() override { return NetlinkSockets::list(); }
    GenlFamilyList genlFamilies(bool withPolicies) override { return GenlFamilies::dump(withPolicies); }
    SyscallTable syscallTable() override { return SyscallTable::load(); }
    WhyAnswer why(const QString &subject, int pid) override { return Why::subject(subject, pid); }
    QList<ProcessInfo> processes(QString *error) override
    {
        QList<ProcessInfo> all = ProcessScanner::scan();
        if (all.isEmpty() && error)
            *error = SourceInfo::tr("/proc lists no process; is /proc mounted?");
        return all;
    }

private:
    mutable std::once_flag m_infoOnce;
    mutable SourceInfo m_info;
};

} // namespace

SourceInfo SourceInfo::here()
{
    SourceInfo info;
    utsname u {};
    if (::uname(&u) == 0) {
        info.hostname = QString::fromLocal8Bit(u.nodename);
        info.kernel = QString::fromLocal8Bit(u.release);
        info.machine = QString::fromLocal8Bit(u.machine);
    }
    info.agentVersion = QStringLiteral(KC_VERSION);
    info.runtime = RuntimeInfo::detect();
    return info;
}

QString SourceInfo::title() const
{
    if (kind == Kind::Local)
        return tr("this machine");
    return tr("%1 (kernel %2)").arg(hostname, kernel);
}

std::shared_ptr<DataSource> DataSource::local()
{
    static const std::shared_ptr<DataSource> source = std::make_shared<LocalSource>();
    return source;
}

} // namespace kc
