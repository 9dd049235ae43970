#pragma once

#include "core/model/connectorinstance.h"

#include <QList>
#include <QObject>
#include <QTimer>

// Keeps the rows on screen following the server while some of them are in motion:
// while any row is DELETING, SYNCING, FULL_SYNCING or locked, pollDue() asks for the page again after
// an interval that starts short and doubles up to a ceiling (about 2 s to 30 s), until the rows settle
// or disappear. No widgets: the window feeds it each page it shows (observe()), says when it is
// minimised (setActive()) and resets the back-off after an admin's action; it answers pollDue() with
// ONE reload of the page, never one request per row.
class RowFollower final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowFollower)

public:
    static constexpr int defaultMinimumInterval = 2000;
    static constexpr int defaultMaximumInterval = 30000;

    explicit RowFollower(QObject* parent = nullptr);

    // Whether a row is in a state that the server changes by itself.
    static bool isInMotion(const ConnectorInstance& instance);
    static bool anyInMotion(const QList<ConnectorInstance>& rows);

    // Tests shorten both; the interval after each poll is doubled, never beyond the maximum.
    void setIntervals(int minimumMs, int maximumMs);
    int minimumInterval() const
    {
        return m_minimum;
    }
    int maximumInterval() const
    {
        return m_maximum;
    }
    // The interval the next poll waits (the current step of the back-off).
    int currentInterval() const
    {
        return m_interval;
    }
    bool isFollowing() const
    {
        return m_following;
    }
    bool isScheduled() const
    {
        return m_timer.isActive();
    }
    int pollCount() const
    {
        return m_polls;
    }

public slots:
    // The rows now on screen (a page arrived, a row changed): schedules the next poll while one is in
    // motion, stops and forgets the back-off when none is.
    void observe(const QList<ConnectorInstance>& rows);
    // A page was loaded (the answer to a poll or any other load): its rows, observed.
    void pageArrived(const QList<ConnectorInstance>& rows);
    // The page could not be loaded: try again after the next step of the back-off.
    void pageFailed();
    // False while the window is minimised or hidden: nothing is polled; true resumes.
    void setActive(bool active);
    // An admin did something (toggle, resync, delete): the server is about to change, look again soon.
    void resetBackoff();
    void stop(); // forgets everything (another server)

signals:
    // Time to read the page again: answer with one reload, then observe() its rows.
    void pollDue();
    void followingChanged(bool following);

private:
    void schedule();
    void setFollowing(bool following);

    QTimer m_timer;
    int m_minimum = defaultMinimumInterval;
    int m_maximum = defaultMaximumInterval;
    int m_interval = defaultMinimumInterval;
    int m_polls = 0;
    bool m_following = false;
    bool m_active = true;
    bool m_awaitingPage = false; // a poll went out: the next observe() schedules the next step
};
