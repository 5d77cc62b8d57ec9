// SPDX-License-Identifier: GPL-2.0-or-later
#include "mappane.h"

#include "crosschannel/channelmapcontroller.h"
#include "devices/devicescontroller.h"
#include "netlink/netlinkcontroller.h"

#include "format/formatter.h"
#include "sampling/samplehub.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QTextBoundaryFinder>
#include <QPainterPath>
#include <QStyle>
#include <QTimer>
#include <QToolTip>
#include <QLabel>
#include <QVBoxLayout>

namespace kc {

namespace {

const QString SyscallKey = QStringLiteral("syscall:all");
const QString InterruptKey = QStringLiteral("interrupts:total");
const QString SwitchKey = QStringLiteral("stat:ctxt");

QString number(double v)
{
    if (v < 0)
        return QStringLiteral("—");
    return Formatter::rate(v);
}

void arrow(QPainter &p, QPointF from, QPointF to, qreal head)
{
    p.drawLine(from, to);
    for (const auto &[tip, dir] : {std::pair{to, 1.0}, std::pair{from, -1.0}}) {
        QPainterPath path;
        path.moveTo(tip);
        path.lineTo(tip + QPointF(-head * 0.6, -dir * head));
        path.lineTo(tip + QPointF(head * 0.6, -dir * head));
        path.closeSubpath();
        p.fillPath(path, p.pen().color());
    }
}

} // namespace

ChannelMapView::ChannelMapView(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Channel map"));
    setAccessibleDescription(tr("User space above, the kernel below, and the channels between them. Left and Right choose a channel, Enter opens it."));
}

ChannelMapView::CardFonts ChannelMapView::cardFonts(int card) const
{
    // As paintEvent() lays a card out.
    CardFonts f;
    const Geometry g = layoutFor(rect());
    if (card < 0 || card >= g.cards.size() || card >= m_channels.size())
        return f;
    const MapChannel &ch = m_channels[card];
    const qreal line = fontMetrics().height();
    const QRectF in = g.cards[card].adjusted(line * 0.6, line * 0.5, -line * 0.6, -line * 0.5);
    const qreal icon = line * 1.4;
    const qreal small = font().pointSizeF() * 0.9;
    // The title on one line beside the icon: two lines do not fit its
    // height (narrow cards, a 1024-pixel window), so a long name is set
    // smaller, down to the size of the small print, and only then cut.
    QFont bold = font();
    bold.setBold(true);
    const qreal titleWidth = in.width() - icon - line * 0.4;
    f.title = fitted(bold, ch.name, titleWidth, small);
    f.shownTitle = QFontMetricsF(f.title).elidedText(ch.name, Qt::ElideRight, titleWidth);
    // The line of code is broken between arguments and after a path's
    // slashes, not inside a name: a piece between two places the line may
    // break that is wider than the card (socket(AF_NETLINK, on a narrow
    // one) is set smaller so that it fits whole, and only below that
    // broken where it must.
    QString longest;
    QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, ch.how);
    for (qsizetype from = 0, to = breaks.toNextBoundary(); to > 0; from = to, to = breaks.toNextBoundary()) {
        const QString piece = ch.how.mid(from, to - from).trimmed();
        if (piece.size() > longest.size())
            longest = piece;
    }
    QFont code = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    code.setPointSizeF(small);
    f.code = fitted(code, longest, in.width(), small * 0.75);
    f.codeBrokenInWords = QFontMetricsF(f.code).horizontalAdvance(longest) > in.width();
    return f;
}

QFont ChannelMapView::fitted(QFont font, const QString &text, qreal width, qreal smallest)
{
    // Half a point at a time: few steps, and the sizes a font has hints for.
    while (QFontMetricsF(font).horizontalAdvance(text) > width && font.pointSizeF() - 0.5 >= smallest)
        font.setPointSizeF(font.pointSizeF() - 0.5);
    return font;
}

