// SPDX-License-Identifier: GPL-2.0-or-later
#include "addressspacedrawing.h"

#include "format/formatter.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <cmath>

namespace kc {

namespace {

constexpr int SplitGap = 6; // room for the split line between two bands

QColor kindColour(MemoryRegion::Kind kind)
{
    using Kind = MemoryRegion::Kind;
    switch (kind) {
    case Kind::ProgramText: return QColor(0xe5, 0x73, 0x73);
    case Kind::ProgramData:
    case Kind::Bss: return QColor(0xf0, 0x9a, 0x5c);
    case Kind::ProgramReadOnly: return QColor(0xf2, 0xb8, 0x8c);
    case Kind::Heap: return QColor(0x66, 0xbb, 0x6a);
    case Kind::Anonymous: return QColor(0x9c, 0xcc, 0x65);
    case Kind::LibraryText: return QColor(0x64, 0x8f, 0xd8);
    case Kind::LibraryData: return QColor(0x81, 0xa9, 0xe8);
    case Kind::LibraryReadOnly: return QColor(0xa8, 0xc4, 0xf0);
    case Kind::File: return QColor(0x4d, 0xb6, 0xac);
    case Kind::SharedMemory: return QColor(0xba, 0x68, 0xc8);
    case Kind::Stack: return QColor(0xff, 0xd5, 0x4f);
    case Kind::Vdso:
    case Kind::Vvar:
    case Kind::Vsyscall: return QColor(0xa1, 0x88, 0x7f);
    case Kind::Guard: return QColor(0xbd, 0xbd, 0xbd);
    case Kind::Other: return QColor(0x90, 0xa4, 0xae);
    }
    return Qt::gray;
}

QString shortPath(const QString &path)
{
    return path.startsWith(QLatin1Char('/')) ? path.section(QLatin1Char('/'), -1) : path;
}

} // namespace

AddressSpaceDrawing::AddressSpaceDrawing(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void AddressSpaceDrawing::setAddressSpace(const AddressSpace &space)
{
    m_space = space;
    m_selected = -1;
    layoutBands();
    updateGeometry();
    update();
}

void AddressSpaceDrawing::setSelectedRegion(int index)
{
    if (index == m_selected)
        return;
    m_selected = index;
    update();
}

QRect AddressSpaceDrawing::regionRect(int index) const
{
    for (const Band &b : m_bands) {
        if (b.type == Band::Region && b.region == index)
            return QRect(0, b.y, width(), b.height);
    }
    return {};
}

double AddressSpaceDrawing::bandSize(const Band &b)
{
    // The kernel's half ends at 2^64, which no quint64 holds.
    return b.end == 0 ? 18446744073709551616.0 - double(b.start) : double(b.end - b.start);
}

// The segmented scale: each band's height grows with the logarithm of its
// size (a doubling adds two pixels), from one line of text for a page.
void AddressSpaceDrawing::layoutBands()
{
    m_bands.clear();
    const UserSplit &split = m_space.split;
    if (m_space.regions.isEmpty() || split.userEnd == 0)
        return;
    const MemoryRegion *vsyscall = nullptr;
    QList<int> user;
    for (int i = 0; i < m_space.regions.size(); ++i) {
        const MemoryRegion &r = m_space.regions[i];
        if (r.start >= split.kernelStart)
            vsyscall = &r;
        else if (r.end <= split.userEnd + 1)
            user.prepend(i); // highest first
    }
    // The kernel's half, with the vsyscall page in it.
    if (vsyscall) {
        if (vsyscall->end != 0)
            m_bands.append({Band::Kernel, vsyscall->end, 0, -1});
        m_bands.append({Band::Region, vsyscall->start, vsyscall->end, int(vsyscall - m_space.regions.constData())});
        m_bands.append({Band::Kernel, split.kernelStart, vsyscall->start, -1});
    } else {
        m_bands.append({Band::Kernel, split.kernelStart, 0, -1});
    }
    m_bands.append({Band::Hole, split.userEnd + 1, split.kernelStart, -1});
    const int splitIndex = int(m_bands.size());
    quint64 top = split.userEnd + 1;
    for (int i : std::as_const(user)) {
        const MemoryRegion &r = m_space.regions[i];
        if (r.end < top)
            m_bands.append({Band::Gap, r.end, top, -1});
        m_bands.append({Band::Region, r.start, r.end, i});
        top = r.start;
    }
    if (top > 0)
        m_bands.append({Band::Gap, 0, top, -1});

    const int line = fontMetrics().height() + 4;
    int y = 0;
    for (int i = 0; i < m_bands.size(); ++i) {
        Band &b = m_bands[i];
        if (i == splitIndex) {
            m_splitY = y + SplitGap / 2;
            y += SplitGap + fontMetrics().height();
        }
        const double pages = std::max(1.0, bandSize(b) / 4096.0);
        b.y = y;
        b.height = line + int(std::lround(2.0 * std::log2(pages)));
        y += b.height;
    }
    m_height = y + 1;
}

QSize AddressSpaceDrawing::sizeHint() const
{
    return {360, std::max(m_height, 100)};
}

QSize AddressSpaceDrawing::minimumSizeHint() const
{
    return {260, std::max(m_height, 100)};
}

int AddressSpaceDrawing::bandAt(int y) const
{
    for (int i = 0; i < m_bands.size(); ++i) {
        if (y >= m_bands[i].y && y < m_bands[i].y + m_bands[i].height)
            return i;
    }
    return -1;
}

QString AddressSpaceDrawing::bandText(const Band &b) const
{
    const QString size = Formatter::bytes(bandSize(b));
    switch (b.type) {
    case Band::Kernel: return tr("Kernel space — %1, kernel mode only").arg(size);
    case Band::Hole: return tr("Non-canonical addresses — %1, never mapped").arg(size);
    case Band::Gap: return tr("unmapped — %1").arg(size);
    case Band::Region: {
        const MemoryRegion &r = m_space.regions[b.region];
        QString text = MemoryRegion::kindName(r.kind) + QStringLiteral(" — ") + size;
        if (!r.path.isEmpty() && r.kind != MemoryRegion::Kind::Heap && r.kind != MemoryRegion::Kind::Stack)
            text += QStringLiteral(" — ") + shortPath(r.path);
        if (r.rssKb > 0)
            text += QStringLiteral(" — ") + tr("RSS %1").arg(Formatter::bytes(double(r.rssKb) * 1024));
        return text;
    }
    }
    return {};
}

QString AddressSpaceDrawing::bandTip(const Band &b) const
{
    const QString range = tr("%1 to %2").arg(AddressSpace::hex(b.start), b.end == 0 ? QStringLiteral("0xffffffffffffffff") : AddressSpace::hex(b.end - 1));
    switch (b.type) {
    case Band::Kernel:
        return tr("The kernel's half of the address space: %1 (%2). It is mapped in every process, but only kernel mode may touch it.")
            .arg(range, Formatter::bytes(bandSize(b)));
    case Band::Hole:
        return tr("Non-canonical addresses: %1 (%2). With %3 the CPU translates only the low %4 bits of an address; one in this "
                  "range faults.")
            .arg(range, Formatter::bytes(bandSize(b)), m_space.split.paging)
            .arg(m_space.split.virtualBits);
    case Band::Gap:
        return tr("Unmapped: %1 (%2). A touch here is a segmentation fault.").arg(range, Formatter::bytes(bandSize(b)));
    case Band::Region: {
        const MemoryRegion &r = m_space.regions[b.region];
        return QStringLiteral("<p style='white-space:pre'><tt>%1</tt></p><p>%2</p><p>%3</p>")
            .arg(r.mapsLine.toHtmlEscaped(), MemoryRegion::kindMeaning(r.kind).toHtmlEscaped(),
                 tr("Size %1 · RSS %2 · PSS %3 · Swap %4 · Anonymous %5")
                     .arg(Formatter::bytes(double(r.size())), Formatter::bytes(double(r.rssKb) * 1024),
                          Formatter::bytes(double(r.pssKb) * 1024), Formatter::bytes(double(r.swapKb) * 1024),
                          Formatter::bytes(double(r.anonymousKb) * 1024)));
    }
    }
    return {};
}

bool AddressSpaceDrawing::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int i = bandAt(help->pos().y());
        if (i >= 0)
            QToolTip::showText(help->globalPos(), bandTip(m_bands[i]), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void AddressSpaceDrawing::mousePressEvent(QMouseEvent *event)
{
    const int i = bandAt(int(event->position().y()));
    if (i >= 0 && m_bands[i].type == Band::Region) {
        setSelectedRegion(m_bands[i].region);
        Q_EMIT regionClicked(m_bands[i].region);
    }
}

void AddressSpaceDrawing::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    const QPalette pal = palette();
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font().pointSizeF() * 0.9);
    const QFontMetrics monoMetrics(mono);
    const int addressWidth = monoMetrics.horizontalAdvance(QStringLiteral("0x0000000000000000")) + 8;
    const QRect box(addressWidth, 0, width() - addressWidth - 1, height());
    const QRect dirty = event->rect();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;

    for (int i = 0; i < m_bands.size(); ++i) {
        const Band &b = m_bands[i];
        if (b.y > dirty.bottom() || b.y + b.height < dirty.top())
            continue;
        const QRect r(box.left(), b.y, box.width(), b.height);
        QColor fill;
        switch (b.type) {
        case Band::Kernel: fill = dark ? QColor(0x5d, 0x40, 0x37) : QColor(0xd7, 0xcc, 0xc8); break;
        case Band::Hole: fill = pal.color(QPalette::Window); break;
        case Band::Gap: fill = pal.color(QPalette::Base); break;
        case Band::Region: fill = kindColour(m_space.regions[b.region].kind); break;
        }
        if (dark && b.type == Band::Region)
            fill = fill.darker(170);
        p.fillRect(r, fill);
        if (b.type == Band::Gap || b.type == Band::Hole) {
            // A broken scale: the band stands for more than its height.
            p.fillRect(r, QBrush(pal.color(QPalette::Mid), Qt::BDiagPattern));
            p.setPen(QPen(pal.color(QPalette::Mid), 1));
            const int mid = r.center().y();
            QPainterPath zig;
            zig.moveTo(r.left(), mid);
            for (int x = r.left(); x < r.right(); x += 12) {
                zig.lineTo(x + 6, mid - 3);
                zig.lineTo(x + 12, mid);
            }
            p.drawPath(zig);
        }
        p.setPen(QPen(pal.color(QPalette::Mid), 1));
        p.drawRect(r.adjusted(0, 0, 0, -1));
        if (b.type == Band::Region && b.region == m_selected) {
            p.setPen(QPen(pal.color(QPalette::Highlight), 3));
            p.drawRect(r.adjusted(1, 1, -2, -2));
        }
        // The band's name, size and file, on a plate so it reads on any fill.
        const QString text = fontMetrics().elidedText(bandText(b), Qt::ElideRight, r.width() - 12);
        const QRect textRect(r.left() + 6, r.top() + (r.height() - fontMetrics().height()) / 2, fontMetrics().horizontalAdvance(text) + 6,
                             fontMetrics().height());
        if (b.type == Band::Gap || b.type == Band::Hole)
            p.fillRect(textRect.adjusted(-3, 0, 0, 0), pal.color(QPalette::Base));
        p.setPen(b.type == Band::Region && !dark ? QColor(Qt::black) : pal.color(QPalette::WindowText));
        p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, text);
        // The band's highest address at its top, its lowest at its bottom edge.
        p.setFont(mono);
        p.setPen(pal.color(QPalette::WindowText));
        const quint64 topAddress = b.end == 0 ? ~quint64(0) : b.end - 1;
        p.drawText(QRect(0, b.y, addressWidth - 4, monoMetrics.height()), Qt::AlignRight | Qt::AlignTop, AddressSpace::hex(topAddress));
        if (i + 1 == m_bands.size())
            p.drawText(QRect(0, b.y + b.height - monoMetrics.height(), addressWidth - 4, monoMetrics.height()), Qt::AlignRight | Qt::AlignBottom,
                       AddressSpace::hex(b.start));
        p.setFont(font());
    }

    // The split: where user space ends on this machine.
    if (!m_bands.isEmpty()) {
        const QColor red(0xd3, 0x2f, 0x2f);
        p.setPen(QPen(red, 3));
        p.drawLine(0, m_splitY, width(), m_splitY);
        p.setPen(dark ? red.lighter(150) : red);
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        const QString text = tr("User space ends at %1 (%2); the kernel's half is above").arg(AddressSpace::hex(m_space.split.userEnd), m_space.split.paging);
        p.drawText(QRect(4, m_splitY + 2, width() - 8, fontMetrics().height() + 2), Qt::AlignLeft | Qt::AlignTop,
                   QFontMetrics(bold).elidedText(text, Qt::ElideRight, width() - 8));
        p.setFont(font());
    }
}

} // namespace kc
