#include "core/net/apiclient.h"

#include "core/wire/wirekeys.h"
#include "platform/opensslexit.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>

ApiClient::ApiClient(QObject* parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
{
    // Before any TLS; for programs whose main() did not (the tests).
    opensslexit::skipCleanupAtExit();
    // A redirect to another origin would carry our bearer token there: follow none of those.
    m_manager->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

ApiClient::~ApiClient()
{
    // Nothing is aborted one by one: the manager, the first child, goes first and takes its replies
    // with it, and each ApiReply then goes quietly (no finished() to callers that are going too).
    delete m_manager;
}

void ApiClient::setBaseUrl(const QUrl& baseUrl)
{
    m_baseUrl = baseUrl;
    // Keep-alive connections belong to the old server.
    m_manager->clearConnectionCache();
}

void ApiClient::setToken(const QString& token)
{
    m_token = token.trimmed();
}

void ApiClient::setTimeout(int milliseconds)
{
    m_settings.timeoutMs = std::max(1, milliseconds);
}

void ApiClient::setRetryPolicy(const RetryPolicy& policy)
{
    m_settings.retryPolicy = policy;
}

void ApiClient::setMaxResponseBytes(qint64 bytes)
{
    m_settings.maxResponseBytes = std::max<qint64>(1024, bytes);
}

void ApiClient::setExtraCaCertificates(const QList<QSslCertificate>& certificates)
{
    m_extraCaCertificates = certificates;
    m_manager->clearConnectionCache();
}

bool ApiClient::isValidConnectorId(const QString& connectorId)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return pattern.match(connectorId).hasMatch();
}

QString ApiClient::validateParams(const ListParams& params)
{
    if (params.page < 1)
        return tr("The page must be 1 or more.");
    if (params.limit < 1 || params.limit > ListQuery::maxLimit)
        return tr("The page size must be between 1 and %1.").arg(ListQuery::maxLimit);
    if (!params.scope.isEmpty() && params.scope != scopeName(ConnectorScope::Team)
        && params.scope != scopeName(ConnectorScope::Personal))
        return tr("The scope must be team or personal.");
    return {};
}

QString ApiClient::connectorPath(const QString& connectorId, const char* suffix)
{
    // The id is checked against the gateway's pattern before this, and encoded as one segment anyway.
    QString path = QStringLiteral("connectors/")
        + QString::fromLatin1(QUrl::toPercentEncoding(connectorId, QByteArray(), QByteArray("/?#%")));
    if (suffix)
        path += QLatin1Char('/') + QLatin1String(suffix);
    return path;
}

QUrl ApiClient::urlFor(const QString& path, const QByteArray& encodedQuery) const
{
    QUrl url = m_baseUrl;
    QString basePath = url.path(QUrl::FullyEncoded);
    if (!basePath.endsWith(QLatin1Char('/')))
        basePath += QLatin1Char('/');
    url.setPath(basePath + path, QUrl::TolerantMode);
    if (!encodedQuery.isEmpty())
        url.setQuery(QString::fromLatin1(encodedQuery), QUrl::StrictMode);
    return url;
}

ApiReply* ApiClient::fail(const QByteArray& method, const QString& path, const ApiError& error)
{
    QNetworkRequest request(urlFor(path, {}));
    auto* reply = new ApiReply(m_manager, method, request, {}, m_settings, this);
    reply->finishWith(error);
    return reply;
}

ApiReply* ApiClient::send(const QByteArray& method,
                          const QString& path,
                          const QByteArray& encodedQuery,
                          const QByteArray& body,
                          bool hasJsonBody,
                          Resend resend)
{
    if (!m_baseUrl.isValid() || m_baseUrl.host().isEmpty())
        return fail(method, path, ApiError::validation(tr("No server is set.")));
    QNetworkRequest request(urlFor(path, encodedQuery));
    request.setRawHeader("Accept", "application/json");
    if (hasJsonBody)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (!m_extraCaCertificates.isEmpty() && QSslSocket::supportsSsl()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_extraCaCertificates);
        request.setSslConfiguration(tls);
    }
    ApiReply::Settings settings = m_settings;
    if (resend == Resend::Never)
        settings.retryPolicy = RetryPolicy::none();
    auto* reply = new ApiReply(m_manager, method, request, body, settings, this);
    emit callStarted(reply);
    reply->start();
    return reply;
}

ApiReply* ApiClient::sendList(const QString& path, const ListParams& params)
{
    if (const QString problem = validateParams(params); !problem.isEmpty())
        return fail("GET", path, ApiError::validation(problem));
    // Encoded by hand: QUrlQuery leaves '+' and '&' of a value for the server to misread.
    QByteArrayList items;
    if (!params.scope.isEmpty())
        items.append("scope=" + QUrl::toPercentEncoding(params.scope));
    items.append("page=" + QByteArray::number(params.page));
    items.append("limit=" + QByteArray::number(params.limit));
    const QString search = params.search.trimmed();
    if (!search.isEmpty())
        items.append("search=" + QUrl::toPercentEncoding(search));
    if (!params.connectorType.isEmpty())
        items.append(QByteArray(wirekey::connectorType.data()) + '=' + QUrl::toPercentEncoding(params.connectorType));
    if (params.isAuthenticated)
        items.append(QByteArray(wirekey::isAuthenticated.data()) + '=' + (*params.isAuthenticated ? "true" : "false"));
    return send("GET", path, items.join('&'));
}

