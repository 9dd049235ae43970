#pragma once

#include "core/list/listquery.h"
#include "core/model/createconnectorrequest.h"
#include "core/net/apireply.h"
#include "core/net/retrypolicy.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

class QNetworkAccessManager;

// Paging and filtering parameters of the list endpoints that take them.
struct ListParams
{
    ListParams() = default;
    // A constructor, not an aggregate: callers name the usual four and leave the filters out.
    ListParams(QString scope_, int page_ = 1, int limit_ = ListQuery::defaultLimit, QString search_ = {})
        : scope(std::move(scope_))
        , page(page_)
        , limit(limit_)
        , search(std::move(search_))
    { }

    QString scope; // "team", "personal", or empty (the gateway then assumes team)
    int page = 1;
    int limit = ListQuery::defaultLimit;
    QString search;
    // GET /connectors only (docs/API.md, 'Filters'): empty and nullopt send nothing.
    QString connectorType;
    std::optional<bool> isAuthenticated;
};

// The PipesHub connector-instance API over one QNetworkAccessManager: one method per operation of
// docs/API.md. Every method returns at once; the ApiReply reports the outcome. Input that the gateway
// would refuse (a bad id, limit or name) fails in the reply without a request being sent.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    explicit ApiClient(QObject* parent = nullptr);
    ~ApiClient() override;

    void setBaseUrl(const QUrl& baseUrl); // already normalised: see serverurl::normalize
    QUrl baseUrl() const
    {
        return m_baseUrl;
    }
    void setToken(const QString& token);
    // `error` with the token masked: for errors found in an answer's body after the reply (see
    // ApiReply::keepBody), which the reply could not mask itself.
    ApiError masked(const ApiError& error) const
    {
        return error.withTokenMasked(m_token);
    }
    void setTimeout(int milliseconds);
    int timeout() const
    {
        return m_settings.timeoutMs;
    }
    void setRetryPolicy(const RetryPolicy& policy);
    const RetryPolicy& retryPolicy() const
    {
        return m_settings.retryPolicy;
    }
    void setMaxResponseBytes(qint64 bytes);
    // CAs trusted besides the system's, e.g. a company's own; verification itself stays on.
    void setExtraCaCertificates(const QList<QSslCertificate>& certificates);

    ApiReply* listConnectors(const ListParams& params); // GET /connectors
    ApiReply* listActive(); // GET /connectors/active (unpaged)
    ApiReply* listInactive(); // GET /connectors/inactive (unpaged)
    ApiReply* listConfigured(const ListParams& params); // GET /connectors/configured
    ApiReply* listActiveAgents(const ListParams& params); // GET /connectors/agents/active
    ApiReply* getConnector(const QString& connectorId);
    ApiReply* createConnector(const CreateConnectorRequest& request); // POST: never retried
    ApiReply* deleteConnector(const QString& connectorId);
    // The same, sent once whatever the retry policy: a bulk delete that times out is left Unknown, and
    // a 429 is paced by the caller (BulkOperation), not replayed here.
    ApiReply* deleteConnectorOnce(const QString& connectorId);
    ApiReply* updateName(const QString& connectorId, const QString& instanceName);
    ApiReply* listRegistry(const ListParams& params); // GET /connectors/registry

    // The lifecycle of an instance (docs/API.md, 'Lifecycle'). The toggle FLIPS a flag and neither it
    // nor a resync is ever retried: ConnectorLifecycle turns them into intents (enable, disable).
    enum class ToggleTarget
    {
        Sync, // isActive
        Agent, // agentEnabled / isAgentActive
    };
    ApiReply* toggle(const QString& connectorId, ToggleTarget target); // POST /connectors/{id}/toggle
    ApiReply* resync(const QString& connectorId, const QString& connectorType, bool fullSync); // POST .../resync
    ApiReply* stats(const QString& connectorId); // GET /connectors/{id}/stats
    ApiReply* authorizationUrl(const QString& connectorId); // GET /connectors/{id}/oauth/authorize

    // The list call of a ListQuery state; `params` is ignored by the unpaged states.
    ApiReply* listForState(ListQuery::State state, const ListParams& params);

    // Cancels every call in flight (their finished() comes with Kind::Cancelled).
    void abortAll();

    static bool isValidConnectorId(const QString& connectorId);
    static QString validateParams(const ListParams& params);

signals:
    // Every call, for a status line: started and finished (with its outcome).
    void callStarted(ApiReply* reply);

private:
    // Whether a call may be sent again by the retry policy: a property of the operation, fixed where
    // the operation is defined (a bulk delete, whose 429 the caller paces and whose timeout is left
    // Unknown, is never resent), not a policy swapped around one call.
    enum class Resend
    {
        AsPolicyAllows,
        Never,
    };
    ApiReply* send(const QByteArray& method,
                   const QString& path,
                   const QByteArray& encodedQuery = {},
                   const QByteArray& body = {},
                   bool hasJsonBody = false,
                   Resend resend = Resend::AsPolicyAllows);
    QUrl urlFor(const QString& path, const QByteArray& encodedQuery) const;
    ApiReply* fail(const QByteArray& method, const QString& path, const ApiError& error);
    ApiReply* sendList(const QString& path, const ListParams& params);
    static QString connectorPath(const QString& connectorId, const char* suffix = nullptr);
    // A call on `connectorId` below connectors/{id}[/suffix], or a validation error when the id is not one.
    ApiReply* sendForId(const QByteArray& method,
                        const QString& connectorId,
                        const char* suffix = nullptr,
                        const QJsonObject& body = {},
                        Resend resend = Resend::AsPolicyAllows);

    QNetworkAccessManager* m_manager;
    QUrl m_baseUrl;
    QString m_token;
    QList<QSslCertificate> m_extraCaCertificates;
    ApiReply::Settings m_settings;
};
