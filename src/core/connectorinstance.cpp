#include "connectorinstance.h"

#include "jsonvalue.h"

#include <QCoreApplication>
#include <QSet>

namespace {

using L = QLatin1String;

// Every key we model, in both dialects; anything else goes to `extra`.
const QSet<QString>& knownKeys()
{
    static const QSet<QString> keys{
        QStringLiteral("connectorId"),
        QStringLiteral("_key"),
        QStringLiteral("id"),
        QStringLiteral("connectorType"),
        QStringLiteral("type"),
        QStringLiteral("appGroup"),
        QStringLiteral("instanceName"),
        QStringLiteral("name"),
        QStringLiteral("scope"),
        QStringLiteral("authType"),
        QStringLiteral("createdBy"),
        QStringLiteral("updatedBy"),
        QStringLiteral("status"),
        QStringLiteral("isActive"),
        QStringLiteral("isConfigured"),
        QStringLiteral("isAuthenticated"),
        QStringLiteral("agentEnabled"),
        QStringLiteral("isAgentActive"),
        QStringLiteral("isLocked"),
        QStringLiteral("createdAt"),
        QStringLiteral("createdAtTimestamp"),
        QStringLiteral("updatedAt"),
        QStringLiteral("updatedAtTimestamp"),
        QStringLiteral("lastSyncAt"),
    };
    return keys;
}

QString stringOf(const QJsonObject& o, std::initializer_list<QLatin1String> keys)
{
    return json::toString(json::firstOf(o, keys)).value_or(QString());
}

bool boolOf(const QJsonObject& o, std::initializer_list<QLatin1String> keys)
{
    return json::toBool(json::firstOf(o, keys)).value_or(false);
}

QDateTime timeOf(const QJsonObject& o, std::initializer_list<QLatin1String> keys)
{
    return json::toDateTime(json::firstOf(o, keys)).value_or(QDateTime());
}

// Published name first: the create answer of the real server uses it, and where a server sends both
// they mean the same thing.
const std::initializer_list<L> idKeys{L("connectorId"), L("_key"), L("id")};
const std::initializer_list<L> typeKeys{L("connectorType"), L("type")};
const std::initializer_list<L> nameKeys{L("instanceName"), L("name")};
const std::initializer_list<L> agentKeys{L("agentEnabled"), L("isAgentActive")};
const std::initializer_list<L> createdKeys{L("createdAt"), L("createdAtTimestamp")};
const std::initializer_list<L> updatedKeys{L("updatedAt"), L("updatedAtTimestamp")};

} // namespace

QString ConnectorInstance::lockReason() const
{
    if (isDeleting())
        return QCoreApplication::translate("ConnectorInstance", "Deletion is in progress.");
    if (isLocked) {
        if (!status.isEmpty())
            return QCoreApplication::translate("ConnectorInstance", "Locked by a running job (%1).").arg(status);
        return QCoreApplication::translate("ConnectorInstance", "Locked by a running job.");
    }
    return {};
}

ConnectorInstance ConnectorInstance::fromJson(const QJsonObject& o)
{
    ConnectorInstance c;
    c.id = stringOf(o, idKeys);
    c.connectorType = stringOf(o, typeKeys);
    c.appGroup = stringOf(o, {L("appGroup")});
    c.name = stringOf(o, nameKeys);
    c.scope = stringOf(o, {L("scope")});
    c.authType = stringOf(o, {L("authType")});
    c.createdBy = stringOf(o, {L("createdBy")});
    c.updatedBy = stringOf(o, {L("updatedBy")});
    c.status = stringOf(o, {L("status")});
    c.isActive = boolOf(o, {L("isActive")});
    c.isConfigured = boolOf(o, {L("isConfigured")});
    c.isAuthenticated = boolOf(o, {L("isAuthenticated")});
    c.agentEnabled = boolOf(o, agentKeys);
    c.isLocked = boolOf(o, {L("isLocked")});
    c.createdAt = timeOf(o, createdKeys);
    c.updatedAt = timeOf(o, updatedKeys);
    c.lastSyncAt = timeOf(o, {L("lastSyncAt")});
    const QSet<QString>& known = knownKeys();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!known.contains(it.key()))
            c.extra.insert(it.key(), it.value());
    }
    return c;
}

QJsonObject ConnectorInstance::toJson() const
{
    QJsonObject o = extra;
    auto optionalString = [&o](const char* key, const QString& value) {
        o.insert(QLatin1String(key), value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value));
    };
    auto optionalTime = [&o](const char* key, const QDateTime& value) {
        o.insert(QLatin1String(key), value.isValid() ? QJsonValue(json::isoUtc(value)) : QJsonValue(QJsonValue::Null));
    };
    o.insert(QLatin1String("connectorId"), id);
    o.insert(QLatin1String("connectorType"), connectorType);
    o.insert(QLatin1String("instanceName"), name);
    optionalString("appGroup", appGroup);
    optionalString("scope", scope);
    optionalString("authType", authType);
    optionalString("createdBy", createdBy);
    optionalString("updatedBy", updatedBy);
    optionalString("status", status);
    o.insert(QLatin1String("isActive"), isActive);
    o.insert(QLatin1String("isConfigured"), isConfigured);
    o.insert(QLatin1String("isAuthenticated"), isAuthenticated);
    o.insert(QLatin1String("agentEnabled"), agentEnabled);
    o.insert(QLatin1String("isLocked"), isLocked);
    optionalTime("createdAt", createdAt);
    optionalTime("updatedAt", updatedAt);
    optionalTime("lastSyncAt", lastSyncAt);
    return o;
}

void ConnectorInstance::mergeFrom(const QJsonObject& partial)
{
    // Rebuild the instance from our own fields, drop every alias of a field the partial carries,
    // then lay the partial over it: no stale alias can win over the new value.
    QJsonObject merged = toJson();
    const std::initializer_list<std::initializer_list<L>> aliasGroups{
        idKeys, typeKeys, nameKeys, agentKeys, createdKeys, updatedKeys};
    for (const auto& group : aliasGroups) {
        bool present = false;
        for (const L& key : group)
            present = present || partial.contains(key);
        if (present) {
            for (const L& key : group)
                merged.remove(key);
        }
    }
    for (auto it = partial.constBegin(); it != partial.constEnd(); ++it)
        merged.insert(it.key(), it.value());
    *this = fromJson(merged);
}

bool operator==(const ConnectorInstance& a, const ConnectorInstance& b)
{
    return a.id == b.id && a.connectorType == b.connectorType && a.appGroup == b.appGroup && a.name == b.name
        && a.scope == b.scope && a.authType == b.authType && a.createdBy == b.createdBy && a.updatedBy == b.updatedBy
        && a.status == b.status && a.isActive == b.isActive && a.isConfigured == b.isConfigured
        && a.isAuthenticated == b.isAuthenticated && a.agentEnabled == b.agentEnabled && a.isLocked == b.isLocked
        && a.createdAt == b.createdAt && a.updatedAt == b.updatedAt && a.lastSyncAt == b.lastSyncAt
        && a.extra == b.extra;
}
