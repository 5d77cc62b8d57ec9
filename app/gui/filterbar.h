// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;

namespace kc {

class Pane;

/// The filter box (Ctrl+F) of the main window. Each pane keeps its own
/// filter: switching panes shows that pane's text, and the others are left
/// as they were. Beside it, how much of the pane the filter shows; Down or
/// Enter goes to the results with the first match selected.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    /// Follows what `pane` asks to be filtered by, shown or not.
    void watch(Pane *pane);
    /// Shows `pane`'s filter; typing filters it from now on.
    void setPane(Pane *pane);
    /// The text `pane` is filtered by.
    QString textFor(const Pane *pane) const { return m_texts.value(pane); }
    QLineEdit *lineEdit() const { return m_edit; }
    /// "N of M shown" for the current pane, empty while it is not filtered.
    QString countText() const;
    /// Ctrl+F: the box gets the focus, its text selected.
    void focusFilter();
    /// Moves the focus into the current pane's results, selecting the
    /// first match; false when the pane has no list of results.
    bool enterResults();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void textEdited(const QString &text);
    void updateCount();

    QLineEdit *m_edit;
    QLabel *m_count;
    QTimer *m_countTimer;
    QPointer<Pane> m_pane;
    QHash<const Pane *, QString> m_texts;
};

} // namespace kc
