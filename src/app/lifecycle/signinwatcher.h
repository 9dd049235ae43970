#pragma once

#include "core/model/connectorinstance.h"
#include "core/net/apierror.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class ApiClient;
class ApiReply;
class SignInWatch;

// The sign-in of an OAuth instance from the desktop (docs/API.md, 'Sign-in of an OAuth instance'):
// asks the server for the authorization URL, hands it to the system browser, then waits with the
// core's SignInWatch (the polling and give-up rules connectorctl signin --wait follows too) until the
// server says it is authenticated, or the admin cancels. The browser is a function so that tests
// open the URL themselves instead of launching one.
class SignInWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInWatcher)

public:
    using UrlOpener = std::function<bool(const QUrl& url)>;

    explicit SignInWatcher(ApiClient* client, QObject* parent = nullptr);
    ~SignInWatcher() override;

    // Default: QDesktopServices::openUrl.
    void setUrlOpener(UrlOpener opener);
    void setIntervals(int firstMs, int maximumMs);

    // Starts the sign-in of `instance` (cancelling one in progress); false when it is not OAuth.
    bool start(const ConnectorInstance& instance);
    bool isRunning() const
    {
        return m_running;
    }
    const ConnectorInstance& instance() const
    {
        return m_instance;
    }
    QUrl authorizationUrl() const
    {
        return m_url;
    }

public slots:
    void cancel();

signals:
    void runningChanged(bool running);
    // The browser was asked to open `url`: the admin signs in there.
    void waiting(const QUrl& url);
    void signedIn(const ConnectorInstance& instance);
    // The server refused, the browser could not be opened, the instance disappeared.
    void failed(const QString& message);
    void cancelled();

private:
    void onAuthorization(ApiReply* reply);
    void end();

    QPointer<ApiClient> m_client;
    QPointer<ApiReply> m_reply;
    SignInWatch* m_watch;
    UrlOpener m_opener;
    ConnectorInstance m_instance;
    QUrl m_url;
    bool m_running = false;
};
