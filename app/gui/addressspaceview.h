// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "crosschannel/addressspace.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QScrollArea;
class QSortFilterProxyModel;
class QTableView;

namespace kc {

class AddressSpaceDrawing;
class AddressSpaceModel;

/// "Address space", a tab of the Process pane: the drawing of a process's
/// virtual memory beside the table of its regions (filterable, rows
/// copyable), the totals checked against smaps_rollup, and where user
/// space ends and how that was decided. It shows what it is given; the
/// pane asks the controller.
class AddressSpaceView : public QWidget
{
    Q_OBJECT
public:
    explicit AddressSpaceView(QWidget *parent = nullptr);

    /// Shows `space`; one with an error keeps the last drawing of the same
    /// process and says why it is not new.
    void setAddressSpace(const AddressSpace &space);
    /// Empties the view for another process.
    void clear(const QString &message);
    void setFilterText(const QString &text);

    const AddressSpace &addressSpace() const;
    AddressSpaceModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /// The regions the filter lets through.
    int shownRegions() const;
    AddressSpaceDrawing *drawing() const { return m_drawing; }
    QString summary() const;
    /// Why nothing (new) is shown, or empty.
    QString message() const;

private:
    void selectRegion(int index);

    QLabel *m_summary;
    QLabel *m_message;
    AddressSpaceDrawing *m_drawing;
    QScrollArea *m_scroll;
    QLineEdit *m_filter;
    AddressSpaceModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
};

} // namespace kc
