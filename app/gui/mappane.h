// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "pane.h"
#include "screenshotscenes.h"

#include "crosschannel/channelmap.h"

#include <QElapsedTimer>

namespace kc {

class ChannelMapController;
class DevicesController;
class NetlinkController;
class SampleHub;

/// One channel as the map draws it.
struct MapChannel {
    QString pane;      // object name of the pane it opens
    QString name;
    QString figure;    // "1,336"
    QString caption;   // "tunables"
    QString secondary; // "0.5 uevents/s"
    QString hidden;    // what we cannot see, and why
    QString tip;       // one line: what this channel is
    QString how;       // how a program uses it, as code
    QIcon icon;

    /// Whether it draws the same (icons are set once, with the panes).
    bool sameText(const MapChannel &o) const
    {
        return pane == o.pane && name == o.name && figure == o.figure && caption == o.caption && secondary == o.secondary
            && hidden == o.hidden && tip == o.tip && how == o.how && icon.cacheKey() == o.icon.cacheKey();
    }
};

/// The picture: user space above, the kernel below, and the channels
/// between them as cards with their live figures. Click or Enter opens a
/// channel's pane; hovering explains it. Painted with the palette, so it
/// follows light and dark themes and scales with the font.
class ChannelMapView : public QWidget
{
    Q_OBJECT
public:
    explicit ChannelMapView(QWidget *parent = nullptr);

    void setChannels(const QList<MapChannel> &channels);
    void setBands(const QString &user, const QString &kernel);
    const QList<MapChannel> &channels() const { return m_channels; }
    /// How card `card` sets its title and its line of code at the present
    /// size: smaller fonts where the card is narrow, cut or broken inside
    /// a word only where even those do not fit.
    struct CardFonts {
        QFont title;
        QString shownTitle; // the name, or the part of it that fits
        QFont code;
        bool codeBrokenInWords = false;
    };
    CardFonts cardFonts(int card) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void activated(const QString &pane);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Geometry {
        QRectF user, kernel;
        QList<QRectF> cards;
        QList<QRectF> figures; // the big figure on each card
    };
    QFont figureFont() const;
    /// `font`, made smaller until `text` fits in `width`, but not below
    /// `smallest` points.
    static QFont fitted(QFont font, const QString &text, qreal width, qreal smallest);
    /// Where a band's line of text goes (below its title).
    QRectF bandText(const QRectF &band) const;
    Geometry layoutFor(const QRectF &area) const;
    int cardAt(const QPointF &pos) const;

    QList<MapChannel> m_channels;
    QString m_user;
    QString m_kernel;
    int m_hover = -1;
    int m_focus = 0;
};

/// The home pane: the channel map with this machine's figures, live while
/// visible (counts every few seconds, rates every sampler tick).
class MapPane : public Pane, public ScreenshotScenes
{
    Q_OBJECT
public:
    /// `figures` counts what each channel has; `hub` gives system call,
    /// interrupt and context switch rates; `netlink` and `devices` how many
    /// messages and uevents their monitors have seen so far.
    MapPane(ChannelMapController *figures, SampleHub *hub, const NetlinkController *netlink, const DevicesController *devices,
            QWidget *parent = nullptr);

    QString title() const override;
    QString subtitle() const override;
    QIcon icon() const override;
    void setFilterText(const QString &) override {}
    bool filters() const override { return false; }
    void refresh() override;
    QStringList screenshotScenes() const override { return {objectName()}; }
    void startScreenshot(int scene) override;
    bool screenshotReady() const override;
    void themeChanged() override;

    /// Icons of the other panes, by object name, for the cards.
    void setPaneIcons(const QHash<QString, QIcon> &icons);
    ChannelMapView *view() const { return m_view; }
    const ChannelMapFigures &figures() const;
    bool hasFigures() const;
    /// The rate shown for a sample key, or -1 while unknown.
    double rate(const QString &key) const { return m_rates.value(key, -1); }

Q_SIGNALS:
    void openPane(const QString &pane);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void sampled();
    void countMessages();
    void rebuild();

    ChannelMapController *m_figures;
    SampleHub *m_hub;
    const NetlinkController *m_netlink;
    const DevicesController *m_devices;
    ChannelMapView *m_view;
    QHash<QString, double> m_rates;
    QHash<QString, QString> m_rateErrors;
    QHash<QString, QIcon> m_icons;
    QElapsedTimer m_messageClock;
    quint64 m_lastNetlink = 0;
    quint64 m_lastUevents = 0;
    double m_netlinkRate = -1;
    double m_ueventRate = -1;
};

} // namespace kc
