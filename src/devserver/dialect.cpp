#include "devserver/dialect.h"

#include <QDateTime>

namespace devserver::dialect {

namespace {

QJsonValue nullable(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// What GET /connectors/{id} shows as `config`: the type's capabilities plus what the instance
// stored, without secrets.
QJsonObject detailConfig(const ConnectorRecord& record, const ConnectorTypeInfo* type)
{
    QJsonObject auth{{QStringLiteral("type"), nullable(record.authType)}, {QStringLiteral("schemas"), QJsonObject{}}};
    QJsonObject sync{{QStringLiteral("supportedStrategies"),
                      QJsonArray::fromStringList(type ? type->syncStrategies : QStringList{})}};
    QJsonObject filters;

    const auto storedAuth = record.config.value(QLatin1String("auth")).toObject();
    for (auto it = storedAuth.begin(); it != storedAuth.end(); ++it) {
        if (it.key() != QLatin1String("values") && it.key() != QLatin1String("customValues"))
            auth.insert(it.key(), it.value());
    }
    const auto storedSync = record.config.value(QLatin1String("sync")).toObject();
    for (auto it = storedSync.begin(); it != storedSync.end(); ++it)
        sync.insert(it.key(), it.value());
    if (record.config.value(QLatin1String("filters")).isObject())
        filters = record.config.value(QLatin1String("filters")).toObject();

    QJsonObject config{
        {QStringLiteral("iconPath"), type ? type->iconPath : QString()},
        {QStringLiteral("supportsSync"), type ? type->supportsSync : true},
        {QStringLiteral("supportsAgent"), type ? type->supportsAgent : false},
        {QStringLiteral("auth"), auth},
        {QStringLiteral("sync"), sync},
        {QStringLiteral("filters"), filters},
    };
    if (!record.baseUrl.isEmpty())
        config.insert(QStringLiteral("baseUrl"), record.baseUrl);
    return config;
}

} // namespace

QJsonObject instance(Dialect dialect, const ConnectorRecord& record, const ConnectorTypeInfo* type, bool detailed)
{
    return dialect == Dialect::PipesHub ? pipesHubInstance(record, type, detailed) : publishedInstance(record, type);
}

QJsonObject pipesHubInstance(const ConnectorRecord& record, const ConnectorTypeInfo* type, bool withConfig)
{
    QJsonObject json{
        {QStringLiteral("name"), record.name},
        {QStringLiteral("type"), record.type},
        {QStringLiteral("appGroup"), record.appGroup},
        {QStringLiteral("supportedAuthTypes"), QJsonArray::fromStringList(type ? type->authTypes : QStringList{})},
        {QStringLiteral("appDescription"), type ? type->description : QString()},
        {QStringLiteral("appCategories"), QJsonArray::fromStringList(type ? type->categories : QStringList{})},
        {QStringLiteral("iconPath"), type ? type->iconPath : QString()},
        {QStringLiteral("supportsRealtime"), type ? type->supportsRealtime : false},
        {QStringLiteral("supportsSync"), type ? type->supportsSync : true},
        {QStringLiteral("supportsAgent"), type ? type->supportsAgent : false},
        {QStringLiteral("documentationLinks"), QJsonArray{}},
        {QStringLiteral("isAdminAccessRequired"), type ? type->adminAccessRequired : false},
        {QStringLiteral("personalConnectorType"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("connectorInfo"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("authType"), nullable(record.authType)},
        {QStringLiteral("isActive"), record.isActive},
        {QStringLiteral("isAgentActive"), record.isAgentActive},
        {QStringLiteral("isConfigured"), record.isConfigured},
        {QStringLiteral("isAuthenticated"), record.isAuthenticated},
        {QStringLiteral("status"), nullable(record.status)},
        {QStringLiteral("createdAtTimestamp"), record.createdAt},
        {QStringLiteral("updatedAtTimestamp"), record.updatedAt},
        {QStringLiteral("_key"), record.id},
        {QStringLiteral("scope"), record.scope},
        {QStringLiteral("createdBy"), record.createdBy},
        {QStringLiteral("updatedBy"), record.updatedBy},
        {QStringLiteral("isLocked"), record.isLocked},
    };
    if (withConfig)
        json.insert(QStringLiteral("config"), detailConfig(record, type));
    return json;
}

QJsonObject publishedInstance(const ConnectorRecord& record, const ConnectorTypeInfo* type)
{
    QJsonObject json{
        {QStringLiteral("connectorId"), record.id},
        {QStringLiteral("connectorType"), record.type},
        {QStringLiteral("instanceName"), record.name},
        {QStringLiteral("scope"), record.scope},
        {QStringLiteral("authType"), nullable(record.authType)},
        {QStringLiteral("createdBy"), record.createdBy},
        {QStringLiteral("orgId"), QString::fromUtf16(kOrgId)},
        {QStringLiteral("isActive"), record.isActive},
        {QStringLiteral("isConfigured"), record.isConfigured},
        {QStringLiteral("isAuthenticated"), record.isAuthenticated},
        {QStringLiteral("syncEnabled"), record.isActive && (!type || type->supportsSync)},
        {QStringLiteral("agentEnabled"), record.isAgentActive},
        {QStringLiteral("createdAt"), isoTime(record.createdAt)},
        {QStringLiteral("updatedAt"), isoTime(record.updatedAt)},
    };
    if (record.lastSyncAt > 0)
        json.insert(QStringLiteral("lastSyncAt"), isoTime(record.lastSyncAt));
    return json;
}

QJsonObject connectorType(Dialect dialect, const ConnectorTypeInfo& type)
{
    if (dialect == Dialect::PipesHub) {
        QJsonObject json{
            {QStringLiteral("name"), type.type},
            {QStringLiteral("type"), type.type},
            {QStringLiteral("appGroup"), type.appGroup},
            {QStringLiteral("supportedAuthTypes"), QJsonArray::fromStringList(type.authTypes)},
            {QStringLiteral("appDescription"), type.description},
            {QStringLiteral("appCategories"), QJsonArray::fromStringList(type.categories)},
            {QStringLiteral("iconPath"), type.iconPath},
            {QStringLiteral("supportsRealtime"), type.supportsRealtime},
            {QStringLiteral("supportsSync"), type.supportsSync},
            {QStringLiteral("supportsAgent"), type.supportsAgent},
            {QStringLiteral("documentationLinks"), QJsonArray{}},
            {QStringLiteral("isAdminAccessRequired"), type.adminAccessRequired},
            {QStringLiteral("personalConnectorType"), QJsonValue(QJsonValue::Null)},
            {QStringLiteral("scope"), QJsonArray::fromStringList(type.scopes)},
            {QStringLiteral("connectorInfo"), QJsonValue(QJsonValue::Null)},
        };
        if (type.isBeta)
            json.insert(QStringLiteral("isBeta"), true);
        // Not in either real dialect: a dev-server hint, so the create dialog's base URL field shows up.
        if (type.selfHosted)
            json.insert(QStringLiteral("supportsBaseUrl"), true);
        return json;
    }
    QString groupId = type.appGroup.toLower();
    groupId.replace(QLatin1Char(' '), QLatin1Char('-'));
    return {
        {QStringLiteral("connectorType"), type.type},
        {QStringLiteral("displayName"), type.displayName},
        {QStringLiteral("description"), type.description},
        {QStringLiteral("appGroupId"), groupId},
        {QStringLiteral("appGroup"), type.appGroup},
        {QStringLiteral("authTypes"), QJsonArray::fromStringList(type.authTypes)},
        {QStringLiteral("supportedScopes"), QJsonArray::fromStringList(type.scopes)},
        {QStringLiteral("supportsSync"), type.supportsSync},
        {QStringLiteral("supportsAgent"), type.supportsAgent},
        {QStringLiteral("supportsRealtime"), type.supportsRealtime},
        {QStringLiteral("iconPath"), type.iconPath},
        {QStringLiteral("categories"), QJsonArray::fromStringList(type.categories)},
        {QStringLiteral("isBeta"), type.isBeta},
        {QStringLiteral("supportsBaseUrl"), type.selfHosted},
    };
}

QJsonObject pagination(Dialect dialect, const PageInfo& page)
{
    if (dialect == Dialect::Published) {
        return {
            {QStringLiteral("page"), page.page},
            {QStringLiteral("limit"), page.limit},
            {QStringLiteral("total"), qint64(page.total)},
            {QStringLiteral("hasMore"), qint64(page.page) * page.limit < page.total},
        };
    }
    const qint64 totalPages = (page.total + page.limit - 1) / page.limit;
    const bool hasPrev = page.page > 1;
    const bool hasNext = page.page < totalPages;
    QJsonObject json{
        {QStringLiteral("page"), page.page},
        {QStringLiteral("limit"), page.limit},
        {QStringLiteral("totalCount"), qint64(page.total)},
        {QStringLiteral("totalPages"), totalPages},
        {QStringLiteral("hasPrev"), hasPrev},
        {QStringLiteral("hasNext"), hasNext},
        {QStringLiteral("prevPage"), hasPrev ? QJsonValue(page.page - 1) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("nextPage"), hasNext ? QJsonValue(page.page + 1) : QJsonValue(QJsonValue::Null)},
    };
    if (page.withSearch)
        json.insert(QStringLiteral("search"), nullable(page.search));
    return json;
}

QJsonObject error(Dialect dialect, const QString& message)
{
    if (dialect == Dialect::PipesHub)
        return {{QStringLiteral("detail"), message}};
    return {{QStringLiteral("success"), false}, {QStringLiteral("message"), message}};
}

QJsonObject gatewayError(const QString& code, const QString& message)
{
    return {
        {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}};
}

QJsonObject validation(const QList<ValidationIssue>& issues)
{
    QJsonArray detail;
    for (const auto& issue : issues) {
        QJsonObject entry{
            {QStringLiteral("type"), issue.type},
            {QStringLiteral("loc"), issue.loc},
            {QStringLiteral("msg"), issue.msg},
            {QStringLiteral("input"), issue.input},
        };
        if (!issue.ctx.isEmpty())
            entry.insert(QStringLiteral("ctx"), issue.ctx);
        detail.append(entry);
    }
    return {{QStringLiteral("detail"), detail}};
}

QString isoTime(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace devserver::dialect
