// SPDX-License-Identifier: GPL-2.0-or-later
#include "tracecallview.h"

#include "tracepane.h"

#include "crosschannel/processchannels.h"
#include "netlink/nldecoder.h"
#include "trace/tracecall.h"
#include "trace/traceformat.h"

#include <QHeaderView>
#include <QTreeWidget>

namespace kc {

// Its texts are the Trace pane's, in the translations too.

TraceCallView::TraceCallView(QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
{
    m_details = new QTreeWidget(this);
    m_details->setHeaderLabels({TracePane::tr("Field"), TracePane::tr("Value")});
    m_details->setColumnWidth(0, 170);
    m_details->setAlternatingRowColors(true);
    m_details->setWordWrap(false);
    // Netlink messages beside the call, as the netlink pane shows them.
    m_messages = new QTreeWidget(this);
    m_messages->setHeaderLabels({TracePane::tr("Netlink message"), TracePane::tr("Value"), TracePane::tr("Bytes")});
    m_messages->setColumnWidth(0, 220);
    m_messages->setColumnWidth(1, 200);
    m_messages->setAlternatingRowColors(true);
    m_messages->hide();
    addWidget(m_details);
    addWidget(m_messages);
    setSizes({480, 520});
}

QColor TraceCallView::errorColour()
{
    return QColor(0xda, 0x44, 0x53);
}

QString TraceCallView::micros(qint64 ns)
{
    return QString::number(double(ns) / 1000.0, 'f', 1);
}

void TraceCallView::addNetlinkField(QTreeWidgetItem *parent, const NlField &field)
{
    auto *item = new QTreeWidgetItem(parent, {field.name, field.value, TracePane::tr("%1–%2").arg(field.offset).arg(field.offset + field.length)});
    item->setToolTip(1, field.value);
    if (field.error) {
        item->setForeground(0, errorColour());
        item->setForeground(1, errorColour());
    }
    for (const NlField &c : field.children)
        addNetlinkField(item, c);
}

void TraceCallView::showCall(const TraceCall *call)
{
    m_details->clear();
    m_messages->clear();
    m_messages->setVisible(call && !call->netlinkPayload.isEmpty());
    if (!call)
        return;
    const TraceCall &c = *call;
    auto add = [this](QTreeWidgetItem *parent, const QString &field, const QString &value) {
        auto *item = parent ? new QTreeWidgetItem(parent, {field, value}) : new QTreeWidgetItem(m_details, {field, value});
        item->setToolTip(1, value);
        return item;
    };
    add(nullptr, TracePane::tr("Call"), QStringLiteral("%1(%2)").arg(c.name, TraceFormat::argumentsText(c)));
    QTreeWidgetItem *result = add(nullptr, TracePane::tr("Result"), c.returned ? c.returnText : TracePane::tr("none: the call did not return"));
    if (c.failed()) {
        result->setForeground(1, errorColour());
        add(result, c.errorName, c.errorMessage);
        result->setExpanded(true);
    }
    add(nullptr, TracePane::tr("Process"), c.tid == c.pid ? TracePane::tr("%1, process %2").arg(c.comm).arg(c.pid)
                                               : TracePane::tr("%1, process %2, thread %3").arg(c.comm).arg(c.pid).arg(c.tid));
    const QString entered = QString::number(double(c.timeNs) / 1e9, 'f', 6);
    add(nullptr, TracePane::tr("Time"), c.durationNs >= 0 ? TracePane::tr("entered %1 s after the trace started, returned after %2 µs").arg(entered, micros(c.durationNs))
                                               : TracePane::tr("entered %1 s after the trace started, did not return").arg(entered));
    if (!c.decoded.isEmpty()) {
        QTreeWidgetItem *args = add(nullptr, TracePane::tr("Arguments"), QString::number(c.decoded.size()));
        for (const TraceArg &a : c.decoded)
            add(args, a.name, a.text);
        args->setExpanded(true);
    }
    for (const ChannelFd &ch : c.channels) {
        QTreeWidgetItem *fd = add(nullptr, TracePane::tr("fd %1").arg(ch.fd), TracePane::tr("%1: %2").arg(ProcessChannels::channelName(ch.channel), ch.target));
        fd->setToolTip(0, ProcessChannels::channelMeaning(ch.channel));
        fd->setToolTip(1, ProcessChannels::channelMeaning(ch.channel));
        if (!ch.detail.isEmpty())
            add(fd, TracePane::tr("Detail"), ch.detail);
        if (ch.channel == FdChannel::Device && !ch.driver.bound.isEmpty())
            add(fd, TracePane::tr("Bound in sysfs"), ch.driver.boundText());
        fd->setExpanded(true);
    }
    if (!c.netlinkPayload.isEmpty()) {
        // Decoded here, for the one row looked at.
        const QList<NlMessage> messages = TraceFormat::netlinkMessages(c);
        m_messages->headerItem()->setText(0, c.payloadTruncated ? TracePane::tr("%Ln netlink message(s), %1 bytes (cut short)", nullptr, int(messages.size()))
                                                                      .arg(c.netlinkPayload.size())
                                                                : TracePane::tr("%Ln netlink message(s), %1 bytes", nullptr, int(messages.size()))
                                                                      .arg(c.netlinkPayload.size()));
        for (const NlMessage &m : messages) {
            auto *msg = new QTreeWidgetItem(m_messages, {m.typeName, m.error.isEmpty() ? m.summary : m.error});
            msg->setToolTip(1, msg->text(1));
            for (const NlField &f : m.tree.children)
                addNetlinkField(msg, f);
        }
        // The headers and attributes open; nested attributes on demand.
        m_messages->expandToDepth(1);
    }
}

} // namespace kc
