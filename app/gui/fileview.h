// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "procfs/filepoller.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
}

namespace kc {

class ParsedTableModel;

/// Shows one kernel file: parsed into a table when we know its format,
/// and as highlighted text. Reads happen on a worker; auto-refresh marks
/// the values that changed.
class FileView : public QWidget
{
    Q_OBJECT
public:
    /// `poller` reads the file shown: its channel's controller owns it.
    explicit FileView(FilePoller *poller, QWidget *parent = nullptr);
    ~FileView() override;

    void setPath(const QString &path);
    /// Shows a sentence instead of a file (a directory, a link, nothing selected).
    void showMessage(const QString &title, const QString &message);
    QString path() const { return m_poller->path(); }
    void setFilterText(const QString &text);
    /// "N of M rows of FILE shown" while the filter narrows the table.
    QString filterSummary() const;
    void refresh();
    void themeChanged();
    /// Auto-refresh interval in ms, 0 for off.
    void setInterval(int msec);
    int interval() const;

    /// For tests and screenshots.
    bool hasSnapshot() const { return m_haveSnapshot; }
    const FileSnapshot &snapshot() const { return m_snapshot; }
    /// The key of the table's current row in a "Key: value" file (meminfo,
    /// status, io), for the Explain snippet; empty otherwise.
    QString currentFieldKey() const;
    /// The sample key of the table's current cell, empty if it has none.
    QString currentSampleKey() const;
    ParsedTableModel *tableModel() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    QPlainTextEdit *textView() const { return m_text; }
    bool showsTable() const;
    /// Shows the Text tab instead of the table once the next file arrives.
    void showTextWhenLoaded() { m_preferText = true; }

Q_SIGNALS:
    void loaded();
    /// The user chose "Pin to chart" on a number of the table.
    void pinRequested(const QString &key);
    /// Rows came or went under the filter.
    void filterChanged();

private:
    void onLoaded(const kc::FileSnapshot &snapshot);
    void showSection(int index);
    void updateFilterNote();
    void copySelection();
    void copyTable();
    void exportCsv();
    void applySyntaxTheme();

    FilePoller *m_poller;
    FileSnapshot m_snapshot;
    bool m_haveSnapshot = false;
    bool m_preferText = false;
    QString m_shownPath;

    QLabel *m_title = nullptr;
    QLabel *m_format = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_filterNote = nullptr;
    QComboBox *m_interval = nullptr;
    QToolButton *m_refresh = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_tablePage = nullptr;
    QComboBox *m_section = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_text = nullptr;
    ParsedTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTimer *m_fadeTimer = nullptr;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
};

/// The one syntax repository of the application, with our /proc definitions.
KSyntaxHighlighting::Repository &syntaxRepository();
/// Colours `highlighter` and its text widget with the syntax theme that
/// matches the palette (light or dark).
void applySyntaxTheme(KSyntaxHighlighting::SyntaxHighlighter *highlighter, QWidget *text);

} // namespace kc
