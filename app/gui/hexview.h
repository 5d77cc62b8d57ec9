// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace kc {

/// Bytes as a hex dump, 16 to a line with their offset and ASCII, in which
/// a byte range (a decoded field's) lights up. The netlink pane's messages
/// and the Trace pane's netlink payloads and buffers show in it.
class HexView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit HexView(QWidget *parent = nullptr);

    /// Shows `bytes`; nothing is highlighted.
    void setBytes(const QByteArray &bytes);
    /// Shows a sentence instead of bytes.
    void setMessage(const QString &text);
    const QByteArray &bytes() const { return m_bytes; }
    /// Lights up bytes [offset, offset + length) and scrolls to them; a
    /// length of 0 clears the highlight.
    void highlight(int offset, int length);
    int highlightOffset() const { return m_offset; }
    int highlightLength() const { return m_length; }

    /// "0000  01 02 … 16 bytes  |ascii|" lines, as shown.
    static QString dump(const QByteArray &bytes);

private:
    QByteArray m_bytes;
    int m_offset = 0;
    int m_length = 0;
};

} // namespace kc
