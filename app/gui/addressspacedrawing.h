// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "crosschannel/addressspace.h"

#include <QWidget>

namespace kc {

/// A process's virtual memory drawn top to bottom, highest address first:
/// the kernel's half, the non-canonical hole, the user/kernel split, then
/// every region and every unmapped gap down to address 0. Heights follow a
/// segmented (logarithmic) scale, so that one 4 KiB page and a gap of
/// 128 TiB are both visible, each labelled with its size. Hover shows a
/// region's maps line; a click selects it.
class AddressSpaceDrawing : public QWidget
{
    Q_OBJECT
public:
    explicit AddressSpaceDrawing(QWidget *parent = nullptr);

    void setAddressSpace(const AddressSpace &space);
    /// Marks region `index` (of AddressSpace::regions), -1 for none.
    void setSelectedRegion(int index);
    /// Where region `index` is drawn, to scroll to it.
    QRect regionRect(int index) const;
    /// How many bands are drawn (regions, gaps, the kernel's half ...).
    int bandCount() const { return int(m_bands.size()); }
    /// The y of the line that marks the end of user space.
    int splitY() const { return m_splitY; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void regionClicked(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    struct Band {
        enum Type { Region, Gap, Kernel, Hole };
        Type type = Gap;
        quint64 start = 0;
        quint64 end = 0; // 0 means 2^64
        int region = -1;
        int y = 0;
        int height = 0;
    };
    void layoutBands();
    int bandAt(int y) const;
    QString bandText(const Band &b) const;
    QString bandTip(const Band &b) const;
    static double bandSize(const Band &b);

    AddressSpace m_space;
    QList<Band> m_bands;
    int m_selected = -1;
    int m_splitY = 0;
    int m_height = 0;
};

} // namespace kc
