// SPDX-License-Identifier: GPL-2.0-or-later
#include "agentprotocol.h"

#include <QCborValue>
#include <QtEndian>

namespace kc::agent {

QByteArray frame(const QCborMap &message)
{
    const QByteArray body = message.toCborValue().toCbor();
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(body.size()), out.data());
    out += body;
    return out;
}

void FrameReader::append(QByteArrayView bytes)
{
    if (m_broken)
        return;
    // Drop what was consumed before the buffer grows again.
    if (m_pos > 0 && m_pos >= m_buffer.size() / 2) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_buffer.append(bytes);
}

FrameReader::Result FrameReader::next(QCborMap *message, QString *error)
{
    if (m_broken)
        return Result::Malformed;
    if (m_buffer.size() - m_pos < 4)
        return Result::NeedMore;
    const quint32 length = qFromBigEndian<quint32>(m_buffer.constData() + m_pos);
    if (length == 0 || length > MaxFrame) {
        m_broken = true;
        *error = tr("a frame of %1 bytes, which no agent sends (the other end does not speak the agent protocol)").arg(length);
        return Result::Malformed;
    }
    if (quint64(m_buffer.size() - m_pos - 4) < length)
        return Result::NeedMore;
    QCborParserError parseError;
    const QCborValue value = QCborValue::fromCbor(QByteArrayView(m_buffer.constData() + m_pos + 4, length).toByteArray(), &parseError);
    m_pos += 4 + qsizetype(length);
    if (parseError.error != QCborError::NoError || !value.isMap()) {
        m_broken = true;
        *error = parseError.error != QCborError::NoError ? tr("a frame that is not CBOR: %1").arg(parseError.errorString())
                                                         : tr("a frame that is not a CBOR map");
        return Result::Malformed;
    }
    *message = value.toMap();
    return Result::Message;
}

} // namespace kc::agent
