// SPDX-License-Identifier: GPL-2.0-or-later
// From the selected call of the Trace pane to the rest of the app: the
// pane of the channel it used, and the Explain panel's C program for it.
#include "tracepane.h"

#include "models/tracecallmodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QTableView>
#include <QToolButton>

namespace kc {

void TracePane::addLinks(QHBoxLayout *bar)
{
    m_openChannel = new QAction(QIcon::fromTheme(QStringLiteral("go-jump")), tr("Open the channel's pane"), m_table);
    m_openChannel->setObjectName(QStringLiteral("openChannelPane"));
    m_openChannel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_openChannel->setShortcutContext(Qt::WidgetShortcut);
    connect(m_openChannel, &QAction::triggered, this, &TracePane::openChannelPane);
    m_table->addAction(m_openChannel);
    m_showCode = new QAction(QIcon::fromTheme(QStringLiteral("text-x-csrc")), tr("Show me the code"), m_table);
    m_showCode->setObjectName(QStringLiteral("showCode"));
    m_showCode->setToolTip(tr("A small C program making this system call, in the Explain panel"));
    m_showCode->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_showCode->setShortcutContext(Qt::WidgetShortcut);
    connect(m_showCode, &QAction::triggered, this, [this] {
        if (m_table->currentIndex().isValid())
            Q_EMIT explainRequested();
    });
    m_table->addAction(m_showCode);
    for (QAction *a : {m_openChannel, m_showCode}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(a);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        bar->addWidget(button);
    }
    updateLinks();
}

void TracePane::updateLinks()
{
    const QModelIndex current = m_table->currentIndex();
    const TraceCall *c = current.isValid() ? &m_model->call(current.row()) : nullptr;
    const FdChannel channel = c ? c->channel().channel : FdChannel::Other;
    QString text;
    switch (channel) {
    case FdChannel::Procfs: text = tr("Open in the procfs pane"); break;
    case FdChannel::Sysfs: text = tr("Open in the sysfs pane"); break;
    case FdChannel::Device: text = tr("Open in the Devices pane"); break;
    case FdChannel::Netlink: text = tr("Open the netlink pane"); break;
    default: break;
    }
    m_openChannel->setEnabled(!text.isEmpty());
    m_openChannel->setText(text.isEmpty() ? tr("Open the channel's pane") : text);
    m_openChannel->setToolTip(text.isEmpty() ? tr("The selected call used no procfs or sysfs file, device node or netlink socket")
                                             : tr("Show what the call used in the pane of its channel"));
    m_showCode->setEnabled(c != nullptr);
}

void TracePane::openChannelPane()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const ChannelFd ch = m_model->call(current.row()).channel();
    switch (ch.channel) {
    case FdChannel::Procfs: Q_EMIT openProcfs(ch.target); break;
    case FdChannel::Sysfs: Q_EMIT openSysfs(ch.target); break;
    case FdChannel::Device: Q_EMIT openDevice(ch.devicePath.isEmpty() ? ch.target : ch.devicePath); break;
    case FdChannel::Netlink: Q_EMIT openNetlink(ch.netlinkProtocol); break;
    default: break;
    }
}

} // namespace kc
