// The routes that change something: create, rename, delete. Rules follow docs/API.md; the
// PipesHub dialect validates like FastAPI (422 before anything else), the published one answers 400.
#include "devserver/backgroundwork.h"
#include "devserver/connectorstore.h"
#include "devserver/dialect.h"
#include "devserver/routes/requestparams.h"
#include "devserver/routes/routes.h"

#include <QDateTime>
#include <QUrl>

namespace devserver::routes {

namespace {

constexpr qsizetype kMaxNameLength = 100;

// Collects the body problems in both dialects' forms.
class BodyCheck
{
public:
    explicit BodyCheck(const QJsonObject& body)
        : m_body(body)
    { }

    QString requiredString(const QString& key)
    {
        const auto value = m_body.value(key);
        if (value.isUndefined() || value.isNull()) {
            add(QStringLiteral("missing"), key, QStringLiteral("Field required"), m_body, {});
            m_problems.append(QStringLiteral("%1 is required").arg(key));
            return {};
        }
        return stringValue(key, value);
    }

    QString optionalString(const QString& key)
    {
        const auto value = m_body.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        return stringValue(key, value);
    }

    // A name of 1 to 100 characters once trimmed (code points, as Python counts).
    QString name(const QString& key)
    {
        const auto value = m_body.value(key);
        const QString raw = requiredString(key);
        if (!value.isString())
            return {};
        const QString trimmed = raw.trimmed();
        if (trimmed.isEmpty()) {
            add(QStringLiteral("string_too_short"),
                key,
                QStringLiteral("String should have at least 1 character"),
                raw,
                {{QStringLiteral("min_length"), 1}});
            m_problems.append(QStringLiteral("%1 must not be empty").arg(key));
        } else if (characterCount(trimmed) > kMaxNameLength) {
            add(QStringLiteral("string_too_long"),
                key,
                QStringLiteral("String should have at most %1 characters").arg(kMaxNameLength),
                raw,
                {{QStringLiteral("max_length"), kMaxNameLength}});
            m_problems.append(QStringLiteral("%1 must be at most %2 characters").arg(key).arg(kMaxNameLength));
        }
        return trimmed;
    }

    QString scope(const QString& key)
    {
        const auto value = m_body.value(key);
        const QString scope = requiredString(key);
        if (value.isString() && scope != QStringView(kScopeTeam) && scope != QStringView(kScopePersonal)) {
            add(QStringLiteral("enum"),
                key,
                QStringLiteral("Input should be 'team' or 'personal'"),
                value,
                {{QStringLiteral("expected"), QStringLiteral("'team' or 'personal'")}});
            m_problems.append(QStringLiteral("%1 must be 'team' or 'personal'").arg(key));
        }
        return scope;
    }

    QJsonObject optionalObject(const QString& key)
    {
        const auto value = m_body.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isObject()) {
            add(QStringLiteral("dict_type"), key, QStringLiteral("Input should be a valid dictionary"), value, {});
            m_problems.append(QStringLiteral("%1 must be an object").arg(key));
            return {};
        }
        return value.toObject();
    }

    bool ok() const
    {
        return m_issues.isEmpty();
    }

    Answer failure(Dialect dialect) const
    {
        if (dialect == Dialect::PipesHub)
            return jsonAnswer(422, dialect::validation(m_issues));
        return errorAnswer(dialect, 400, m_problems.join(QStringLiteral("; ")));
    }

private:
    QString stringValue(const QString& key, const QJsonValue& value)
    {
        if (value.isString())
            return value.toString();
        add(QStringLiteral("string_type"), key, QStringLiteral("Input should be a valid string"), value, {});
        m_problems.append(QStringLiteral("%1 must be a string").arg(key));
        return {};
    }

    void
    add(const QString& type, const QString& key, const QString& msg, const QJsonValue& input, const QJsonObject& ctx)
    {
        m_issues.append({type, QJsonArray{QStringLiteral("body"), key}, msg, input, ctx});
    }

    const QJsonObject& m_body;
    QList<ValidationIssue> m_issues;
    QStringList m_problems;
};

Answer bodyFailure(Dialect dialect, const JsonBody& body, const QString& expected)
{
    if (dialect == Dialect::PipesHub)
        return jsonAnswer(422, dialect::validation({bodyIssue(body)}));
    return errorAnswer(dialect,
                       400,
                       QStringLiteral("The request body must be a JSON object with %1, sent with Content-Type: "
                                      "application/json")
                           .arg(expected));
}

Answer duplicateName(const RouteContext& context, const QString& name, const QString& scope)
{
    return errorAnswer(
        context.dialect, 400, QStringLiteral("Connector instance '%1' already exists in %2 scope").arg(name, scope));
}

bool isHttpUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        && !url.host().isEmpty();
}

} // namespace

