// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Names of flags and values in system call arguments, from the headers'
// constants. Internal to trace/: the decoder and the namers share it.

#include <QString>
#include <QStringList>

#include <cstddef>

namespace kc::syscallnames {

struct Flag {
    quint64 value;
    const char *name;
};

template<std::size_t n>
QString flagText(quint64 value, const Flag (&table)[n])
{
    QStringList parts;
    for (const Flag &f : table) {
        if (f.value != 0 && (value & f.value) == f.value) {
            parts.append(QLatin1String(f.name));
            value &= ~f.value;
        }
    }
    if (value != 0 || parts.isEmpty())
        parts.append(QStringLiteral("0x") + QString::number(value, 16));
    return parts.join(QLatin1Char('|'));
}

template<std::size_t n>
QString valueText(quint64 value, const Flag (&table)[n])
{
    for (const Flag &f : table) {
        if (f.value == value)
            return QLatin1String(f.name);
    }
    return QString::number(qint64(value));
}

/// 0x-prefixed hexadecimal.
QString hex(quint64 v);

QString fcntlCommand(quint64 v);
QString atFlags(quint64 v);
QString cloneFlags(quint64 v); // without the exit signal in the low byte
QString whence(quint64 v);
QString accessMode(quint64 v);

} // namespace kc::syscallnames
