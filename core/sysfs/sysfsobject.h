// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "io/safereader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kc {

/// One attribute file of a sysfs object.
struct SysfsAttribute {
    QString name;
    QString value;       // text attributes: the value, trailing newline removed
    bool binary = false; // config, descriptors ...: see `head`
    QByteArray head;     // binary attributes: the first bytes
    qint64 size = 0;     // bytes read (text) or st_size (binary)
    bool readable = false;
    bool writable = false; // the mode allows writing; we never write
    QString reason;      // why it could not be read
    ReadStatus status = ReadStatus::Ok;
};

/// A link of a sysfs object: driver, subsystem, device, holders/...
struct SysfsLink {
    QString name;
    QString target;   // as written
    QString resolved; // absolute
};

/// A sysfs directory (a kobject): its attributes, links and subdirectories.
struct SysfsObject {
    QString path;
    QList<SysfsAttribute> attributes;
    QList<SysfsLink> links;
    QStringList subdirectories;
    QString error;
    bool ok() const { return error.isEmpty(); }
    const SysfsAttribute *attribute(const QString &name) const;
    const SysfsLink *link(const QString &name) const;
};

class SysfsReader
{
    Q_DECLARE_TR_FUNCTIONS(SysfsReader)
public:
    static constexpr qint64 AttributeCap = 16 * 1024;
    static constexpr int HexHead = 64;
    /// Reads every attribute of `dir` with the safe reader; never writes.
    static SysfsObject read(const QString &dir);
    /// "00 1a 2b ..." for the first bytes of a binary attribute.
    static QString hex(const QByteArray &bytes);
};

} // namespace kc
