// SPDX-License-Identifier: GPL-2.0-or-later
#include "hexview.h"

#include <QFontDatabase>
#include <QTextBlock>

namespace kc {

namespace {

// Each line: the offset and two spaces, then three characters a byte.
constexpr int kFirstByteColumn = 6;

} // namespace

HexView::HexView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

QString HexView::dump(const QByteArray &bytes)
{
    QString out;
    for (int line = 0; line < bytes.size(); line += 16) {
        out += QStringLiteral("%1  ").arg(line, 4, 16, QLatin1Char('0'));
        QString ascii;
        for (int i = 0; i < 16; ++i) {
            if (line + i < bytes.size()) {
                const auto c = static_cast<unsigned char>(bytes[line + i]);
                out += QStringLiteral("%1 ").arg(c, 2, 16, QLatin1Char('0'));
                ascii += c >= 0x20 && c < 0x7f ? QLatin1Char(char(c)) : QLatin1Char('.');
            } else {
                out += QStringLiteral("   ");
            }
        }
        out += QLatin1Char(' ') + ascii + QLatin1Char('\n');
    }
    return out;
}

void HexView::setBytes(const QByteArray &bytes)
{
    m_bytes = bytes;
    m_offset = m_length = 0;
    setExtraSelections({});
    setPlainText(dump(bytes));
}

void HexView::setMessage(const QString &text)
{
    m_bytes.clear();
    m_offset = m_length = 0;
    setExtraSelections({});
    setPlainText(text);
}

void HexView::highlight(int offset, int length)
{
    m_offset = offset;
    m_length = length;
    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat format;
    format.setBackground(palette().color(QPalette::Highlight));
    format.setForeground(palette().color(QPalette::HighlightedText));
    for (int b = offset; b < offset + length && b < m_bytes.size(); ++b) {
        const QTextBlock block = document()->findBlockByNumber(b / 16);
        if (!block.isValid())
            break;
        QTextCursor c(block);
        c.setPosition(block.position() + kFirstByteColumn + (b % 16) * 3);
        c.setPosition(block.position() + kFirstByteColumn + (b % 16) * 3 + 2, QTextCursor::KeepAnchor);
        QTextEdit::ExtraSelection sel;
        sel.cursor = c;
        sel.format = format;
        selections.append(sel);
    }
    setExtraSelections(selections);
    if (!selections.isEmpty())
        setTextCursor(QTextCursor(selections.first().cursor.block()));
}

} // namespace kc
