// SPDX-License-Identifier: GPL-2.0-or-later
#include "whypane.h"

#include "why/whycontroller.h"

#include "viewactions.h"

#include <QApplication>
#include <QClipboard>
#include <QCompleter>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStringListModel>
#include <QStyle>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace kc {

namespace {

const QStringList examples = {QStringLiteral("/proc/1/environ"), QStringLiteral("/dev/null"), QStringLiteral("/sys/kernel/debug"),
                              QStringLiteral("netlink:NETLINK_AUDIT"), QStringLiteral("netlink:NETLINK_FIREWALL"),
                              QStringLiteral("syscall:bpf"), QStringLiteral("syscall:perf_event_open")};

} // namespace

WhyPane::WhyPane(WhyController *why, QWidget *parent)
    : Pane(parent)
    , m_why(why)
    , m_subject(new QLineEdit(this))
    , m_pid(new QLineEdit(this))
    , m_check(new QPushButton(tr("Check"), this))
    , m_verdict(new QLabel(this))
    , m_checks(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("why"));
    connect(m_why, &WhyController::checked, this, [this](const WhyAnswer &d) {
        m_check->setEnabled(true);
        show(d);
    });
    m_subject->setPlaceholderText(tr("A path, netlink:PROTOCOL or syscall:NAME"));
    m_subject->setClearButtonEnabled(true);
    m_subject->setToolTip(tr("Examples: /proc/1/environ, /dev/ttyS0, netlink:NETLINK_AUDIT, syscall:bpf"));
    QStringList history = QSettings().value(QStringLiteral("why/history")).toStringList();
    auto *completer = new QCompleter(new QStringListModel(history + examples, this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_subject->setCompleter(completer);
    m_pid->setPlaceholderText(tr("PID (for syscalls)"));
    m_pid->setToolTip(tr("For syscall:NAME: whose seccomp filter to check. Empty: Kernel Channels itself."));
    m_pid->setValidator(new QIntValidator(1, 1 << 30, m_pid));
    m_pid->setMaximumWidth(140);
    m_check->setDefault(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Why can't I reach"), this));
    bar->addWidget(m_subject, 1);
    bar->addWidget(m_pid);
    bar->addWidget(m_check);

    auto *tries = new QLabel(this);
    QStringList links;
    for (const QString &e : examples)
        links.append(QStringLiteral("<a href=\"%1\">%1</a>").arg(e.toHtmlEscaped()));
    tries->setText(tr("Try: %1").arg(links.join(QStringLiteral(" · "))));
    tries->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    tries->setWordWrap(true);
    connect(tries, &QLabel::linkActivated, this, [this](const QString &link) {
        m_subject->setText(link);
        check(link);
    });

    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checks->setOpenLinks(false);
    m_checks->setPlaceholderText(tr("Type what you cannot read, open or use, and press Enter. Every check reads this machine: "
                                    "nothing is written, and device nodes are never opened."));
    auto *copy = textButton(tr("Copy"), QStringLiteral("edit-copy"), tr("Copy the checklist as text"), this);
    connect(copy, &QToolButton::clicked, this, [this] { QApplication::clipboard()->setText(plainText()); });

    auto *verdictRow = new QHBoxLayout;
    verdictRow->addWidget(m_verdict, 1);
    verdictRow->addWidget(copy, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(tries);
    layout->addLayout(verdictRow);
    layout->addWidget(m_checks, 1);

    connect(m_check, &QPushButton::clicked, this, [this] { check(m_subject->text()); });
    connect(m_subject, &QLineEdit::returnPressed, this, [this] { check(m_subject->text()); });
    connect(m_pid, &QLineEdit::returnPressed, this, [this] { check(m_subject->text()); });
}

QString WhyPane::title() const
{
    return tr("Why?");
}

QString WhyPane::subtitle() const
{
    return tr("Why can't I read a file, open a device, use a netlink protocol or make a system call?");
}

QIcon WhyPane::icon() const
{
    return QIcon::fromTheme(QStringLiteral("help-faq"), style()->standardIcon(QStyle::SP_MessageBoxQuestion));
}

void WhyPane::setFilterText(const QString &text)
{
    m_filter = text;
    render();
}

QString WhyPane::filterSummary() const
{
    if (!m_hasResult)
        return tr("no check made yet");
    int shown = 0;
    for (const WhyCheck &c : m_result.checks)
        shown += matches(c) ? 1 : 0;
    return tr("%L1 of %L2 checks shown").arg(shown).arg(m_result.checks.size());
}

QWidget *WhyPane::filterResults() const
{
    return m_checks;
}

bool WhyPane::matches(const WhyCheck &c) const
{
    return m_filter.isEmpty() || c.title.contains(m_filter, Qt::CaseInsensitive) || c.evidence.contains(m_filter, Qt::CaseInsensitive);
}

void WhyPane::refresh()
{
    if (m_hasResult)
        check(m_result.subject);
}

bool WhyPane::isChecking() const
{
    return m_why->isChecking();
}

void WhyPane::check(const QString &given)
{
    const QString subject = given.trimmed();
    if (subject.isEmpty() || m_why->isChecking())
        return;
    if (m_subject->text() != subject)
        m_subject->setText(subject);
    m_check->setEnabled(false);
    m_verdict->setText(tr("Checking %1 …").arg(subject.toHtmlEscaped()));
    m_why->check(subject, m_pid->text().toInt());

    QSettings settings;
    QStringList history = settings.value(QStringLiteral("why/history")).toStringList();
    history.removeAll(subject);
    history.prepend(subject);
    settings.setValue(QStringLiteral("why/history"), history.mid(0, 30));
    if (auto *model = qobject_cast<QStringListModel *>(m_subject->completer()->model()))
        model->setStringList(history.mid(0, 30) + examples);
}

void WhyPane::show(const WhyAnswer &d)
{
    m_result = d;
    m_hasResult = true;
    render();
    // The first check that failed names what is in the way.
    QString blocker;
    for (const WhyCheck &c : d.checks) {
        if (c.result == WhyCheck::Result::Fail) {
            blocker = c.title;
            break;
        }
    }
    Q_EMIT statusMessage(!d.failed() ? tr("%1: nothing in the way").arg(d.subject)
                         : blocker.isEmpty() ? tr("%1: something is in the way").arg(d.subject)
                                             : tr("%1: in the way: %2").arg(d.subject, blocker));
}

void WhyPane::render()
{
    if (!m_hasResult)
        return;
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    const QString good = dark ? QStringLiteral("#6fcf7f") : QStringLiteral("#1e7b34");
    const QString bad = dark ? QStringLiteral("#ff7b72") : QStringLiteral("#b42318");
    const QString warn = dark ? QStringLiteral("#e3b341") : QStringLiteral("#9a6700");
    const QString dim = pal.color(QPalette::PlaceholderText).name();
    if (!m_result.error.isEmpty()) {
        m_verdict->setText(QStringLiteral("<b style=\"color:%1\">%2</b>").arg(bad, m_result.error.toHtmlEscaped()));
        m_checks->clear();
        return;
    }
    m_verdict->setText(QStringLiteral("<b style=\"color:%1\">%2</b> — %3")
                           .arg(m_result.failed() ? bad : good,
                                m_result.failed() ? tr("Out of reach") : tr("Reachable"),
                                m_result.verdict().toHtmlEscaped()));
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"5\" width=\"100%\">");
    for (const WhyCheck &c : m_result.checks) {
        if (!matches(c))
            continue;
        QString mark, color;
        switch (c.result) {
        case WhyCheck::Result::Pass: mark = QStringLiteral("✔"); color = good; break;
        case WhyCheck::Result::Fail: mark = QStringLiteral("✘"); color = bad; break;
        case WhyCheck::Result::Warn: mark = QStringLiteral("!"); color = warn; break;
        case WhyCheck::Result::Info: mark = QStringLiteral("i"); color = dim; break;
        }
        html += QStringLiteral("<tr><td width=\"24\" valign=\"top\" style=\"color:%1; font-weight:bold; font-size:large\">%2</td>"
                               "<td valign=\"top\" width=\"22%\"><b>%3</b></td><td valign=\"top\">%4")
                    .arg(color, mark, c.title.toHtmlEscaped(), c.evidence.toHtmlEscaped());
        if (!c.fix.isEmpty())
            html += QStringLiteral("<br><i>%1</i>").arg(tr("What to do: %1").arg(c.fix).toHtmlEscaped());
        html += QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("</table>");
    m_checks->setHtml(html);
    Q_EMIT filterSummaryChanged();
}

QString WhyPane::plainText() const
{
    QString text = m_result.subject + QLatin1Char('\n');
    for (const WhyCheck &c : m_result.checks) {
        text += QStringLiteral("[%1] %2: %3\n").arg(WhyAnswer::resultKey(c.result), c.title, c.evidence);
        if (!c.fix.isEmpty())
            text += QStringLiteral("       %1\n").arg(tr("What to do: %1").arg(c.fix));
    }
    return text + m_result.verdict() + QLatin1Char('\n');
}

void WhyPane::themeChanged()
{
    render();
}

QStringList WhyPane::screenshotScenes() const
{
    return {objectName()};
}

void WhyPane::startScreenshot(int)
{
    check(QStringLiteral("/proc/1/environ"));
}

bool WhyPane::screenshotReady() const
{
    return m_hasResult && !m_why->isChecking();
}

} // namespace kc
