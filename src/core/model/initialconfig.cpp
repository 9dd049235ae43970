#include "core/model/initialconfig.h"

#include "core/model/createconnectorrequest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>

namespace {

using L = QLatin1String;

QString tr(const char* text)
{
    return QCoreApplication::translate("InitialConfig", text);
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

const QStringList& InitialConfig::strategies()
{
    static const QStringList all{
        QStringLiteral("MANUAL"), QStringLiteral("SCHEDULED"), QStringLiteral("WEBHOOK"), QStringLiteral("REALTIME")};
    return all;
}

QStringList InitialConfig::splitEvents(const QString& text)
{
    QStringList events;
    for (const QString& part : text.split(QLatin1Char(','))) {
        const QString event = part.trimmed();
        if (!event.isEmpty() && !events.contains(event))
            events.append(event);
    }
    return events;
}

std::optional<QJsonObject> InitialConfig::parseObject(const QString& text, const QString& what, QString* error)
{
    if (text.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(error,
             tr("%1 are not valid JSON: %2 at character %3. Write an object, e.g. {\"fileTypes\": [\"pdf\"]}.")
                 .arg(what, parseError.errorString())
                 .arg(QString::fromUtf8(text.toUtf8().left(parseError.offset)).size() + 1));
        return std::nullopt;
    }
    if (!document.isObject()) {
        fail(error, tr("%1 must be a JSON object in braces, e.g. {\"fileTypes\": [\"pdf\"]}.").arg(what));
        return std::nullopt;
    }
    return document.object();
}

std::optional<QJsonObject> InitialConfig::toJson(QString* error) const
{
    QJsonObject auth;
    QJsonObject values;
    QSet<QString> keys;
    for (const auto& [rawKey, value] : authValues) {
        const QString key = rawKey.trimmed();
        if (key.isEmpty() && value.isEmpty())
            continue;
        if (key.isEmpty()) {
            fail(error, tr("An authentication value has no key: give every value a name, e.g. apiKey."));
            return std::nullopt;
        }
        if (keys.contains(key)) {
            fail(error, tr("The authentication key \"%1\" is given twice.").arg(key));
            return std::nullopt;
        }
        keys.insert(key);
        values.insert(key, value);
    }
    if (!values.isEmpty())
        auth.insert(L("values"), values);
    if (!oauthConfigId.trimmed().isEmpty())
        auth.insert(L("oauthConfigId"), oauthConfigId.trimmed());

    QJsonObject sync;
    if (!strategy.isEmpty()) {
        if (!strategies().contains(strategy)) {
            fail(error, tr("Unknown sync strategy \"%1\".").arg(strategy));
            return std::nullopt;
        }
        sync.insert(L("selectedStrategy"), strategy);
    }
    if (strategy == QLatin1String("SCHEDULED")) {
        QJsonObject scheduled;
        if (schedule == Schedule::Cron) {
            if (const QString e = CreateConnectorRequest::validateCron(cronExpression); !e.isEmpty()) {
                fail(error, e);
                return std::nullopt;
            }
            scheduled.insert(L("cronExpression"), cronExpression.simplified());
        } else {
            if (intervalMinutes < minIntervalMinutes) {
                fail(error,
                     tr("The sync interval must be at least %1 minutes (it is %2).")
                         .arg(minIntervalMinutes)
                         .arg(intervalMinutes));
                return std::nullopt;
            }
            scheduled.insert(L("intervalMinutes"), intervalMinutes);
        }
        const QString zone = timezone.trimmed();
        if (zone.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(zone.toUtf8())) {
            fail(error,
                 tr("\"%1\" is not a known time zone: pick one from the list, e.g. Europe/Berlin or UTC.").arg(zone));
            return std::nullopt;
        }
        scheduled.insert(L("timezone"), zone);
        sync.insert(L("scheduledConfig"), scheduled);
    }
    if (strategy == QLatin1String("WEBHOOK")) {
        const QStringList events = splitEvents(webhookEvents);
        if (!events.isEmpty())
            sync.insert(L("webhookConfig"), QJsonObject{{L("events"), QJsonArray::fromStringList(events)}});
    }

    QJsonObject filters;
    const auto syncValues = parseObject(syncFilters, tr("The sync filters"), error);
    if (!syncValues)
        return std::nullopt;
    const auto indexingValues = parseObject(indexingFilters, tr("The indexing filters"), error);
    if (!indexingValues)
        return std::nullopt;
    if (!syncValues->isEmpty())
        filters.insert(L("sync"), QJsonObject{{L("values"), *syncValues}});
    if (!indexingValues->isEmpty())
        filters.insert(L("indexing"), QJsonObject{{L("values"), *indexingValues}});

    QJsonObject config;
    if (!auth.isEmpty())
        config.insert(L("auth"), auth);
    if (!sync.isEmpty())
        config.insert(L("sync"), sync);
    if (!filters.isEmpty())
        config.insert(L("filters"), filters);
    return config;
}
