// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QPalette>

namespace kc {

/// Light and dark palettes on the Fusion style, or the system's own.
class Theme
{
    Q_DECLARE_TR_FUNCTIONS(Theme)
public:
    enum Mode { System, Light, Dark };

    static void apply(Mode mode);
    static Mode current();
    static bool isDark();
    static Mode fromString(const QString &name, bool *ok = nullptr);
    static QString toString(Mode mode);
    static QString displayName(Mode mode);
};

} // namespace kc
