#include "createcommand.h"

#include "exitcode.h"
#include "optionnames.h"
#include "session.h"

#include "core/apiclient.h"
#include "core/connectorinstance.h"
#include "core/createconnectorrequest.h"
#include "core/pagination.h"

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

} // namespace

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
         tr("The auth type: one of %1.").arg(CreateConnectorRequest::knownAuthTypes().join(QLatin1String(", "))),
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
