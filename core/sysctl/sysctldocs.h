// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace kc {

/// What values a sysctl takes, where we know it.
enum class SysctlKind {
    Unknown, // judged from the current value
    Bool,    // 0 or 1
    Int,     // one integer in [min, max]
    Ints,    // as many integers as the key holds now
    Text,    // free text on one line
};

enum class SysctlUnit {
    None,
    Seconds,
    Milliseconds,
    Microseconds,
    Nanoseconds,
    Centiseconds,
    Jiffies,
    Bytes,
    KiB,
    Pages,
    Percent,
    Packets,
    Entries,
};

/// Our one-line description of a well-known key. `pattern` may hold `*`
/// for one dotted component (an interface name, `all`, `default`).
struct SysctlDoc {
    const char *pattern;
    const char *text; // untranslated; translate in context "SysctlDocs"
    SysctlUnit unit;
    SysctlKind kind;
    qint64 min;
    qint64 max;

    QString description() const;
};

namespace sysctldocs {

/// The description of `key`, or nullptr when we have none.
const SysctlDoc *find(const QString &key);
/// How many keys (patterns) we describe.
int count();
/// The unit as a short translated word ("s", "KiB", "pages"), empty for None.
QString unitName(SysctlUnit unit);
/// A single number in `unit` as a person reads it: 7200 s as "2 h", 3000
/// hundredths as "30 s", 100402 KiB as "98.0 MiB". Empty when the value is
/// not one number, has no such unit, or reads as well as it is.
/// `pageBytes` is the page size, for values in pages.
QString readable(SysctlUnit unit, const QByteArray &value, qint64 pageBytes);

} // namespace sysctldocs

} // namespace kc
