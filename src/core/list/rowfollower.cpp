#include "core/list/rowfollower.h"

#include <algorithm>

RowFollower::RowFollower(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_following || !m_active)
            return;
        ++m_polls;
        m_awaitingPage = true;
        // The next wait is longer: rows that take their time are asked about less and less often.
        m_interval = std::min(m_interval * 2, m_maximum);
        emit pollDue();
    });
}

bool RowFollower::isInMotion(const ConnectorInstance& instance)
{
    return instance.isLocked || instance.isDeleting() || instance.isSyncing();
}

bool RowFollower::anyInMotion(const QList<ConnectorInstance>& rows)
{
    return std::any_of(rows.cbegin(), rows.cend(), &RowFollower::isInMotion);
}

void RowFollower::setIntervals(int minimumMs, int maximumMs)
{
    m_minimum = std::max(1, minimumMs);
    m_maximum = std::max(m_minimum, maximumMs);
    m_interval = std::clamp(m_interval, m_minimum, m_maximum);
    if (!m_following)
        m_interval = m_minimum;
}

void RowFollower::pageArrived(const QList<ConnectorInstance>& rows)
{
    m_awaitingPage = false;
    observe(rows);
}

void RowFollower::pageFailed()
{
    m_awaitingPage = false;
    schedule();
}

void RowFollower::observe(const QList<ConnectorInstance>& rows)
{
    if (!anyInMotion(rows)) {
        stop();
        return;
    }
    setFollowing(true);
    schedule();
}

void RowFollower::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    if (!active)
        m_timer.stop();
    else
        schedule();
}

void RowFollower::resetBackoff()
{
    m_interval = m_minimum;
    if (m_timer.isActive())
        m_timer.start(m_interval);
}

void RowFollower::stop()
{
    m_timer.stop();
    m_interval = m_minimum;
    m_awaitingPage = false;
    setFollowing(false);
}

void RowFollower::schedule()
{
    // One poll at a time: while its page is awaited, nothing else is scheduled.
    if (!m_following || !m_active || m_awaitingPage || m_timer.isActive())
        return;
    m_timer.start(m_interval);
}

void RowFollower::setFollowing(bool following)
{
    if (m_following == following)
        return;
    m_following = following;
    emit followingChanged(following);
}
