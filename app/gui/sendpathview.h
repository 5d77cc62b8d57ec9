// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "crosschannel/sendpath.h"
#include "io/async.h"

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;
class QTreeWidget;

namespace kc {

class NetlinkController;

/// "Network path", a tab of the Netlink pane: the way a UDP datagram to a
/// chosen destination leaves this machine, stage by stage from the socket
/// down to the device, each stage with its counters and their rates,
/// refreshed every second while in view; "Send test datagrams" sends some
/// from a socket of ours and says how much each counter rose. Read off
/// the GUI thread; this machine's network only.
class SendPathView : public QWidget
{
    Q_OBJECT
public:
    explicit SendPathView(NetlinkController *netlink, QWidget *parent = nullptr);

    /// Shows the path to `destination` (and remembers it).
    void showPath(const QString &destination);
    /// Sends `count` test datagrams to the destination shown.
    void sendTest(int count);
    QTreeWidget *tree() const { return m_tree; }
    QString status() const;
    bool isBusy() const { return m_busy; }
    const SendPath &path() const { return m_path; }

Q_SIGNALS:
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct Reading {
        SendPath path;
        SendPath before; // with test datagrams: the counters before them
        int sent = -1;   // test datagrams the kernel took; -1: none sent
        int asked = 0;
        QString sendError;
    };
    void refresh();
    void apply(const Reading &r);

    NetlinkController *m_netlink;
    QLineEdit *m_destination;
    QPushButton *m_show;
    QSpinBox *m_count;
    QPushButton *m_send;
    QLabel *m_status;
    QTreeWidget *m_tree;
    QTimer *m_timer;
    Async<Reading> m_read;
    SendPath m_path;
    QElapsedTimer m_since;
    bool m_busy = false;
};

} // namespace kc
