#pragma once

#include "devserver/connectorrecord.h"
#include "devserver/devserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace devserver {

// One entry of a FastAPI 422 validation answer: {"type", "loc", "msg", "input", "ctx"}.
struct ValidationIssue
{
    QString type;
    QJsonArray loc;
    QString msg;
    QJsonValue input;
    QJsonObject ctx; // omitted when empty
};

struct PageInfo
{
    int page = 1;
    int limit = 20;
    qsizetype total = 0;
    bool withSearch = false; // PipesHub: /configured and /registry echo the search term
    QString search; // empty: null
};

// Record -> JSON in either dialect, and the error bodies of each (see docs/API.md, 'Two dialects' and 'Errors').
namespace dialect {

QJsonObject instance(Dialect dialect, const ConnectorRecord& record, const ConnectorTypeInfo* type, bool detailed);
QJsonObject pipesHubInstance(const ConnectorRecord& record, const ConnectorTypeInfo* type, bool withConfig);
QJsonObject publishedInstance(const ConnectorRecord& record, const ConnectorTypeInfo* type);

QJsonObject connectorType(Dialect dialect, const ConnectorTypeInfo& type);
QJsonObject pagination(Dialect dialect, const PageInfo& page);

// {"detail": message} (FastAPI) or {"success": false, "message": message} (published).
QJsonObject error(Dialect dialect, const QString& message);
// {"error": {"code": code, "message": message}}: the Node gateway, in both dialects.
QJsonObject gatewayError(const QString& code, const QString& message);
// {"detail": [issues...]}
QJsonObject validation(const QList<ValidationIssue>& issues);

QString isoTime(qint64 epochMs); // ISO-8601 UTC with milliseconds

} // namespace dialect
} // namespace devserver
