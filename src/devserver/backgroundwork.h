#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <memory>

class QTimer;

namespace devserver {

class ConnectorStore;

// The server's background jobs (a deletion in the PipesHub dialect, a sync, a full sync) and the clock
// they run on: real time since construction plus whatever a test added with advance(). One job per
// instance; starting another replaces it. A job ends from a timer, never inside the request that
// started it: with a duration of 0 its state (DELETING, SYNCING, FULL_SYNCING) is still in the answer
// and visible until the next turn of the event loop.
class BackgroundWork final
{
    Q_DISABLE_COPY_MOVE(BackgroundWork)

public:
    enum class Job
    {
        Deletion, // the instance disappears (if it still shows DELETING)
        Sync, // SYNCING ends: status null, lastSyncAt now
        FullSync, // FULL_SYNCING ends: status null, unlocked, lastSyncAt now
    };

    explicit BackgroundWork(ConnectorStore& store);
    ~BackgroundWork();

    void start(const QString& id, Job job, int durationMs);
    void cancel(const QString& id); // forgets the job; the instance keeps whatever state it has
    int pendingCount() const;

    qint64 now() const; // the clock: ms since construction, plus every advance()
    void advance(qint64 milliseconds); // moves the clock on; the jobs due by then end at once
    void completeAll(); // every pending job ends at once, whatever its time; the clock stays

private:
    struct Pending
    {
        Job job = Job::Sync;
        qint64 dueAt = 0;
        quint64 order = 0; // jobs due at the same time end in the order they started
    };

    void completeDue();
    void completeDue(qint64 current); // every job due at or before `current`, earliest first
    void finish(const QString& id, Job job);
    void rearm();

    ConnectorStore& m_store;
    QHash<QString, Pending> m_pending;
    QElapsedTimer m_elapsed;
    qint64 m_offset = 0;
    quint64 m_started = 0;
    std::unique_ptr<QTimer> m_timer;
};

} // namespace devserver
