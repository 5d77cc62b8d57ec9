// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "why/why.h"
#include "io/async.h"
#include "source/datasource.h"

#include <QObject>

#include <memory>

namespace kc {

/// "Why can't I reach it?": runs the checks for a path, a netlink family
/// or a system call (as Why does) off the GUI thread, one at a time, on
/// the machine the source reads (here, or where its agent runs).
class WhyController : public QObject
{
    Q_OBJECT
public:
    explicit WhyController(std::shared_ptr<DataSource> source, QObject *parent = nullptr)
        : QObject(parent)
        , m_source(std::move(source))
    {
    }
    void setSource(std::shared_ptr<DataSource> source) { m_source = std::move(source); }

    /// Checks `subject` (for process `pid` when given); checked() follows.
    /// False, and nothing done, while a check runs.
    bool check(const QString &subject, int pid = 0);
    bool isChecking() const { return m_checking.isBusy(); }

Q_SIGNALS:
    void checked(const kc::WhyAnswer &diagnosis);

private:
    std::shared_ptr<DataSource> m_source;
    Async<WhyAnswer> m_checking{this};
};

} // namespace kc
