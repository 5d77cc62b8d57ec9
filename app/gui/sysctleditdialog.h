// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "sysctl/sysctl.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace kc {

class SysctlController;
struct RuntimeInfo;

/// Edits one sysctl: the new value is checked as it is typed (what looks
/// wrong is noted, only what cannot be sent as one line is held back), the
/// equivalent `sysctl -w` is shown, and only "Write" writes — directly
/// when we are root, otherwise through kchan-sysctl-helper under pkexec.
/// A refused write shows the kernel's error and leaves the dialog open.
class SysctlEditDialog : public QDialog
{
    Q_OBJECT
public:
    /// `rt` says how a write can reach the kernel from here.
    SysctlEditDialog(SysctlController *sysctl, const RuntimeInfo &rt, const SysctlEntry &entry, QWidget *parent = nullptr);

    /// Starts the dialog with `value` typed in instead of the current one.
    void setProposedValue(const QString &value);

Q_SIGNALS:
    /// The kernel took the value.
    void written(const QString &key);

private:
    void validate();
    void showProblem(const QString &text, bool refused);
    void write();
    void finish(bool ok, const QString &message);

    SysctlController *m_sysctl;
    SysctlEntry m_entry;
    QLineEdit *m_value;
    QLabel *m_problem;
    QLabel *m_command;
    QLabel *m_how;
    QDialogButtonBox *m_buttons;
    bool m_direct = false;
};

} // namespace kc
