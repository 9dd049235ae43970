#include "app/lifecycle/signinwatcher.h"

#include "core/wire/apianswer.h"
#include "core/net/apiclient.h"
#include "core/net/apireply.h"

#include <QDesktopServices>

#include <algorithm>
#include <utility>

SignInWatcher::SignInWatcher(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_opener([](const QUrl& url) { return QDesktopServices::openUrl(url); })
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SignInWatcher::poll);
}

SignInWatcher::~SignInWatcher()
{
    if (m_reply)
        m_reply->abort();
}

void SignInWatcher::setUrlOpener(UrlOpener opener)
{
    m_opener = std::move(opener);
}

void SignInWatcher::setIntervals(int firstMs, int maximumMs)
{
    m_first = std::max(1, firstMs);
    m_maximum = std::max(m_first, maximumMs);
    m_interval = m_first;
}

bool SignInWatcher::start(const ConnectorInstance& instance)
{
    if (!m_client || !instance.isValid() || !instance.usesOAuth())
        return false;
    if (m_running)
        end();
    m_instance = instance;
    m_url = {};
    m_interval = m_first;
    m_running = true;
    emit runningChanged(true);
    ApiReply* reply = m_client->authorizationUrl(instance.id);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] { onAuthorization(reply); });
    return true;
}

void SignInWatcher::onAuthorization(ApiReply* reply)
{
    if (reply != m_reply || !m_running)
        return;
    m_reply = nullptr;
    if (reply->hasError()) {
        const QString message = reply->error().toString();
        end();
        emit failed(message);
        return;
    }
    ApiError error;
    const std::optional<AuthorizationUrl> authorization = reply->answer().authorization(&error);
    if (!authorization) {
        end();
        emit failed(error.toString());
        return;
    }
    m_url = authorization->url;
    if (!m_opener || !m_opener(m_url)) {
        const QUrl url = m_url;
        end();
        emit failed(
            tr("No web browser could be opened. Open this address yourself to sign in: %1").arg(url.toString()));
        return;
    }
    emit waiting(m_url);
    m_timer.start(m_interval);
}

void SignInWatcher::poll()
{
    if (!m_running || !m_client)
        return;
    ApiReply* reply = m_client->getConnector(m_instance.id);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] { onPolled(reply); });
}

void SignInWatcher::onPolled(ApiReply* reply)
{
    if (reply != m_reply || !m_running)
        return;
    m_reply = nullptr;
    if (reply->hasError()) {
        if (reply->error().kind == ApiError::Kind::NotFound) {
            end();
            emit failed(reply->error().toString());
            return;
        }
        // Anything else may pass (a network hiccup): keep watching.
    } else {
        ApiError error;
        if (const std::optional<ConnectorInstance> read = reply->answer().instance(&error); read && read->isValid()) {
            m_instance = *read;
            if (read->isAuthenticated) {
                const ConnectorInstance done = m_instance;
                end();
                emit signedIn(done);
                return;
            }
        }
    }
    // The admin takes a while: ask less and less often, never less than every 10 s.
    m_interval = std::min(m_interval + m_first, m_maximum);
    m_timer.start(m_interval);
}

void SignInWatcher::cancel()
{
    if (!m_running)
        return;
    end();
    emit cancelled();
}

void SignInWatcher::end()
{
    m_timer.stop();
    if (ApiReply* reply = m_reply.data()) {
        m_reply = nullptr;
        reply->abort();
    }
    if (std::exchange(m_running, false))
        emit runningChanged(false);
}
