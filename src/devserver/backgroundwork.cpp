#include "devserver/backgroundwork.h"

#include "devserver/connectorstore.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace devserver {

BackgroundWork::BackgroundWork(ConnectorStore& store)
    : m_store(store)
    , m_timer(std::make_unique<QTimer>())
{
    m_elapsed.start();
    m_timer->setSingleShot(true);
    m_timer->callOnTimeout([this] { completeDue(); });
}

BackgroundWork::~BackgroundWork() = default;

void BackgroundWork::start(const QString& id, Job job, int durationMs)
{
    m_pending.insert(id, Pending{job, now() + std::max(0, durationMs), ++m_started});
    rearm();
}

void BackgroundWork::cancel(const QString& id)
{
    if (m_pending.remove(id) > 0)
        rearm();
}

int BackgroundWork::pendingCount() const
{
    return int(m_pending.size());
}

qint64 BackgroundWork::now() const
{
    return m_elapsed.elapsed() + m_offset;
}

void BackgroundWork::advance(qint64 milliseconds)
{
    m_offset += std::max<qint64>(0, milliseconds);
    completeDue();
}

void BackgroundWork::completeAll()
{
    completeDue(std::numeric_limits<qint64>::max());
}

void BackgroundWork::completeDue()
{
    completeDue(now());
}

void BackgroundWork::completeDue(qint64 current)
{
    QList<QPair<QString, Pending>> due;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it.value().dueAt <= current)
            due.append({it.key(), it.value()});
    }
    std::sort(due.begin(), due.end(), [](const auto& a, const auto& b) {
        return a.second.dueAt != b.second.dueAt ? a.second.dueAt < b.second.dueAt : a.second.order < b.second.order;
    });
    for (const auto& [id, pending] : due) {
        m_pending.remove(id);
        finish(id, pending.job);
    }
    rearm();
}

void BackgroundWork::finish(const QString& id, Job job)
{
    const auto* record = m_store.record(id);
    if (!record)
        return;
    if (job == Job::Deletion) {
        if (record->status == QLatin1String("DELETING"))
            m_store.removeInstance(id);
        return;
    }
    const QString status = job == Job::FullSync ? QStringLiteral("FULL_SYNCING") : QStringLiteral("SYNCING");
    if (record->status != status)
        return; // stopped or replaced meanwhile
    QJsonObject changes{{QStringLiteral("status"), QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("lastSyncAt"), QDateTime::currentMSecsSinceEpoch()}};
    if (record->lockedBy == status) {
        changes.insert(QStringLiteral("isLocked"), false);
        changes.insert(QStringLiteral("lockedBy"), QJsonValue(QJsonValue::Null));
    }
    m_store.updateInstance(id, changes);
}

void BackgroundWork::rearm()
{
    if (m_pending.isEmpty()) {
        m_timer->stop();
        return;
    }
    qint64 earliest = std::numeric_limits<qint64>::max();
    for (const auto& pending : std::as_const(m_pending))
        earliest = std::min(earliest, pending.dueAt);
    const qint64 wait = std::clamp<qint64>(earliest - now(), 0, std::numeric_limits<int>::max());
    m_timer->start(int(wait));
}

} // namespace devserver
