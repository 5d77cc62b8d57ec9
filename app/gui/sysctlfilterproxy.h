// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace kc {

/// Filters sysctl keys by text (key or description) and, on request, to
/// those changed since the app started; shows those in bold.
class SysctlFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SysctlFilterProxy(QObject *parent = nullptr);
    void setText(const QString &text);
    void setChangedOnly(bool on);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// Values of keys with a write bit can be typed over in place; nothing
    /// is written here: editRequested() asks the pane to confirm first.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void editRequested(const QString &key, const QString &value);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    QString m_text;
    bool m_changedOnly = false;
};

} // namespace kc
