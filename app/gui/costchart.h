// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "syscalls/syscallcost.h"

#include <QWidget>

namespace kc {

/// The four costs as bars on a logarithmic scale of nanoseconds (from
/// about a nanosecond to tens of microseconds lie three to four orders of
/// magnitude), each with its 10th-90th percentile spread as a whisker and
/// how many function calls it is worth.
class CostChart : public QWidget
{
    Q_OBJECT
public:
    explicit CostChart(QWidget *parent = nullptr);

    void setResult(const SyscallCostResult &result);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    SyscallCostResult m_result;
};

} // namespace kc
