// The lifecycle routes of an instance: toggle, stats, resync and the OAuth sign-in (docs/API.md and the
// lifecycle notes beside it). Gateway-level checks answer 400 in both dialects; errors keep each
// dialect's shape ({"detail"} or {success:false, message}).
#include "devserver/backgroundwork.h"
#include "devserver/connectorstore.h"
#include "devserver/dialect.h"
#include "devserver/indexingstats.h"
#include "devserver/routes/requestparams.h"
#include "devserver/routes/routes.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace devserver::routes {

namespace {

constexpr qsizetype kMaxPendingSignIns = 1000;

bool isOAuth(const QString& authType)
{
    return authType == QLatin1String("OAUTH") || authType == QLatin1String("OAUTH_ADMIN_CONSENT");
}

// A body's optional boolean; false when absent or not a boolean.
bool flag(const JsonBody& body, QLatin1StringView key)
{
    return body.state == JsonBody::State::Object && body.object.value(key).toBool(false);
}

// Starts a sync of `id` (SYNCING, or FULL_SYNCING and locked) that ends after the sync duration.
void startSync(const QString& id, bool fullSync, RouteContext& context)
{
    const QString status = fullSync ? QStringLiteral("FULL_SYNCING") : QStringLiteral("SYNCING");
    QJsonObject changes{{QStringLiteral("status"), status}};
    if (fullSync) {
        changes.insert(QStringLiteral("isLocked"), true);
        changes.insert(QStringLiteral("lockedBy"), status);
    }
    context.store.updateInstance(id, changes);
    const auto job = fullSync ? BackgroundWork::Job::FullSync : BackgroundWork::Job::Sync;
    if (context.work) {
        context.work->start(id, job, context.syncDurationMs);
    } else {
        context.store.updateInstance(id,
                                     {{QStringLiteral("status"), QJsonValue(QJsonValue::Null)},
                                      {QStringLiteral("isLocked"), false},
                                      {QStringLiteral("lockedBy"), QJsonValue(QJsonValue::Null)},
                                      {QStringLiteral("lastSyncAt"), QDateTime::currentMSecsSinceEpoch()}});
    }
}

QString randomState()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    QByteArray bytes(reinterpret_cast<const char*>(words), sizeof words);
    return QString::fromLatin1(bytes.toHex());
}

Answer htmlAnswer(int status, const QString& title, const QString& text)
{
    Answer answer;
    answer.status = status;
    answer.contentType = "text/html; charset=utf-8";
    answer.body = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                                 "<body><h1>%1</h1><p>%2</p></body></html>\n")
                      .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
                      .toUtf8();
    return answer;
}

} // namespace

Answer toggleConnector(const QString& id, const IncomingRequest& request, RouteContext& context)
{
    const Dialect dialect = context.dialect;
    const JsonBody body = readJsonBody(request);
    const QString type = body.object.value(QLatin1String("type")).toString();
    const bool sync = type == QLatin1String("sync");
    if (body.state != JsonBody::State::Object || (!sync && type != QLatin1String("agent")))
        return errorAnswer(dialect, 400, QStringLiteral("Toggle type is required and must be 'sync' or 'agent'"));

    // The real server reads the instance by id, then checks who may change it (so another user's
    // personal instance is a 403 here, not a 404).
    const auto* record = context.store.record(id);
    if (!record) {
        return errorAnswer(dialect, 404, QStringLiteral("Connector instance %1 not found or access denied").arg(id));
    }
    if (auto failure = permissionFailure(*record, context, QStringLiteral("toggle")))
        return *failure;
    if (isHeld(*record))
        return errorAnswer(dialect, 409, lockMessage(*record, QStringLiteral("toggled")));

    const auto* connectorType = context.store.findType(record->type);
    const bool enabling = sync ? !record->isActive : !record->isAgentActive;
    if (sync && enabling && !record->isConfigured)
        return errorAnswer(dialect, 400, QStringLiteral("Connector must be configured before enabling"));
    if (sync && enabling && isOAuth(record->authType) && !record->isAuthenticated) {
        return errorAnswer(
            dialect, 400, QStringLiteral("Connector cannot be enabled until OAuth authentication is completed"));
    }
    if (!sync && connectorType && !connectorType->supportsAgent)
        return errorAnswer(dialect, 400, QStringLiteral("This connector does not support agent functionality"));

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QJsonObject changes{{QStringLiteral("updatedBy"), context.userId}, {QStringLiteral("updatedAt"), now}};
    changes.insert(sync ? QStringLiteral("isActive") : QStringLiteral("isAgentActive"), enabling);
    const bool syncing = record->status == QLatin1String("SYNCING") || record->status == QLatin1String("FULL_SYNCING");
    if (sync && !enabling && syncing) {
        // Switching sync off stops a running sync (a locked one was refused above).
        changes.insert(QStringLiteral("status"), QJsonValue(QJsonValue::Null));
        if (context.work)
            context.work->cancel(id);
    }
    context.store.updateInstance(id, changes);
    if (sync && enabling)
        startSync(id, flag(body, QLatin1StringView("fullSync")), context); // enabling syncs at once

    if (dialect == Dialect::PipesHub) {
        return jsonAnswer(200,
                          {{QStringLiteral("success"), true},
                           {QStringLiteral("message"),
                            QStringLiteral("Connector instance %1 %2 toggled successfully").arg(id, type)}});
    }
    const auto* toggled = context.store.record(id);
    return jsonAnswer(200,
                      {{QStringLiteral("success"), true},
                       {QStringLiteral("message"),
                        QStringLiteral("%1 %2 successfully")
                            .arg(sync ? QStringLiteral("Sync") : QStringLiteral("Agent"),
                                 enabling ? QStringLiteral("enabled") : QStringLiteral("disabled"))},
                       {QStringLiteral("connector"), dialect::publishedInstance(*toggled, connectorType)}});
}

