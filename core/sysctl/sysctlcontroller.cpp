// SPDX-License-Identifier: GPL-2.0-or-later
#include "sysctlcontroller.h"

#include "models/sysctlmodel.h"

namespace kc {

SysctlController::SysctlController(QObject *parent)
    : QObject(parent)
    , m_model(new SysctlModel(this))
{
}

void SysctlController::readAll()
{
    m_all.runIfIdle([] { return Sysctl::readAll(); }, [this](std::vector<SysctlEntry> entries) {
        m_lastRead = int(entries.size());
        m_model->setEntries(std::move(entries));
        m_loaded = true;
        Q_EMIT loaded();
    });
}

void SysctlController::fetch(const QString &key, std::function<void(const SysctlEntry &)> done)
{
    runFor(this, [key] { return Sysctl::read(key); }, [this, done = std::move(done)](const SysctlEntry &e) {
        m_model->updateEntry(e);
        done(e);
    });
}

void SysctlController::readKeys(const QStringList &keys)
{
    if (keys.isEmpty() || !m_loaded)
        return;
    m_some.runIfIdle(
        [keys] {
            std::vector<SysctlEntry> entries;
            entries.reserve(size_t(keys.size()));
            for (const QString &k : keys)
                entries.push_back(Sysctl::read(k));
            return entries;
        },
        [this](const std::vector<SysctlEntry> &entries) {
            m_lastRead = int(entries.size());
            for (const SysctlEntry &e : entries)
                m_model->updateEntry(e);
            Q_EMIT keysRead();
        });
}

} // namespace kc
