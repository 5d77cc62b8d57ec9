// SPDX-License-Identifier: GPL-2.0-or-later
// The Trace pane's files: the calls shown copied or saved as JSON lines or
// as kchan trace's text, and a saved trace opened again.
#include "tracepane.h"

#include "models/tracecallmodel.h"
#include "trace/tracecontroller.h"
#include "trace/traceformat.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QSaveFile>
#include <QTableView>

#include <algorithm>

namespace kc {

namespace {

// A saved trace is read whole; past this it is surely not one.
constexpr qint64 kMaxOpenBytes = qint64(1) << 30;

} // namespace

QList<int> TracePane::rowsFor(bool selectedOnly) const
{
    if (selectedOnly)
        return selectedRows();
    QList<int> rows;
    rows.reserve(m_model->rowCount());
    for (int r = 0; r < m_model->rowCount(); ++r)
        rows.append(r);
    return rows;
}

QByteArray TracePane::jsonLines(bool selectedOnly) const
{
    QByteArray out;
    for (int r : rowsFor(selectedOnly))
        TraceFormat::appendJson(out, m_model->call(r), m_trace->startMs());
    return out;
}

QByteArray TracePane::textLines(bool selectedOnly) const
{
    QByteArray out;
    for (int r : rowsFor(selectedOnly))
        TraceFormat::appendText(out, m_model->call(r));
    return out;
}

QList<int> TracePane::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows.append(i.row());
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows.append(m_table->currentIndex().row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString TracePane::selectedText() const
{
    return QString::fromUtf8(textLines(true));
}

bool TracePane::saveCalls(const QString &file, FileFormat format, QString *error)
{
    QSaveFile out(file);
    if (out.open(QIODevice::WriteOnly) && out.write(format == FileFormat::Text ? textLines() : jsonLines()) >= 0 && out.commit())
        return true;
    if (error)
        *error = tr("Could not write %1: %2").arg(file, out.errorString());
    return false;
}

void TracePane::showSaveDialog()
{
    const QString json = tr("JSON lines, as kchan trace --json writes them (*.jsonl)");
    const QString text = tr("Text, as kchan trace prints it (*.txt)");
    QString filter = json;
    QString file = QFileDialog::getSaveFileName(this, tr("Save the calls"), QStringLiteral("trace.jsonl"), json + QStringLiteral(";;") + text, &filter);
    if (file.isEmpty())
        return;
    const FileFormat format = filter == text || file.endsWith(QLatin1String(".txt")) ? FileFormat::Text : FileFormat::JsonLines;
    QString why;
    if (!saveCalls(file, format, &why))
        QMessageBox::warning(this, tr("Save failed"), why);
}

bool TracePane::openFile(const QString &path, QString *error)
{
    const QString name = QFileInfo(path).fileName();
    QString why;
    QFile file(path);
    if (m_trace->isRunning()) {
        why = tr("Stop the trace before opening a saved one.");
    } else if (!file.open(QIODevice::ReadOnly)) {
        why = tr("Cannot open %1: %2").arg(path, file.errorString());
    } else if (file.size() > kMaxOpenBytes) {
        why = tr("%1 is larger than a saved trace can be (1 GiB).").arg(path);
    } else {
        const TraceFormat::Import in = TraceFormat::readJsonLines(file.readAll());
        if (in.calls.isEmpty()) {
            why = in.malformed > 0 ? in.problemText(name) : tr("%1 holds no calls.").arg(name);
        } else {
            m_trace->showImported(in.calls, name, in.startMs);
            QStringList lines;
            lines.append(tr("%1: a saved trace, %Ln call(s).", nullptr, int(in.calls.size())).arg(name));
            if (m_model->droppedCount() > 0)
                lines.append(tr("The table keeps the newest %Ln call(s); %1 older ones were dropped from it (the summary counts them all).",
                                nullptr, m_model->cap())
                                 .arg(m_model->droppedCount()));
            if (in.malformed > 0)
                lines.append(in.problemText(name));
            setMessage(lines.join(QLatin1Char(' ')), in.malformed > 0);
            updateButtons();
            updateSummaries();
            Q_EMIT statusMessage(QString());
            return true;
        }
    }
    setMessage(why, true);
    if (error)
        *error = why;
    return false;
}

void TracePane::showOpenDialog()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open a saved trace"), QString(),
                                                      tr("JSON lines (*.jsonl *.json);;All files (*)"));
    if (!file.isEmpty())
        openFile(file);
}

} // namespace kc
