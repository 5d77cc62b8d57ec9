// SPDX-License-Identifier: GPL-2.0-or-later
#include "tracerundialog.h"

#include "tracepane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace kc {

// Its texts are the Trace pane's, in the translations too.
std::optional<TraceRunDialog::Choice> TraceRunDialog::ask(QWidget *parent)
{
    QSettings settings;
    QDialog dialog(parent);
    dialog.setWindowTitle(TracePane::tr("Run and trace"));
    auto *command = new QLineEdit(settings.value(QStringLiteral("trace/command")).toString(), &dialog);
    command->setPlaceholderText(TracePane::tr("cat /proc/meminfo"));
    command->setToolTip(TracePane::tr("The program and its arguments, split as a shell would split words (quotes, no variables)"));
    command->setMinimumWidth(420);
    auto *directory = new QLineEdit(settings.value(QStringLiteral("trace/directory")).toString(), &dialog);
    directory->setPlaceholderText(QDir::currentPath());
    auto *browse = new QToolButton(&dialog);
    browse->setText(TracePane::tr("Choose…"));
    QObject::connect(browse, &QToolButton::clicked, &dialog, [&dialog, directory] {
        const QString dir = QFileDialog::getExistingDirectory(&dialog, TracePane::tr("Working directory"), directory->text());
        if (!dir.isEmpty())
            directory->setText(dir);
    });
    auto *dirRow = new QHBoxLayout;
    dirRow->addWidget(directory, 1);
    dirRow->addWidget(browse);
    auto *only = new QLineEdit(settings.value(QStringLiteral("trace/only")).toString(), &dialog);
    only->setPlaceholderText(TracePane::tr("Every call"));
    only->setToolTip(TracePane::tr("Trace only these calls, e.g. openat, read, ioctl: a seccomp filter lets the others run at full speed. "
                        "Such a command is ended when the trace stops."));
    auto *limit = new QSpinBox(&dialog);
    limit->setRange(16, 1 << 20);
    limit->setSuffix(TracePane::tr(" bytes"));
    limit->setValue(settings.value(QStringLiteral("trace/stringLimit"), 256).toInt());
    limit->setToolTip(TracePane::tr("Strings and buffers are cut at this length, and say so"));
    auto *kill = new QCheckBox(TracePane::tr("End the command when the trace stops"), &dialog);
    kill->setToolTip(TracePane::tr("Otherwise Stop detaches and the command runs on, untraced"));
    kill->setChecked(settings.value(QStringLiteral("trace/killOnStop"), false).toBool());
    auto *method = new QComboBox(&dialog);
    method->addItem(TracePane::tr("Automatic: BPF where it can be had, else ptrace"), QStringLiteral("auto"));
    method->addItem(TracePane::tr("BPF: the program never stops for the tracer (root)"), QStringLiteral("bpf"));
    method->addItem(TracePane::tr("ptrace: the program stops at each traced call"), QStringLiteral("ptrace"));
    method->setCurrentIndex(qMax(0, method->findData(settings.value(QStringLiteral("trace/backend"), QStringLiteral("auto")))));
    const QString noBpf = Tracer::bpfUnavailable();
    method->setToolTip(noBpf.isEmpty() ? TracePane::tr("BPF copies each call's memory in the kernel and costs the program far less time")
                                       : TracePane::tr("BPF cannot be had here: %1").arg(noBpf));
    auto *form = new QFormLayout;
    form->addRow(TracePane::tr("Command:"), command);
    form->addRow(TracePane::tr("Working directory:"), dirRow);
    form->addRow(TracePane::tr("Only these calls:"), only);
    form->addRow(TracePane::tr("Show at most:"), limit);
    form->addRow(TracePane::tr("Catch calls with:"), method);
    form->addRow(QString(), kill);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(TracePane::tr("Run and trace"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    settings.setValue(QStringLiteral("trace/command"), command->text());
    settings.setValue(QStringLiteral("trace/directory"), directory->text());
    settings.setValue(QStringLiteral("trace/only"), only->text());
    settings.setValue(QStringLiteral("trace/stringLimit"), limit->value());
    settings.setValue(QStringLiteral("trace/killOnStop"), kill->isChecked());
    settings.setValue(QStringLiteral("trace/backend"), method->currentData());
    return Choice{command->text(), directory->text().trimmed()};
}

TraceOptions::Backend TraceRunDialog::backend()
{
    const QString b = QSettings().value(QStringLiteral("trace/backend"), QStringLiteral("auto")).toString();
    if (b == QLatin1String("bpf"))
        return TraceOptions::Backend::Bpf;
    if (b == QLatin1String("ptrace"))
        return TraceOptions::Backend::Ptrace;
    return TraceOptions::Backend::Auto;
}

} // namespace kc
