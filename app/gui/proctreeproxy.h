// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace kc {

/// Sorts the /proc tree (processes by number), filters it by name, hides
/// kernel threads on request, and gives rows their icons and styles.
class ProcTreeProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ProcTreeProxy(QObject *parent = nullptr);

    void setShowKernelThreads(bool show);
    bool showKernelThreads() const { return m_showKernelThreads; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_showKernelThreads = true;
};

} // namespace kc
