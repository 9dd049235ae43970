#pragma once

#include "core/settings/serverprofiles.h"

#include <QObject>
#include <QUrl>

class ApiClient;
class CredentialStore;

// Which server the window talks to, and with which token. Points the ApiClient at a profile or URL
// (base URL, extra CAs) and fetches the token asynchronously (environment first, then the keychain),
// so the window shows before a keychain prompt answers. A keychain answer for a server the user has
// already left is ignored.
class ServerSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerSession)

public:
    ServerSession(ApiClient* client, CredentialStore* credentials, QObject* parent = nullptr);

    // A server whose token is already known (--demo, tests): ready at once.
    void useServer(const QUrl& baseUrl, const QString& token, const QString& label);
    // A saved profile: its URL and CA file now, its token when the keychain answers.
    void useProfile(const ServerProfile& profile);

    bool hasServer() const
    {
        return m_baseUrl.isValid();
    }
    bool isReady() const
    {
        return m_ready;
    }
    QUrl baseUrl() const
    {
        return m_baseUrl;
    }
    QString label() const
    {
        return m_label;
    }
    // Where the token came from, for the status bar ("environment", "keychain", "demo").
    QString tokenSource() const
    {
        return m_tokenSource;
    }

signals:
    // A different server: whatever the window shows belongs to the old one.
    void serverChanged();
    // The token is in place (or known to be missing): time to load.
    void ready();
    // Something a person must know: no keychain, no token stored, an unreadable CA file.
    void problem(const QString& message);

private:
    void begin(const QUrl& baseUrl, const QString& label);
    void finish(const QString& token, const QString& source);

    ApiClient* m_client;
    CredentialStore* m_credentials;
    QUrl m_baseUrl;
    QString m_label;
    QString m_tokenSource;
    quint64 m_generation = 0;
    bool m_ready = false;
};
