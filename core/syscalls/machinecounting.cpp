// SPDX-License-Identifier: GPL-2.0-or-later
#include "machinecounting.h"

#include <QCoreApplication>
#include <QThread>

namespace kc {

MachineCounting *MachineCounting::instance()
{
    // Made by whichever thread counts first; it belongs to the main thread
    // so that it outlives the worker threads.
    static MachineCounting *const one = [] {
        auto *m = new MachineCounting;
        if (QCoreApplication *app = QCoreApplication::instance())
            m->moveToThread(app->thread());
        return m;
    }();
    return one;
}

void MachineCounting::opened()
{
    Q_EMIT changed(++m_counters);
}

void MachineCounting::closed()
{
    Q_EMIT changed(--m_counters);
}

} // namespace kc
