// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QColor>
#include <QSplitter>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace kc {

class HexView;
struct NlField;
struct TraceCall;

/// One traced call in full, below the Trace pane's list: its arguments
/// decoded, its result with the error's meaning, each descriptor's
/// channel, and beside them, for netlink sends and receives, the messages
/// decoded as the netlink pane shows them, over a hex view of the call's
/// bytes (the netlink datagram, or the buffer or string it passed) in which
/// the selected field's bytes light up.
class TraceCallView : public QSplitter
{
    Q_OBJECT
public:
    explicit TraceCallView(QWidget *parent = nullptr);

    /// Shows `call`; null clears the view.
    void showCall(const TraceCall *call);

    QTreeWidget *details() const { return m_details; }
    /// The colour of a failed call's result, in the list and here.
    static QColor errorColour();
    /// Nanoseconds as microseconds with one decimal ("152.9").
    static QString micros(qint64 ns);
    /// The netlink messages of the call; hidden for other calls.
    QTreeWidget *messages() const { return m_messages; }
    /// The call's bytes; hidden for calls that carried none we kept.
    HexView *hexView() const { return m_hex; }
    /// What the hex view shows ("Netlink datagram, 48 bytes").
    QString hexTitle() const;

private:
    void addNetlinkField(QTreeWidgetItem *parent, const NlField &field);
    void showBytes(const TraceCall &call);

    QTreeWidget *m_details;
    QTreeWidget *m_messages;
    QWidget *m_bytes;
    QLabel *m_hexTitle;
    HexView *m_hex;
};

} // namespace kc
