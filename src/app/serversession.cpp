#include "app/serversession.h"

#include "core/net/apiclient.h"
#include "core/settings/credentialstore.h"
#include "core/settings/serverchoice.h"

#include <QPointer>

ServerSession::ServerSession(ApiClient* client, CredentialStore* credentials, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_credentials(credentials)
{
    setObjectName(QStringLiteral("serverSession"));
}

void ServerSession::begin(const QUrl& baseUrl, const QString& label)
{
    ++m_generation;
    m_ready = false;
    m_tokenSource.clear();
    m_baseUrl = baseUrl;
    m_label = label.isEmpty() ? baseUrl.host() : label;
    m_client->abortAll();
    m_client->setBaseUrl(baseUrl);
    m_client->setToken(QString());
    m_client->setExtraCaCertificates({});
    emit serverChanged();
}

void ServerSession::finish(const QString& token, const QString& source)
{
    m_client->setToken(token);
    m_tokenSource = source;
    m_ready = true;
    emit ready();
}

void ServerSession::useServer(const QUrl& baseUrl, const QString& token, const QString& label)
{
    begin(baseUrl, label);
    finish(token, tr("given"));
}

void ServerSession::useProfile(const ServerProfile& profile)
{
    begin(profile.url, profile.name);
    if (const QString warning = ServerChoice::plainHttpWarning(profile.url); !warning.isEmpty())
        emit problem(warning);
    if (!profile.caFile.isEmpty()) {
        QString caProblem;
        m_client->setExtraCaCertificates(ServerChoice::extraCertificates(profile.caFile, &caProblem));
        if (!caProblem.isEmpty())
            emit problem(caProblem);
    }
    const quint64 generation = m_generation;
    QPointer<ServerSession> self(this);
    m_credentials->readToken(
        CredentialStore::accountFor(profile.url), [self, generation](const CredentialStore::Result& r) {
            if (!self || generation != self->m_generation)
                return; // the user moved on to another server meanwhile
            if (r.ok()) {
                self->finish(r.token, r.fromEnvironment ? tr("environment") : tr("keychain"));
                return;
            }
            if (r.status == CredentialStore::Status::NotFound)
                emit self->problem(tr("No token is stored for %1: set %2 or save one in Server profiles.")
                                       .arg(self->m_label, QLatin1String(CredentialStore::environmentVariable)));
            else
                emit self->problem(r.message);
            // Still load: the server's own 401 then says what it wants, in its words.
            self->finish(QString(), tr("none"));
        });
}
