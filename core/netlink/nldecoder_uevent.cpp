// SPDX-License-Identifier: GPL-2.0-or-later
// Kernel uevents (NETLINK_KOBJECT_UEVENT): no nlmsghdr, but "ACTION@DEVPATH"
// and NUL-separated KEY=VALUE strings, each shown with its bytes.
#include "nldecodeutil.h"

namespace kc::nldecode {

NlMessage decodeUevent(QByteArrayView d)
{
    NlMessage m;
    m.tree.name = QStringLiteral("uevent");
    m.tree.length = int(d.size());
    qsizetype pos = 0;
    while (pos < d.size()) {
        qsizetype end = d.indexOf('\0', pos);
        if (end < 0)
            end = d.size();
        const QByteArrayView item = d.sliced(pos, end - pos);
        if (pos == 0) {
            const qsizetype at = item.indexOf('@');
            if (at <= 0 || item.startsWith("libudev")) {
                m.error = at <= 0 ? NlDecoder::tr("malformed: a kernel uevent starts with ACTION@DEVPATH")
                                  : NlDecoder::tr("a message from udev (libudev header), not from the kernel");
                NlField bad = field(NlDecoder::tr("header"), m.error, 0, int(item.size()), kUeventHeaderKey);
                bad.error = true;
                m.tree.children.append(bad);
                m.tree.error = true;
                return m;
            }
            m.typeName = QString::fromUtf8(item.first(at).data(), at);
            m.tree.children.append(field(NlDecoder::tr("header"), QString::fromUtf8(item.data(), item.size()), 0, int(item.size()), kUeventHeaderKey));
        } else if (!item.isEmpty()) {
            const qsizetype eq = item.indexOf('=');
            NlField f = field(eq > 0 ? QString::fromUtf8(item.first(eq).data(), eq) : NlDecoder::tr("entry"),
                              eq > 0 ? QString::fromUtf8(item.sliced(eq + 1).data(), item.size() - eq - 1) : QString::fromUtf8(item.data(), item.size()),
                              int(pos), int(item.size()), eq > 0 ? nullptr : kEntryKey);
            f.error = eq <= 0;
            m.tree.children.append(std::move(f));
        }
        pos = end + 1;
    }
    m.summary = attrValue(m.tree.children, "DEVPATH") + QStringLiteral(" (") + attrValue(m.tree.children, "SUBSYSTEM") + QLatin1Char(')');
    m.tree.value = m.typeName;
    return m;
}

} // namespace kc::nldecode
