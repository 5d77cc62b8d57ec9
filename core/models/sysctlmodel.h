// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "sysctl/sysctl.h"

#include <QAbstractItemModel>
#include <QHash>

namespace kc {

/// Every key under /proc/sys, either as a tree of groups (kernel, net,
/// net.ipv4 ...) or as one flat list. setEntries() with the same keys
/// updates values in place and remembers when each changed; the first set
/// given is the baseline for "changed since start".
class SysctlModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ValueColumn, UnitColumn, AccessColumn, DescriptionColumn, ColumnCount };

    explicit SysctlModel(QObject *parent = nullptr);

    void setEntries(std::vector<SysctlEntry> entries);
    const std::vector<SysctlEntry> &entries() const { return m_entries; }
    /// Puts one freshly read key in place (after a write).
    void updateEntry(const SysctlEntry &entry);
    void setFlat(bool flat);
    bool isFlat() const { return m_flat; }
    /// The entry of `key`, or nullptr.
    const SysctlEntry *entry(const QString &key) const;
    /// The index of `key` in column 0, invalid when absent.
    QModelIndex indexOfKey(const QString &key) const;
    int changedSinceStart() const;
    /// Keys read on another machine: whether they are writable is judged
    /// for the user the agent runs as there, not for us.
    void setWriterUid(uint euid) { m_writerUid = euid; m_remoteWriter = true; }
    /// Whether the reader of these keys may write one with `mode`.
    bool writable(uint mode) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        QString name;       // last component in the tree, the whole key when flat
        int parent = -1;    // node index, -1 for top level
        int row = 0;        // row under its parent
        QList<int> children;
        int entry = -1;     // index into m_entries for a key
    };
    void rebuild();
    /// Puts `entry` at entry index `i`, marking a changed value.
    void replaceAt(int i, SysctlEntry entry, qint64 now);
    int nodeOf(const QModelIndex &index) const;
    QString accessText(const SysctlEntry &e) const;

    std::vector<SysctlEntry> m_entries;
    QHash<QString, int> m_entryOfKey;
    QHash<QString, QByteArray> m_start;
    QList<qint64> m_changedAt; // per entry, ms since epoch
    QList<Node> m_nodes;
    QList<int> m_top;
    QList<int> m_nodeOfEntry;
    bool m_flat = false;
    bool m_remoteWriter = false;
    uint m_writerUid = 0;
    bool m_haveStart = false;
};

} // namespace kc
