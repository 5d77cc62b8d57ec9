// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace kc::json {

/// Appends `s` as a JSON string literal. For output of many records the
/// kchan commands write JSON straight into one buffer instead of building
/// QJsonDocuments.
void appendString(QByteArray &out, const QString &s);
/// The same for bytes that are UTF-8 already (kernel text).
void appendUtf8(QByteArray &out, QByteArrayView utf8);
/// Local time as ISO 8601 with milliseconds ("2026-11-29T10:23:35.123"),
/// as Qt::ISODateWithMs writes it; through the C library's cached time
/// zone, many times cheaper than QDateTime for a stream of events.
QString isoLocalTime(qint64 msecsSinceEpoch);

} // namespace kc::json
