// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "changedelegate.h"

namespace kc {

/// The sysctl tree's delegate: the value cell's editor checks what is
/// typed as it is typed, with the kernel's own reading of numbers (never
/// stricter: what the kernel might take is marked, not held back) and
/// says what is wrong in its tooltip and through problemChanged().
class SysctlValueDelegate : public ChangeDelegate
{
    Q_OBJECT
public:
    using ChangeDelegate::ChangeDelegate;

    /// What is wrong with `typed` for `key`, which holds `current`; empty
    /// when it looks right. `refused`: the kernel is sure to refuse it (or
    /// it cannot be sent); else what is said is advice.
    static QString problem(const QString &key, const QByteArray &current, const QString &typed, bool *refused = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

Q_SIGNALS:
    /// The editor's text looks wrong (a sentence) or right (empty).
    void problemChanged(const QString &problem) const;
};

} // namespace kc
