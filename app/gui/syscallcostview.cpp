// SPDX-License-Identifier: GPL-2.0-or-later
#include "syscallcostview.h"

#include "costchart.h"
#include "viewactions.h"

#include "format/formatter.h"
#include "syscalls/machinecounting.h"
#include "syscalls/syscallscontroller.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTime>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kc {

SyscallCostView::SyscallCostView(SyscallsController *syscalls, QWidget *parent)
    : QWidget(parent)
    , m_syscalls(syscalls)
    , m_measure(new QPushButton(tr("Measure again"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_chart(new CostChart(this))
    , m_table(new QTreeWidget(this))
    , m_text(new QTextBrowser(this))
    , m_wait(new QTimer(this))
{
    // Counters being released when the tab opens would slow what is
    // measured: wait for them, a little.
    m_wait->setInterval(100);
    connect(m_wait, &QTimer::timeout, this, [this] {
        if (MachineCounting::instance()->counters() == 0 || ++m_waited >= 30) {
            m_wait->stop();
            start();
        }
    });
    setObjectName(QStringLiteral("syscallCost"));
    m_measure->setToolTip(tr("Time each operation again, in batches that take turns (about a second of one CPU)"));
    connect(m_measure, &QPushButton::clicked, this, &SyscallCostView::measure);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setColumnCount(5);
    m_table->setHeaderLabels({tr("Operation"), tr("Median"), tr("10th–90th percentile"), tr("Per batch"), tr("What is timed")});
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->header()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 130);
    m_table->setColumnWidth(1, 80);
    m_table->setColumnWidth(2, 140);
    m_table->setColumnWidth(3, 80);
    addCopyRowAction(m_table);

    m_text->setOpenExternalLinks(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(m_progress);
    bar->addWidget(m_measure);

    auto *left = new QWidget(this);
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    ll->addWidget(m_chart, 3);
    ll->addWidget(m_table, 2);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_text);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({560, 380});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_syscalls, &SyscallsController::costProgress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_syscalls, &SyscallsController::costMeasured, this, [this](const SyscallCostResult &r) {
        if (m_measuring)
            show(r);
    });
    m_status->setText(tr("Measures on this machine, now, what crossing into the kernel costs next to staying in user space."));
    explain();
}

void SyscallCostView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_asked)
        measure();
}

void SyscallCostView::measure()
{
    m_asked = true;
    m_measuring = true;
    m_measure->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    if (MachineCounting::instance()->counters() > 0) {
        m_status->setText(tr("Waiting for the system call counters to be released …"));
        m_waited = 0;
        m_wait->start();
        return;
    }
    start();
}

void SyscallCostView::start()
{
    m_status->setText(tr("Measuring: the four operations take turns in batches of about 4 ms …"));
    m_syscalls->measureCost();
}

void SyscallCostView::show(const SyscallCostResult &r)
{
    m_measuring = false;
    m_measure->setEnabled(true);
    m_progress->hide();
    if (!r.error.isEmpty()) {
        m_status->setText(r.error);
        return;
    }
    if (r.cancelled) {
        m_status->setText(tr("The measurement was stopped."));
        return;
    }
    m_result = r;
    m_chart->setResult(r);
    m_table->clear();
    for (const CostFigure &f : r.figures) {
        auto *item = new QTreeWidgetItem(m_table, {CostFigure::name(f.kind), Formatter::nanoseconds(f.median),
                                                   tr("%1 – %2").arg(Formatter::nanoseconds(f.p10), Formatter::nanoseconds(f.p90)),
                                                   QLocale().toString(f.perBatch), CostFigure::call(f.kind)});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(4, CostFigure::call(f.kind));
    }
    const CostFigure *vdso = r.figure(CostFigure::Kind::Vdso);
    const CostFigure *call = r.figure(CostFigure::Kind::Syscall);
    QString status = tr("Measured at %1: median of %2 batches of each.").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))).arg(call ? call->batches : 0);
    if (vdso && call && vdso->median > 0)
        status += QLatin1Char(' ') + tr("Here a system call costs %1 vDSO calls.").arg(QLocale().toString(call->median / vdso->median, 'f', 0));
    m_status->setText(status);
    explain();
}

// The lesson, with what this machine adds to it: its clock source, the
// mitigations on its entry path, whether counting was on.
void SyscallCostView::explain()
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("Into the kernel and back"));
    const QStringList lesson = {
        tr("<b>On entry</b> the <tt>syscall</tt> instruction saves the user instruction pointer and flags, "
           "switches the CPU to kernel mode and jumps to the kernel's entry point. The kernel switches to "
           "its own stack and per-CPU data, saves every user register, and looks the call's number up in "
           "its table."),
        tr("<b>On exit</b> it checks for pending work (a signal, a reschedule), restores the registers "
           "and returns to user mode with <tt>sysret</tt>. Mitigations of CPU flaws add to both ways: "
           "page-table isolation switches page tables, others fill or clear CPU buffers."),
        tr("<b>The vDSO</b> is a small library the kernel maps into every process, with a page of data it "
           "keeps current beside it. <tt>clock_gettime()</tt> reads the clock from that page with ordinary "
           "instructions, in user mode: no mode switch, nothing saved, so it costs little more than a "
           "function call."),
        tr("<b>A context switch</b> is measured as two threads held on one CPU handing a byte to each "
           "other over pipes: each hand-over is a write, a read that sleeps, and the scheduler switching "
           "to the other thread.")};
    for (const QString &paragraph : lesson)
        html += QStringLiteral("<p>%1</p>").arg(paragraph);
    if (hasResult()) {
        QStringList facts;
        if (!m_result.clocksource.isEmpty())
            facts.append(tr("Clock source: %1. The vDSO reads the time itself when the clock source allows it (tsc, kvm-clock with a "
                            "stable TSC, a Hyper-V page); otherwise it makes the system call.")
                             .arg(m_result.clocksource.toHtmlEscaped()));
        if (m_result.cpu >= 0)
            facts.append(tr("Both threads of the ping-pong ran on CPU %1.").arg(m_result.cpu));
        else if (!m_result.pinNote.isEmpty())
            facts.append(m_result.pinNote.toHtmlEscaped());
        if (!m_result.mitigations.isEmpty())
            facts.append(tr("Mitigations on this kernel's entry path: %1.").arg(m_result.mitigations.join(QStringLiteral("; ")).toHtmlEscaped()));
        if (m_result.countersOpen > 0)
            facts.append(tr("Every system call was being counted on this machine while measuring (a pane or chart), which makes each "
                            "call slower."));
        html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("On this machine"));
        for (const QString &f : std::as_const(facts))
            html += QStringLiteral("<li>") + f + QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<p><i>%1</i></p>").arg(tr("More in the Explain panel (F1), with a C program that measures the same."));
    m_text->setHtml(html);
}

} // namespace kc
