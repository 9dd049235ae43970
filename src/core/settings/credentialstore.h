#pragma once

#include "core/settings/appsettings.h"

#include <QObject>
#include <QString>

#include <functional>

// Bearer tokens in the OS keychain (Secret Service, KWallet, macOS Keychain, Windows Credential
// Manager, through QtKeychain), one per server URL. The environment variable PIPESHUB_BEARER_AUTH,
// when set, wins over the keychain, as the official SDKs do. Tokens never go to QSettings or a log.
class CredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    enum class Status
    {
        Ok,
        NotFound, // no token stored for this server
        Unavailable, // no keychain service runs (a bare CI machine, a headless server)
        Denied, // the user or the service refused
        Failed,
    };
    struct Result
    {
        Status status = Status::Failed;
        QString token; // only on a successful read
        QString message; // for a person: what happened and what to do
        bool fromEnvironment = false;
        bool ok() const
        {
            return status == Status::Ok;
        }
    };
    using Callback = std::function<void(const Result&)>;

    static constexpr const char* environmentVariable = "PIPESHUB_BEARER_AUTH";

    explicit CredentialStore(const QString& service = appsettings::application(), QObject* parent = nullptr);

    static QString tokenFromEnvironment();
    // The keychain entry's name for a server: its normalised base URL.
    static QString accountFor(const QUrl& serverUrl);

    // The environment's token when set, else the keychain's. The callback runs on this thread.
    void readToken(const QString& account, Callback callback);
    void writeToken(const QString& account, const QString& token, Callback callback);
    void deleteToken(const QString& account, Callback callback);

    // The same, waiting in a local event loop: for connectorctl.
    Result readTokenBlocking(const QString& account);
    Result writeTokenBlocking(const QString& account, const QString& token);
    Result deleteTokenBlocking(const QString& account);

private:
    template <typename Job>
    void run(Job* job, Callback callback);
    QString m_service;
};
