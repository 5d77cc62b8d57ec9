// SPDX-License-Identifier: GPL-2.0-or-later
#include "guidedialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kc {

GuideDialog::GuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("guide"));
    setWindowTitle(tr("Getting Started"));
    const QStringList paragraphs = {
        tr("<h3>What you see</h3><p>Programs reach the Linux kernel through a few channels: system calls, the files "
           "of /proc and /sys, device nodes in /dev and netlink sockets. Each channel has a pane, listed at the left; "
           "the first, the map, shows them all at once with live figures. Click a channel on the map to open it.</p>"),
        tr("<h3>Moving around</h3><p>Ctrl+1 to Ctrl+9, Ctrl+0 and Alt+1 open the panes (the View menu lists them). "
           "Tab goes from the list of channels into the pane. Ctrl+F filters the pane you are in; each pane keeps its "
           "own filter, says how much it shows, and Down or Enter takes you to the first match. F5 reads again.</p>"),
        tr("<h3>Learning</h3><p>Select a file, a key, a device or a message and press F1: the Explain panel says what "
           "it is, who writes it, and shows a short C program that reads it the same way. When something cannot be "
           "read, the pane says why; the Why? pane checks, step by step, what stands between you and a path, a "
           "netlink protocol or a system call.</p>"),
        tr("<h3>Changing things</h3><p>Kernel Channels only reads, except in the sysctl pane, where a value can be "
           "changed after you confirm it. Such a change lasts until the next reboot; the pane shows the line that "
           "would keep it, for you to add to a sysctl.d file yourself.</p>"),
    };
    m_text->setHtml(paragraphs.join(QString()));
    m_text->setOpenExternalLinks(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(620, 520);
}

} // namespace kc
