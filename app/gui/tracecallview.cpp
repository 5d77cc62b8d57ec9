// SPDX-License-Identifier: GPL-2.0-or-later
#include "tracecallview.h"

#include "hexview.h"
#include "tracepane.h"

#include "crosschannel/processchannels.h"
#include "netlink/nldecoder.h"
#include "trace/syscalldecoder.h"
#include "trace/tracecall.h"
#include "trace/traceformat.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kc {

namespace {

// Where a netlink field's bytes are, on its item.
constexpr int ByteOffsetRole = Qt::UserRole + 1;
constexpr int ByteLengthRole = Qt::UserRole + 2;

void setByteRange(QTreeWidgetItem *item, const NlField &field)
{
    item->setData(0, ByteOffsetRole, field.offset);
    item->setData(0, ByteLengthRole, field.length);
}

} // namespace

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
    m_hexTitle = new QLabel(this);
    m_hex = new HexView(this);
    m_bytes = new QWidget(this);
    auto *bytesLayout = new QVBoxLayout(m_bytes);
    bytesLayout->setContentsMargins(0, 0, 0, 0);
    bytesLayout->addWidget(m_hexTitle);
    bytesLayout->addWidget(m_hex, 1);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_messages);
    right->addWidget(m_bytes);
    m_messages->hide();
    m_bytes->hide();
    addWidget(m_details);
    addWidget(right);
    setSizes({480, 520});
    // A field selected lights up its bytes; a message, all of its bytes.
    connect(m_messages, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            m_hex->highlight(item->data(0, ByteOffsetRole).toInt(), item->data(0, ByteLengthRole).toInt());
    });
}

QString TraceCallView::hexTitle() const
{
    return m_hexTitle->text();
}

void TraceCallView::showBytes(const TraceCall &c)
{
    if (!c.netlinkPayload.isEmpty()) {
        m_hex->setBytes(c.netlinkPayload);
        m_hexTitle->setText(c.payloadTruncated ? TracePane::tr("Netlink datagram, the first %Ln byte(s):", nullptr, int(c.netlinkPayload.size()))
                                               : TracePane::tr("Netlink datagram, %Ln byte(s):", nullptr, int(c.netlinkPayload.size())));
        m_bytes->show();
        return;
    }
    // Otherwise the buffer or string the call passed, as far as it was
    // copied: a buffer first ("buf"), else the first string.
    const TraceArg *pick = nullptr;
    for (const TraceArg &a : c.decoded) {
        if (a.text.startsWith(QLatin1Char('"')) && (!pick || a.name == QLatin1String("buf")))
            pick = &a;
        if (pick && pick->name == QLatin1String("buf"))
            break;
    }
    const std::optional<QByteArray> bytes = pick ? SyscallDecoder::unquoted(pick->text) : std::nullopt;
    if (!bytes || bytes->isEmpty()) {
        m_hex->setBytes({});
        m_bytes->hide();
        return;
    }
    m_hex->setBytes(*bytes);
    m_hexTitle->setText(TracePane::tr("%1, %Ln byte(s) as copied from the program:", nullptr, int(bytes->size())).arg(pick->name));
    m_bytes->show();
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
    setByteRange(item, field);
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
    if (!call) {
        m_hex->setBytes({});
        m_bytes->hide();
        return;
    }
    const TraceCall &c = *call;
    showBytes(c);
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
            setByteRange(msg, m.tree);
            for (const NlField &f : m.tree.children)
                addNetlinkField(msg, f);
        }
        // The headers and attributes open; nested attributes on demand.
        m_messages->expandToDepth(1);
    }
}

} // namespace kc
