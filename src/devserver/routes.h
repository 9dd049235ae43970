#pragma once

#include "devserver.h"
#include "httpmessage.h"

#include <QJsonObject>

#include <functional>

namespace devserver {

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
    std::function<void(const QString& id)> removeLater; // PipesHub deletes: drop the instance after a delay
};

// The whole API: request -> answer. Mutations happen here; delivery (latency, faults) happens later.
Answer routeRequest(const IncomingRequest& request, RouteContext& context);

// Whether `request` carries `Authorization: Bearer <token>` matching `token` (any bearer when empty).
bool bearerMatches(const IncomingRequest& request, const QString& token);

Answer jsonAnswer(int status, const QJsonObject& body);
Answer errorAnswer(Dialect dialect, int status, const QString& message);

// The routes, one function each (listroutes.cpp, mutationroutes.cpp).
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

// The instance `id` when the current user may see it, else null.
const ConnectorRecord* visibleRecord(const QString& id, const RouteContext& context);
Answer notFound(const QString& id, const RouteContext& context);
} // namespace routes

} // namespace devserver
