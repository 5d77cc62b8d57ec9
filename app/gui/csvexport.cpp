// SPDX-License-Identifier: GPL-2.0-or-later
#include "csvexport.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>

namespace kc {

QString csvCell(const QString &s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}

void exportCsv(QWidget *parent, QAbstractItemModel *model, const QString &suggestedName, int role)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("kc::CsvExport", text); };
    const QString file = QFileDialog::getSaveFileName(parent, tr("Export table as CSV"), suggestedName, tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    QSaveFile out(file);
    if (out.open(QIODevice::WriteOnly)) {
        QStringList header;
        for (int c = 0; c < model->columnCount(); ++c)
            header.append(csvCell(model->headerData(c, Qt::Horizontal).toString()));
        out.write(header.join(QLatin1Char(',')).toUtf8() + '\n');
        for (int r = 0; r < model->rowCount(); ++r) {
            QStringList row;
            for (int c = 0; c < model->columnCount(); ++c)
                row.append(csvCell(model->index(r, c).data(role).toString()));
            out.write(row.join(QLatin1Char(',')).toUtf8() + '\n');
        }
        if (out.commit())
            return;
    }
    QMessageBox::warning(parent, tr("Export failed"), tr("Could not write %1: %2").arg(file, out.errorString()));
}

} // namespace kc
