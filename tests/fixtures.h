// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Shared by the tests that read committed fixtures.

#include <QByteArray>
#include <QFile>
#include <QString>

/// A committed file below tests/fixtures, e.g. "proc/meminfo". A missing
/// fixture is a broken checkout: the test stops.
inline QByteArray readFixture(const QString &relative)
{
    QFile f(QStringLiteral(KC_FIXTURES "/") + relative);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relative));
    return f.readAll();
}

/// Deterministic noise from `seed`: every byte value, NULs and newlines included.
inline QByteArray noiseBytes(quint32 seed, int size)
{
    QByteArray g;
    quint32 x = seed;
    for (int i = 0; i < size; ++i) {
        x = x * 1664525u + 1013904223u;
        g.append(char(x >> 24));
    }
    return g;
}
