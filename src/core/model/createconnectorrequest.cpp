#include "core/model/createconnectorrequest.h"

#include "core/wire/wireenums.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

namespace {

using L = QLatin1String;

// lupdate files tr() under the enclosing class or namespace, and an anonymous namespace has none:
// the free functions in it call QCoreApplication::translate with the context spelled out.
QString tr(const char* text)
{
    return QCoreApplication::translate("CreateConnectorRequest", text);
}

QString checkObjectOrAbsent(const QJsonObject& parent, const char* key, const QString& where)
{
    const QJsonValue v = parent.value(QLatin1String(key));
    if (v.isUndefined() || v.isObject())
        return {};
    return QCoreApplication::translate("CreateConnectorRequest", "%1.%2 must be an object.")
        .arg(where, QLatin1String(key));
}

QString validateCronField(const QString& field, int low, int high)
{
    // Accepts *, */n, a, a-b, a-b/n and comma lists: what five-field cron takes.
    static const QRegularExpression part(QStringLiteral("^(\\*|(\\d+)(-(\\d+))?)(/(\\d+))?$"));
    for (const QString& item : field.split(QLatin1Char(','))) {
        const QRegularExpressionMatch m = part.match(item);
        if (!m.hasMatch())
            return item;
        if (m.captured(1) != QLatin1String("*")) {
            const int a = m.captured(2).toInt();
            const int b = m.captured(4).isEmpty() ? a : m.captured(4).toInt();
            if (a < low || b > high || a > b)
                return item;
        }
        if (!m.captured(6).isEmpty() && m.captured(6).toInt() == 0)
            return item;
    }
    return {};
}

} // namespace

const QStringList& CreateConnectorRequest::knownAuthTypes()
{
    static const QStringList types{QStringLiteral("OAUTH"),
                                   QStringLiteral("OAUTH_ADMIN_CONSENT"),
                                   QStringLiteral("API_TOKEN"),
                                   QStringLiteral("USERNAME_PASSWORD"),
                                   QStringLiteral("SERVICE_ACCOUNT"),
                                   QStringLiteral("NONE")};
    return types;
}

QString CreateConnectorRequest::validateName(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("The instance name must not be empty.");
    // Characters as the server (Python) counts them: code points, so an emoji is one, not two.
    const qsizetype length = trimmed.toUcs4().size();
    if (length > maxNameLength)
        return tr("The instance name must be at most %1 characters (it has %2).").arg(maxNameLength).arg(length);
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control)
            return tr("The instance name must not contain control characters.");
    }
    return {};
}

QString CreateConnectorRequest::validateBaseUrl(const QString& text)
{
    if (text.trimmed().isEmpty())
        return {};
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return tr("The base URL must be an http:// or https:// address, e.g. https://confluence.example.com.");
    return {};
}

QString CreateConnectorRequest::validateCron(const QString& expression)
{
    const QStringList fields = expression.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (fields.size() != 5)
        return tr("A cron expression has five fields (minute hour day month weekday), e.g. \"0 */6 * * *\".");
    const int lows[] = {0, 0, 1, 1, 0};
    const int highs[] = {59, 23, 31, 12, 7};
    const char* names[] = {QT_TRANSLATE_NOOP("CreateConnectorRequest", "minute"),
                           QT_TRANSLATE_NOOP("CreateConnectorRequest", "hour"),
                           QT_TRANSLATE_NOOP("CreateConnectorRequest", "day of month"),
                           QT_TRANSLATE_NOOP("CreateConnectorRequest", "month"),
                           QT_TRANSLATE_NOOP("CreateConnectorRequest", "day of week")};
    for (int i = 0; i < 5; ++i) {
        const QString bad = validateCronField(fields.at(i), lows[i], highs[i]);
        if (!bad.isEmpty())
            return tr("The cron %1 field \"%2\" is not valid.").arg(tr(names[i]), bad);
    }
    return {};
}

