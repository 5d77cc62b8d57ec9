// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "io/async.h"
#include "sysctl/sysctl.h"
#include "sysctl/sysctlbootconfig.h"

#include <QObject>
#include <QProcess>

#include <functional>
#include <memory>

#include <vector>

namespace kc {

class DataSource;
class SysctlModel;

/// The sysctl channel: every tunable under /proc/sys in a model, read off
/// the GUI thread. A full read walks 1,300-odd files; a pane keeps what it
/// shows fresh with readKeys() and reads everything only now and then
/// (for "changed since start"). Nothing is read before someone asks.
class SysctlController : public QObject
{
    Q_OBJECT
public:
    /// Reads through `source` (this kernel, or an agent's); writes only
    /// this kernel's.
    explicit SysctlController(std::shared_ptr<DataSource> source, QObject *parent = nullptr);
    /// Reads through `source` from now on (after a reconnect), all anew.
    void setSource(std::shared_ptr<DataSource> source);
    /// Why tunables cannot be written from here (another machine's), or empty.
    QString writeRefusal() const;

    SysctlModel *model() const { return m_model; }
    /// Reads every key (skipped while a read runs); loaded() follows.
    void readAll();
    /// Reads these keys again and puts the changed ones in the model.
    void readKeys(const QStringList &keys);
    /// Reads `key` now, puts it in the model and hands it to `done` on
    /// `context`'s thread, unless `context` is gone by then: what the
    /// kernel holds now, before an edit.
    void fetch(const QString &key, QObject *context, std::function<void(const SysctlEntry &)> done);
    /// Writes `value` to `key` when the user has confirmed it: directly
    /// when we are root (off the GUI thread: a sysctl handler may take
    /// locks), else through kchan-sysctl-helper under pkexec, which asks for
    /// the administrator's password. written() follows with the kernel's
    /// answer; fetch() the key then, whatever happened: the kernel judges.
    void write(const QString &key, const QString &value);
    bool isWriting() const { return m_writing.isBusy() || m_helper; }
    /// Whether write() writes itself (we are root) or asks the helper.
    static bool writesDirectly();
    /// The helper program, installed or beside our binary; empty if absent.
    static QString helperPath();
    bool isReading() const { return m_all.isBusy() || m_some.isBusy(); }
    bool hasLoaded() const { return m_loaded; }
    /// Reads what the sysctl.d files set at boot (once; again after a
    /// reconnect); bootSettingsRead() follows.
    void readBootSettings();
    bool hasBootSettings() const { return m_bootRead; }
    /// The setting that applies `key` at boot, or nullptr.
    const SysctlBootSetting *bootSetting(const QString &key) const { return SysctlBootConfig::find(m_boot, key); }
    /// Files read by the last readAll() or readKeys(), for tests and benches.
    int lastReadCount() const { return m_lastRead; }

Q_SIGNALS:
    /// A full read is in the model.
    void loaded();
    /// Keys read by readKeys() are in the model.
    void keysRead();
    void bootSettingsRead();
    /// A write ended: taken, or why not (the kernel's error, a refused
    /// password, no helper).
    void written(const QString &key, bool ok, const QString &message);

private:
    std::shared_ptr<DataSource> m_source;
    SysctlModel *m_model;
    Async<std::vector<SysctlEntry>> m_all{this};
    Async<std::vector<SysctlEntry>> m_some{this};
    Async<SysctlWriteResult> m_writing{this};
    Async<QHash<QString, SysctlBootSetting>> m_bootReading{this};
    QHash<QString, SysctlBootSetting> m_boot;
    bool m_bootRead = false;
    QProcess *m_helper = nullptr;
    bool m_loaded = false;
    int m_lastRead = 0;
};

} // namespace kc