Answer connectorStats(const QString& id, RouteContext& context)
{
    const auto* record = context.store.record(id);
    if (!record)
        return errorAnswer(context.dialect, 404, QStringLiteral("Connector instance %1 not found").arg(id));
    if (!record->isVisibleTo(context.userId)) {
        return errorAnswer(
            context.dialect, 403, QStringLiteral("You do not have permission to view this connector instance"));
    }
    return jsonAnswer(200,
                      {{QStringLiteral("success"), true},
                       {QStringLiteral("data"), indexingstats::answerData(id, context.store.indexingStats(id))}});
}

Answer resyncConnector(const QString& id, const IncomingRequest& request, RouteContext& context)
{
    const Dialect dialect = context.dialect;
    const JsonBody body = readJsonBody(request);
    const QJsonValue name = body.object.value(QLatin1String("connectorName"));
    if (body.state != JsonBody::State::Object || !name.isString() || name.toString().trimmed().isEmpty()) {
        return errorAnswer(dialect,
                           400,
                           QStringLiteral("connectorName is required: send {\"connectorName\": \"<type>\"} with "
                                          "Content-Type: application/json"));
    }
    const auto* record = visibleRecord(id, context);
    if (!record)
        return notFound(id, context);
    if (name.toString().compare(record->type, Qt::CaseInsensitive) != 0) {
        return errorAnswer(dialect,
                           400,
                           QStringLiteral("connectorName %1 does not match the instance's connector type %2")
                               .arg(name.toString(), record->type));
    }
    if (!record->isActive) // the gateway looks for it in the active list first
        return errorAnswer(dialect, 400, QStringLiteral("Connector %1 not allowed").arg(id));
    if (isHeld(*record))
        return errorAnswer(dialect, 409, lockMessage(*record, QStringLiteral("synced")));

    const bool fullSync = flag(body, QLatin1StringView("fullSync"));
    startSync(id, fullSync, context);
    return jsonAnswer(200,
                      {{QStringLiteral("success"), true},
                       {QStringLiteral("resyncConnectorResponse"),
                        QJsonObject{{QStringLiteral("success"), true},
                                    {QStringLiteral("message"), QStringLiteral("Resync initiated")},
                                    {QStringLiteral("connectorId"), id},
                                    {QStringLiteral("connectorName"), record->type},
                                    {QStringLiteral("fullSync"), fullSync}}}});
}

Answer oauthAuthorize(const QString& id, const IncomingRequest& request, RouteContext& context)
{
    const Dialect dialect = context.dialect;
    const auto* record = visibleRecord(id, context);
    if (!record)
        return notFound(id, context);
    if (!isOAuth(record->authType)) {
        return errorAnswer(dialect,
                           400,
                           QStringLiteral("Connector instance %1 does not use OAuth (auth type %2)")
                               .arg(id, record->authType.isEmpty() ? QStringLiteral("none") : record->authType));
    }
    const QueryParams query(request.rawQuery);
    const QString baseUrl = query.value(QStringLiteral("base_url"));
    if (query.contains(QStringLiteral("base_url"))) {
        const QUrl url(baseUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty()) {
            return errorAnswer(dialect, 400, QStringLiteral("base_url must be an absolute http or https URL"));
        }
    }

    const QString state = randomState();
    if (context.oauthStates) {
        // Sign-ins that were never completed must not pile up in a long --demo session.
        if (context.oauthStates->size() >= kMaxPendingSignIns)
            context.oauthStates->erase(context.oauthStates->begin());
        context.oauthStates->insert(state, id);
    }
    QUrl consent = context.origin;
    consent.setPath(QStringLiteral("/oauth/consent"));
    QUrlQuery consentQuery;
    consentQuery.addQueryItem(QStringLiteral("state"), state);
    consentQuery.addQueryItem(QStringLiteral("client_id"), QStringLiteral("connector-dev-server"));
    consentQuery.addQueryItem(QStringLiteral("connector"), record->type);
    if (!baseUrl.isEmpty()) {
        QString redirect = baseUrl;
        while (redirect.endsWith(QLatin1Char('/')))
            redirect.chop(1);
        consentQuery.addQueryItem(QStringLiteral("redirect_uri"),
                                  redirect + QStringLiteral("/connectors/oauth/callback"));
    }
    consent.setQuery(consentQuery);
    return jsonAnswer(200,
                      {{QStringLiteral("success"), true},
                       {QStringLiteral("authorizationUrl"), consent.toString(QUrl::FullyEncoded)},
                       {QStringLiteral("state"), state}});
}

Answer oauthConsent(const IncomingRequest& request, RouteContext& context)
{
    const QString state = QueryParams(request.rawQuery).value(QStringLiteral("state"));
    const QString id = context.oauthStates ? context.oauthStates->take(state) : QString();
    if (state.isEmpty() || id.isEmpty()) {
        return htmlAnswer(400,
                          QStringLiteral("Sign-in failed"),
                          QStringLiteral("This sign-in link is unknown, expired or was already used. Start the "
                                         "sign-in again from the console."));
    }
    if (!context.store.contains(id)) {
        return htmlAnswer(
            404, QStringLiteral("Sign-in failed"), QStringLiteral("The connector instance no longer exists."));
    }
    context.store.updateInstance(id,
                                 {{QStringLiteral("isAuthenticated"), true},
                                  {QStringLiteral("updatedAt"), QDateTime::currentMSecsSinceEpoch()}});
    return htmlAnswer(200, QStringLiteral("Signed in"), QStringLiteral("Signed in, you can close this tab."));
}

} // namespace devserver::routes
