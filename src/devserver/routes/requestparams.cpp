#include "devserver/routes/requestparams.h"

#include "devserver/routes/routes.h"

#include <QJsonDocument>

#include <limits>

namespace devserver {

namespace {

QString decodeFormComponent(QByteArray raw)
{
    raw.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(raw));
}

ValidationIssue queryIssue(const QString& field, const QString& input)
{
    ValidationIssue issue;
    issue.loc = QJsonArray{QStringLiteral("query"), field};
    issue.input = input;
    return issue;
}

// Reads an integer query parameter the way pydantic does; false (with an issue) when it is not one
// or out of [minimum, maximum].
bool readBoundedInt(const QueryParams& query,
                    const QString& field,
                    qint64 minimum,
                    qint64 maximum,
                    int& target,
                    QList<ValidationIssue>& issues)
{
    if (!query.contains(field))
        return true;
    const QString text = query.value(field);
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    ValidationIssue issue = queryIssue(field, text);
    if (!ok) {
        issue.type = QStringLiteral("int_parsing");
        issue.msg = QStringLiteral("Input should be a valid integer, unable to parse string as an integer");
    } else if (value < minimum) {
        issue.type = QStringLiteral("greater_than_equal");
        issue.msg = QStringLiteral("Input should be greater than or equal to %1").arg(minimum);
        issue.ctx = {{QStringLiteral("ge"), minimum}};
    } else if (value > maximum) {
        issue.type = QStringLiteral("less_than_equal");
        issue.msg = QStringLiteral("Input should be less than or equal to %1").arg(maximum);
        issue.ctx = {{QStringLiteral("le"), maximum}};
    } else {
        target = int(value);
        return true;
    }
    issues.append(issue);
    return false;
}

// Reads a boolean query parameter ("true" or "false", any case); false (with an issue) otherwise.
bool readBool(const QueryParams& query,
              const QString& field,
              std::optional<bool>& target,
              QList<ValidationIssue>& issues)
{
    if (!query.contains(field))
        return true;
    const QString text = query.value(field).trimmed();
    if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0) {
        target = true;
        return true;
    }
    if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0) {
        target = false;
        return true;
    }
    ValidationIssue issue = queryIssue(field, query.value(field));
    issue.type = QStringLiteral("bool_parsing");
    issue.msg = QStringLiteral("Input should be a valid boolean, unable to interpret input");
    issues.append(issue);
    return false;
}

} // namespace

QueryParams::QueryParams(const QByteArray& rawQuery)
{
    for (const QByteArray& pair : rawQuery.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QByteArray key = equals < 0 ? pair : pair.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        m_items.append({decodeFormComponent(key), decodeFormComponent(value)});
    }
}

bool QueryParams::contains(const QString& key) const
{
    for (const auto& item : m_items) {
        if (item.first == key)
            return true;
    }
    return false;
}

QString QueryParams::value(const QString& key) const
{
    for (auto it = m_items.crbegin(); it != m_items.crend(); ++it) {
        if (it->first == key)
            return it->second;
    }
    return {};
}

std::optional<Answer> readListParams(
    const IncomingRequest& request, Dialect dialect, bool defaultTeamScope, ListParams& params, bool withFilters)
{
    const QueryParams query(request.rawQuery);
    QList<ValidationIssue> issues;
    QStringList problems; // published dialect

    const QString scopeKey = QStringLiteral("scope");
    if (query.contains(scopeKey)) {
        const QString scope = query.value(scopeKey);
        if (scope == QStringView(kScopeTeam) || scope == QStringView(kScopePersonal)) {
            params.scope = scope;
        } else {
            ValidationIssue issue = queryIssue(scopeKey, scope);
            issue.type = QStringLiteral("enum");
            issue.msg = QStringLiteral("Input should be 'team' or 'personal'");
            issue.ctx = {{QStringLiteral("expected"), QStringLiteral("'team' or 'personal'")}};
            issues.append(issue);
            problems.append(QStringLiteral("scope must be 'team' or 'personal'"));
        }
    } else {
        params.scope = defaultTeamScope ? QString::fromUtf16(kScopeTeam) : QString();
    }
    if (!readBoundedInt(query, QStringLiteral("page"), 1, std::numeric_limits<int>::max(), params.page, issues))
        problems.append(QStringLiteral("page must be an integer greater than or equal to 1"));
    if (!readBoundedInt(query, QStringLiteral("limit"), 1, 200, params.limit, issues))
        problems.append(QStringLiteral("limit must be an integer between 1 and 200"));
    params.search = query.value(QStringLiteral("search"));
    if (withFilters) {
        params.connectorType = query.value(QStringLiteral("connectorType")).trimmed();
        if (!readBool(query, QStringLiteral("isActive"), params.isActive, issues))
            problems.append(QStringLiteral("isActive must be true or false"));
        if (!readBool(query, QStringLiteral("isAuthenticated"), params.isAuthenticated, issues))
            problems.append(QStringLiteral("isAuthenticated must be true or false"));
    }

    if (issues.isEmpty())
        return std::nullopt;
    if (dialect == Dialect::PipesHub)
        return jsonAnswer(422, dialect::validation(issues));
    return errorAnswer(dialect, 400, problems.join(QStringLiteral("; ")));
}

JsonBody readJsonBody(const IncomingRequest& request)
{
    JsonBody body;
    const QByteArray contentType = request.header("content-type");
    const qsizetype semicolon = contentType.indexOf(';');
    const QByteArray mediaType = (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed();
    if (mediaType.compare("application/json", Qt::CaseInsensitive) != 0 || request.body.trimmed().isEmpty())
        return body; // the gateway ignores a body sent without the JSON content type

    QJsonParseError error{};
    const auto document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError) {
        body.state = JsonBody::State::Invalid;
        body.parseError = error.errorString();
        body.parseOffset = error.offset;
        return body;
    }
    if (document.isObject()) {
        body.state = JsonBody::State::Object;
        body.object = document.object();
        body.value = body.object;
    } else {
        body.state = JsonBody::State::NotObject;
        body.value = document.isArray() ? QJsonValue(document.array()) : QJsonValue(QJsonValue::Null);
    }
    return body;
}

ValidationIssue bodyIssue(const JsonBody& body)
{
    ValidationIssue issue;
    switch (body.state) {
    case JsonBody::State::Empty:
        issue.type = QStringLiteral("missing");
        issue.loc = QJsonArray{QStringLiteral("body")};
        issue.msg = QStringLiteral("Field required");
        issue.input = QJsonValue(QJsonValue::Null);
        break;
    case JsonBody::State::Invalid:
        issue.type = QStringLiteral("json_invalid");
        issue.loc = QJsonArray{QStringLiteral("body"), body.parseOffset};
        issue.msg = QStringLiteral("JSON decode error");
        issue.input = QJsonObject{};
        issue.ctx = {{QStringLiteral("error"), body.parseError}};
        break;
    case JsonBody::State::NotObject:
    case JsonBody::State::Object:
        issue.type = QStringLiteral("model_attributes_type");
        issue.loc = QJsonArray{QStringLiteral("body")};
        issue.msg = QStringLiteral("Input should be a valid dictionary or object to extract fields from");
        issue.input = body.value;
        break;
    }
    return issue;
}

} // namespace devserver
