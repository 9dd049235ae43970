#include "core/model/connectortype.h"

#include "core/wire/jsonvalue.h"

#include <QJsonArray>
#include <QSet>

namespace {
using L = QLatin1String;
}

bool ConnectorType::supportsScope(const QString& scope) const
{
    // A registry entry that lists no scopes does not restrict them; the server has the last word.
    return scopes.isEmpty() || scopes.contains(scope, Qt::CaseInsensitive);
}

ConnectorType ConnectorType::fromJson(const QJsonObject& o)
{
    static const QSet<QString> known{
        QStringLiteral("connectorType"),   QStringLiteral("type"),
        QStringLiteral("displayName"),     QStringLiteral("name"),
        QStringLiteral("appGroup"),        QStringLiteral("description"),
        QStringLiteral("appDescription"),  QStringLiteral("iconPath"),
        QStringLiteral("authTypes"),       QStringLiteral("supportedAuthTypes"),
        QStringLiteral("supportedScopes"), QStringLiteral("scope"),
        QStringLiteral("categories"),      QStringLiteral("appCategories"),
        QStringLiteral("isBeta"),          QStringLiteral("supportsAgent"),
        QStringLiteral("supportsSync"),    QStringLiteral("supportsRealtime"),
        QStringLiteral("requiresBaseUrl"), QStringLiteral("supportsBaseUrl"),
    };
    ConnectorType t;
    t.type = json::toString(json::firstOf(o, {L("connectorType"), L("type")})).value_or(QString());
    t.displayName = json::toString(json::firstOf(o, {L("displayName"), L("name")})).value_or(t.type);
    t.appGroup = json::toString(o.value(L("appGroup"))).value_or(QString());
    t.description = json::toString(json::firstOf(o, {L("description"), L("appDescription")})).value_or(QString());
    t.iconPath = json::toString(o.value(L("iconPath"))).value_or(QString());
    t.authTypes = json::toStringList(json::firstOf(o, {L("authTypes"), L("supportedAuthTypes")}));
    const QJsonValue scopes = json::firstOf(o, {L("supportedScopes"), L("scope")});
    t.scopes = scopes.isString() ? QStringList{scopes.toString()} : json::toStringList(scopes);
    t.categories = json::toStringList(json::firstOf(o, {L("categories"), L("appCategories")}));
    t.isBeta = json::toBool(o.value(L("isBeta"))).value_or(false);
    t.supportsAgent = json::toBool(o.value(L("supportsAgent"))).value_or(false);
    t.supportsSync = json::toBool(o.value(L("supportsSync"))).value_or(false);
    t.supportsRealtime = json::toBool(o.value(L("supportsRealtime"))).value_or(false);
    t.needsBaseUrl = json::toBool(json::firstOf(o, {L("requiresBaseUrl"), L("supportsBaseUrl")})).value_or(false);
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!known.contains(it.key()))
            t.extra.insert(it.key(), it.value());
    }
    return t;
}

QJsonObject ConnectorType::toJson() const
{
    QJsonObject o = extra;
    o.insert(L("connectorType"), type);
    o.insert(L("displayName"), displayName);
    o.insert(L("appGroup"), appGroup);
    o.insert(L("description"), description);
    o.insert(L("iconPath"), iconPath);
    o.insert(L("authTypes"), QJsonArray::fromStringList(authTypes));
    o.insert(L("supportedScopes"), QJsonArray::fromStringList(scopes));
    o.insert(L("categories"), QJsonArray::fromStringList(categories));
    o.insert(L("isBeta"), isBeta);
    o.insert(L("supportsAgent"), supportsAgent);
    o.insert(L("supportsSync"), supportsSync);
    o.insert(L("supportsRealtime"), supportsRealtime);
    return o;
}
