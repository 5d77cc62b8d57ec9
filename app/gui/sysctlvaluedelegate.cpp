// SPDX-License-Identifier: GPL-2.0-or-later
#include "sysctlvaluedelegate.h"

#include "models/roles.h"
#include "models/sysctlmodel.h"
#include "sysctl/sysctl.h"

#include <QLineEdit>

namespace kc {

QString SysctlValueDelegate::problem(const QString &key, const QByteArray &current, const QString &typed, bool *refused)
{
    // Red: what cannot be sent, or what the kernel's own reading refuses;
    // amber: advice (ranges, counts) that the kernel may see otherwise.
    QString refusal = Sysctl::checkText(typed);
    if (refusal.isEmpty())
        refusal = Sysctl::kernelRefusal(key, current, typed);
    if (refused)
        *refused = !refusal.isEmpty();
    return refusal.isEmpty() ? Sysctl::advice(key, current, typed) : refusal;
}

QWidget *SysctlValueDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QWidget *editor = ChangeDelegate::createEditor(parent, option, index);
    auto *line = qobject_cast<QLineEdit *>(editor);
    const QString key = index.data(SysctlKeyRole).toString();
    if (!line || index.column() != SysctlModel::ValueColumn || key.isEmpty())
        return editor;
    line->setObjectName(QStringLiteral("sysctlValueEditor"));
    const QByteArray current = index.data(RawValueRole).toString().toUtf8();
    const QPalette normal = line->palette();
    auto *self = const_cast<SysctlValueDelegate *>(this);
    connect(line, &QLineEdit::textChanged, self, [this, line, key, current, normal](const QString &text) {
        bool refused = false;
        const QString what = problem(key, current, text, &refused);
        QPalette pal = normal;
        if (!what.isEmpty())
            pal.setColor(QPalette::Text, refused ? QColor(0xc0, 0x39, 0x2b) : QColor(0xb9, 0x77, 0x0e));
        line->setPalette(pal);
        line->setToolTip(what);
        line->setProperty("problem", what);
        line->setProperty("refused", refused);
        Q_EMIT problemChanged(what);
    });
    connect(line, &QObject::destroyed, self, [this] { Q_EMIT problemChanged(QString()); });
    return editor;
}

} // namespace kc
