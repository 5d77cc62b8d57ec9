// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace kc {

/// What the Explain panel should show for the current selection: a card
/// (topic) and, when the selection has one, a snippet kind and the values
/// to fill it with (see Snippets).
struct ExplainTarget {
    QString topic = QStringLiteral("overview");
    QString snippet;
    QHash<QString, QString> params;

    bool operator==(const ExplainTarget &o) const { return topic == o.topic && snippet == o.snippet && params == o.params; }
    bool operator!=(const ExplainTarget &o) const { return !(*this == o); }
};

/// The Explain cards: Markdown files in resources/explain, one per topic
/// and language (TOPIC.en.md, TOPIC.zh_CN.md), bundled by the GUI under
/// :/explain.
class ExplainCatalog
{
public:
    /// The card topic for a /proc, /sys or /dev path: its own card when
    /// there is one (proc-meminfo, proc-pid-status ...), else its channel's.
    static QString topicForPath(const QString &path);
    /// The topics every build must have, in both languages: the overview,
    /// each channel, and the lessons (the cost of a call, the address space).
    static QStringList requiredTopics();
    /// The /proc entries that get a card of their own, by topic.
    static QStringList procTopics();
    /// The card text in `language` (zh_CN ...), falling back to English;
    /// empty when there is no card.
    static QString card(const QString &topic, const QString &language);
    static bool hasCard(const QString &topic, const QString &language);
};

} // namespace kc
