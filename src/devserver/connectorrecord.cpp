#include "devserver/connectorrecord.h"

#include <QJsonArray>

namespace devserver {

namespace {

QJsonValue nullable(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

void readString(const QJsonObject& fields, QLatin1StringView key, QString& target)
{
    const auto value = fields.value(key);
    if (value.isString())
        target = value.toString();
    else if (value.isNull())
        target.clear();
}

void readBool(const QJsonObject& fields, QLatin1StringView key, bool& target)
{
    const auto value = fields.value(key);
    if (value.isBool())
        target = value.toBool();
}

void readTime(const QJsonObject& fields, QLatin1StringView key, qint64& target)
{
    const auto value = fields.value(key);
    if (value.isDouble())
        target = value.toInteger();
    else if (value.isNull())
        target = 0;
}

} // namespace

bool ConnectorTypeInfo::supportsScope(const QString& scope) const
{
    return scopes.contains(scope);
}

QJsonObject ConnectorTypeInfo::toJson() const
{
    return {
        {QStringLiteral("type"), type},
        {QStringLiteral("displayName"), displayName},
        {QStringLiteral("appGroup"), appGroup},
        {QStringLiteral("authTypes"), QJsonArray::fromStringList(authTypes)},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
        {QStringLiteral("description"), description},
        {QStringLiteral("categories"), QJsonArray::fromStringList(categories)},
        {QStringLiteral("iconPath"), iconPath},
        {QStringLiteral("syncStrategies"), QJsonArray::fromStringList(syncStrategies)},
        {QStringLiteral("supportsRealtime"), supportsRealtime},
        {QStringLiteral("supportsSync"), supportsSync},
        {QStringLiteral("supportsAgent"), supportsAgent},
        {QStringLiteral("isBeta"), isBeta},
        {QStringLiteral("selfHosted"), selfHosted},
        {QStringLiteral("isAdminAccessRequired"), adminAccessRequired},
    };
}

bool ConnectorRecord::isVisibleTo(const QString& userId) const
{
    return scope != QStringView(kScopePersonal) || createdBy == userId;
}

QJsonObject ConnectorRecord::toJson() const
{
    QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("type"), type},
        {QStringLiteral("appGroup"), appGroup},
        {QStringLiteral("name"), name},
        {QStringLiteral("scope"), scope},
        {QStringLiteral("authType"), nullable(authType)},
        {QStringLiteral("createdBy"), createdBy},
        {QStringLiteral("updatedBy"), updatedBy},
        {QStringLiteral("isActive"), isActive},
        {QStringLiteral("isConfigured"), isConfigured},
        {QStringLiteral("isAuthenticated"), isAuthenticated},
        {QStringLiteral("isAgentActive"), isAgentActive},
        {QStringLiteral("isLocked"), isLocked},
        {QStringLiteral("status"), nullable(status)},
        {QStringLiteral("lockedBy"), nullable(lockedBy)},
        {QStringLiteral("createdAt"), createdAt},
        {QStringLiteral("updatedAt"), updatedAt},
        {QStringLiteral("lastSyncAt"), lastSyncAt > 0 ? QJsonValue(lastSyncAt) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("baseUrl"), nullable(baseUrl)},
        {QStringLiteral("config"), config},
        {QStringLiteral("usedByAgents"), QJsonArray::fromStringList(usedByAgents)},
    };
    return json;
}

void ConnectorRecord::merge(const QJsonObject& fields)
{
    readString(fields, QLatin1StringView("id"), id);
    readString(fields, QLatin1StringView("type"), type);
    readString(fields, QLatin1StringView("appGroup"), appGroup);
    if (fields.value(QLatin1StringView("name")).isString())
        setName(fields.value(QLatin1StringView("name")).toString());
    readString(fields, QLatin1StringView("scope"), scope);
    readString(fields, QLatin1StringView("authType"), authType);
    readString(fields, QLatin1StringView("createdBy"), createdBy);
    readString(fields, QLatin1StringView("updatedBy"), updatedBy);
    readBool(fields, QLatin1StringView("isActive"), isActive);
    readBool(fields, QLatin1StringView("isConfigured"), isConfigured);
    readBool(fields, QLatin1StringView("isAuthenticated"), isAuthenticated);
    readBool(fields, QLatin1StringView("isAgentActive"), isAgentActive);
    readBool(fields, QLatin1StringView("isLocked"), isLocked);
    readString(fields, QLatin1StringView("status"), status);
    readString(fields, QLatin1StringView("lockedBy"), lockedBy);
    readTime(fields, QLatin1StringView("createdAt"), createdAt);
    readTime(fields, QLatin1StringView("updatedAt"), updatedAt);
    readTime(fields, QLatin1StringView("lastSyncAt"), lastSyncAt);
    readString(fields, QLatin1StringView("baseUrl"), baseUrl);
    if (fields.value(QLatin1StringView("config")).isObject())
        config = fields.value(QLatin1StringView("config")).toObject();
    const auto agents = fields.value(QLatin1StringView("usedByAgents"));
    if (agents.isArray()) {
        usedByAgents.clear();
        for (const auto& agent : agents.toArray())
            usedByAgents.append(agent.toString());
    }
}

void ConnectorRecord::setName(const QString& newName)
{
    name = newName;
    foldedName = newName.toCaseFolded();
}

qsizetype characterCount(const QString& text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

} // namespace devserver