QString lockMessage(const ConnectorRecord& record, const QString& action)
{
    const QString holder = record.lockedBy.isEmpty() ? record.status : record.lockedBy;
    QString why;
    if (holder == QLatin1String("SYNCING"))
        why = QStringLiteral("a sync (SYNCING) is running");
    else if (holder == QLatin1String("FULL_SYNCING"))
        why = QStringLiteral("a full sync (FULL_SYNCING) is running");
    else if (holder == QLatin1String("DELETING"))
        why = QStringLiteral("its deletion (DELETING) is in progress");
    else if (holder.isEmpty())
        why = QStringLiteral("a background job holds it");
    else
        why = QStringLiteral("%1 holds it").arg(holder);
    return QStringLiteral("Connector instance is locked and cannot be %1: %2; try again when it finishes")
        .arg(action, why);
}

std::optional<Answer>
permissionFailure(const ConnectorRecord& record, const RouteContext& context, const QString& action)
{
    if (record.scope == QStringView(kScopeTeam) && !context.isAdmin) {
        return errorAnswer(
            context.dialect, 403, QStringLiteral("Only administrators can %1 team connectors").arg(action));
    }
    if (record.scope == QStringView(kScopePersonal) && record.createdBy != context.userId) {
        return errorAnswer(context.dialect, 403, QStringLiteral("Only the creator can %1 this connector").arg(action));
    }
    return std::nullopt;
}

bool isHeld(const ConnectorRecord& record)
{
    return record.isLocked || record.status == QLatin1String("DELETING");
}

Answer createConnector(const IncomingRequest& request, RouteContext& context)
{
    const Dialect dialect = context.dialect;
    const JsonBody body = readJsonBody(request);
    if (body.state != JsonBody::State::Object)
        return bodyFailure(dialect, body, QStringLiteral("connectorType, instanceName and scope"));

    BodyCheck check(body.object);
    const QString typeName = check.requiredString(QStringLiteral("connectorType"));
    const QString name = check.name(QStringLiteral("instanceName"));
    const QString scope = check.scope(QStringLiteral("scope"));
    QString authType = check.optionalString(QStringLiteral("authType"));
    const QJsonObject config = check.optionalObject(QStringLiteral("config"));
    const QString baseUrl = check.optionalString(QStringLiteral("baseUrl"));
    if (!check.ok())
        return check.failure(dialect);

    const auto* type = context.store.findType(typeName);
    if (!type) {
        if (dialect == Dialect::PipesHub)
            return errorAnswer(dialect, 404, QStringLiteral("Connector type %1 not found").arg(typeName));
        return errorAnswer(dialect, 400, QStringLiteral("Invalid connector type: %1").arg(typeName));
    }
    const QString supported = type->authTypes.join(QStringLiteral(", "));
    if (!type->supportsScope(scope)) {
        return errorAnswer(dialect,
                           400,
                           QStringLiteral("Connector type %1 does not support %2 scope (supported: %3)")
                               .arg(type->type, scope, type->scopes.join(QStringLiteral(", "))));
    }
    if (scope == QStringView(kScopeTeam) && !context.isAdmin)
        return errorAnswer(dialect, 403, QStringLiteral("Only administrators can create team connectors"));
    if (!authType.isEmpty() && !type->authTypes.contains(authType)) {
        return errorAnswer(
            dialect,
            400,
            QStringLiteral("Unsupported auth type %1 for %2 (supported: %3)").arg(authType, type->type, supported));
    }
    if (authType.isEmpty()) {
        if (type->authTypes.size() > 1) {
            return errorAnswer(
                dialect,
                400,
                QStringLiteral("authType is required for %1, which supports %2").arg(type->type, supported));
        }
        authType = type->authTypes.value(0);
    }
    if (!baseUrl.isEmpty() && !isHttpUrl(baseUrl))
        return errorAnswer(dialect, 400, QStringLiteral("baseUrl must be an absolute http or https URL"));
    if (context.store.isNameTaken(scope, name))
        return duplicateName(context, name, scope);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    ConnectorRecord record;
    record.type = type->type;
    record.appGroup = type->appGroup;
    record.setName(name);
    record.scope = scope;
    record.authType = authType;
    record.createdBy = context.userId;
    record.updatedBy = context.userId;
    record.createdAt = now;
    record.updatedAt = now;
    record.baseUrl = baseUrl;
    record.config = config;
    const QString id = context.store.create(record);
    const auto* created = context.store.record(id);

    if (dialect == Dialect::PipesHub) {
        const QJsonObject connector{
            {QStringLiteral("connectorId"), id},
            {QStringLiteral("connectorType"), created->type},
            {QStringLiteral("instanceName"), created->name},
            {QStringLiteral("created"), true},
            {QStringLiteral("scope"), created->scope},
            {QStringLiteral("createdBy"), created->createdBy},
            {QStringLiteral("isAuthenticated"), created->isAuthenticated},
            {QStringLiteral("isConfigured"), created->isConfigured},
        };
        return jsonAnswer(200,
                          {{QStringLiteral("success"), true},
                           {QStringLiteral("connector"), connector},
                           {QStringLiteral("message"), QStringLiteral("Connector instance created successfully.")}});
    }
    return jsonAnswer(
        201,
        {{QStringLiteral("success"), true}, {QStringLiteral("connector"), dialect::publishedInstance(*created, type)}});
}

