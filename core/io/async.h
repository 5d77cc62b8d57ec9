// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace kc {

/// Runs `work` (a callable returning a value) on Qt's thread pool and hands
/// its result to `done` on `owner`'s thread, unless the owner is gone by
/// then. `done` is always called from the event loop, never from inside
/// runFor() (a model must not change while it starts a fetch), even when
/// the work is done at once. For requests that may overlap (one listing per
/// tree node); Async below keeps only the latest of one kind.
template<typename Work, typename Done>
void runFor(QObject *owner, Work &&work, Done &&done)
{
    using T = std::invoke_result_t<std::decay_t<Work>>;
    // A watcher reports through posted events; QFuture::then(context)
    // would call `done` at once for work already finished.
    auto *watcher = new QFutureWatcher<T>(owner);
    QObject::connect(watcher, &QFutureWatcherBase::finished, owner, [watcher, done = std::forward<Done>(done)]() mutable {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::forward<Work>(work)));
}

/// One kind of work off the GUI thread whose answer comes back to its
/// owner: run() starts it on Qt's thread pool and hands the result to
/// `done` on the owner's thread, unless a newer run() or cancel() came
/// meanwhile (that answer is stale and dropped) or the owner is gone.
/// Keep it as a member of the owner.
/// This is the one way panes and controllers wait for a read.
template<typename T>
class Async
{
public:
    explicit Async(QObject *owner)
        : m_owner(owner)
    {
    }
    Async(const Async &) = delete;
    Async &operator=(const Async &) = delete;

    /// Starts `work` (a callable returning T) now; an answer still coming
    /// from an earlier run is dropped.
    template<typename Work, typename Done>
    void run(Work &&work, Done &&done)
    {
        const quint64 id = ++m_generation;
        m_busy = true;
        runFor(m_owner, std::forward<Work>(work), [this, id, done = std::forward<Done>(done)](T result) mutable {
            if (id != m_generation)
                return;
            m_busy = false;
            done(std::move(result));
        });
    }
    /// Starts `work` unless a run is still going: a timer's tick that
    /// finds the last read unfinished skips. False when skipped.
    template<typename Work, typename Done>
    bool runIfIdle(Work &&work, Done &&done)
    {
        if (m_busy)
            return false;
        run(std::forward<Work>(work), std::forward<Done>(done));
        return true;
    }
    /// Drops the answer still coming, if any.
    void cancel()
    {
        ++m_generation;
        m_busy = false;
    }
    bool isBusy() const { return m_busy; }

private:
    QObject *m_owner;
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace kc
