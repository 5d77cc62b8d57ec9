// SPDX-License-Identifier: GPL-2.0-or-later
#include "sysctleditdialog.h"

#include "sysctl/sysctlcontroller.h"

#include "crosschannel/runtimeinfo.h"
#include "sysctl/sysctldocs.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>


namespace kc {

SysctlEditDialog::SysctlEditDialog(SysctlController *sysctl, const RuntimeInfo &rt, const SysctlEntry &entry, QWidget *parent)
    : QDialog(parent)
    , m_sysctl(sysctl)
    , m_entry(entry)
{
    setWindowTitle(tr("Change %1").arg(entry.key));
    const SysctlDoc *doc = sysctldocs::find(entry.key);

    auto *form = new QFormLayout;
    auto *key = new QLabel(entry.key, this);
    key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Key:"), key);
    if (doc) {
        auto *what = new QLabel(doc->description(), this);
        what->setWordWrap(true);
        form->addRow(tr("Meaning:"), what);
        // What the key is meant to hold; the kernel may take more or less.
        if (doc->kind == SysctlKind::Int || doc->kind == SysctlKind::Ints)
            form->addRow(tr("Expected values:"), new QLabel(tr("%1 to %2").arg(doc->min).arg(doc->max)
                                                        + (doc->unit != SysctlUnit::None ? QLatin1Char(' ') + sysctldocs::unitName(doc->unit) : QString()), this));
        else if (doc->kind == SysctlKind::Bool)
            form->addRow(tr("Expected values:"), new QLabel(tr("0 or 1"), this));
    }
    auto *now = new QLabel(entry.ok() ? QString::fromUtf8(entry.value) : entry.reason, this);
    now->setTextInteractionFlags(Qt::TextSelectableByMouse);
    now->setWordWrap(true);
    form->addRow(tr("Value now:"), now);
    m_value = new QLineEdit(QString::fromUtf8(entry.value), this);
    m_value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    form->addRow(tr("New value:"), m_value);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_command = new QLabel(this);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_command->setWordWrap(true);
    m_how = new QLabel(this);
    m_how->setWordWrap(true);
    m_how->setForegroundRole(QPalette::PlaceholderText);

    m_direct = SysctlController::writesDirectly();
    QString how;
    if (m_direct)
        how = rt.root ? tr("We run as root: the value is written directly.")
                      : tr("We are root of a user namespace: the write is tried directly; the kernel allows it only for keys of namespaces we own.");
    else if (rt.flatpak)
        how = tr("Inside Flatpak the app cannot ask for administrator rights. Run the command above in a terminal on the host.");
    else if (SysctlController::helperPath().isEmpty() || QStandardPaths::findExecutable(QStringLiteral("pkexec")).isEmpty())
        how = tr("Writing needs root, and pkexec (polkit) or our helper is missing here. Run the command above as root.");
    else
        how = tr("Writing needs root: you will be asked for an administrator password (pkexec), then only this key is written.");
    m_how->setText(how);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *writeButton = m_buttons->addButton(tr("Write"), QDialogButtonBox::ActionRole);
    // Enter in the value must not write: only pressing Write itself does.
    // An accepting button would be made the default when shown, so Write
    // is an action of the dialog instead.
    writeButton->setObjectName(QStringLiteral("write"));
    writeButton->setAutoDefault(false);
    writeButton->setDefault(false);
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(b))
            push->setAutoDefault(false);
    }
    connect(writeButton, &QPushButton::clicked, this, &SysctlEditDialog::write);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const bool canWrite = m_direct || (!rt.flatpak && !SysctlController::helperPath().isEmpty()
                                       && !QStandardPaths::findExecutable(QStringLiteral("pkexec")).isEmpty());
    writeButton->setVisible(canWrite);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(new QLabel(tr("Equivalent command:"), this));
    layout->addWidget(m_command);
    layout->addWidget(m_how);
    layout->addWidget(m_buttons);
    connect(m_value, &QLineEdit::textChanged, this, &SysctlEditDialog::validate);
    connect(m_sysctl, &SysctlController::written, this, [this](const QString &key, bool ok, const QString &message) {
        if (key == m_entry.key)
            finish(ok, message);
    });
    validate();
    resize(560, sizeHint().height());
}

void SysctlEditDialog::setProposedValue(const QString &value)
{
    m_value->setText(value);
}

void SysctlEditDialog::validate()
{
    const QString value = m_value->text();
    // Only a value that cannot be sent as one line is refused; what looks
    // wrong to us is advice, and Write still offers it to the kernel.
    const QString refusal = Sysctl::checkText(value);
    const QString advice = refusal.isEmpty() ? Sysctl::advice(m_entry.key, m_entry.value, value) : QString();
    if (!refusal.isEmpty())
        showProblem(refusal, true);
    else if (!advice.isEmpty())
        showProblem(tr("%1 Only the kernel decides: Write offers the value as typed and shows its answer.").arg(advice), false);
    else
        m_problem->hide();
    m_command->setText(Sysctl::commandLine(m_entry.key, value));
    const bool same = m_entry.ok() && value == QString::fromUtf8(m_entry.value);
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::ActionRole)
            b->setEnabled(refusal.isEmpty() && !same && !m_sysctl->isWriting());
    }
}

void SysctlEditDialog::showProblem(const QString &text, bool refused)
{
    // Red for what is not written, amber for advice.
    m_problem->setStyleSheet(refused ? QStringLiteral("color: #c0392b;") : QStringLiteral("color: #b9770e;"));
    m_problem->setText(text);
    m_problem->show();
}

void SysctlEditDialog::write()
{
    const QString key = m_entry.key;
    const QString value = m_value->text();
    m_value->setEnabled(false);
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::ActionRole)
            b->setEnabled(false);
    }
    m_sysctl->write(key, value);
}

void SysctlEditDialog::finish(bool ok, const QString &message)
{
    m_value->setEnabled(true);
    if (ok) {
        Q_EMIT written(m_entry.key);
        accept();
        return;
    }
    showProblem(tr("%1 The value was not changed.").arg(message), true);
    Q_EMIT written(m_entry.key); // re-read it: the kernel is the judge
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::ActionRole)
            b->setEnabled(true);
    }
}

} // namespace kc
