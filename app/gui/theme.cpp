// SPDX-License-Identifier: GPL-2.0-or-later
#include "theme.h"

#include <QApplication>
#include <QPainter>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyleOption>

namespace kc {

namespace {

Theme::Mode s_mode = Theme::System;
QPalette s_systemPalette;
bool s_haveSystemPalette = false;
bool s_ourStyle = false;

// Fusion, with a checked tool button (Pause, Follow, By process …) marked
// in the highlight colour: Fusion only darkens it a little, which in a dark
// palette cannot be told from an unchecked one.
class ToggleStyle : public QProxyStyle
{
public:
    ToggleStyle()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
    {
    }

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (element != PE_PanelButtonTool || !(option->state & State_On))
            return;
        QColor fill = option->palette.color(QPalette::Highlight);
        fill.setAlpha(70);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(option->palette.color(QPalette::Highlight));
        painter->setBrush(fill);
        painter->drawRoundedRect(QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
        painter->restore();
    }
};

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xf0, 0xf1));
    p.setColor(QPalette::WindowText, QColor(0x23, 0x26, 0x27));
    p.setColor(QPalette::Base, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::AlternateBase, QColor(0xf4, 0xf5, 0xf6));
    p.setColor(QPalette::ToolTipBase, QColor(0xf7, 0xf7, 0xe0));
    p.setColor(QPalette::ToolTipText, QColor(0x23, 0x26, 0x27));
    p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x85, 0x8a));
    p.setColor(QPalette::Text, QColor(0x23, 0x26, 0x27));
    p.setColor(QPalette::Button, QColor(0xe6, 0xe8, 0xea));
    p.setColor(QPalette::ButtonText, QColor(0x23, 0x26, 0x27));
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x29, 0x80, 0xb9));
    p.setColor(QPalette::Mid, QColor(0xc0, 0xc3, 0xc6));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0x9e, 0xa2));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0x9e, 0xa2));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0x9e, 0xa2));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x20, 0x23, 0x26));
    p.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Base, QColor(0x14, 0x16, 0x18));
    p.setColor(QPalette::AlternateBase, QColor(0x1d, 0x1f, 0x22));
    p.setColor(QPalette::ToolTipBase, QColor(0x29, 0x2c, 0x30));
    p.setColor(QPalette::ToolTipText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8f, 0x94));
    p.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Button, QColor(0x29, 0x2c, 0x30));
    p.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
    p.setColor(QPalette::Mid, QColor(0x40, 0x44, 0x48));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x70, 0x75, 0x7a));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x70, 0x75, 0x7a));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x70, 0x75, 0x7a));
    return p;
}

} // namespace

void Theme::apply(Mode mode)
{
    if (!s_haveSystemPalette) {
        s_systemPalette = QApplication::palette();
        s_haveSystemPalette = true;
    }
    s_mode = mode;
    // Fusion draws our palettes faithfully on every platform.
    if (mode != System && !s_ourStyle) {
        QApplication::setStyle(new ToggleStyle);
        s_ourStyle = true;
    }
    switch (mode) {
    case System: QApplication::setPalette(s_systemPalette); break;
    case Light: QApplication::setPalette(lightPalette()); break;
    case Dark: QApplication::setPalette(darkPalette()); break;
    }
}

Theme::Mode Theme::current()
{
    return s_mode;
}

bool Theme::isDark()
{
    const QPalette p = QApplication::palette();
    return p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
}

Theme::Mode Theme::fromString(const QString &name, bool *ok)
{
    if (ok)
        *ok = true;
    if (name == QLatin1String("light"))
        return Light;
    if (name == QLatin1String("dark"))
        return Dark;
    if (ok)
        *ok = name == QLatin1String("system");
    return System;
}

QString Theme::toString(Mode mode)
{
    switch (mode) {
    case Light: return QStringLiteral("light");
    case Dark: return QStringLiteral("dark");
    case System: break;
    }
    return QStringLiteral("system");
}

QString Theme::displayName(Mode mode)
{
    switch (mode) {
    case Light: return tr("Light");
    case Dark: return tr("Dark");
    case System: break;
    }
    return tr("System");
}

} // namespace kc
