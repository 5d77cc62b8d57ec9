// SPDX-License-Identifier: GPL-2.0-or-later
#include "devicetablemodel.h"

#include "roles.h"
#include "procfs/dirlister.h"

#include <QHash>
#include <QSet>

namespace kc {

DeviceTableModel::DeviceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int DeviceTableModel::rowOf(const QString &path) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].path == path)
            return i;
    }
    return -1;
}

void DeviceTableModel::setNodes(const QList<DeviceNode> &nodes)
{
    QHash<QString, qsizetype> fresh;
    for (qsizetype i = 0; i < nodes.size(); ++i)
        fresh.insert(nodes[i].path, i);
    // Remove what is gone, from the end so rows stay valid.
    for (int row = int(m_nodes.size()) - 1; row >= 0; --row) {
        if (!fresh.contains(m_nodes[row].path)) {
            beginRemoveRows({}, row, row);
            m_nodes.removeAt(row);
            endRemoveRows();
        }
    }
    QSet<QString> have;
    for (int row = 0; row < m_nodes.size(); ++row) {
        have.insert(m_nodes[row].path);
        m_nodes[row] = nodes[fresh.value(m_nodes[row].path)];
    }
    if (!m_nodes.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_nodes.size()) - 1, ColumnCount - 1));
    QList<DeviceNode> added;
    for (const DeviceNode &n : nodes) {
        if (!have.contains(n.path))
            added.append(n);
    }
    if (!added.isEmpty()) {
        const int first = int(m_nodes.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_nodes.append(added);
        endInsertRows();
    }
}

int DeviceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_nodes.size());
}

int DeviceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceTableModel::display(const DeviceNode &n, int column) const
{
    const bool dev = n.isNode() || n.pointsToNode;
    switch (column) {
    case NameColumn: return n.name;
    case TypeColumn: return DeviceText::typeName(n.type);
    case NumberColumn: return dev ? n.majMin() : QString();
    case SubsystemColumn: return n.subsystem;
    case DriverColumn:
        if (!dev)
            return QString();
        return n.driver.label().isEmpty() ? tr("none") : n.driver.label();
    case ModuleColumn: return dev ? n.driver.originText() : QString();
    case OwnerColumn: return DeviceText::userName(n.uid);
    case GroupColumn: return DeviceText::groupName(n.gid);
    case ModeColumn: return DirLister::modeString(n.mode);
    case HoldersColumn: return n.holders >= 0 ? QVariant(n.holders) : QVariant();
    case TargetColumn: return n.linkTarget;
    }
    return {};
}

QString DeviceTableModel::driverToolTip(const DeviceNode &n) const
{
    const DeviceDriver &d = n.driver;
    QStringList lines{d.basisText(n.blockDevice, n.major, n.minor)};
    if (!d.ttyDriver.isEmpty())
        lines.append(tr("tty driver: %1").arg(d.ttyDriver));
    lines.append(d.bound.isEmpty() ? tr("No driver is bound to the device in sysfs.") : tr("Bound in sysfs: %1").arg(d.boundText()));
    lines.append(d.originDetail());
    return lines.join(QLatin1Char('\n'));
}

QVariant DeviceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_nodes.size())
        return {};
    const DeviceNode &n = m_nodes[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(n, index.column());
    case Qt::ToolTipRole:
        if ((index.column() == DriverColumn || index.column() == ModuleColumn) && (n.isNode() || n.pointsToNode))
            return driverToolTip(n);
        if (index.column() == HoldersColumn && n.holders >= 0)
            return tr("Open in %Ln process(es), by %1 (from /proc/PID/fd)", nullptr, n.holders)
                .arg(tr("%Ln file descriptor(s)", nullptr, n.holderFds));
        if (n.type == DeviceNode::Type::Symlink)
            return tr("%1 → %2").arg(n.path, n.resolved);
        return n.sysfsPath.isEmpty() ? n.path : tr("%1 in sysfs: %2").arg(n.path, n.sysfsPath);
    case Qt::TextAlignmentRole:
        return index.column() == HoldersColumn || index.column() == NumberColumn ? int(Qt::AlignRight | Qt::AlignVCenter)
                                                                                  : int(Qt::AlignLeft | Qt::AlignVCenter);
    case PathRole:
        return n.path;
    case DeviceTypeRole:
        return int(n.type);
    case SubsystemRole:
        return n.subsystem;
    case SortRole:
        if (index.column() == NumberColumn)
            return qint64(n.blockDevice) << 48 | qint64(n.major) << 24 | qint64(n.minor);
        if (index.column() == HoldersColumn)
            return n.holders;
        return display(n, index.column());
    default:
        return {};
    }
}

QVariant DeviceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn: return tr("Name");
        case TypeColumn: return tr("Type");
        case NumberColumn: return tr("Major:minor");
        case SubsystemColumn: return tr("Subsystem");
        case DriverColumn: return tr("Driver");
        case ModuleColumn: return tr("Module");
        case OwnerColumn: return tr("Owner");
        case GroupColumn: return tr("Group");
        case ModeColumn: return tr("Mode");
        case HoldersColumn: return tr("Held by");
        case TargetColumn: return tr("Link target");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case NumberColumn: return tr("The device number the kernel uses to find the driver");
        case SubsystemColumn: return tr("The kernel subsystem (class or bus) the device belongs to, from sysfs");
        case DriverColumn: return tr("The driver open() reaches: the one that registered this major and minor range (/proc/devices), and what it calls the minor");
        case ModuleColumn: return tr("The module holding the driver, and whether it is built into the kernel or loadable");
        case HoldersColumn: return tr("How many processes hold this device open");
        }
    }
    return {};
}

} // namespace kc
