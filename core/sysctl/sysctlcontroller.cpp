// SPDX-License-Identifier: GPL-2.0-or-later
#include "sysctlcontroller.h"

#include "models/sysctlmodel.h"
#include "source/datasource.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <unistd.h>

namespace kc {

SysctlController::SysctlController(std::shared_ptr<DataSource> source, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_model(new SysctlModel(this))
{
    if (m_source != DataSource::local())
        m_model->setWriterUid(m_source->info().runtime.euid);
}

void SysctlController::setSource(std::shared_ptr<DataSource> source)
{
    m_source = std::move(source);
    if (m_source != DataSource::local())
        m_model->setWriterUid(m_source->info().runtime.euid);
    m_all.cancel();
    m_some.cancel();
    if (m_loaded)
        readAll();
    m_bootReading.cancel();
    if (m_bootRead)
        readBootSettings();
}

QString SysctlController::writeRefusal() const
{
    if (m_source == DataSource::local())
        return {};
    // The agent writes as the user it runs as there; nobody else may.
    const SourceInfo info = m_source->info();
    if (info.runtime.euid == 0)
        return {};
    return tr("The agent on %1 runs as %2, who may not write tunables there: connect as root (ssh root@%1), or start the agent "
              "with sudo (--agent 'ssh %1 sudo kchan agent --stdio').")
        .arg(info.hostname, info.runtime.userName);
}

void SysctlController::readAll()
{
    m_all.runIfIdle([source = m_source] { return source->sysctl(); }, [this](std::vector<SysctlEntry> entries) {
        m_lastRead = int(entries.size());
        m_model->setEntries(std::move(entries));
        m_loaded = true;
        Q_EMIT loaded();
    });
}

void SysctlController::fetch(const QString &key, QObject *context, std::function<void(const SysctlEntry &)> done)
{
    runFor(context, [key, source = m_source] { return source->sysctlKey(key); }, [this, done = std::move(done)](const SysctlEntry &e) {
        m_model->updateEntry(e);
        done(e);
    });
}

void SysctlController::readBootSettings()
{
    m_bootReading.runIfIdle([source = m_source] { return SysctlBootConfig::read(source.get()); },
                            [this](const QHash<QString, SysctlBootSetting> &settings) {
                                m_boot = settings;
                                m_bootRead = true;
                                Q_EMIT bootSettingsRead();
                            });
}

void SysctlController::readKeys(const QStringList &keys)
{
    if (keys.isEmpty() || !m_loaded)
        return;
    m_some.runIfIdle(
        [keys, source = m_source] { return source->sysctlKeys(keys); },
        [this](const std::vector<SysctlEntry> &entries) {
            m_lastRead = int(entries.size());
            for (const SysctlEntry &e : entries)
                m_model->updateEntry(e);
            Q_EMIT keysRead();
        });
}

bool SysctlController::writesDirectly()
{
    return ::geteuid() == 0;
}

QString SysctlController::helperPath()
{
    const QString installed = QStringLiteral(KC_SYSCTL_HELPER);
    if (QFileInfo(installed).isExecutable())
        return installed;
    const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/kchan-sysctl-helper");
    return QFileInfo(beside).isExecutable() ? beside : QString();
}

void SysctlController::write(const QString &key, const QString &value)
{
    auto done = [this, key](bool ok, const QString &message) { Q_EMIT written(key, ok, message); };
    if (const QString refusal = writeRefusal(); !refusal.isEmpty()) {
        // Answered from the event loop, as every write is.
        QMetaObject::invokeMethod(this, [done, refusal] { done(false, refusal); }, Qt::QueuedConnection);
        return;
    }
    if (writesDirectly() || m_source != DataSource::local()) {
        m_writing.run([key, value, source = m_source] { return source->writeSysctl(key, value); },
                      [done](const SysctlWriteResult &r) { done(r.ok, r.message); });
        return;
    }
    if (m_helper)
        return; // one password prompt at a time
    m_helper = new QProcess(this);
    m_helper->setProgram(QStringLiteral("pkexec"));
    m_helper->setArguments({helperPath(), key, value});
    connect(m_helper, &QProcess::finished, this, [this, done](int code, QProcess::ExitStatus status) {
        const QString stderrText = QString::fromLocal8Bit(m_helper->readAllStandardError()).trimmed();
        std::exchange(m_helper, nullptr)->deleteLater();
        if (status != QProcess::NormalExit)
            done(false, tr("The helper crashed; nothing is known to be written."));
        else if (code == 126 || code == 127)
            done(false, tr("Not authorised: the administrator password was not given, so nothing was written."));
        else
            done(code == 0, stderrText);
    });
    connect(m_helper, &QProcess::errorOccurred, this, [this, done](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart || !m_helper)
            return;
        const QString why = m_helper->errorString();
        std::exchange(m_helper, nullptr)->deleteLater();
        done(false, tr("pkexec could not be started: %1.").arg(why));
    });
    m_helper->start();
}

} // namespace kc
