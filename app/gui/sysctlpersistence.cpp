// SPDX-License-Identifier: GPL-2.0-or-later
#include "sysctlpersistence.h"

#include "sysctl/sysctlbootconfig.h"

namespace kc {

QString SysctlPersistence::line(const QString &key, const QString &value)
{
    return SysctlBootConfig::persistLine(key, value);
}

QString SysctlPersistence::html(const QString &key, const QString &value, const QString &startValue,
                                const SysctlBootSetting *boot, bool bootKnown, bool writable)
{
    QString html;
    if (!startValue.isNull())
        html += tr("<p><b>At start:</b> <tt>%1</tt> when Kernel Channels started.</p>").arg(startValue.toHtmlEscaped());
    if (boot)
        html += tr("<p><b>At boot:</b> set to <tt>%1</tt> by <tt>%2</tt>, line %3.</p>")
                    .arg(boot->value.toHtmlEscaped(), boot->file.toHtmlEscaped())
                    .arg(boot->line);
    else if (bootKnown)
        html += tr("<p><b>At boot:</b> no sysctl.d file sets it; it starts with the kernel's own default.</p>");
    if (!writable)
        return html;
    html += tr("<p>A change lasts until the next reboot. To keep a value, put this line in <tt>%1</tt> "
               "(Kernel Channels does not write it):<br><tt>%2</tt> <a href=\"%3\">Copy the line</a></p>")
                .arg(SysctlBootConfig::persistFile().toHtmlEscaped(), line(key, value).toHtmlEscaped(), copyLink());
    return html;
}

} // namespace kc
