#include "app/lifecycle/signinwatcher.h"

#include "core/net/apiclient.h"
#include "core/net/apireply.h"
#include "core/ops/signinwatch.h"
#include "core/wire/apianswer.h"

#include <QDesktopServices>

#include <utility>

SignInWatcher::SignInWatcher(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_watch(new SignInWatch(client, this))
    , m_opener([](const QUrl& url) { return QDesktopServices::openUrl(url); })
{
    connect(m_watch, &SignInWatch::stillWaiting, this, [this](const ConnectorInstance& read) {
        if (read.isValid())
            m_instance = read;
    });
    connect(m_watch, &SignInWatch::signedIn, this, [this](const ConnectorInstance& done) {
        end();
        emit signedIn(done);
    });
    connect(m_watch, &SignInWatch::failed, this, [this](const ApiError& error) {
        end();
        emit failed(error.toString());
    });
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
    m_watch->setIntervals(firstMs, maximumMs);
}

bool SignInWatcher::start(const ConnectorInstance& instance)
{
    if (!m_client || !instance.isValid() || !instance.usesOAuth())
        return false;
    if (m_running)
        end();
    m_instance = instance;
    m_url = {};
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
    m_watch->start(m_instance.id);
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
    m_watch->cancel();
    if (ApiReply* reply = m_reply.data()) {
        m_reply = nullptr;
        reply->abort();
    }
    if (std::exchange(m_running, false))
        emit runningChanged(false);
}
