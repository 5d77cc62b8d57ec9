// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Pure parsers for device metadata: the kernel's uevent files and
// messages, and udev's database records.

#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace kc {

using KeyValues = QList<QPair<QString, QString>>;

struct UeventParse {
    KeyValues properties; // in the kernel's order
    QString error;        // a sentence when nothing was understood
    int skipped = 0;      // lines that were not KEY=VALUE
    bool ok() const { return error.isEmpty(); }
    QString value(const QString &key) const;
};

/// A record of udev's database, /run/udev/data/{c,b}MAJ:MIN.
struct UdevRecord {
    QStringList links;     // S: symlinks udev made, relative to /dev
    KeyValues properties;  // E: KEY=VALUE
    QStringList tags;      // G: and Q: tags
    QString initializedUsec; // I:
    QString error;
    int skipped = 0;
    bool ok() const { return error.isEmpty(); }
};

namespace parsers {

/// A sysfs uevent file: KEY=VALUE lines.
UeventParse ueventFile(QByteArrayView data);
/// A kernel uevent message from NETLINK_KOBJECT_UEVENT: "ACTION@DEVPATH\0KEY=VALUE\0...".
UeventParse ueventMessage(QByteArrayView data);
/// The four fields a monitor needs, straight from the raw message without
/// decoding the rest; false when it is not a kernel uevent.
struct UeventHeader {
    QByteArrayView action;
    QByteArrayView devpath;
    QByteArrayView subsystem;
    quint64 seqnum = 0;
};
bool ueventHeader(QByteArrayView data, UeventHeader &out);
/// udev's database record.
UdevRecord udevDb(QByteArrayView data);

} // namespace parsers
} // namespace kc
