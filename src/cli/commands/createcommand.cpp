#include "cli/commands/createcommand.h"

#include "cli/exitcode.h"
#include "cli/optionnames.h"
#include "cli/session.h"

#include "core/model/connectorinstance.h"
#include "core/model/connectortype.h"
#include "core/model/createconnectorrequest.h"
#include "core/net/apiclient.h"
#include "core/wire/pagination.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>

namespace {

// The config object from a file; empty `problem` on success.
QJsonObject readConfig(const QString& path, QString* problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = Command::tr("Cannot read the config file %1: %2").arg(path, file.errorString());
        return {};
    }
    // A config is a few kilobytes; a huge file is a mistake, not a config.
    constexpr qint64 maxBytes = 1024 * 1024;
    const QByteArray data = file.read(maxBytes + 1);
    if (data.size() > maxBytes) {
        *problem = Command::tr("The config file %1 is larger than 1 MB.").arg(path);
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        *problem = Command::tr("The config file %1 is not valid JSON: %2 at byte %3.")
                       .arg(path, error.errorString())
                       .arg(error.offset);
        return {};
    }
    if (!document.isObject()) {
        *problem = Command::tr("The config file %1 must hold a JSON object ({\"auth\": ..., \"sync\": ..., "
                               "\"filters\": ...}).")
                       .arg(path);
        return {};
    }
    return document.object();
}

// The registry's entry for `type` (its name or display name, any case); nullopt when the registry has
// none or cannot be read (the server's answer to the create then says what it knows).
std::optional<ConnectorType> registryEntry(Session& session, const QString& type, const QString& scope)
{
    const ListParams params{scope, 1, ListQuery::maxLimit, type};
    const Session::CallResult result = session.wait(session.client().listRegistry(params));
    if (!result.ok()) {
        session.note(Command::tr("the registry could not be read (%1)").arg(result.error.toString()));
        return std::nullopt;
    }
    const auto page = result.answer.registryPage(Pagination{1, params.limit, -1, false}, nullptr);
    if (!page)
        return std::nullopt;
    for (const ConnectorType& entry : page->types) {
        if (entry.type.compare(type, Qt::CaseInsensitive) == 0
            || entry.displayName.compare(type, Qt::CaseInsensitive) == 0)
            return entry;
    }
    return std::nullopt;
}

} // namespace

// --auth-type is needed only when the type supports more than one: then nothing is sent until the
// admin chooses (the server would refuse the create with a 400). One supported type is used as is.
int CreateCommand::resolveAuthType(Session& session, CreateConnectorRequest& request)
{
    const std::optional<ConnectorType> entry = registryEntry(session, request.connectorType, request.scope);
    if (!entry || entry->authTypes.isEmpty())
        return exitcode::Ok;
    QStringList supported;
    for (const QString& authType : entry->authTypes)
        supported.append(authType.toUpper());
    const QString typeName = entry->displayName.isEmpty() ? entry->type : entry->displayName;
    if (request.authType.isEmpty()) {
        if (supported.size() > 1) {
            return session.usageError(tr("%1 supports several auth types (%2): choose one with --auth-type.")
                                          .arg(typeName, supported.join(QLatin1String(", "))));
        }
        request.authType = supported.constFirst();
        session.note(tr("auth type %1, the only one %2 supports").arg(request.authType, typeName));
    } else if (!supported.contains(request.authType)) {
        return session.usageError(tr("%1 does not support the auth type %2; it supports %3.")
                                      .arg(typeName, request.authType, supported.join(QLatin1String(", "))));
    }
    return exitcode::Ok;
}

CreateCommand::CreateCommand()
    : Command(QStringLiteral("create"), tr("Create a connector instance."))
{
    m_options = {
        {optionname::type,
         tr("The connector type, as the registry names it (see \"connectorctl types\"), e.g. Confluence. "
            "Required."),
         tr("TYPE")},
        {optionname::name,
         tr("The instance name: 1 to %1 characters, unique within the scope. Required.")
             .arg(CreateConnectorRequest::maxNameLength),
         tr("NAME")},
        {optionname::scope, tr("team (needs an admin) or personal. Required."), tr("SCOPE")},
        {QStringLiteral("auth-type"),
         tr("The auth type: one of %1. Needed only when the type supports several (see \"connectorctl types\"); "
            "a type with one uses it.")
             .arg(CreateConnectorRequest::knownAuthTypes().join(QLatin1String(", "))),
         tr("T")},
        {QStringLiteral("base-url"), tr("The service's URL, for a self-hosted deployment."), tr("URL")},
        {QStringLiteral("config"),
         tr("A JSON file with the instance's config: {\"auth\": {\"values\", \"oauthConfigId\"}, \"sync\": "
            "{\"selectedStrategy\", \"scheduledConfig\", \"webhookConfig\"}, \"filters\": {...}}."),
         tr("FILE.json")},
    };
}

int CreateCommand::execute(Session& session, const QCommandLineParser& parser)
{
    if (!expectArguments(session, parser, 0))
        return exitcode::Usage;
    QStringList missing;
    for (const QString& required : {optionname::type, optionname::name, optionname::scope}) {
        if (!parser.isSet(required))
            missing.append(QStringLiteral("--") + required);
    }
    if (!missing.isEmpty())
        return session.usageError(tr("create needs %1.").arg(missing.join(QLatin1String(", "))));

    CreateConnectorRequest request;
    request.connectorType = parser.value(optionname::type);
    request.instanceName = parser.value(optionname::name);
    request.scope = parser.value(optionname::scope).trimmed().toLower();
    request.authType = parser.value(QStringLiteral("auth-type")).trimmed().toUpper();
    request.baseUrl = parser.value(QStringLiteral("base-url"));
    if (parser.isSet(QStringLiteral("config"))) {
        QString problem;
        request.config = readConfig(parser.value(QStringLiteral("config")), &problem);
        if (!problem.isEmpty())
            return session.usageError(problem);
    }
    if (const QString problem = request.validate(); !problem.isEmpty())
        return session.usageError(problem);
    if (const int code = session.connectToServer(); code != exitcode::Ok)
        return code;
    if (const int code = resolveAuthType(session, request); code != exitcode::Ok)
        return code;

    const Session::CallResult result = session.wait(session.client().createConnector(request));
    if (!result.ok())
        return session.fail(result.error);
    ApiError error;
    const std::optional<CreatedInstance> answer = result.answer.created(&error);
    if (!answer)
        return session.fail(error);
    const ConnectorInstance& created = answer->instance;
    if (!created.isValid())
        return session.fail(ApiError::malformed(tr("The server's answer has a connector without an id.")));

    // The create answer may leave fields out: print the instance as the server now has it.
    ConnectorInstance full;
    const Session::CallResult fetched = session.wait(session.client().getConnector(created.id));
    const std::optional<ConnectorInstance> readBack = fetched.ok() ? fetched.answer.instance(nullptr) : std::nullopt;
    if (readBack) {
        full = *readBack;
    } else {
        session.warn(tr("created %1, but could not read it back: %2")
                         .arg(created.id, fetched.ok() ? tr("no connector in the answer") : fetched.error.toString()));
        full = created;
    }
    session.format().writeConnector(session.out(), full);
    return exitcode::Ok;
}
