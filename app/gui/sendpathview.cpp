// SPDX-License-Identifier: GPL-2.0-or-later
#include "sendpathview.h"

#include "netlink/netlinkcontroller.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kc {

SendPathView::SendPathView(NetlinkController *netlink, QWidget *parent)
    : QWidget(parent)
    , m_netlink(netlink)
    , m_destination(new QLineEdit(this))
    , m_show(new QPushButton(tr("Show the path"), this))
    , m_count(new QSpinBox(this))
    , m_send(new QPushButton(tr("Send test datagrams"), this))
    , m_status(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_timer(new QTimer(this))
    , m_read(this)
{
    m_destination->setPlaceholderText(tr("an IPv4 or IPv6 address, e.g. 192.168.1.1"));
    m_destination->setText(QSettings().value(QStringLiteral("sendpath/destination")).toString());
    m_destination->setClearButtonEnabled(true);
    m_count->setRange(1, 100000);
    m_count->setValue(1000);
    m_count->setSuffix(tr(" datagrams"));
    m_send->setToolTip(tr("Sends UDP datagrams of 64 bytes to port 9 (discard) of the destination from a socket of ours; "
                          "each stage's counters should rise by as many"));
    m_send->setEnabled(false);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tree->setHeaderLabels({tr("Stage"), tr("Value"), tr("Per second"), tr("Rose by")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Destination:"), this));
    bar->addWidget(m_destination, 1);
    bar->addWidget(m_show);
    bar->addSpacing(12);
    bar->addWidget(m_count);
    bar->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_tree, 1);

    connect(m_show, &QPushButton::clicked, this, [this] { showPath(m_destination->text()); });
    connect(m_destination, &QLineEdit::returnPressed, this, [this] { showPath(m_destination->text()); });
    connect(m_send, &QPushButton::clicked, this, [this] { sendTest(m_count->value()); });
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &SendPathView::refresh);
    m_status->setText(tr("Where does a datagram go after sendto()? Name a destination to see the route the kernel picks, the "
                         "neighbour, the queueing discipline, the transmit queues and the device, each with its counters."));
}

QString SendPathView::status() const
{
    return m_status->text();
}

void SendPathView::showPath(const QString &destination)
{
    const SendPath::Address a = SendPath::Address::parse(destination);
    if (a.family == 0) {
        m_status->setText(tr("\"%1\" is not an IPv4 or IPv6 address.").arg(destination.trimmed()));
        return;
    }
    QSettings().setValue(QStringLiteral("sendpath/destination"), a.text);
    if (m_destination->text().trimmed() != a.text)
        m_destination->setText(a.text);
    m_path = SendPath();
    m_path.destination = a;
    m_since.invalidate();
    m_busy = false; // a reading under way is for the old destination: superseded
    m_tree->clear();
    if (!m_netlink->isLocal()) {
        m_status->setText(tr("The network path is read from this machine only; the window shows another machine."));
        return;
    }
    refresh();
    if (isVisible())
        m_timer->start();
}

void SendPathView::sendTest(int count)
{
    if (m_path.destination.family == 0 || !m_path.error.isEmpty() || m_busy)
        return;
    m_busy = true;
    m_send->setEnabled(false);
    m_status->setText(tr("Sending %Ln test datagram(s) to %1 …", nullptr, count).arg(m_path.destination.text));
    const SendPath::Address dest = m_path.destination;
    m_read.run(
        [dest, count] {
            Reading r;
            r.before = SendPath::read(dest);
            r.asked = count;
            r.sent = SendPath::sendTest(dest, 9, count, 64, &r.sendError);
            r.path = SendPath::read(dest);
            return r;
        },
        [this](const Reading &r) { apply(r); });
}

void SendPathView::refresh()
{
    if (m_path.destination.family == 0 || m_busy)
        return;
    m_busy = true;
    const SendPath::Address dest = m_path.destination;
    m_read.run(
        [dest] {
            Reading r;
            r.path = SendPath::read(dest);
            return r;
        },
        [this](const Reading &r) { apply(r); });
}

void SendPathView::apply(const Reading &r)
{
    m_busy = false;
    const double seconds = m_since.isValid() ? m_since.restart() / 1000.0 : 0;
    if (!m_since.isValid())
        m_since.start();
    const SendPath previous = m_path;
    m_path = r.path;
    m_send->setEnabled(m_path.error.isEmpty());
    if (!m_path.error.isEmpty()) {
        m_status->setText(m_path.error);
        m_tree->clear();
        return;
    }
    if (r.sent >= 0) {
        QString text = tr("%1 of %2 test datagrams sent to %3 port 9.").arg(r.sent).arg(r.asked).arg(m_path.destination.text);
        if (!r.sendError.isEmpty())
            text += QLatin1Char(' ') + tr("Refused: %1").arg(r.sendError);
        m_status->setText(text);
        Q_EMIT statusMessage(text);
    } else if (previous.stages.isEmpty()) {
        m_status->setText(tr("The way out to %1, as the kernel would send it now (this machine's network namespace).").arg(m_path.destination.text));
    }
    // One top-level row per stage, one child per counter; rows kept so
    // the view does not jump.
    for (int i = 0; i < m_path.stages.size(); ++i) {
        const SendPath::Stage &s = m_path.stages[i];
        QTreeWidgetItem *stage = m_tree->topLevelItem(i);
        if (!stage) {
            stage = new QTreeWidgetItem(m_tree);
            stage->setFirstColumnSpanned(false);
            QFont bold = stage->font(0);
            bold.setBold(true);
            stage->setFont(0, bold);
            stage->setExpanded(true);
        }
        const QString arrow = i == 0 ? QString() : QStringLiteral("↓ ");
        stage->setText(0, arrow + s.title + QStringLiteral(" — ") + s.summary);
        stage->setToolTip(0, s.note.isEmpty() ? s.summary : s.summary + QLatin1Char('\n') + s.note);
        int child = 0;
        for (const SendPath::Counter &c : s.counters) {
            QTreeWidgetItem *item = child < stage->childCount() ? stage->child(child) : new QTreeWidgetItem(stage);
            ++child;
            item->setText(0, c.name);
            item->setText(1, QString::number(c.value));
            const SendPath::Stage *before = previous.stage(s.key);
            if (before && seconds > 0 && c.value >= before->counter(c.name))
                item->setText(2, QString::number(double(c.value - before->counter(c.name)) / seconds, 'f', 1));
            const SendPath::Stage *beforeSend = r.before.stage(s.key);
            if (r.sent >= 0 && beforeSend)
                item->setText(3, QStringLiteral("+%1").arg(qint64(c.value) - qint64(beforeSend->counter(c.name))));
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
            item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        }
        if (s.key == QLatin1String("queues")) {
            for (const SendPath::TxQueue &q : m_path.queues) {
                QTreeWidgetItem *item = child < stage->childCount() ? stage->child(child) : new QTreeWidgetItem(stage);
                ++child;
                item->setText(0, tr("%1: XPS CPUs %2, XPS receive queues %3").arg(q.name, q.xpsCpus.isEmpty() ? tr("not set") : q.xpsCpus,
                                                                                  q.xpsRxqs.isEmpty() ? tr("not set") : q.xpsRxqs));
                item->setText(1, q.bqlLimit < 0 ? QString() : tr("BQL limit %1 B").arg(q.bqlLimit));
                item->setText(2, q.bqlInflight < 0 ? QString() : tr("%1 B in flight").arg(q.bqlInflight));
            }
        }
        if (!s.note.isEmpty()) {
            QTreeWidgetItem *item = child < stage->childCount() ? stage->child(child) : new QTreeWidgetItem(stage);
            ++child;
            item->setText(0, s.note);
            item->setForeground(0, palette().color(QPalette::PlaceholderText));
        }
        while (stage->childCount() > child)
            delete stage->takeChild(child);
        stage->setExpanded(true);
    }
    while (m_tree->topLevelItemCount() > m_path.stages.size())
        delete m_tree->takeTopLevelItem(m_path.stages.size());
}

void SendPathView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_path.destination.family == 0 && !m_destination->text().isEmpty())
        showPath(m_destination->text());
    else if (m_path.destination.family != 0 && m_netlink->isLocal())
        m_timer->start();
}

void SendPathView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

} // namespace kc
