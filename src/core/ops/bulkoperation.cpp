#include "core/ops/bulkoperation.h"

#include "core/net/apiclient.h"
#include "core/net/apireply.h"
#include "core/ops/connectorlifecycle.h"
#include "core/wire/apianswer.h"

#include <QTimer>

#include <algorithm>

namespace {

constexpr int maxWaitMs = 60000; // a longer Retry-After is capped: the admin can still cancel meanwhile
constexpr int firstBackoffMs = 1000; // a 429 without Retry-After: 1 s, 2 s, 4 s... up to 30 s
constexpr int maxBackoffMs = 30000;

} // namespace

BulkOperation::BulkOperation(ApiClient* client, const BulkPlan& plan, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_lifecycle(new ConnectorLifecycle(client, this))
    , m_action(plan.action)
    , m_pause(new QTimer(this))
{
    m_pause->setSingleShot(true);
    connect(m_pause, &QTimer::timeout, this, &BulkOperation::pump);
    m_items.reserve(plan.toSend.size() + plan.skipped.size());
    const auto add = [this](const ConnectorInstance& instance, BulkItem::State state, const QString& message) {
        BulkItem item;
        item.instance = instance;
        item.state = state;
        item.message = message;
        m_items.append(item);
    };
    for (const ConnectorInstance& instance : plan.toSend)
        add(instance, BulkItem::State::Waiting, {});
    for (const auto& skipped : plan.skipped)
        add(skipped.first, BulkItem::State::Skipped, skipped.second);
    m_counts[int(BulkItem::State::Waiting)] = int(plan.toSend.size());
    m_counts[int(BulkItem::State::Skipped)] = int(plan.skipped.size());
}

BulkOperation::~BulkOperation() = default;

void BulkOperation::setConcurrency(int concurrency)
{
    m_concurrency = std::clamp(concurrency, 1, maxConcurrency);
    m_current = m_concurrency;
}

void BulkOperation::start()
{
    if (m_running)
        return;
    m_queue.clear();
    m_queueHead = 0;
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).state == BulkItem::State::Waiting)
            m_queue.append(i);
    }
    m_running = true;
    m_cancelled = false;
    m_server = m_client ? m_client->baseUrl() : QUrl();
    pump();
    finishIfDone();
}

void BulkOperation::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    m_pause->stop();
    int first = -1;
    int last = -1;
    for (qsizetype i = m_queueHead; i < m_queue.size(); ++i) {
        const int index = m_queue.at(i);
        if (m_items.at(index).state != BulkItem::State::Waiting)
            continue;
        setState(index, BulkItem::State::Cancelled);
        m_items[index].message = tr("Not sent: cancelled.");
        first = first < 0 ? index : std::min(first, index);
        last = std::max(last, index);
    }
    m_queueHead = m_queue.size();
    if (first >= 0)
        emit itemsChanged(first, last);
    emit progressChanged();
    finishIfDone();
}

bool BulkOperation::retryFailed()
{
    if (m_running)
        return false;
    QList<int> failed;
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).state == BulkItem::State::Failed)
            failed.append(i);
    }
    if (failed.isEmpty())
        return false;
    for (int index : std::as_const(failed)) {
        setState(index, BulkItem::State::Waiting);
        m_items[index].message.clear();
        m_items[index].error = {};
    }
    emit itemsChanged(failed.first(), failed.last());
    m_queue = failed;
    m_queueHead = 0;
    m_running = true;
    m_cancelled = false;
    emit progressChanged();
    pump();
    return true;
}

QString BulkOperation::reportText() const
{
    return bulkreport::text(m_action, m_items);
}

QString BulkOperation::reportCsv() const
{
    return bulkreport::csv(m_items);
}

void BulkOperation::pump()
{
    if (m_running && !m_cancelled && (!m_client || m_client->baseUrl() != m_server)) {
        cancel(); // another server now: these ids are not its instances
        return;
    }
    if (m_running && !m_cancelled && !m_pause->isActive()) {
        while (m_inFlight < m_current && m_queueHead < m_queue.size())
            send(m_queue.at(m_queueHead++));
    }
    finishIfDone();
}

