#include "core/ops/signinwatch.h"

#include "core/net/apiclient.h"
#include "core/net/apireply.h"
#include "core/wire/apianswer.h"

#include <algorithm>

SignInWatch::SignInWatch(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SignInWatch::poll);
}

SignInWatch::~SignInWatch()
{
    stop();
}

void SignInWatch::setIntervals(int firstMs, int maximumMs)
{
    m_first = std::max(1, firstMs);
    m_maximum = std::max(m_first, maximumMs);
    m_interval = m_first;
}

void SignInWatch::setDeadline(int ms)
{
    m_deadlineMs = std::max(0, ms);
}

bool SignInWatch::endsTheWatch(const ApiError& error)
{
    return error.isError() && !error.isTransient() && error.kind != ApiError::Kind::Malformed;
}

void SignInWatch::start(const QString& instanceId)
{
    stop();
    m_id = instanceId;
    m_interval = m_first;
    m_elapsed.start();
    scheduleNext();
}

void SignInWatch::cancel()
{
    stop();
}

qint64 SignInWatch::elapsedMs() const
{
    return m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
}

void SignInWatch::scheduleNext()
{
    int wait = m_interval;
    if (m_deadlineMs > 0) {
        const qint64 remaining = m_deadlineMs - m_elapsed.elapsed();
        if (remaining <= 0) {
            stop();
            emit timedOut();
            return;
        }
        wait = int(std::min<qint64>(wait, remaining));
    }
    m_timer.start(wait);
    m_interval = std::min(m_interval + m_first, m_maximum);
}

void SignInWatch::poll()
{
    if (!m_client)
        return;
    ApiReply* reply = m_client->getConnector(m_id);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] { onPolled(reply); });
}

void SignInWatch::onPolled(ApiReply* reply)
{
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    ApiError error = reply->error();
    std::optional<ConnectorInstance> read;
    if (!error.isError())
        read = reply->answer().instance(&error);
    if (read && read->isValid() && read->isAuthenticated) {
        stop();
        emit signedIn(*read);
        return;
    }
    if (endsTheWatch(error)) {
        stop();
        emit failed(error);
        return;
    }
    emit stillWaiting(read.value_or(ConnectorInstance()), error);
    if (m_id.isEmpty()) // cancelled by a receiver of stillWaiting()
        return;
    scheduleNext();
}

void SignInWatch::stop()
{
    m_timer.stop();
    m_id.clear();
    if (ApiReply* reply = m_reply.data()) {
        m_reply = nullptr;
        reply->abort();
    }
}