Answer renameConnector(const QString& id, const IncomingRequest& request, RouteContext& context)
{
    const Dialect dialect = context.dialect;
    const JsonBody body = readJsonBody(request);
    if (body.state != JsonBody::State::Object)
        return bodyFailure(dialect, body, QStringLiteral("instanceName"));
    BodyCheck check(body.object);
    const QString raw = check.requiredString(QStringLiteral("instanceName"));
    if (!check.ok())
        return check.failure(dialect);

    const auto* record = visibleRecord(id, context);
    if (!record)
        return notFound(id, context);
    if (auto failure = permissionFailure(*record, context, QStringLiteral("rename")))
        return *failure;
    if (isHeld(*record))
        return errorAnswer(dialect, 409, lockMessage(*record, QStringLiteral("renamed")));

    const QString name = raw.trimmed();
    if (name.isEmpty())
        return errorAnswer(dialect, 400, QStringLiteral("Instance name cannot be empty"));
    if (characterCount(name) > kMaxNameLength) {
        return errorAnswer(
            dialect, 400, QStringLiteral("Instance name must be at most %1 characters").arg(kMaxNameLength));
    }
    if (context.store.isNameTaken(record->scope, name, id))
        return duplicateName(context, name, record->scope);

    context.store.rename(id, name, context.userId, QDateTime::currentMSecsSinceEpoch());
    const auto* renamed = context.store.record(id);
    if (dialect == Dialect::PipesHub) {
        return jsonAnswer(200,
                          {{QStringLiteral("success"), true},
                           {QStringLiteral("connector"),
                            QJsonObject{{QStringLiteral("_key"), id}, {QStringLiteral("name"), renamed->name}}}});
    }
    return jsonAnswer(
        200,
        {{QStringLiteral("success"), true},
         {QStringLiteral("connector"), dialect::publishedInstance(*renamed, context.store.findType(renamed->type))}});
}

Answer deleteConnector(const QString& id, RouteContext& context)
{
    const Dialect dialect = context.dialect;
    const auto* record = visibleRecord(id, context);
    if (!record)
        return notFound(id, context);
    if (record->status == QLatin1String("DELETING"))
        return errorAnswer(dialect, 409, QStringLiteral("Connector deletion is already in progress"));
    if (auto failure = permissionFailure(*record, context, QStringLiteral("delete")))
        return *failure;
    if (record->isLocked)
        return errorAnswer(dialect, 409, lockMessage(*record, QStringLiteral("deleted")));
    if (!record->usedByAgents.isEmpty()) {
        return errorAnswer(
            dialect,
            409,
            QStringLiteral("Connector is in use by agents: %1").arg(record->usedByAgents.join(QStringLiteral(", "))));
    }

    if (dialect == Dialect::Published) {
        context.store.removeInstance(id);
        return jsonAnswer(200,
                          {{QStringLiteral("success"), true},
                           {QStringLiteral("message"), QStringLiteral("Connector instance deleted successfully")}});
    }
    context.store.markDeleting(id, context.userId, QDateTime::currentMSecsSinceEpoch());
    Answer answer = jsonAnswer(202,
                               {{QStringLiteral("success"), true},
                                {QStringLiteral("message"), QStringLiteral("Connector deletion initiated")},
                                {QStringLiteral("connectorId"), id},
                                {QStringLiteral("status"), QStringLiteral("DELETING")}});
    if (context.work) {
        // The DELETING phase counts from when the answer leaves (docs/API.md: deletion runs in the background).
        BackgroundWork* work = context.work;
        const int delay = context.deletionDelayMs;
        answer.afterSent = [work, id, delay] {
            work->start(id, BackgroundWork::Job::Deletion, delay);
        };
    } else {
        context.store.removeInstance(id);
    }
    return answer;
}

} // namespace devserver::routes
