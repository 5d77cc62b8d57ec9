// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// What the checks of every kind share. Internal to why/.

#include "why.h"

#include <QString>

namespace kc::whyutil {

using Result = WhyCheck::Result;

inline WhyCheck check(Result r, const QString &title, const QString &evidence, const QString &fix = {})
{
    return {r, title, evidence, fix};
}

/// strerror's sentence for an errno.
QString errnoText(int err);

} // namespace kc::whyutil
