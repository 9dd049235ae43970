#include "devserver/routes/routes.h"

#include "devserver/connectorstore.h"
#include "devserver/dialect.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace devserver {

namespace {

const auto kApiPrefix = QByteArrayLiteral("/api/v1");

Answer unauthorized(const QString& message)
{
    return jsonAnswer(401, dialect::gatewayError(QStringLiteral("UNAUTHORIZED"), message));
}

Answer pathNotFound(Dialect dialect)
{
    return errorAnswer(
        dialect, 404, dialect == Dialect::PipesHub ? QStringLiteral("Not Found") : QStringLiteral("Not found"));
}

Answer methodNotAllowed(Dialect dialect, const QByteArray& allow)
{
    Answer answer = errorAnswer(dialect,
                                405,
                                dialect == Dialect::PipesHub ? QStringLiteral("Method Not Allowed")
                                                             : QStringLiteral("Method not allowed"));
    answer.headers.append({QByteArrayLiteral("Allow"), allow});
    return answer;
}

Answer invalidId(Dialect dialect)
{
    return errorAnswer(
        dialect, 400, QStringLiteral("Invalid connector id: ids are 1 to 64 letters, digits, '_' or '-'"));
}

bool isValidId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

// Constant-time comparison, so that the dev server does not teach bad habits.
bool sameToken(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

// The path below /api/v1 as decoded segments; routing on the encoded path means that "%2F" inside
// an id never becomes a separator and ".." is never resolved.
std::optional<QStringList> apiSegments(const QByteArray& rawPath)
{
    if (!rawPath.startsWith(kApiPrefix))
        return std::nullopt;
    const QByteArray rest = rawPath.mid(kApiPrefix.size());
    if (!rest.isEmpty() && !rest.startsWith('/'))
        return std::nullopt;
    QStringList segments;
    if (rest.isEmpty())
        return segments;
    for (const QByteArray& raw : rest.mid(1).split('/'))
        segments.append(QString::fromUtf8(QByteArray::fromPercentEncoding(raw)));
    return segments;
}

const QStringList& reservedNames()
{
    static const QStringList names{
        QStringLiteral("active"), QStringLiteral("inactive"), QStringLiteral("configured"), QStringLiteral("registry")};
    return names;
}

const QStringList& lifecycleActions()
{
    static const QStringList actions{QStringLiteral("toggle"), QStringLiteral("stats"), QStringLiteral("resync")};
    return actions;
}

} // namespace

Answer jsonAnswer(int status, const QJsonObject& body)
{
    Answer answer;
    answer.status = status;
    answer.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return answer;
}

Answer errorAnswer(Dialect dialect, int status, const QString& message)
{
    return jsonAnswer(status, dialect::error(dialect, message));
}

bool bearerMatches(const IncomingRequest& request, const QString& token)
{
    const QByteArray authorization = request.header("authorization").trimmed();
    const qsizetype space = authorization.indexOf(' ');
    if (space <= 0 || authorization.left(space).compare("Bearer", Qt::CaseInsensitive) != 0)
        return false;
    const QByteArray presented = authorization.mid(space + 1).trimmed();
    if (presented.isEmpty())
        return false;
    return token.isEmpty() || sameToken(presented, token.toUtf8());
}

Answer routeRequest(const IncomingRequest& request, RouteContext& context)
{
    const Dialect dialect = context.dialect;
    // The OAuth consent page stands for the provider's: a browser opens it, without the bearer token.
    if (request.rawPath == "/oauth/consent") {
        if (request.method != "GET")
            return methodNotAllowed(dialect, "GET");
        return routes::oauthConsent(request, context);
    }
    if (!context.token.isEmpty() && !bearerMatches(request, context.token)) {
        if (!request.hasHeader("authorization"))
            return unauthorized(QStringLiteral("Authentication required: send Authorization: Bearer <token>"));
        return unauthorized(QStringLiteral("Invalid token"));
    }

    const auto segments = apiSegments(request.rawPath);
    if (!segments || segments->isEmpty() || segments->constFirst() != QLatin1String("connectors"))
        return pathNotFound(dialect);
    const QStringList& path = *segments;
    const QByteArray& method = request.method;
    const bool isGet = method == "GET";

    if (path.contains(QString()))
        return pathNotFound(dialect); // "//" or a trailing slash: the real routes are strict

    if (path.size() == 1) {
        if (isGet)
            return routes::listConnectors(request, context);
        if (method == "POST")
            return routes::createConnector(request, context);
        return methodNotAllowed(dialect, "GET, POST");
    }
    if (path.size() == 3 && path.at(1) == QLatin1String("agents") && path.at(2) == QLatin1String("active"))
        return isGet ? routes::listActiveAgents(request, context) : methodNotAllowed(dialect, "GET");
    if (path.size() == 2 && reservedNames().contains(path.at(1))) {
        if (!isGet)
            return methodNotAllowed(dialect, "GET");
        const QString& name = path.at(1);
        if (name == QLatin1String("active"))
            return routes::listActive(context, true);
        if (name == QLatin1String("inactive"))
            return routes::listActive(context, false);
        if (name == QLatin1String("configured"))
            return routes::listConfigured(request, context);
        return routes::listRegistry(request, context);
    }
    if (path.size() == 2) {
        const QString& id = path.at(1);
        if (!isGet && method != "DELETE")
            return methodNotAllowed(dialect, "GET, DELETE");
        if (!isValidId(id))
            return invalidId(dialect);
        return isGet ? routes::getConnector(id, context) : routes::deleteConnector(id, context);
    }
    if (path.size() == 3 && path.at(2) == QLatin1String("name")) {
        if (method != "PUT")
            return methodNotAllowed(dialect, "PUT");
        if (!isValidId(path.at(1)))
            return invalidId(dialect);
        return routes::renameConnector(path.at(1), request, context);
    }
    if (path.size() == 3 && lifecycleActions().contains(path.at(2))) {
        const QString& id = path.at(1);
        const QString& action = path.at(2);
        const bool isStats = action == QLatin1String("stats");
        if (isStats ? !isGet : method != "POST")
            return methodNotAllowed(dialect, isStats ? "GET" : "POST");
        if (!isValidId(id))
            return invalidId(dialect);
        if (isStats)
            return routes::connectorStats(id, context);
        if (action == QLatin1String("toggle"))
            return routes::toggleConnector(id, request, context);
        return routes::resyncConnector(id, request, context);
    }
    if (path.size() == 4 && path.at(2) == QLatin1String("oauth") && path.at(3) == QLatin1String("authorize")) {
        if (!isGet)
            return methodNotAllowed(dialect, "GET");
        if (!isValidId(path.at(1)))
            return invalidId(dialect);
        return routes::oauthAuthorize(path.at(1), request, context);
    }
    return pathNotFound(dialect);
}

namespace routes {

const ConnectorRecord* visibleRecord(const QString& id, const RouteContext& context)
{
    const auto* record = context.store.record(id);
    return record && record->isVisibleTo(context.userId) ? record : nullptr;
}

Answer notFound(const QString& id, const RouteContext& context)
{
    if (context.dialect == Dialect::PipesHub)
        return errorAnswer(
            context.dialect, 404, QStringLiteral("Connector instance %1 not found or access denied").arg(id));
    return errorAnswer(context.dialect, 404, QStringLiteral("Connector instance %1 not found").arg(id));
}

} // namespace routes

} // namespace devserver
