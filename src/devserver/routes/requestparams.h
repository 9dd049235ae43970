#pragma once

#include "devserver/devserver.h"
#include "devserver/dialect.h"
#include "devserver/httpmessage.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace devserver {

// A query string decoded the way the real server's frameworks do: '+' is a space, percent-escapes are
// UTF-8, a repeated key keeps its last value.
class QueryParams final
{
public:
    explicit QueryParams(const QByteArray& rawQuery);
    bool contains(const QString& key) const;
    QString value(const QString& key) const;

private:
    QList<QPair<QString, QString>> m_items;
};

struct ListParams
{
    QString scope; // empty: both scopes
    int page = 1;
    int limit = 20;
    QString search; // empty: no filter
    // GET /connectors only (withFilters):
    QString connectorType; // empty: any; else the exact type name, case-insensitive
    std::optional<bool> isActive;
    std::optional<bool> isAuthenticated;
};

// Reads scope/page/limit/search (and with `withFilters` connectorType/isActive/isAuthenticated); answers
// 422 (PipesHub, FastAPI shape) or 400 (published) when invalid, like the gateway's validation.
// `defaultTeamScope`: a missing scope means "team" (the PipesHub gateway on the instance lists).
std::optional<Answer> readListParams(const IncomingRequest& request,
                                     Dialect dialect,
                                     bool defaultTeamScope,
                                     ListParams& params,
                                     bool withFilters = false);

// A request body as the gateway sees it: read only with Content-Type application/json.
struct JsonBody
{
    enum class State
    {
        Empty,
        Invalid,
        Object,
        NotObject,
    };
    State state = State::Empty;
    QJsonObject object;
    QJsonValue value;
    QString parseError;
    int parseOffset = 0;
};

JsonBody readJsonBody(const IncomingRequest& request);

// The FastAPI issue for a body that is not a JSON object, or none (state != Object).
ValidationIssue bodyIssue(const JsonBody& body);

} // namespace devserver