ApiReply* ApiClient::listConnectors(const ListParams& params)
{
    return sendList(QStringLiteral("connectors"), params);
}

ApiReply* ApiClient::listActive()
{
    return send("GET", QStringLiteral("connectors/active"));
}

ApiReply* ApiClient::listInactive()
{
    return send("GET", QStringLiteral("connectors/inactive"));
}

ApiReply* ApiClient::listConfigured(const ListParams& params)
{
    return sendList(QStringLiteral("connectors/configured"), params);
}

ApiReply* ApiClient::listActiveAgents(const ListParams& params)
{
    return sendList(QStringLiteral("connectors/agents/active"), params);
}

ApiReply* ApiClient::listRegistry(const ListParams& params)
{
    return sendList(QStringLiteral("connectors/registry"), params);
}

ApiReply* ApiClient::listForState(ListQuery::State state, const ListParams& params)
{
    switch (state) {
    case ListQuery::State::All:
        return listConnectors(params);
    case ListQuery::State::Active:
        return listActive();
    case ListQuery::State::Inactive:
        return listInactive();
    case ListQuery::State::Configured:
        return listConfigured(params);
    case ListQuery::State::AgentEnabled:
        return listActiveAgents(params);
    }
    return listConnectors(params);
}

ApiReply* ApiClient::getConnector(const QString& connectorId)
{
    return sendForId("GET", connectorId);
}

ApiReply* ApiClient::sendForId(
    const QByteArray& method, const QString& connectorId, const char* suffix, const QJsonObject& body, Resend resend)
{
    if (!isValidConnectorId(connectorId))
        return fail(method,
                    QStringLiteral("connectors"),
                    ApiError::validation(tr("\"%1\" is not a valid connector id.").arg(connectorId)));
    if (body.isEmpty())
        return send(method, connectorPath(connectorId, suffix), {}, {}, false, resend);
    return send(method,
                connectorPath(connectorId, suffix),
                {},
                QJsonDocument(body).toJson(QJsonDocument::Compact),
                true,
                resend);
}

ApiReply* ApiClient::toggle(const QString& connectorId, ToggleTarget target)
{
    const QString type = target == ToggleTarget::Sync ? QStringLiteral("sync") : QStringLiteral("agent");
    return sendForId("POST", connectorId, "toggle", QJsonObject{{QLatin1String("type"), type}});
}

ApiReply* ApiClient::resync(const QString& connectorId, const QString& connectorType, bool fullSync)
{
    return sendForId(
        "POST",
        connectorId,
        "resync",
        QJsonObject{{QLatin1String("connectorName"), connectorType}, {QLatin1String("fullSync"), fullSync}});
}

ApiReply* ApiClient::stats(const QString& connectorId)
{
    return sendForId("GET", connectorId, "stats");
}

ApiReply* ApiClient::authorizationUrl(const QString& connectorId)
{
    return sendForId("GET", connectorId, "oauth/authorize");
}

ApiReply* ApiClient::createConnector(const CreateConnectorRequest& request)
{
    if (const QString problem = request.validate(); !problem.isEmpty())
        return fail("POST", QStringLiteral("connectors"), ApiError::validation(problem));
    return send(
        "POST", QStringLiteral("connectors"), {}, QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact), true);
}

ApiReply* ApiClient::deleteConnector(const QString& connectorId)
{
    return sendForId("DELETE", connectorId);
}

ApiReply* ApiClient::deleteConnectorOnce(const QString& connectorId)
{
    return sendForId("DELETE", connectorId, nullptr, {}, Resend::Never);
}

ApiReply* ApiClient::updateName(const QString& connectorId, const QString& instanceName)
{
    if (!isValidConnectorId(connectorId))
        return fail("PUT",
                    QStringLiteral("connectors"),
                    ApiError::validation(tr("\"%1\" is not a valid connector id.").arg(connectorId)));
    if (const QString problem = CreateConnectorRequest::validateName(instanceName); !problem.isEmpty())
        return fail("PUT", connectorPath(connectorId, "name"), ApiError::validation(problem));
    const QJsonObject body{{QLatin1String("instanceName"), instanceName.trimmed()}};
    return send(
        "PUT", connectorPath(connectorId, "name"), {}, QJsonDocument(body).toJson(QJsonDocument::Compact), true);
}

void ApiClient::abortAll()
{
    const auto replies = findChildren<ApiReply*>(QString(), Qt::FindDirectChildrenOnly);
    for (ApiReply* reply : replies)
        reply->abort();
}
