// SPDX-License-Identifier: GPL-2.0-or-later
#include "whycontroller.h"

namespace kc {

bool WhyController::check(const QString &subject, int pid)
{
    return m_checking.runIfIdle([subject, pid, source = m_source] { return source->why(subject, pid); },
                                [this](const WhyAnswer &d) { Q_EMIT checked(d); });
}

} // namespace kc
