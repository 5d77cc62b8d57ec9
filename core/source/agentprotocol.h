// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCborMap>
#include <QCoreApplication>
#include <QString>

namespace kc::agent {

/// The agent protocol, spoken by `kchan agent --stdio` on its standard
/// input and output. Every message is a frame: a 4-byte big-endian length,
/// then that many bytes of one CBOR map. The agent speaks first, with a
/// hello naming the protocol, its version and the machine; then the client
/// sends requests {"id", "op", arguments...} and the agent answers each
/// with {"id", results...} or {"id", "error": sentence}. A request of an
/// unknown op gets an error and the connection goes on; a frame that does
/// not parse ends it.
inline constexpr int ProtocolVersion = 1;
inline constexpr const char *ProtocolName = "kchan-agent";
/// No message is larger: a file read is capped at 4 MiB, a process scan
/// of 100,000 processes is under 20 MiB.
inline constexpr quint32 MaxFrame = 64u * 1024u * 1024u;

/// `message` as one frame.
QByteArray frame(const QCborMap &message);

/// Cuts a byte stream into messages.
class FrameReader
{
    Q_DECLARE_TR_FUNCTIONS(FrameReader)
public:
    enum class Result { Message, NeedMore, Malformed };
    void append(QByteArrayView bytes);
    /// The next whole message, or NeedMore; Malformed (and why in *error)
    /// when the stream cannot be a stream of frames, after which the
    /// reader gives nothing more.
    Result next(QCborMap *message, QString *error);
    qsizetype buffered() const { return m_buffer.size() - m_pos; }

private:
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_broken = false;
};

} // namespace kc::agent