void BulkOperation::send(int index)
{
    BulkItem& item = m_items[index];
    setState(index, BulkItem::State::Running);
    ++item.attempts;
    ++m_inFlight;
    emit itemsChanged(index, index);
    emit progressChanged();
    const QString id = item.instance.id;

    if (m_action == BulkAction::Delete) {
        ApiReply* reply = m_client ? m_client->deleteConnectorOnce(id) : nullptr;
        if (!reply)
            return settle(index, BulkItem::State::Failed, tr("No server."));
        connect(reply, &ApiReply::finished, this, [this, index, reply, id] {
            const ApiError error = reply->error();
            if (!error.isError()) {
                m_items[index].deletion = reply->answer().deletion(id);
                return settle(index, BulkItem::State::Done, m_items[index].deletion.message);
            }
            if (error.kind == ApiError::Kind::RateLimited)
                return onRateLimited(index, error);
            // An answer that did not come back may hide a delete that was carried out: not sent again.
            settle(index,
                   error.mayHaveReachedServer() ? BulkItem::State::Unknown : BulkItem::State::Failed,
                   error.toString(),
                   error);
        });
        return;
    }

    const bool agent = m_action == BulkAction::EnableAgent || m_action == BulkAction::DisableAgent;
    const bool enable = m_action == BulkAction::EnableSync || m_action == BulkAction::EnableAgent;
    LifecycleCall* call = agent ? m_lifecycle->setAgentEnabled(id, enable) : m_lifecycle->setSyncEnabled(id, enable);
    connect(call, &LifecycleCall::finished, this, [this, index, call] {
        const LifecycleOutcome outcome = call->outcome();
        if (outcome.instance.isValid()) {
            m_items[index].instance = outcome.instance; // as the server has it now
            m_items[index].instanceRead = true;
        }
        switch (outcome.kind) {
        case LifecycleOutcome::Kind::Done:
            return settle(index, BulkItem::State::Done, outcome.message);
        case LifecycleOutcome::Kind::AlreadySo:
            return settle(index, BulkItem::State::Skipped, tr("Already so on the server."));
        case LifecycleOutcome::Kind::Unknown:
            return settle(index, BulkItem::State::Unknown, outcome.error.toString(), outcome.error);
        case LifecycleOutcome::Kind::Failed:
            if (outcome.error.kind == ApiError::Kind::RateLimited)
                return onRateLimited(index, outcome.error);
            return settle(index, BulkItem::State::Failed, outcome.error.toString(), outcome.error);
        }
    });
}

void BulkOperation::settle(int index, BulkItem::State state, const QString& message, const ApiError& error)
{
    --m_inFlight;
    BulkItem& item = m_items[index];
    item.message = message;
    item.error = error;
    setState(index, state);
    if (state == BulkItem::State::Done || state == BulkItem::State::Skipped) {
        m_consecutive429 = 0;
        // Additive increase after a slowdown: one more call in flight after a few successes in a row.
        if (m_current < m_concurrency && ++m_successesSinceSlowdown >= 2 * m_current) {
            ++m_current;
            m_successesSinceSlowdown = 0;
        }
    }
    emit itemsChanged(index, index);
    emit progressChanged();
    pump();
}

void BulkOperation::onRateLimited(int index, const ApiError& error)
{
    --m_inFlight;
    ++m_rateLimited;
    m_current = std::max(1, m_current / 2);
    m_successesSinceSlowdown = 0;
    const int backoff = std::min(maxBackoffMs, firstBackoffMs << std::min(m_consecutive429, 5));
    ++m_consecutive429;
    const int waitMs = error.retryAfterMs >= 0 ? std::min(error.retryAfterMs, maxWaitMs) : backoff;
    // The server did not process it: back to the front of the queue, re-issued first after the wait.
    BulkItem& item = m_items[index];
    item.message = m_cancelled ? tr("Not sent: cancelled.")
                               : tr("Server busy (429): waiting %1 s.").arg(qMax(1, (waitMs + 999) / 1000));
    setState(index, m_cancelled ? BulkItem::State::Cancelled : BulkItem::State::Waiting);
    if (!m_cancelled) {
        if (m_queueHead > 0)
            m_queue[--m_queueHead] = index;
        else
            m_queue.prepend(index);
        if (!m_pause->isActive() || m_pause->remainingTime() < waitMs)
            m_pause->start(waitMs);
        emit slowedDown(waitMs, m_current);
    }
    emit itemsChanged(index, index);
    emit progressChanged();
    finishIfDone();
}

void BulkOperation::setState(int index, BulkItem::State state)
{
    BulkItem& item = m_items[index];
    --m_counts[int(item.state)];
    item.state = state;
    ++m_counts[int(state)];
}

void BulkOperation::finishIfDone()
{
    if (!m_running || m_inFlight > 0)
        return;
    if (!m_cancelled && (m_queueHead < m_queue.size() || m_pause->isActive()))
        return;
    m_running = false;
    emit progressChanged();
    emit finished();
}