void ChannelMapView::setChannels(const QList<MapChannel> &channels)
{
    // Most ticks change a figure or two: repaint those cards only, and
    // nothing when nothing changed.
    const bool relayout = channels.size() != m_channels.size();
    const Geometry g = layoutFor(rect());
    for (int i = 0; !relayout && i < channels.size() && i < g.cards.size(); ++i) {
        if (channels[i].sameText(m_channels[i]))
            continue;
        // Mostly the figure alone changed: its line, not the card's text.
        MapChannel was = m_channels[i];
        was.figure = channels[i].figure;
        update((was.sameText(channels[i]) ? g.figures[i] : g.cards[i]).toAlignedRect().adjusted(-2, -2, 2, 2));
    }
    m_channels = channels;
    m_focus = qBound(0, m_focus, int(m_channels.size()) - 1);
    if (relayout)
        update();
}

void ChannelMapView::setBands(const QString &user, const QString &kernel)
{
    // A band's line of text changes each tick (the kernel's rates): that
    // line is repainted, not the band, while the old and new text fit on it.
    const Geometry g = layoutFor(rect());
    auto changed = [this](const QRectF &band, const QString &was, const QString &now) {
        if (was == now)
            return;
        const QRectF text = bandText(band);
        const bool oneLine = fontMetrics().horizontalAdvance(was) < text.width() && fontMetrics().horizontalAdvance(now) < text.width();
        update(oneLine ? text.toAlignedRect() : band.toAlignedRect().adjusted(-2, -2, 2, 2));
    };
    changed(g.user, m_user, user);
    changed(g.kernel, m_kernel, kernel);
    m_user = user;
    m_kernel = kernel;
}

QRectF ChannelMapView::bandText(const QRectF &band) const
{
    // Below the bold title, inside the rounded corners (as paintEvent draws).
    const qreal line = fontMetrics().height();
    return band.adjusted(line, line * 1.5, -line, -line * 0.4);
}

QSize ChannelMapView::sizeHint() const
{
    const int line = fontMetrics().height();
    return {int(m_channels.size()) * line * 10, line * 26};
}

QSize ChannelMapView::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {int(qMax<qsizetype>(1, m_channels.size())) * line * 6, line * 20};
}

ChannelMapView::Geometry ChannelMapView::layoutFor(const QRectF &area) const
{
    Geometry g;
    const qreal line = fontMetrics().height();
    const qreal pad = line;
    const QRectF inner = area.adjusted(pad, pad, -pad, -pad);
    const qreal band = line * 3.2;
    const qreal gap = line * 2.2;
    // Cards no taller than their content; the picture starts at the top,
    // under the line that says where to begin, with no empty band between.
    const qreal cardHeight = qMin(inner.height() - 2 * (band + gap), line * 17);
    const qreal total = 2 * (band + gap) + cardHeight;
    const qreal top0 = inner.top();
    g.user = QRectF(inner.left(), top0, inner.width(), band);
    g.kernel = QRectF(inner.left(), top0 + total - band, inner.width(), band);
    const int n = int(m_channels.size());
    if (n == 0)
        return g;
    const qreal spacing = line;
    const qreal w = (inner.width() - (n - 1) * spacing) / n;
    const qreal top = g.user.bottom() + gap;
    const qreal h = g.kernel.top() - gap - top;
    const qreal figureHeight = QFontMetricsF(figureFont()).height();
    for (int i = 0; i < n; ++i) {
        g.cards.append(QRectF(inner.left() + i * (w + spacing), top, w, h));
        // As paintEvent places it: below the icon and name.
        const QRectF in = g.cards.last().adjusted(line * 0.6, line * 0.5, -line * 0.6, -line * 0.5);
        g.figures.append(QRectF(in.left(), in.top() + line * 1.4 + line * 0.8, in.width(), figureHeight));
    }
    return g;
}

QFont ChannelMapView::figureFont() const
{
    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * 1.9);
    big.setBold(true);
    return big;
}

int ChannelMapView::cardAt(const QPointF &pos) const
{
    const Geometry g = layoutFor(rect());
    for (int i = 0; i < g.cards.size(); ++i) {
        if (g.cards[i].contains(pos))
            return i;
    }
    return -1;
}

