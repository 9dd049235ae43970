#pragma once

#include "devserver/devserver.h"
#include "devserver/httpmessage.h"

#include <QHash>
#include <QJsonObject>
#include <QUrl>

#include <optional>

namespace devserver {

class BackgroundWork;
class ConnectorStore;
struct ConnectorRecord;

// What a route may look at besides the request.
struct RouteContext
{
    ConnectorStore& store;
    Dialect dialect;
    bool isAdmin;
    QString token; // empty: any bearer (or none) is accepted
    QString userId;
    BackgroundWork* work = nullptr; // deletions and syncs; null: they end within the request
    int deletionDelayMs = 0;
    int syncDurationMs = 0;
    QHash<QString, QString>* oauthStates = nullptr; // OAuth state -> instance id, single-use
    QUrl origin; // scheme://host:port of this server, for the OAuth consent page
};

// The whole API: request -> answer. Mutations happen here; delivery (latency, faults) happens later.
Answer routeRequest(const IncomingRequest& request, RouteContext& context);

// Whether `request` carries `Authorization: Bearer <token>` matching `token` (any bearer when empty).
bool bearerMatches(const IncomingRequest& request, const QString& token);

Answer jsonAnswer(int status, const QJsonObject& body);
Answer errorAnswer(Dialect dialect, int status, const QString& message);

// The routes, one function each (listroutes.cpp, mutationroutes.cpp, lifecycleroutes.cpp).
namespace routes {
Answer listConnectors(const IncomingRequest& request, RouteContext& context);
Answer listActive(RouteContext& context, bool active);
Answer listConfigured(const IncomingRequest& request, RouteContext& context);
Answer listActiveAgents(const IncomingRequest& request, RouteContext& context);
Answer listRegistry(const IncomingRequest& request, RouteContext& context);
Answer getConnector(const QString& id, RouteContext& context);
Answer createConnector(const IncomingRequest& request, RouteContext& context);
Answer renameConnector(const QString& id, const IncomingRequest& request, RouteContext& context);
Answer deleteConnector(const QString& id, RouteContext& context);
Answer toggleConnector(const QString& id, const IncomingRequest& request, RouteContext& context);
Answer connectorStats(const QString& id, RouteContext& context);
Answer resyncConnector(const QString& id, const IncomingRequest& request, RouteContext& context);
Answer oauthAuthorize(const QString& id, const IncomingRequest& request, RouteContext& context);
// GET /oauth/consent?state=S (outside /api/v1, no bearer: a browser opens it): completes the sign-in.
Answer oauthConsent(const IncomingRequest& request, RouteContext& context);

// The instance `id` when the current user may see it, else null.
const ConnectorRecord* visibleRecord(const QString& id, const RouteContext& context);
Answer notFound(const QString& id, const RouteContext& context);
// 403 unless the current user may change `record` (team: admins; personal: its creator);
// `action` completes "Only administrators can <action> team connectors".
std::optional<Answer>
permissionFailure(const ConnectorRecord& record, const RouteContext& context, const QString& action);
// Whether `record` refuses changes: locked, or being deleted.
bool isHeld(const ConnectorRecord& record);
// The 409 message for a held instance; `action` completes "cannot be <action>".
QString lockMessage(const ConnectorRecord& record, const QString& action);
} // namespace routes

} // namespace devserver
