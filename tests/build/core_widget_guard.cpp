// SPDX-License-Identifier: GPL-2.0-or-later
// Compiled only by the core_has_no_widgets test, which expects this to fail
// when linked against kchan-core alone.
#include <QWidget>

int coreWidgetGuard()
{
    return sizeof(QWidget);
}