void ChannelMapView::paintEvent(QPaintEvent *event)
{
    // Most paints are a figure or two that changed (a card's and the
    // kernel band's, far apart): lay out nothing else. The region, not its
    // bounding rectangle, which would span every card between them.
    const QRegion dirty = event->region();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const Geometry g = layoutFor(rect());
    const qreal line = fontMetrics().height();
    const qreal radius = line * 0.5;
    QFont bold = font();
    bold.setBold(true);
    const QFont big = figureFont();
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    QFont note = small;
    note.setItalic(true);

    auto band = [&](const QRectF &r, const QColor &fill, const QString &title, const QString &text) {
        if (!dirty.intersects(r.toAlignedRect().adjusted(-2, -2, 2, 2)))
            return;
        const QRectF line2 = bandText(r);
        if ((dirty & r.toAlignedRect().adjusted(-2, -2, 2, 2)).subtracted(line2.toAlignedRect()).isEmpty()) {
            // The line of text alone: the band's fill (over the window's
            // background, painted below us) and the text, no outline.
            p.fillRect(line2.toAlignedRect(), fill);
            p.setPen(pal.color(QPalette::Text));
            p.setFont(font());
            p.drawText(r.adjusted(line, line * 0.4, -line, -line * 0.4), Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, text);
            return;
        }
        p.setPen(QPen(pal.color(QPalette::Mid), 1));
        p.setBrush(fill);
        p.drawRoundedRect(r, radius, radius);
        p.setPen(pal.color(QPalette::Text));
        const QRectF t = r.adjusted(line, line * 0.4, -line, -line * 0.4);
        p.setFont(bold);
        p.drawText(t, Qt::AlignLeft | Qt::AlignTop, title);
        p.setFont(font());
        p.drawText(t, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, text);
    };
    QColor kernelFill = pal.color(QPalette::Highlight);
    kernelFill.setAlpha(45);
    band(g.user, pal.color(QPalette::AlternateBase), tr("User space: programs"), m_user);
    band(g.kernel, kernelFill, tr("Kernel"), m_kernel);

    for (int i = 0; i < g.cards.size(); ++i) {
        const QRectF c = g.cards[i];
        // A card's column: its arrows above and below it too.
        const QRect column = QRectF(c.left(), g.user.bottom(), c.width(), g.kernel.top() - g.user.bottom()).toAlignedRect();
        if (!dirty.intersects(column))
            continue;
        const MapChannel &ch = m_channels[i];
        if ((dirty & column).subtracted(g.figures[i].toAlignedRect().adjusted(-2, -2, 2, 2)).isEmpty()) {
            // The figure alone: on the card's plain background.
            // All of what setChannels() asked to repaint: the window's
            // background was painted there below us.
            p.fillRect(g.figures[i].toAlignedRect().adjusted(-2, -2, 2, 2), pal.color(QPalette::Base));
            p.setPen(pal.color(QPalette::Text));
            p.setFont(big);
            p.drawText(g.figures[i], Qt::AlignLeft | Qt::AlignVCenter, ch.figure);
            continue;
        }
        const bool hot = i == m_hover;
        const bool focused = hasFocus() && i == m_focus;
        // The way through: both directions, user space to the kernel.
        QPen arrowPen(hot || focused ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), hot ? 2.5 : 1.6);
        p.setPen(arrowPen);
        arrow(p, QPointF(c.center().x(), g.user.bottom() + 2), QPointF(c.center().x(), c.top() - 2), line * 0.45);
        arrow(p, QPointF(c.center().x(), c.bottom() + 2), QPointF(c.center().x(), g.kernel.top() - 2), line * 0.45);

        p.setPen(QPen(hot || focused ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), focused ? 2.5 : 1.2));
        p.setBrush(pal.color(QPalette::Base));
        p.drawRoundedRect(c, radius, radius);

        QRectF in = c.adjusted(line * 0.6, line * 0.5, -line * 0.6, -line * 0.5);
        const qreal icon = line * 1.4;
        ch.icon.paint(&p, QRect(int(in.left()), int(in.top()), int(icon), int(icon)));
        p.setPen(pal.color(QPalette::Text));
        const CardFonts fonts = cardFonts(i);
        p.setFont(fonts.title);
        p.drawText(QRectF(in.left() + icon + line * 0.4, in.top(), in.width() - icon - line * 0.4, icon), Qt::AlignVCenter | Qt::AlignLeft,
                   fonts.shownTitle);
        p.setFont(big);
        p.drawText(g.figures[i], Qt::AlignLeft | Qt::AlignVCenter, ch.figure);
        qreal y = g.figures[i].bottom();
        p.setFont(font());
        p.setPen(pal.color(QPalette::Text));
        // Measured for the height only: drawn across the full width, so
        // that wrapping (CJK breaks anywhere) comes out as measured.
        QRectF r = p.boundingRect(QRectF(in.left(), y, in.width(), in.bottom() - y), Qt::AlignLeft | Qt::TextWordWrap, ch.caption);
        p.drawText(QRectF(in.left(), y, in.width(), in.bottom() - y), Qt::AlignLeft | Qt::TextWordWrap, ch.caption);
        y = r.bottom() + line * 0.6;
        p.setFont(small);
        p.setPen(pal.color(QPalette::PlaceholderText));
        if (!ch.secondary.isEmpty() && y < in.bottom()) {
            r = p.boundingRect(QRectF(in.left(), y, in.width(), in.bottom() - y), Qt::AlignLeft | Qt::TextWordWrap, ch.secondary);
            p.drawText(QRectF(in.left(), y, in.width(), in.bottom() - y), Qt::AlignLeft | Qt::TextWordWrap, ch.secondary);
            y = r.bottom() + line * 0.4;
        }
        if (!ch.how.isEmpty()) {
            // How a program uses it, at the foot of the card.
            p.setFont(fonts.code);
            const int wrap = fonts.codeBrokenInWords ? Qt::TextWrapAnywhere : Qt::TextWordWrap;
            const QRectF box = p.boundingRect(QRectF(in.left(), in.top(), in.width(), in.height()), Qt::AlignLeft | wrap, ch.how);
            const QRectF at(in.left(), in.bottom() - box.height(), in.width(), box.height());
            if (at.top() > y) {
                QColor shade = pal.color(QPalette::AlternateBase);
                p.fillRect(at.adjusted(-line * 0.3, -line * 0.2, line * 0.3, line * 0.2), shade);
                p.setPen(pal.color(QPalette::Text));
                p.drawText(at, Qt::AlignLeft | wrap, ch.how);
                in.setBottom(at.top() - line * 0.4);
            }
        }
        if (!ch.hidden.isEmpty() && y < in.bottom()) {
            p.setFont(note);
            QColor warn = pal.color(QPalette::Text);
            warn.setAlpha(170);
            p.setPen(warn);
            p.drawText(QRectF(in.left(), y, in.width(), in.bottom() - y), Qt::AlignLeft | Qt::TextWordWrap, ch.hidden);
        }
    }
}

