// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>

#include <atomic>

namespace kc {

/// Whether this process is counting every system call of the machine now:
/// a system-wide counter open for a pane, a chart or a command. Such a
/// counter slows every call of every process, so the window says so while
/// it lasts. Counters report from whatever thread opens or closes them;
/// changed() reaches receivers on their own thread.
class MachineCounting : public QObject
{
    Q_OBJECT
public:
    static MachineCounting *instance();
    /// System-wide counters open now, in this process.
    int counters() const { return m_counters.load(); }

    /// Called by SyscallCounter as a system-wide counter opens and closes.
    void opened();
    void closed();

Q_SIGNALS:
    void changed(int counters);

private:
    MachineCounting() = default;
    std::atomic<int> m_counters{0};
};

} // namespace kc
