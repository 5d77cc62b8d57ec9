// SPDX-License-Identifier: GPL-2.0-or-later
#include "explainpanel.h"

#include "explain/snippets.h"
#include "fileview.h"
#include "viewactions.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace kc {

ExplainPanel::ExplainPanel(QWidget *parent)
    : QDockWidget(tr("Explain"), parent)
    , m_card(new QTextBrowser(this))
    , m_codeTitle(new QLabel(this))
    , m_code(new QPlainTextEdit(this))
    , m_copy(textButton(tr("Copy"), QStringLiteral("edit-copy"), tr("Copy the program"), this))
    , m_save(textButton(tr("Save…"), QStringLiteral("document-save-as"), tr("Save the program as a .c file"), this))
    , m_codeBox(new QWidget(this))
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(m_code->document()))
{
    setObjectName(QStringLiteral("explain"));
    m_card->setOpenExternalLinks(true);
    m_code->setReadOnly(true);
    m_code->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    if (const auto def = syntaxRepository().definitionForName(QStringLiteral("C")); def.isValid())
        m_highlighter->setDefinition(def);
    QFont bold = m_codeTitle->font();
    bold.setBold(true);
    m_codeTitle->setFont(bold);
    connect(m_copy, &QToolButton::clicked, this, [this] { QApplication::clipboard()->setText(code()); });
    connect(m_save, &QToolButton::clicked, this, &ExplainPanel::save);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_codeTitle, 1);
    bar->addWidget(m_copy);
    bar->addWidget(m_save);
    auto *codeLayout = new QVBoxLayout(m_codeBox);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->addLayout(bar);
    codeLayout->addWidget(m_code, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_card);
    split->addWidget(m_codeBox);
    split->setSizes({360, 300});
    setWidget(split);
    themeChanged();
    setTarget({});
}

void ExplainPanel::setTarget(const ExplainTarget &target)
{
    if (target == m_target && m_shown)
        return;
    m_target = target;
    m_shown = true;
    const QString language = QLocale().name();
    m_cardText = ExplainCatalog::card(target.topic, language);
    if (m_cardText.isEmpty())
        m_cardText = ExplainCatalog::card(QStringLiteral("overview"), language);
    m_card->setMarkdown(m_cardText);

    QString code;
    QString error;
    if (!target.snippet.isEmpty())
        code = Snippets::fill(Snippets::templateText(target.snippet), target.params, &error);
    m_codeBox->setVisible(!code.isEmpty());
    // A snippet without parameters is named by its kind.
    const QString subject = target.params.value(QStringLiteral("PATH"),
                                                target.params.value(QStringLiteral("NODE"), target.params.value(QStringLiteral("NAME"), target.snippet)));
    m_codeTitle->setText(tr("Show me the code: %1").arg(subject));
    m_code->setPlainText(code);
}

QString ExplainPanel::code() const
{
    return m_code->toPlainText();
}

void ExplainPanel::save()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Save the program"), m_target.snippet + QStringLiteral(".c"), tr("C source (*.c)"));
    if (file.isEmpty())
        return;
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(code().toUtf8()) < 0 || !out.commit())
        QMessageBox::warning(this, tr("Save failed"), tr("Could not write %1: %2").arg(file, out.errorString()));
}

void ExplainPanel::themeChanged()
{
    applySyntaxTheme(m_highlighter, m_code);
}

} // namespace kc
