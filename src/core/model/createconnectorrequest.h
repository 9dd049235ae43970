#pragma once

#include <QJsonObject>
#include <QString>

// The body of POST /connectors (CreateConnectorRequest in the OpenAPI document), checked before sending
// so that a mistake costs no round trip and the form can say which field is wrong.
struct CreateConnectorRequest
{
    QString connectorType;
    QString instanceName;
    QString scope;
    QString authType; // empty: not sent
    QString baseUrl; // empty: not sent
    QJsonObject config; // empty: not sent; {auth, sync, filters}

    static constexpr int maxNameLength = 100;

    // Empty when valid, else a message naming the field.
    QString validate() const;
    QJsonObject toJson() const;

    static QString validateName(const QString& name);
    static QString validateBaseUrl(const QString& url);
    // {auth: {values, oauthConfigId}, sync: {selectedStrategy, scheduledConfig, webhookConfig}, filters}
    static QString validateConfig(const QJsonObject& config);
    static QString validateCron(const QString& expression);
    static const QStringList& knownAuthTypes();
};