void ChannelMapView::mouseMoveEvent(QMouseEvent *event)
{
    const int at = cardAt(event->position());
    if (at != m_hover) {
        m_hover = at;
        setCursor(at >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

void ChannelMapView::leaveEvent(QEvent *event)
{
    QWidget::leaveEvent(event);
    m_hover = -1;
    update();
}

void ChannelMapView::mousePressEvent(QMouseEvent *event)
{
    const int at = cardAt(event->position());
    if (at >= 0 && event->button() == Qt::LeftButton) {
        m_focus = at;
        Q_EMIT activated(m_channels[at].pane);
    }
}

void ChannelMapView::keyPressEvent(QKeyEvent *event)
{
    const int n = int(m_channels.size());
    switch (event->key()) {
    case Qt::Key_Left:
        m_focus = (m_focus + n - 1) % qMax(1, n);
        update();
        return;
    case Qt::Key_Right:
        m_focus = (m_focus + 1) % qMax(1, n);
        update();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_focus >= 0 && m_focus < n)
            Q_EMIT activated(m_channels[m_focus].pane);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool ChannelMapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int at = cardAt(help->pos());
        if (at >= 0) {
            const MapChannel &ch = m_channels[at];
            QString text = QStringLiteral("<b>%1</b><br>%2").arg(ch.name.toHtmlEscaped(), ch.tip.toHtmlEscaped());
            if (!ch.hidden.isEmpty())
                text += QStringLiteral("<br><i>%1</i>").arg(ch.hidden.toHtmlEscaped());
            QToolTip::showText(help->globalPos(), text, this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

MapPane::MapPane(ChannelMapController *figures, SampleHub *hub, const NetlinkController *netlink, const DevicesController *devices,
                 QWidget *parent)
    : Pane(parent)
    , m_figures(figures)
    , m_hub(hub)
    , m_netlink(netlink)
    , m_devices(devices)
    , m_view(new ChannelMapView(this))
{
    setObjectName(QStringLiteral("map"));
    auto *welcome = new QLabel(tr("Kernel Channels shows the ways programs and the Linux kernel talk to each other: "
                                  "files in /proc and /sys, device nodes, netlink sockets and system calls. "
                                  "To begin, click a channel below or at the left (the View menu gives each a shortcut), "
                                  "select something and press F1 for what it is. Help ▸ Getting Started says more."),
                               this);
    welcome->setObjectName(QStringLiteral("welcome"));
    welcome->setWordWrap(true);
    welcome->setContentsMargins(12, 8, 12, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(welcome);
    layout->addWidget(m_view, 1);
    connect(m_view, &ChannelMapView::activated, this, &MapPane::openPane);
    // Uevents say devices or modules came or went: the slow counts follow.
    connect(m_devices, &DevicesController::eventsChanged, m_figures, &ChannelMapController::somethingChanged);
    connect(m_figures, &ChannelMapController::figuresChanged, this, &MapPane::rebuild);
    connect(m_hub, &SampleHub::updated, this, &MapPane::sampled);
    rebuild();
}

QString MapPane::title() const
{
    return tr("Channel map");
}

QString MapPane::subtitle() const
{
    return tr("Every channel between programs and the kernel, with what flows through it now");
}

QIcon MapPane::icon() const
{
    return QIcon::fromTheme(QStringLiteral("network-workgroup"), style()->standardIcon(QStyle::SP_DirHomeIcon));
}

void MapPane::setPaneIcons(const QHash<QString, QIcon> &icons)
{
    m_icons = icons;
    rebuild();
}

void MapPane::showEvent(QShowEvent *event)
{
    Pane::showEvent(event);
    m_hub->subscribe(this, {SyscallKey, InterruptKey, SwitchKey});
    m_messageClock.start();
    m_lastNetlink = m_netlink->messageCount();
    m_lastUevents = m_devices->eventCount();
    m_figures->start();
    m_view->setFocus();
}

void MapPane::hideEvent(QHideEvent *event)
{
    Pane::hideEvent(event);
    // A window system's hide (minimizing) can arrive after the window was
    // shown again: only a pane really off screen lets go of the counters.
    if (event->spontaneous() && isVisible() && !(window()->windowState() & Qt::WindowMinimized))
        return;
    m_hub->subscribe(this, {});
    m_figures->stop();
}

const ChannelMapFigures &MapPane::figures() const
{
    return m_figures->figures();
}

bool MapPane::hasFigures() const
{
    return m_figures->hasFigures();
}

void MapPane::refresh()
{
    m_figures->refresh();
}

void MapPane::sampled()
{
    // The hub ticks for the charts too: a hidden map draws nothing.
    if (!isVisible())
        return;
    for (const QString &key : {SyscallKey, InterruptKey, SwitchKey}) {
        const TimeSeries *s = m_hub->series(key);
        if (s && s->size() > 0)
            m_rates.insert(key, s->at(s->size() - 1).y());
        m_rateErrors.insert(key, m_hub->error(key));
    }
    countMessages();
    rebuild();
}

void MapPane::countMessages()
{
    const double seconds = qMax<qint64>(1, m_messageClock.restart()) / 1000.0;
    const quint64 messages = m_netlink->messageCount();
    m_netlinkRate = double(messages - qMin(messages, m_lastNetlink)) / seconds;
    m_lastNetlink = messages;
    const quint64 uevents = m_devices->eventCount();
    m_ueventRate = double(uevents - qMin(uevents, m_lastUevents)) / seconds;
    m_lastUevents = uevents;
}

void MapPane::themeChanged()
{
    m_view->update();
}

void MapPane::rebuild()
{
    const ChannelMapFigures &f = m_figures->figures();
    auto count = [this](int n) { return m_figures->hasFigures() ? Formatter::number(n) : QStringLiteral("…"); };
    QList<MapChannel> cards;
    MapChannel syscalls;
    syscalls.pane = QStringLiteral("syscalls");
    syscalls.name = tr("System calls");
    syscalls.figure = number(rate(SyscallKey));
    syscalls.caption = tr("calls per second, all programs");
    syscalls.secondary = tr("%Ln call(s) in this kernel's table", nullptr, f.syscalls);
    syscalls.tip = tr("How a program asks the kernel for anything: the CPU switches to kernel mode, runs the call, and returns.");
    if (const QString err = m_rateErrors.value(SyscallKey); !err.isEmpty()) {
        // Short on the card; the whole reason in the tooltip.
        syscalls.hidden = tr("Rates need root.");
        syscalls.tip += QLatin1Char(' ') + err;
    }
    syscalls.how = QStringLiteral("read(fd, buf, n);");
    cards.append(syscalls);

    MapChannel procfs;
    procfs.pane = QStringLiteral("procfs");
    procfs.name = tr("procfs");
    procfs.figure = count(f.processes);
    procfs.caption = tr("processes, each a directory in /proc");
    procfs.secondary = tr("files the kernel writes when read");
    procfs.hidden = f.hiddenProcesses;
    procfs.tip = tr("/proc: text files the kernel generates on every read, about processes and itself.");
    procfs.how = QStringLiteral("open(\"/proc/self/status\", O_RDONLY);");
    cards.append(procfs);

    MapChannel sysctl;
    sysctl.pane = QStringLiteral("sysctl");
    sysctl.name = tr("sysctl");
    sysctl.figure = count(f.sysctlKeys);
    sysctl.caption = tr("tunables under /proc/sys");
    sysctl.secondary = tr("read and written as files");
    sysctl.tip = tr("/proc/sys: the kernel's settings, one value per file; root may change them at run time.");
    sysctl.how = QStringLiteral("echo 10 > /proc/sys/vm/swappiness");
    cards.append(sysctl);

    MapChannel sysfs;
    sysfs.pane = QStringLiteral("sysfs");
    sysfs.name = tr("sysfs");
    sysfs.figure = count(f.sysfsDevices);
    sysfs.caption = tr("devices in /sys/class");
    sysfs.secondary = tr("%1 uevents/s").arg(number(m_ueventRate));
    sysfs.tip = tr("/sys: the kernel's objects (devices, drivers, modules) as directories, one attribute per file.");
    sysfs.how = QStringLiteral("cat /sys/class/net/lo/mtu");
    cards.append(sysfs);

    MapChannel devices;
    devices.pane = QStringLiteral("devices");
    devices.name = tr("Device nodes");
    devices.figure = count(f.deviceNodes);
    devices.caption = tr("nodes in /dev");
    devices.secondary = tr("read, write and ioctl go to a driver");
    devices.tip = tr("/dev: special files whose operations a driver carries out; major and minor numbers pick the driver and device.");
    devices.how = QStringLiteral("open(\"/dev/null\", O_RDWR);");
    cards.append(devices);

    MapChannel netlink;
    netlink.pane = QStringLiteral("netlink");
    netlink.name = tr("Netlink");
    netlink.figure = count(f.netlinkSockets);
    netlink.caption = tr("sockets of programs open");
    netlink.secondary = tr("%1 messages/s seen by our monitors").arg(number(m_netlinkRate));
    netlink.tip = tr("Netlink: sockets that carry messages between programs and the kernel: requests, replies and events.");
    netlink.how = QStringLiteral("socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);");
    cards.append(netlink);

    for (MapChannel &c : cards)
        c.icon = m_icons.value(c.pane);
    m_view->setChannels(cards);

    QString kernel = tr("%1 interrupts/s · %2 context switches/s").arg(number(rate(InterruptKey)), number(rate(SwitchKey)));
    const QString user = m_figures->hasFigures() ? tr("%Ln process(es) we can see", nullptr, f.processes) : QStringLiteral("…");
    m_view->setBands(user, kernel);
}

void MapPane::startScreenshot(int)
{
    m_figures->refresh();
}

bool MapPane::screenshotReady() const
{
    return m_figures->hasFigures() && rate(InterruptKey) >= 0;
}

} // namespace kc