QString CreateConnectorRequest::validateConfig(const QJsonObject& config)
{
    for (const char* key : {"auth", "sync", "filters"}) {
        const QString e = checkObjectOrAbsent(config, key, QStringLiteral("config"));
        if (!e.isEmpty())
            return e;
    }
    const QJsonObject auth = config.value(L("auth")).toObject();
    if (QString e = checkObjectOrAbsent(auth, "values", QStringLiteral("config.auth")); !e.isEmpty())
        return e;
    if (auth.contains(L("oauthConfigId")) && !auth.value(L("oauthConfigId")).isString())
        return tr("config.auth.oauthConfigId must be a string.");

    const QJsonObject sync = config.value(L("sync")).toObject();
    if (sync.contains(L("selectedStrategy"))) {
        static const QStringList strategies{QStringLiteral("MANUAL"),
                                            QStringLiteral("SCHEDULED"),
                                            QStringLiteral("WEBHOOK"),
                                            QStringLiteral("REALTIME")};
        if (!strategies.contains(sync.value(L("selectedStrategy")).toString()))
            return tr("config.sync.selectedStrategy must be one of %1.").arg(strategies.join(QLatin1String(", ")));
    }
    if (QString e = checkObjectOrAbsent(sync, "scheduledConfig", QStringLiteral("config.sync")); !e.isEmpty())
        return e;
    const QJsonObject scheduled = sync.value(L("scheduledConfig")).toObject();
    if (scheduled.contains(L("intervalMinutes"))) {
        const QJsonValue v = scheduled.value(L("intervalMinutes"));
        if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < 5)
            return tr("The sync interval must be a whole number of minutes, at least 5.");
    }
    if (scheduled.contains(L("cronExpression"))) {
        if (!scheduled.value(L("cronExpression")).isString())
            return tr("config.sync.scheduledConfig.cronExpression must be a string.");
        if (QString e = validateCron(scheduled.value(L("cronExpression")).toString()); !e.isEmpty())
            return e;
    }
    if (scheduled.contains(L("timezone"))) {
        const QByteArray zone = scheduled.value(L("timezone")).toString().toUtf8();
        if (zone.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(zone))
            return tr("\"%1\" is not a known time zone (e.g. Europe/Berlin, UTC).")
                .arg(scheduled.value(L("timezone")).toString());
    }
    if (QString e = checkObjectOrAbsent(sync, "webhookConfig", QStringLiteral("config.sync")); !e.isEmpty())
        return e;
    const QJsonValue events = sync.value(L("webhookConfig")).toObject().value(L("events"));
    if (!events.isUndefined()) {
        if (!events.isArray())
            return tr("config.sync.webhookConfig.events must be a list of event names.");
        for (const QJsonValue& event : events.toArray()) {
            if (!event.isString() || event.toString().trimmed().isEmpty())
                return tr("Every webhook event must be a non-empty name, e.g. file.created.");
        }
    }
    const QJsonObject filters = config.value(L("filters")).toObject();
    for (const char* key : {"sync", "indexing"}) {
        if (QString e = checkObjectOrAbsent(filters, key, QStringLiteral("config.filters")); !e.isEmpty())
            return e;
        const QJsonObject part = filters.value(QLatin1String(key)).toObject();
        if (QString e
            = checkObjectOrAbsent(part, "values", QStringLiteral("config.filters.%1").arg(QLatin1String(key)));
            !e.isEmpty())
            return e;
    }
    return {};
}

QString CreateConnectorRequest::validate() const
{
    if (connectorType.trimmed().isEmpty())
        return tr("Choose a connector type.");
    if (QString e = validateName(instanceName); !e.isEmpty())
        return e;
    if (scope != scopeName(ConnectorScope::Team) && scope != scopeName(ConnectorScope::Personal))
        return tr("The scope must be team or personal.");
    if (!authType.isEmpty() && !knownAuthTypes().contains(authType))
        return tr("Unknown auth type \"%1\"; expected one of %2.")
            .arg(authType, knownAuthTypes().join(QLatin1String(", ")));
    if (QString e = validateBaseUrl(baseUrl); !e.isEmpty())
        return e;
    return validateConfig(config);
}

QJsonObject CreateConnectorRequest::toJson() const
{
    QJsonObject o{{L("connectorType"), connectorType.trimmed()},
                  {L("instanceName"), instanceName.trimmed()},
                  {L("scope"), scope}};
    if (!authType.isEmpty())
        o.insert(L("authType"), authType);
    if (!baseUrl.trimmed().isEmpty())
        o.insert(L("baseUrl"), baseUrl.trimmed());
    if (!config.isEmpty())
        o.insert(L("config"), config);
    return o;
}
