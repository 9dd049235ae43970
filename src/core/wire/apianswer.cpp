#include "core/wire/apianswer.h"

#include "core/wire/jsonvalue.h"
#include "core/wire/wirekeys.h"

#include <QCoreApplication>

std::optional<ConnectorInstance> ApiAnswer::instance(ApiError* error) const
{
    const std::optional<QJsonObject> connector = decode::connectorObject(m_body, error);
    if (!connector)
        return std::nullopt;
    return ConnectorInstance::fromJson(*connector);
}

std::optional<CreatedInstance> ApiAnswer::created(ApiError* error) const
{
    std::optional<ConnectorInstance> made = instance(error);
    if (!made)
        return std::nullopt;
    const QString message = json::toString(m_body.value(wirekey::message)).value_or(QString()).trimmed();
    return CreatedInstance{std::move(*made), message};
}

RenamedInstance ApiAnswer::renamed(const ConnectorInstance& held, const QString& sentName) const
{
    RenamedInstance result{held, false};
    const std::optional<QJsonObject> connector = decode::connectorObject(m_body, nullptr);
    if (connector && !connector->isEmpty()) {
        ConnectorInstance merged = held;
        merged.mergeFrom(*connector);
        // An answer about another instance is not one to trust.
        if (merged.id == held.id) {
            result.instance = std::move(merged);
            result.fromAnswer = true;
            return result;
        }
    }
    // Renamed (the server said yes), but the answer left the instance out: the name sent is the truth.
    result.instance.name = sentName;
    return result;
}

DeletionAccepted ApiAnswer::deletion(const QString& connectorId) const
{
    DeletionAccepted accepted;
    accepted.connectorId = connectorId;
    accepted.status = InstanceStatus::fromText(json::toString(m_body.value(wirekey::status)).value_or(QString()));
    accepted.message = json::toString(m_body.value(wirekey::message)).value_or(QString()).trimmed();
    accepted.inBackground = m_httpStatus == 202 || accepted.status == JobStatus::Deleting;
    return accepted;
}

std::optional<ConnectorPage> ApiAnswer::connectorPage(const Pagination& requested, ApiError* error) const
{
    return decode::connectorPage(m_body, requested, error);
}

std::optional<ConnectorTypePage> ApiAnswer::registryPage(const Pagination& requested, ApiError* error) const
{
    return decode::typePage(m_body, requested, error);
}

QString ApiAnswer::message() const
{
    return json::toString(m_body.value(wirekey::message)).value_or(QString()).trimmed();
}

std::optional<IndexingStats> ApiAnswer::stats(ApiError* error) const
{
    return IndexingStats::fromAnswer(m_body, error);
}

std::optional<AuthorizationUrl> ApiAnswer::authorization(ApiError* error) const
{
    AuthorizationUrl result;
    result.url
        = QUrl(json::toString(m_body.value(QLatin1String("authorizationUrl"))).value_or(QString()), QUrl::StrictMode);
    result.state = json::toString(m_body.value(QLatin1String("state"))).value_or(QString());
    const QString scheme = result.url.scheme();
    if (!result.url.isValid() || result.url.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        if (error)
            *error = ApiError::malformed(
                QCoreApplication::translate("ApiAnswer", "The server's answer has no sign-in address."));
        return std::nullopt;
    }
    return result;
}

QJsonObject DeletionAccepted::toJson() const
{
    QJsonObject object{{outputname::deleted, connectorId}, {wirekey::message, message}};
    if (!status.isEmpty())
        object.insert(wirekey::status, status.text());
    return object;
}

QStringList DeletionAccepted::csvRow() const
{
    return {connectorId, message, status.text()};
}
