// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QLabel>

namespace kc {

/// A line of figures in a pane's bar ("214 nodes · 4 links"), in the
/// placeholder colour. On a narrow window it gives way to the bar's buttons:
/// cut short with "…", the whole line in its tooltip.
class SummaryLabel : public QLabel
{
public:
    explicit SummaryLabel(QWidget *parent = nullptr);
    void setSummary(const QString &text);
    QString summary() const { return m_full; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fit();
    QString m_full;
};

} // namespace kc
